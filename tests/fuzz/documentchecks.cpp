#include "documentchecks.h"

#include "app/lint/linter.h"
#include "app/document/qadocument.h"

#include <QList>
#include <QStringDecoder>

#include <algorithm>
#include <climits>
#include <cstring>
#include <functional>
#include <optional>
#include <vector>

namespace DocumentChecks {

namespace {

// ---------------------------------------------------------------------------
// Choosing the edit

// Reads choices from the end of the input: the start of a fuzzed input stays
// an ordinary document, and mutations of its tail steer the edit.
class Choices
{
public:
    explicit Choices(const QByteArray &bytes) : m_bytes(bytes), m_end(bytes.size()) {}

    unsigned byte() { return m_end > 0 ? uchar(m_bytes[--m_end]) : 0u; }
    // A number in [0, n); 0 when n <= 0.
    int below(qsizetype n)
    {
        if (n <= 0)
            return 0;
        const unsigned low = byte();
        const unsigned value = low | (byte() << 8) | (byte() << 16);
        return int(value % unsigned(std::min<qsizetype>(n, INT_MAX)));
    }
    bool oneIn(int n) { return below(n) == 0; }

private:
    const QByteArray &m_bytes;
    qsizetype m_end;
};

bool isSafePunctuation(char32_t c)
{
    return c == U' ' || c == U',' || c == U'.' || c == U'?' || c == U'!' || c == U'\'';
}

// Text for an edit, cut from the input itself (so it holds whatever scripts
// the fuzzer likes) and then restricted to what cannot change the document's
// structure wherever the writer puts it:
//  - one line, no line break of any kind: a line of its own could otherwise
//    be `---`, `## x`, `**Answer:**`, `27. x` or a code fence, all of which
//    legitimately end an answer or start something new when read again;
//  - it starts with a letter, so even on a line of its own (an answer label
//    alone on its line keeps the new text on the next line) it is read as
//    paragraph text, never as a heading, break, label, list item, fence,
//    block quote or indented code;
//  - only letters, digits, spaces and `,.?!'` after that: no `#` (a heading
//    title `a #` reads back as `a`), no `*`, `_`, backslash or backtick;
//  - no leading or trailing spaces (the parser skips the spaces after a
//    label; a heading's trailing spaces are not part of its title).
// With these texts every difference after a reload is a bug, not markdown.
QString safeText(const QByteArray &input, Choices &choices)
{
    const qsizetype start = choices.below(input.size());
    const qsizetype length = 1 + choices.below(48);
    const QList<uint> codePoints = QString::fromUtf8(input.mid(start, length)).toUcs4();
    QString text;
    for (uint c : codePoints) {
        if (QChar::isLetterOrNumber(char32_t(c)) || isSafePunctuation(char32_t(c))) {
            const char32_t one = char32_t(c);
            text += QString::fromUcs4(&one, 1);
        }
    }
    text = text.trimmed();
    const QList<uint> first = text.left(2).toUcs4();
    if (first.isEmpty() || !QChar::isLetter(char32_t(first.front()))) {
        static const char *const words[] = {"Fuzz", "Za\xC5\xBC\xC3\xB3\xC5\x82\xC4\x87", "\xE7\xAD\x94\xE6\xA1\x88",
                                            "\xF0\x90\x90\x80x"};
        const QString word = QString::fromUtf8(words[choices.below(4)]);
        text = text.isEmpty() ? word : word + QLatin1Char(' ') + text;
    }
    return text;
}

// ---------------------------------------------------------------------------
// What a document says, for comparing

// `actual` is `expected`, or `expected` with a line closing a code fence
// added: the writer closes a fence that text before an edit left open (the
// document ended inside a code block), so that what the edit adds is not
// read as code. That closing line joins the text before it.
bool sameText(const QString &expected, const QString &actual)
{
    if (expected == actual)
        return true;
    if (!actual.startsWith(expected + QLatin1Char('\n')))
        return false;
    const QString closer = actual.mid(expected.size() + 1);
    if (closer.size() < 3 || (closer[0] != QLatin1Char('`') && closer[0] != QLatin1Char('~')))
        return false;
    return closer.count(closer[0]) == closer.size() && expected.contains(closer.left(3));
}

// For a numbered question written as a bold question (when it gets an
// answer, or moves where a list cannot start): the same words in the same
// order. The writer makes it one paragraph (blank lines go, lines that would
// end it are indented) and may add a line closing a code fence.
bool sameWords(const QString &expected, const QString &actual)
{
    const QString e = expected.simplified();
    const QString a = actual.simplified();
    if (e == a)
        return true;
    const qsizetype cut = a.lastIndexOf(QLatin1Char(' '));
    const QString last = a.mid(cut + 1);
    const bool closer = last.size() >= 3 && (last[0] == QLatin1Char('`') || last[0] == QLatin1Char('~'))
        && last.count(last[0]) == last.size();
    return cut >= 0 && closer && a.left(cut) == e && e.contains(last.left(3));
}

struct EntryFacts
{
    QString question;
    QString answer;
    bool hasAnswerField = false;
    EntryStatus status = EntryStatus::Unanswered;

