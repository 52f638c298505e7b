#include "bytechecks.h"

#include "app/document/detailsblock.h"
#include "documentfacts.h"

#include "app/lint/linter.h"

#include <QStringDecoder>

#include <algorithm>
#include <climits>
#include <cstring>

namespace DocumentChecks {

// ---------------------------------------------------------------------------
// Bytes

QString shownBytes(const QByteArray &bytes, qsizetype at)
{
    const qsizetype from = std::max<qsizetype>(0, at - 40);
    return shown(QString::fromUtf8(bytes.mid(from, 120)));
}

QString firstDifference(const QString &when, const QByteArray &expected, const QByteArray &actual)
{
    qsizetype i = 0;
    while (i < expected.size() && i < actual.size() && expected[i] == actual[i])
        ++i;
    return QStringLiteral("%1: bytes differ at offset %2 (sizes %3 and %4)\n  expected %5\n  got      %6")
        .arg(when).arg(i).arg(expected.size()).arg(actual.size())
        .arg(shownBytes(expected, i), shownBytes(actual, i));
}

qsizetype commonPrefix(const QByteArray &a, const QByteArray &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i < n && a[i] == b[i])
        ++i;
    return i;
}

qsizetype commonSuffix(const QByteArray &a, const QByteArray &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i < n && a[a.size() - 1 - i] == b[b.size() - 1 - i])
        ++i;
    return i;
}

// `after` keeps before[0, begin) in front and before[end, size) at the back.
bool changedOnlyWithin(const QByteArray &before, const QByteArray &after, qsizetype begin, qsizetype end)
{
    const qsizetype tail = before.size() - end;
    return begin + tail <= after.size() && after.startsWith(before.left(begin))
        && after.endsWith(before.right(tail));
}

// `after` is `before` with one run of bytes inserted somewhere.
bool isOneInsertion(const QByteArray &before, const QByteArray &after)
{
    return after.size() >= before.size() && commonPrefix(before, after) + commonSuffix(before, after) >= before.size();
}

// Byte offset of 1-based line `line`.
qsizetype lineOffset(const QByteArray &bytes, int line)
{
    qsizetype pos = 0;
    for (int l = 1; l < line && pos < bytes.size(); ++l) {
        const qsizetype nl = bytes.indexOf('\n', pos);
        if (nl < 0)
            return bytes.size();
        pos = nl + 1;
    }
    return pos;
}

// Byte offset of the heading on 1-based line `line`: on line 1 after a byte
// order mark, which the parser keeps in the preamble, not in the heading.
qsizetype headingOffset(const QByteArray &bytes, int line)
{
    return line == 1 && bytes.startsWith("\xEF\xBB\xBF") ? 3 : lineOffset(bytes, line);
}

// A line that may appear or disappear around entries: blank, or a thematic
// break such as `---` (this is a deliberately simple reading of "break").
bool isBlankOrBreak(const QByteArray &line)
{
    char marker = 0;
    int count = 0;
    for (char c : line) {
        if (c == ' ' || c == '\t' || c == '\r')
            continue;
        if ((c != '-' && c != '*' && c != '_') || (marker && c != marker))
            return false;
        marker = c;
        ++count;
    }
    return count == 0 || count >= 3;
}

// A bare fence line (```` ``` ````, `~~~~`): the writer adds one to close a
// code block that the document left open before text an edit generates.
bool isBareFence(const QByteArray &line)
{
    const QByteArray t = line.trimmed();
    return t.size() >= 3 && (t[0] == '`' || t[0] == '~') && t.count(t[0]) == t.size();
}

// The lines that carry words: no blank lines, breaks, bare fences or line endings.
QList<QByteArray> wordLines(const QByteArray &bytes)
{
    // A byte order mark belongs to the file, not to its first line: an entry
    // added before that line leaves the mark at the start of the file.
    const QByteArray text = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    QList<QByteArray> out;
    for (QByteArray line : text.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!isBlankOrBreak(line) && !isBareFence(line))
            out.append(line);
    }
    return out;
}

// A question written as a new `<details>` or admonition entry (beside such
// entries) without its frame: the tags, the marker, the title's quotes.
static QByteArray withoutBlockFrame(const QByteArray &line)
{
    if (line == "<details>" || line == "</details>")
        return {};
    QByteArray t = line;
    if (t.startsWith("??? question \"") && t.endsWith('"'))
        t = t.mid(14, t.size() - 15);
    else if (!t.startsWith("<summary>") && !t.endsWith("</summary>"))
        return line;
    // A summary may span lines; a question's own line may end in the tag
    // too (then its summary line ends in two once decoded).
    while (t.startsWith("<summary>"))
        t.remove(0, 9);
    while (t.endsWith("</summary>"))
        t.chop(10);
    return t.trimmed();
}

