#include "app/document/detailsblock.h"

#include "app/document/admonitionblock.h"
#include "app/document/boldquestion.h"
#include "app/document/entrytext.h"
#include "app/document/markdownlines.h"

#include <QRegularExpression>
#include <QStringList>
#include <cstring>

namespace DetailsBlock {

namespace {

using namespace MarkdownLines;

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// `word` (lower case) at `p`, in any case.
bool startsWithWord(const char *d, qsizetype p, qsizetype end, const char *word)
{
    const qsizetype n = qsizetype(std::strlen(word));
    if (end - p < n)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        if (lower(d[p + i]) != word[i])
            return false;
    }
    return true;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// A tag named `name` ("details", "/details", "summary", ...) at `p`: `<`,
// the name, then `>`, white space or the end of the range.
bool tagAt(const char *d, qsizetype p, qsizetype end, const char *name)
{
    if (p >= end || d[p] != '<' || !startsWithWord(d, p + 1, end, name))
        return false;
    const qsizetype after = p + 1 + qsizetype(std::strlen(name));
    return after == end || d[after] == '>' || d[after] == ' ' || d[after] == '\t';
}

// After the `>` that ends the tag at `p`, on its line; -1 without one.
qsizetype tagEnd(const char *d, qsizetype p, qsizetype end)
{
    const void *gt = std::memchr(d + p, '>', size_t(end - p));
    return gt ? static_cast<const char *>(gt) - d + 1 : -1;
}

// How the `<details>` / `</details>` tags in [p, end) change the depth;
// stops where it reaches 0 (`closedAt`).
int countTags(const char *d, qsizetype p, qsizetype end, int depth, qsizetype *closedAt)
{
    for (; p < end; ++p) {
        const void *lt = std::memchr(d + p, '<', size_t(end - p));
        if (!lt)
            break;
        p = static_cast<const char *>(lt) - d;
        if (tagAt(d, p, end, "details")) {
            ++depth;
        } else if (tagAt(d, p, end, "/details")) {
            if (--depth == 0 && closedAt) {
                *closedAt = p;
                return 0;
            }
        }
    }
    return depth;
}

void trim(const char *d, qsizetype &begin, qsizetype &end)
{
    while (begin < end && isSpace(d[begin]))
        ++begin;
    while (end > begin && isSpace(d[end - 1]))
        --end;
}

// One `<b>…</b>` or `<strong>…</strong>` around the whole text.
void stripWrapper(const char *d, qsizetype &begin, qsizetype &end)
{
    static const char *const wrappers[][2] = {{"<b>", "</b>"}, {"<strong>", "</strong>"}};
    for (const auto &w : wrappers) {
        const qsizetype open = qsizetype(std::strlen(w[0]));
        const qsizetype close = qsizetype(std::strlen(w[1]));
        if (end - begin >= open + close && startsWithWord(d, begin, end, w[0])
            && startsWithWord(d, end - close, end, w[1])) {
            begin += open;
            end -= close;
            trim(d, begin, end);
            return;
        }
    }
}

// The `<details>` line at `begin` and its summary, when that is a question:
// the block's fields up to questionEnd, `line` left at the summary's last
// line. Not found otherwise.
Block readHeader(const QByteArray &source, qsizetype begin, Line &line);

// A line of a kind that ends the search for the closing tag, and a summary.
bool isStop(Kind kind)
{
    return kind == Kind::Heading2 || kind == Kind::ThematicBreak || kind == Kind::QuestionLabel
        || kind == Kind::QuestionHeading;
}

} // namespace

bool endsScan(const QByteArray &source, const Line &line)
{
    const char *d = source.constData();
    const Kind kind = classify(d, line);
    if (isStop(kind))
        return true;
    if (line.contentEnd == line.begin)
        return false;
    if (d[line.begin] == '!' || d[line.begin] == '?')
        return AdmonitionBlock::read(source, line.begin).found;
    if (d[line.begin] == '*')
        return BoldQuestion::at(source, line).found;
    // Another question block: a nested one would take the entries after it
    // into this one when its own closing tag went missing.
    Line header = line;
    return readHeader(source, line.begin, header).found;
}

bool leavesOpen(const QByteArray &raw)
{
    const char *d = raw.constData();
    Fence fence;
    for (qsizetype pos = 0; pos < raw.size();) {
        const Line line = lineAt(raw, pos);
        pos = line.end;
        if (fence.open) {
            if (closesFence(d, line, fence))
                fence.open = false;
            continue;
        }
        fence = fenceOf(d, line);
        if (!fence.open && read(raw, line.begin).reachesStop)
            return true;
    }
    return false;
}

namespace {

Block readHeader(const QByteArray &source, qsizetype begin, Line &line)
{
    const char *d = source.constData();
    const qsizetype n = source.size();
    line = lineAt(source, begin);
    qsizetype p = line.begin;
    while (p < line.contentEnd && p - line.begin < 3 && d[p] == ' ')
        ++p;
    if (!tagAt(d, p, line.contentEnd, "details"))
        return {};
    qsizetype at = tagEnd(d, p, line.contentEnd);
    if (at < 0)
        return {};
    Block block;
    block.begin = line.begin;
    block.lines = 1;
    // The summary: on the same line or the next.
    // The text ends before the summary does: what follows could finish it.
    Block open;
    open.reachesStop = true;
    at = skipSpaces(d, at, line.contentEnd);
    if (at == line.contentEnd) {
        if (line.end >= n)
            return open;
        line = lineAt(source, line.end);
        ++block.lines;
        at = skipSpaces(d, line.begin, line.contentEnd);
    }
    if (!tagAt(d, at, line.contentEnd, "summary"))
        return {};
    const qsizetype contentBegin = tagEnd(d, at, line.contentEnd);
    if (contentBegin < 0)
        return {};
    // Its end: `</summary>` before a blank line.
    qsizetype close = contentBegin;
    for (;;) {
        qsizetype q = close;
        close = -1;
        for (; q < line.contentEnd; ++q) {
            const void *lt = std::memchr(d + q, '<', size_t(line.contentEnd - q));
            if (!lt)
                break;
            q = static_cast<const char *>(lt) - d;
            if (tagAt(d, q, line.contentEnd, "/summary")) {
                close = q;
                break;
            }
        }
        if (close >= 0)
            break;
        if (line.end >= n)
            return open;
        line = lineAt(source, line.end);
        ++block.lines;
        // A blank line ends the summary; a fence line in it would be read
        // as one by what tracks code blocks line by line (the writer). What
        // ends the search for the closing tag (a `## `, a `---`, a question
        // label) ends it too: no block spans a section heading, which the
        // writer relies on (a summary crossing `## ` became a block once
        // the entry that had stopped the search moved away).
        const Kind kind = classify(d, line);
        if (kind == Kind::Blank || kind == Kind::FenceOpen || isStop(kind))
            return {};
        close = line.begin;
    }
    const qsizetype closeEnd = tagEnd(d, close, line.contentEnd);
    if (closeEnd < 0)
        return {};
    qsizetype qb = contentBegin;
    qsizetype qe = close;
    trim(d, qb, qe);
    stripWrapper(d, qb, qe);
    const qsizetype markerLength = qsizetype(std::strlen(marker));
    if (qe - qb >= markerLength && std::memcmp(d + qb, marker, size_t(markerLength)) == 0) {
        block.marked = true;
        qb += markerLength;
        trim(d, qb, qe);
    }
    block.summaryBegin = contentBegin;
    block.questionTextBegin = qb;
    block.questionTextEnd = qe;
    block.questionEnd = closeEnd;
    const qsizetype br = skipSpaces(d, closeEnd, line.contentEnd);
    if (tagAt(d, br, line.contentEnd, "br") || startsWithWord(d, br, line.contentEnd, "<br/")) {
        const qsizetype brEnd = tagEnd(d, br, line.contentEnd);
        if (brEnd > 0)
            block.questionEnd = brEnd;
    }
    if (!block.marked && !isQuestion(decodeQuestion(source.mid(qb, qe - qb))))
        return {};
    block.found = true;
    return block;
}

} // namespace

Block read(const QByteArray &source, qsizetype begin)
{
    const char *d = source.constData();
    const qsizetype n = source.size();
    Line line;
    Block block = readHeader(source, begin, line);
    if (!block.found)
        return block; // not found, and maybe reachesStop
    block.found = false;
    // The content, up to the `</details>` that closes this block; tags in
    // code blocks do not count.
    qsizetype closedAt = -1;
    int depth = countTags(d, block.questionEnd, line.contentEnd, 1, &closedAt);
    Fence fence;
    while (closedAt < 0) {
        if (line.end >= n) {
            block.reachesStop = true;
            return block; // never closed: prose
        }
        line = lineAt(source, line.end);
        ++block.lines;
        if (fence.open) {
            if (closesFence(d, line, fence))
                fence.open = false;
            continue;
        }
        fence = fenceOf(d, line);
        if (fence.open)
            continue;
        if (endsScan(source, line)) {
            block.reachesStop = true;
            return block; // not found: prose
        }
        depth = countTags(d, line.begin, line.contentEnd, depth, &closedAt);
    }
    // Tags after the closing one would leave the entry's bytes unbalanced.
    if (countTags(d, closedAt + 1, line.contentEnd, 1, nullptr) != 1)
        return {};
    block.closeTag = closedAt;
    block.end = line.end;
    qsizetype ab = block.questionEnd;
    qsizetype ae = closedAt;
    trim(d, ab, ae);
    if (ab < ae) {
        block.answerTextBegin = ab;
        block.answerTextEnd = ae;
    }
    block.found = true;
    return block;
}

bool isQuestion(const QString &text)
{
    if (text.contains(QLatin1Char('?')) || text.contains(QChar(0xFF1F)))
        return true;
    static const QStringList taskWords = {
        QStringLiteral("Explain"), QStringLiteral("Describe"), QStringLiteral("List"), QStringLiteral("Name"),
        QStringLiteral("Write"), QStringLiteral("Tell"), QStringLiteral("Give"), QStringLiteral("Compare"),
        QStringLiteral("Define"), QStringLiteral("Discuss"), QStringLiteral("Create"), QStringLiteral("Configure"),
        QStringLiteral("Draw"), QStringLiteral("Prepare"), QStringLiteral("Present"), QStringLiteral("Execute"),
        QStringLiteral("Implement"), QStringLiteral("Design"), QStringLiteral("Outline"),
    };
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    bool sentenceStart = true;
    for (const QString &word : words) {
        if (sentenceStart) {
            QString bare = word;
            while (!bare.isEmpty() && !bare.back().isLetter())
                bare.chop(1);
            if (taskWords.contains(bare))
                return true;
        }
        const QChar last = word.back();
        sentenceStart = last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char(':')
            || last == QLatin1Char(';');
    }
    return false;
}

QString decodeQuestion(const QByteArray &bytes)
{
    // Runs of ordinary bytes copied whole: every summary is decoded while
    // the document is read.
    QByteArray out(bytes.size(), Qt::Uninitialized);
    char *o = out.data();
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();
    while (p < end) {
        const char *special = p;
        while (special < end && *special != '\r' && *special != '&')
            ++special;
        std::memcpy(o, p, size_t(special - p));
        o += special - p;
        p = special;
        if (p == end)
            break;
        if (*p == '\r') { // a CR before a LF goes
            if (end - p < 2 || p[1] != '\n')
                *o++ = '\r';
            ++p;
        } else if (end - p >= 4 && std::memcmp(p, "&lt;", 4) == 0) {
            *o++ = '<';
            p += 4;
        } else if (end - p >= 5 && std::memcmp(p, "&amp;", 5) == 0) {
            *o++ = '&';
            p += 5;
        } else {
            *o++ = *p++;
        }
    }
    out.truncate(o - out.constData());
    return MarkdownLines::decoded(out);
}

// Written between the summary tags, the text must read back as itself:
// blank lines would end the summary (they go), a `<` that starts a
// `details` or `summary` tag, or the text (where it would read as the
// `<b>` around a summary or the marker), is written `&lt;`, an `&` that
// decoding would take for one of the two entities is written `&amp;`, and
// a line that would open a code fence is indented by four spaces.
QByteArray encodeQuestion(const QString &text, const QByteArray &eol)
{
    const QByteArray bytes = EntryText::encoded(text.trimmed());
    QByteArray out;
    out.reserve(bytes.size() + 16);
    qsizetype lineBegin = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        const char *d = bytes.constData();
        const qsizetype n = bytes.size();
        if (c == '\n') {
            // Drop the line just written if it is blank (a "\r" before the
            // "\n" is its line ending: EntryText::encoded).
            if (isBlankText(out.constData(), lineBegin, out.size() - (out.endsWith('\r') ? 1 : 0)))
                out.truncate(lineBegin);
            else
                out += '\n';
            lineBegin = out.size();
            continue;
        }
        if (c == '&' && (startsWithWord(d, i, n, "&lt;") || startsWithWord(d, i, n, "&amp;")))
            out += "&amp;";
        else if (c == '<'
                 && (i == 0 || startsWithWord(d, i + 1, n, "details") || startsWithWord(d, i + 1, n, "/details")
                     || startsWithWord(d, i + 1, n, "summary") || startsWithWord(d, i + 1, n, "/summary")))
            out += "&lt;";
        else
            out += c;
    }
    // Joined with the document's line ending; a line that would open a code
    // fence, or end the summary (a `## `, a `---`, a question label), is
    // indented by four spaces, which it then does not (see readHeader).
    // A line whose text ends in "\r" keeps its "\r\n" in any document.
    QByteArray joined;
    QByteArray ending;
    for (qsizetype pos = 0; pos < out.size();) {
        const Line line = lineAt(out, pos);
        const Kind kind = classify(out.constData(), line);
        joined += ending;
        if (kind == Kind::FenceOpen || (pos > 0 && isStop(kind)))
            joined += "    ";
        joined += out.mid(line.begin, line.contentEnd - line.begin);
        ending = line.end - line.contentEnd == 2 ? QByteArray("\r\n") : eol;
        pos = line.end;
    }
    return joined;
}