    bool questionWordsOnly = false; // expected only: see sameWords
    bool numbered = false;          // not compared

    bool operator==(const EntryFacts &o) const
    {
        return (questionWordsOnly ? sameWords(question, o.question) : sameText(question, o.question))
            && sameText(answer, o.answer) && hasAnswerField == o.hasAnswerField && status == o.status;
    }
};

struct SectionFacts
{
    bool hasHeading = false;
    QString title;
    int entries = 0;

    bool operator==(const SectionFacts &o) const
    {
        return hasHeading == o.hasHeading && title == o.title && entries == o.entries;
    }
};

std::vector<EntryFacts> entryFacts(const QaDocument &doc)
{
    std::vector<EntryFacts> facts;
    for (const EntryRef &ref : doc.allEntries()) {
        const QaEntry &e = doc.entry(ref);
        EntryFacts f{e.question(), e.answer(), e.hasAnswerField(), e.status()};
        f.numbered = e.form() == QaEntry::Form::Numbered;
        facts.push_back(f);
    }
    return facts;
}

// A preamble without entries is listed only when it held entries when
// loaded; such a leading empty, untitled section is left out.
std::vector<SectionFacts> sectionFacts(const QaDocument &doc)
{
    std::vector<SectionFacts> facts;
    for (int s = 0; s < doc.sectionCount(); ++s) {
        const QaSection &section = doc.section(s);
        facts.push_back({section.hasHeading(), section.title(), section.entryCount()});
    }
    return facts;
}

std::vector<SectionFacts> normalised(std::vector<SectionFacts> facts)
{
    if (!facts.empty() && !facts.front().hasHeading && facts.front().entries == 0)
        facts.erase(facts.begin());
    return facts;
}

EntryStatus expectedStatus(const EntryFacts &e)
{
    if (!e.hasAnswerField)
        return EntryStatus::Unanswered;
    return Linter::classify(QaEntry(e.question, e.answer));
}

QString shown(const QString &text)
{
    QString s = text.left(160);
    s.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + s + (text.size() > 160 ? QLatin1String("\"...") : QLatin1String("\""));
}

QString shown(const EntryFacts &e)
{
    return QStringLiteral("question %1 answer %2 field %3 status %4")
        .arg(shown(e.question), shown(e.answer), e.hasAnswerField ? QStringLiteral("yes") : QStringLiteral("no"),
             entryStatusName(e.status));
}

// A known limit of the format, not a bug: an ordered list that is prose only
// because an unanswered bold question stands right before it (`27. x` after
// a question paragraph is not a question list) may become a question list
// when the writer must put a `---` before it: to keep it out of a new answer
// (the question gets one, or a new or moved entry is placed before it), or
// when the question before it is removed. With `extraLists` such extra
// unanswered numbered entries are allowed; every expected entry must still be
// there, in order and unchanged.
QString compareEntries(const QString &when, const std::vector<EntryFacts> &expected,
                       const std::vector<EntryFacts> &actual, bool extraLists = false)
{
    if (!extraLists && expected.size() != actual.size()) {
        return QStringLiteral("%1: %2 entries, expected %3").arg(when).arg(actual.size()).arg(expected.size());
    }
    auto isExtra = [](const EntryFacts &e) { return e.numbered && !e.hasAnswerField; };
    size_t j = 0;
    for (size_t i = 0; i < expected.size(); ++i, ++j) {
        while (extraLists && j < actual.size() && !(expected[i] == actual[j]) && isExtra(actual[j]))
            ++j;
        if (j >= actual.size())
            return QStringLiteral("%1: %2 entries, expected %3").arg(when).arg(actual.size()).arg(expected.size());
        if (!(expected[i] == actual[j])) {
            return QStringLiteral("%1: entry %2 differs\n  expected %3\n  got      %4")
                .arg(when).arg(i + 1).arg(shown(expected[i]), shown(actual[j]));
        }
    }
    for (; j < actual.size(); ++j) {
        if (!isExtra(actual[j]))
            return QStringLiteral("%1: %2 entries, expected %3").arg(when).arg(actual.size()).arg(expected.size());
    }
    return {};
}

QString compareSections(const QString &when, const std::vector<SectionFacts> &expected,
                        const std::vector<SectionFacts> &actual, bool extraLists = false)
{
    std::vector<SectionFacts> e = normalised(expected);
    const std::vector<SectionFacts> a = normalised(actual);
    if (extraLists && e.size() + 1 == a.size() && !a.front().hasHeading && (e.empty() || e.front().hasHeading))
        e.insert(e.begin(), SectionFacts{false, QString(), 0}); // a preamble that got a list
    if (e.size() != a.size())
        return QStringLiteral("%1: %2 sections, expected %3").arg(when).arg(a.size()).arg(e.size());
    for (size_t i = 0; i < e.size(); ++i) {
        const bool fine = e[i] == a[i]
            || (extraLists && e[i].hasHeading == a[i].hasHeading && e[i].title == a[i].title
                && a[i].entries > e[i].entries);
        if (!fine) {
            return QStringLiteral("%1: section %2 differs: expected %3 (%4 entries), got %5 (%6 entries)")
                .arg(when).arg(i + 1).arg(shown(e[i].title)).arg(e[i].entries).arg(shown(a[i].title))
                .arg(a[i].entries);
        }
    }
    return {};
}

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
    QList<QByteArray> out;
    for (QByteArray line : bytes.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!isBlankOrBreak(line) && !isBareFence(line))
            out.append(line);
    }
    return out;
}