// The length of the question label, heading marker (`### `) or list marker
// (`27.`, `3)`) that starts `t`, 0 if none.
static qsizetype markerEnd(const QByteArray &t)
{
    // Any question label (a moved or answered numbered question takes its
    // neighbours' labels), any answer label and a quote's `>` (a labelled
    // entry moved into a FAQ part may become a block, HeadingWriter::asBlock).
    static const char *const labels[] = {"**Question:**", "**Q:**", "**Q.**", "**Q**", "Q:", "Question:",
                                         "**Answer:**", "**A:**", "**A.**", "**A**", "A:", "Answer:", ">"};
    for (const char *l : labels) {
        if (t.startsWith(l))
            return qsizetype(std::strlen(l));
    }
    qsizetype hashes = 0; // a heading's `#`s
    while (hashes < t.size() && hashes < 6 && t[hashes] == '#')
        ++hashes;
    if (hashes > 0 && hashes < t.size() && (t[hashes] == ' ' || t[hashes] == '\t'))
        return hashes + 1;
    qsizetype digits = 0;
    while (digits < t.size() && digits < 9 && t[digits] >= '0' && t[digits] <= '9')
        ++digits;
    if (digits > 0 && digits < t.size() && (t[digits] == '.' || t[digits] == ')')
        && (digits + 1 == t.size() || t[digits + 1] == ' ' || t[digits + 1] == '\t'))
        return digits + 1;
    return 0;
}

// Word lines without what a numbered question loses when it is written as a
// bold question (or the other way round): indentation, a list marker
// (`27.`, `3)`), the question label, a summary's `&amp;` and `&lt;`; and
// what a heading question moved out of its FAQ part loses or gains, written
// with labels: its `#`s, an answer label alone on its line.
QList<QByteArray> withoutMarkers(const QList<QByteArray> &lines)
{
    QList<QByteArray> out;
    for (const QByteArray &line : lines) {
        // Stripped while one is found: a numbered question's first line may
        // itself start like a label (`2.` then `Q:Why`), and is then written
        // after one (`**Question:** Q:Why`) or in a summary.
        const auto withoutLeadingMarkers = [](QByteArray t) {
            for (bool stripped = true; stripped;) {
                while (t.startsWith(' ') || t.startsWith('\t'))
                    t.remove(0, 1);
                const qsizetype before = t.size();
                t.remove(0, markerEnd(t));
                stripped = t.size() < before;
            }
            return t;
        };
        QByteArray t = withoutLeadingMarkers(line);
        // The marker the writer puts in a summary that is no question by
        // its words, before decoding: a question's own `<!-- question -->`
        // is written `&lt;!-- question -->` and stays.
        if (t.startsWith(QByteArray("<summary>") + DetailsBlock::marker))
            t.remove(9, qsizetype(std::strlen(DetailsBlock::marker)));
        // A question written into a `<details>` summary (a moved numbered
        // question where no list may start) has its `&` as `&amp;` and the
        // `<` of a details tag as `&lt;`, which read back as `&` and `<`:
        // compared with both decoded, before the frame goes (a question
        // line may end in `</summary>` too).
        while (t.contains("&amp;"))
            t.replace("&amp;", "&");
        t.replace("&lt;", "<");
        t = withoutLeadingMarkers(withoutBlockFrame(t.trimmed())).trimmed();
        // A summary's last line may be a bare fence once its tag is off
        // (wordLines dropped the input's bare fences). A question whose
        // text is only a details tag (`1. <details>`) cannot be told from
        // a block's frame: such a line is left out wherever it comes from.
        if (!t.isEmpty() && !isBareFence(t) && t != "**Answer:**" && t != "<details>" && t != "</details>")
            out.append(t);
    }
    return out;
}

QList<QByteArray> sorted(QList<QByteArray> lines)
{
    std::sort(lines.begin(), lines.end());
    return lines;
}

QString compareWordLines(const QString &when, const QList<QByteArray> &expected, const QList<QByteArray> &actual)
{
    if (expected == actual)
        return {};
    qsizetype i = 0;
    while (i < expected.size() && i < actual.size() && expected[i] == actual[i])
        ++i;
    return QStringLiteral("%1: lines with words differ (%2 expected, %3 written); first difference:\n"
                          "  expected %4\n  got      %5")
        .arg(when).arg(expected.size()).arg(actual.size())
        .arg(i < expected.size() ? shown(QString::fromUtf8(expected[i])) : QStringLiteral("(nothing)"),
             i < actual.size() ? shown(QString::fromUtf8(actual[i])) : QStringLiteral("(nothing)"));
}

qsizetype entryBegin(const QaEntry &e)
{
    return e.layout().questionStart;
}

qsizetype entryEnd(const QaEntry &e)
{
    // A `<details>` entry ends after its closing tag, answered or not.
    return std::max(e.layout().questionEnd, e.layout().answerEnd);
}

} // namespace DocumentChecks