bool balanced(const QByteArray &bytes)
{
    const char *d = bytes.constData();
    int depth = 0;
    Fence fence;
    for (qsizetype pos = 0; pos < bytes.size();) {
        const Line line = lineAt(bytes, pos);
        pos = line.end;
        if (fence.open) {
            if (closesFence(d, line, fence))
                fence.open = false;
            continue;
        }
        fence = fenceOf(d, line);
        if (fence.open)
            continue;
        for (qsizetype p = line.begin; p < line.contentEnd; ++p) {
            if (tagAt(d, p, line.contentEnd, "details"))
                ++depth;
            else if (tagAt(d, p, line.contentEnd, "/details") && --depth < 0)
                return false;
        }
    }
    return depth == 0;
}

QByteArray escapeStops(const QByteArray &bytes, bool blocksRead)
{
    QByteArray out;
    out.reserve(bytes.size() + 16);
    const char *d = bytes.constData();
    eachLine(bytes, [&](const Line &line, bool code) {
        if (!code && (blocksRead ? endsScan(bytes, line) : isStop(classify(d, line)))) {
            // A bold question stays bold behind a space; the others need a
            // backslash (a space would not stop a heading or a label).
            const qsizetype p = skipSpaces(d, line.begin, line.contentEnd);
            const bool bold = classify(d, line) != Kind::QuestionLabel && BoldQuestion::at(bytes, line).found;
            const char escape = bold ? ' ' : '\\';
            out += bytes.mid(line.begin, p - line.begin) + escape + bytes.mid(p, line.end - p);
        } else {
            out += bytes.mid(line.begin, line.end - line.begin);
        }
    });
    return out;
}

QByteArray escapeTags(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 16);
    const char *d = bytes.constData();
    eachLine(bytes, [&](const Line &line, bool code) {
        for (qsizetype p = line.begin; p < line.end; ++p) {
            if (!code && p < line.contentEnd
                && (tagAt(d, p, line.contentEnd, "details") || tagAt(d, p, line.contentEnd, "/details")))
                out += "&lt;";
            else
                out += d[p];
        }
    });
    return out;
}

} // namespace DetailsBlock