// Word lines without what a numbered question loses when it is written as a
// bold question (or the other way round): indentation, a list marker
// (`27.`, `3)`), the question label.
QList<QByteArray> withoutMarkers(const QList<QByteArray> &lines)
{
    QList<QByteArray> out;
    for (const QByteArray &line : lines) {
        QByteArray t = line;
        while (t.startsWith(' ') || t.startsWith('\t'))
            t.remove(0, 1);
        if (t.startsWith("**Question:**")) {
            t.remove(0, 13);
        } else {
            qsizetype digits = 0;
            while (digits < t.size() && digits < 9 && t[digits] >= '0' && t[digits] <= '9')
                ++digits;
            if (digits > 0 && digits < t.size() && (t[digits] == '.' || t[digits] == ')')
                && (digits + 1 == t.size() || t[digits + 1] == ' ' || t[digits + 1] == '\t'))
                t.remove(0, digits + 1);
        }
        t = t.trimmed();
        if (!t.isEmpty())
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
    return e.layout().answerStart >= 0 ? e.layout().answerEnd : e.layout().questionEnd;
}

// ---------------------------------------------------------------------------
// One edit

enum class EditKind {
    SetAnswer,
    SetQuestion,
    AddEntry,
    RemoveEntry,
    MoveEntry,
    AddSection,
    RenameSection,
    SetProseText,
    Count
};

QString checkEdit(const QByteArray &input, QaDocument doc, QByteArray *written)
{
    Choices choices(input);
    const int entries = doc.entryCount();
    const int sections = doc.sectionCount();
    std::vector<EntryFacts> expected = entryFacts(doc);
    std::vector<SectionFacts> expectedSections = sectionFacts(doc);

    QString edit;                                         // what was done, for messages
    std::function<QString(const QByteArray &)> checkBytes; // on the written bytes
    std::function<QString(const QaDocument &)> checkReloaded = [](const QaDocument &) { return QString(); };
    std::function<void()> undo;                           // as the undo stack would do it

    auto kind = EditKind(choices.below(int(EditKind::Count)));
    const bool needsEntry = kind == EditKind::SetAnswer || kind == EditKind::SetQuestion
        || kind == EditKind::RemoveEntry || kind == EditKind::MoveEntry;
    if (needsEntry && entries == 0)
        kind = EditKind::AddEntry;
    if (sections == 0 && kind != EditKind::AddSection)
        kind = EditKind::AddSection; // no listed section: nothing else applies
    int proseSection = -1;
    int becomesBold = -1;    // a numbered question that may be written as a bold question
    bool extraLists = false; // see compareEntries
    // Removing or moving the entry whose answer (or `---`) a question list
    // follows can leave the list where a list cannot start: its first item is
    // then written as a bold question (same words).
    bool strandedLists = false;
    if (kind == EditKind::SetProseText) {
        const int first = choices.below(sections);
        for (int k = 0; k < sections && proseSection < 0; ++k) {
            if (doc.section((first + k) % sections).isProse())
                proseSection = (first + k) % sections;
        }
        if (proseSection < 0)
            kind = EditKind::RenameSection;
    }

    switch (kind) {
    case EditKind::SetAnswer:
    case EditKind::SetQuestion: {
        const EntryRef ref = doc.entryRef(1 + choices.below(entries));
        const size_t n = size_t(doc.entryNumber(ref) - 1);
        const bool answer = kind == EditKind::SetAnswer;
        const QString text = choices.oneIn(6) ? QString() : safeText(input, choices);
        const QaEntry old = doc.entry(ref);
        edit = QStringLiteral("%1 on entry %2 (%3, line %4) to %5")
                   .arg(answer ? QStringLiteral("setAnswer") : QStringLiteral("setQuestion"))
                   .arg(n + 1)
                   .arg(old.form() == QaEntry::Form::Numbered ? QStringLiteral("numbered") : QStringLiteral("bold"))
                   .arg(old.line()).arg(shown(text));
        EntryFacts &e = expected[n];
        if (answer) {
            extraLists = !e.hasAnswerField && !text.isEmpty();
            doc.setAnswer(ref, text);
            e.hasAnswerField = e.hasAnswerField || !text.isEmpty();
            e.answer = text;
            if (old.form() == QaEntry::Form::Numbered && e.hasAnswerField)
                becomesBold = int(n);
        } else {
            doc.setQuestion(ref, text);
            e.question = text;
        }
        e.status = expectedStatus(e);
        // Only the edited entry's bytes may change (an answered numbered
        // question is rewritten in place with separators around it).
        checkBytes = [&input, old](const QByteArray &out) {
            if (changedOnlyWithin(input, out, entryBegin(old), entryEnd(old)))
                return QString();
            return QStringLiteral("bytes outside the edited entry [%1, %2) changed: common prefix %3, "
                                  "common suffix %4 of %5")
                .arg(entryBegin(old)).arg(entryEnd(old)).arg(commonPrefix(input, out))
                .arg(commonSuffix(input, out)).arg(input.size());
        };
        undo = [&doc, ref, old] { doc.replaceEntry(ref, old); };
        break;
    }
    case EditKind::AddEntry: {
        const int s = choices.below(sections);
        const int index = choices.below(doc.section(s).entryCount() + 1);
        const QString question = safeText(input, choices);
        const QString answer = choices.oneIn(4) ? QString() : safeText(input, choices);
        const QaSection snapshot = doc.sectionSnapshot(s);
        extraLists = true;
        const EntryRef ref = doc.addEntry(s, index, question, answer);
        const int n = doc.entryNumber(ref) - 1;
        edit = QStringLiteral("addEntry in section %1 at %2 (entry %3) %4 / %5")
                   .arg(s).arg(index).arg(n + 1).arg(shown(question), shown(answer));
        EntryFacts e{question, answer, true, EntryStatus::Answered};
        e.status = expectedStatus(e);
        expected.insert(expected.begin() + n, e);
        ++expectedSections[size_t(s)].entries;
        QByteArray answerLine = "**Answer:**";
        if (!answer.isEmpty())
            answerLine += ' ' + answer.toUtf8();
        const QList<QByteArray> lines =
            sorted(wordLines(input) + QList<QByteArray>{"**Question:** " + question.toUtf8(), answerLine});
        checkBytes = [&input, lines](const QByteArray &out) {
            if (!isOneInsertion(input, out))
                return QStringLiteral("not a single insertion: common prefix %1, suffix %2 of %3")
                    .arg(commonPrefix(input, out)).arg(commonSuffix(input, out)).arg(input.size());
            return compareWordLines(QStringLiteral("sorted"), lines, sorted(wordLines(out)));
        };
        undo = [&doc, s, snapshot] { doc.restoreSection(s, snapshot); };
        break;
    }
    case EditKind::RemoveEntry: {
        const EntryRef ref = doc.entryRef(1 + choices.below(entries));
        const int n = doc.entryNumber(ref) - 1;
        const QaEntry old = doc.entry(ref);
        const QaSection snapshot = doc.sectionSnapshot(ref.section);
        edit = QStringLiteral("removeEntry %1 (line %2)").arg(n + 1).arg(old.line());
        extraLists = true;
        doc.removeEntry(ref);
        expected.erase(expected.begin() + n);
        --expectedSections[size_t(ref.section)].entries;
        // The entry goes, with at most blank lines and a `---` around it;
        // where the answer before it would now meet prose, a `---` comes,
        // and a numbered question it leaves where a list cannot start is
        // written as a bold question (see strandedLists below).
        const QList<QByteArray> lines =
            withoutMarkers(wordLines(input.left(entryBegin(old)) + input.mid(entryEnd(old))));
        checkBytes = [lines](const QByteArray &out) {
            return compareWordLines(QStringLiteral("in order, without list markers and labels"), lines,
                                    withoutMarkers(wordLines(out)));
        };
        strandedLists = true;
        const int s = ref.section;
        undo = [&doc, s, snapshot] { doc.restoreSection(s, snapshot); };
        break;
    }
    case EditKind::MoveEntry: {
        const EntryRef from = doc.entryRef(1 + choices.below(entries));
        const int n = doc.entryNumber(from) - 1;
        const int toSection = choices.below(sections);
        const int room = doc.section(toSection).entryCount() - (toSection == from.section ? 1 : 0);
        const int toIndex = choices.below(room + 1);
        extraLists = true;
        strandedLists = true;
        const QaSection fromSnapshot = doc.sectionSnapshot(from.section);
        const QaSection toSnapshot = doc.sectionSnapshot(toSection);
        const int fromLine = doc.entry(from).line();
        const QaEntry::Form movedForm = doc.entry(from).form();
        const EntryRef at = doc.moveEntry(from, toSection, toIndex);
        const int m = doc.entryNumber(at) - 1;
        edit = QStringLiteral("moveEntry %1 (line %2) to section %3 at %4 (entry %5)")
                   .arg(n + 1).arg(fromLine).arg(toSection).arg(toIndex).arg(m + 1);
        const EntryFacts moved = expected[size_t(n)];
        expected.erase(expected.begin() + n);
        expected.insert(expected.begin() + m, moved);
        if (movedForm == QaEntry::Form::Numbered)
            becomesBold = m; // where a list cannot start
        --expectedSections[size_t(from.section)].entries;
        ++expectedSections[size_t(toSection)].entries;
        const QList<QByteArray> lines = sorted(withoutMarkers(wordLines(input)));
        checkBytes = [lines](const QByteArray &out) {
            return compareWordLines(QStringLiteral("sorted, without list markers and labels"), lines,
                                    sorted(withoutMarkers(wordLines(out))));
        };
        const int fromSection = from.section;
        undo = [&doc, fromSection, toSection, fromSnapshot, toSnapshot] {
            doc.restoreSection(fromSection, fromSnapshot);
            if (toSection != fromSection)
                doc.restoreSection(toSection, toSnapshot);
        };
        break;
    }
    case EditKind::AddSection: {
        const int index = choices.below(sections + 1);
        const QString title = safeText(input, choices);
        const int at = doc.addSection(index, title);
        edit = QStringLiteral("addSection at %1 (now section %2) %3").arg(index).arg(at).arg(shown(title));
        expectedSections.insert(expectedSections.begin() + at, SectionFacts{true, title.simplified(), 0});
        const QList<QByteArray> lines =
            sorted(wordLines(input) + QList<QByteArray>{"## " + title.simplified().toUtf8()});
        checkBytes = [&input, lines](const QByteArray &out) {
            if (!isOneInsertion(input, out))
                return QStringLiteral("not a single insertion: common prefix %1, suffix %2 of %3")
                    .arg(commonPrefix(input, out)).arg(commonSuffix(input, out)).arg(input.size());
            return compareWordLines(QStringLiteral("sorted"), lines, sorted(wordLines(out)));
        };
        undo = [&doc, at] { doc.removeSection(at); };
        break;
    }
    case EditKind::RenameSection: {
        const int s = choices.below(sections);
        const QString title = safeText(input, choices);
        const QaSection &section = doc.section(s);
        const QaSection snapshot = section;
        const bool renames = section.hasHeading();
        const qsizetype begin = renames ? lineOffset(input, section.line()) : 0;
        const qsizetype end = renames ? begin + section.headingRaw().size() : 0;
        edit = QStringLiteral("renameSection %1 (line %2) to %3").arg(s).arg(section.line()).arg(shown(title));
        doc.renameSection(s, title);
        if (renames)
            expectedSections[size_t(s)].title = title.simplified();
        checkBytes = [&input, begin, end](const QByteArray &out) {
            if (changedOnlyWithin(input, out, begin, end))
                return QString();
            return QStringLiteral("bytes outside the heading [%1, %2) changed").arg(begin).arg(end);
        };
        undo = [&doc, s, snapshot] { doc.restoreSection(s, snapshot); };
        break;
    }
    case EditKind::SetProseText: {
        const int s = proseSection;
        const QString text = safeText(input, choices);
        const QaSection &section = doc.section(s);
        const QaSection snapshot = section;
        const qsizetype begin = lineOffset(input, section.line()) + section.headingRaw().size();
        const qsizetype end = s + 1 < sections ? lineOffset(input, doc.section(s + 1).line()) : input.size();
        edit = QStringLiteral("setProseText on section %1 (line %2) to %3").arg(s).arg(section.line()).arg(shown(text));
        doc.setProseText(s, text);
        checkBytes = [&input, begin, end](const QByteArray &out) {
            if (changedOnlyWithin(input, out, begin, end))
                return QString();
            return QStringLiteral("bytes outside the section body [%1, %2) changed").arg(begin).arg(end);
        };
        checkReloaded = [s, text](const QaDocument &reloaded) {
            if (reloaded.proseText(s) == text)
                return QString();
            return QStringLiteral("prose text reads back as %1").arg(shown(reloaded.proseText(s)));
        };
        undo = [&doc, s, snapshot] { doc.restoreSection(s, snapshot); };
        break;
    }
    case EditKind::Count:
        break;
    }

    auto failed = [&edit](const QString &what) { return QStringLiteral("after %1:\n%2").arg(edit, what); };

    QString problem = compareEntries(QStringLiteral("in memory"), expected, entryFacts(doc));
    if (problem.isEmpty())
        problem = compareSections(QStringLiteral("in memory"), expectedSections, sectionFacts(doc));
    if (!problem.isEmpty())
        return failed(problem);

    const QByteArray out = doc.toBytes();
    if (written)
        *written = out;
    problem = checkBytes(out);
    if (!problem.isEmpty())
        return failed(problem);

    LoadError error;
    const std::optional<QaDocument> reloaded = QaDocument::fromBytes(out, QStringLiteral("fuzz.md"), &error);
    if (!reloaded)
        return failed(QStringLiteral("the written bytes are refused: ") + error.message);
    if (reloaded->toBytes() != out)
        return failed(firstDifference(QStringLiteral("written bytes do not round-trip"), out, reloaded->toBytes()));
    std::vector<EntryFacts> expectedOnDisk = expected;
    if (becomesBold >= 0)
        expectedOnDisk[size_t(becomesBold)].questionWordsOnly = true;
    for (EntryFacts &e : expectedOnDisk) {
        if (strandedLists && e.numbered)
            e.questionWordsOnly = true;
    }
    problem = compareEntries(QStringLiteral("written and loaded again"), expectedOnDisk, entryFacts(*reloaded),
                             extraLists);
    if (problem.isEmpty())
        problem = compareSections(QStringLiteral("written and loaded again"), expectedSections,
                                  sectionFacts(*reloaded), extraLists);
    if (problem.isEmpty())
        problem = checkReloaded(*reloaded);
    if (!problem.isEmpty())
        return failed(problem);

    undo();
    const QByteArray undone = doc.toBytes();
    if (undone != input)
        return failed(firstDifference(QStringLiteral("undo"), input, undone));
    return {};
}

} // namespace

bool independentlyValid(const QByteArray &bytes)
{
    if (std::memchr(bytes.constData(), 0, size_t(bytes.size())))
        return false;
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    // Replacement characters or a dropped byte order mark would show here.
    return text.toUtf8() == bytes;
}

QString check(const QByteArray &input, QByteArray *written)
{
    LoadError error;
    const std::optional<QaDocument> doc = QaDocument::fromBytes(input, QStringLiteral("fuzz.md"), &error);
    const bool valid = independentlyValid(input);
    if (!doc) {
        if (valid)
            return QStringLiteral("valid UTF-8 refused: ") + error.message;
        const qsizetype at = error.offset;
        if (at < 0 || at >= input.size())
            return QStringLiteral("refused with offset %1 outside the input (%2 bytes)").arg(at).arg(input.size());
        // The reported byte is the first bad one: everything before it is
        // fine, and no character starts cleanly at it.
        if (!independentlyValid(input.left(at)))
            return QStringLiteral("refused at offset %1, but the bytes before it are bad already").arg(at);
        for (qsizetype k = 1; k <= 4 && at + k <= input.size(); ++k) {
            if (independentlyValid(input.mid(at, k)))
                return QStringLiteral("refused at offset %1, but a valid character starts there").arg(at);
        }
        if (!error.message.contains(QString::number(at)))
            return QStringLiteral("the refusal does not name the offset %1: %2").arg(at).arg(error.message);
        return {};
    }
    if (!valid)
        return QStringLiteral("accepted bytes that are not valid UTF-8 or hold a NUL byte");
    const QByteArray saved = doc->toBytes();
    if (saved != input)
        return firstDifference(QStringLiteral("load and save without an edit"), input, saved);
    return checkEdit(input, *doc, written);
}

} // namespace DocumentChecks
