#include "app/document/markdownlines.h"

#include <QStringDecoder>

#include <cstring>

namespace MarkdownLines {

namespace {

// Up to three spaces of indentation are allowed before a block marker.
qsizetype indentEnd(const char *d, const Line &line)
{
    qsizetype p = line.begin;
    while (p < line.contentEnd && p - line.begin < 3 && d[p] == ' ')
        ++p;
    return p;
}

bool startsWith(const char *d, qsizetype pos, qsizetype end, const char *prefix)
{
    const qsizetype n = qsizetype(std::strlen(prefix));
    return end - pos >= n && std::memcmp(d + pos, prefix, size_t(n)) == 0;
}

} // namespace

Line lineAt(const QByteArray &text, qsizetype pos)
{
    Line line;
    line.begin = pos;
    const char *d = text.constData();
    const qsizetype n = text.size();
    const void *nl = std::memchr(d + pos, '\n', size_t(n - pos));
    if (!nl) {
        // A carriage return that ends the file ends its last line, as it
        // would once a line feed follows it (an edit may add one).
        line.end = n;
        line.contentEnd = (n > pos && d[n - 1] == '\r') ? n - 1 : n;
        return line;
    }
    const qsizetype at = static_cast<const char *>(nl) - d;
    line.end = at + 1;
    line.contentEnd = (at > pos && d[at - 1] == '\r') ? at - 1 : at;
    return line;
}

bool isBlankText(const char *d, qsizetype begin, qsizetype end)
{
    for (qsizetype p = begin; p < end; ++p) {
        if (d[p] != ' ' && d[p] != '\t')
            return false;
    }
    return true;
}

qsizetype skipSpaces(const char *d, qsizetype pos, qsizetype end)
{
    while (pos < end && (d[pos] == ' ' || d[pos] == '\t'))
        ++pos;
    return pos;
}

bool isIndented(const char *d, const Line &line)
{
    return (line.contentEnd - line.begin >= 2 && d[line.begin] == ' ' && d[line.begin + 1] == ' ')
        || (line.contentEnd > line.begin && d[line.begin] == '\t');
}

Fence fenceOf(const char *d, const Line &line)
{
    Fence fence;
    const qsizetype p = indentEnd(d, line);
    if (p >= line.contentEnd || (d[p] != '`' && d[p] != '~'))
        return fence;
    qsizetype q = p;
    while (q < line.contentEnd && d[q] == d[p])
        ++q;
    if (q - p < 3)
        return fence;
    if (d[p] == '`') { // a backtick fence's info string may not hold backticks
        for (qsizetype r = q; r < line.contentEnd; ++r) {
            if (d[r] == '`')
                return fence;
        }
    }
    fence.open = true;
    fence.marker = d[p];
    fence.length = int(q - p);
    return fence;
}

bool closesFence(const char *d, const Line &line, const Fence &fence)
{
    const qsizetype p = indentEnd(d, line);
    qsizetype q = p;
    while (q < line.contentEnd && d[q] == fence.marker)
        ++q;
    return q - p >= fence.length && isBlankText(d, q, line.contentEnd);
}

long orderedItemNumber(const char *d, const Line &line)
{
    const qsizetype p = indentEnd(d, line);
    qsizetype q = p;
    long number = 0;
    while (q < line.contentEnd && q - p < 9 && d[q] >= '0' && d[q] <= '9') {
        number = number * 10 + (d[q] - '0');
        ++q;
    }
    if (q == p || q >= line.contentEnd || (d[q] != '.' && d[q] != ')'))
        return -1;
    ++q;
    if (q < line.contentEnd && d[q] != ' ' && d[q] != '\t')
        return -1;
    return number;
}

qsizetype orderedMarkerEnd(const char *d, const Line &line)
{
    qsizetype p = indentEnd(d, line);
    while (p < line.contentEnd && d[p] >= '0' && d[p] <= '9')
        ++p;
    return p + 1; // the '.' or ')'
}

namespace {

// `label` at `p`; `spaced`: only when a space, a tab or the line's end
// follows it (a bare or plain label is a word of its own).
bool labelMatches(const char *d, qsizetype p, qsizetype end, const char *label, bool spaced)
{
    if (!startsWith(d, p, end, label))
        return false;
    const qsizetype after = p + qsizetype(std::strlen(label));
    return !spaced || after == end || d[after] == ' ' || d[after] == '\t';
}

} // namespace

qsizetype quoteContentBegin(const char *d, const Line &line)
{
    const qsizetype p = indentEnd(d, line);
    if (p >= line.contentEnd || d[p] != '>')
        return -1;
    return p + 1 < line.contentEnd && d[p + 1] == ' ' ? p + 2 : p + 1;
}

bool isEmptyQuoteLine(const char *d, const Line &line)
{
    const qsizetype text = quoteContentBegin(d, line);
    return text >= 0 && isBlankText(d, text, line.contentEnd);
}

qsizetype afterQuote(const char *d, const Line &line, bool quoted)
{
    const qsizetype quote = quoted ? quoteContentBegin(d, line) : -1;
    return quote >= 0 ? quote : line.begin;
}

namespace {

// Where the line's text ends before an optional `<br>`, `<br/>` or `<br />`
// and spaces.
qsizetype beforeLineBreakTag(const char *d, qsizetype begin, qsizetype end)
{
    while (end > begin && (d[end - 1] == ' ' || d[end - 1] == '\t'))
        --end;
    for (const char *tag : {"<br>", "<br/>", "<br />"}) {
        const qsizetype n = qsizetype(std::strlen(tag));
        if (end - begin >= n && std::memcmp(d + end - n, tag, size_t(n)) == 0) {
            end -= n;
            break;
        }
    }
    while (end > begin && (d[end - 1] == ' ' || d[end - 1] == '\t'))
        --end;
    return end;
}

LabelAt labelAtLine(const char *d, const Line &line, bool lookAhead);

} // namespace

qsizetype inBoldQuestionEnd(const char *d, const Line &line, qsizetype textBegin)
{
    const qsizetype close = beforeLineBreakTag(d, textBegin, line.contentEnd) - 2;
    if (close <= textBegin || d[close] != '*' || d[close + 1] != '*')
        return -1;
    for (qsizetype p = textBegin; p + 1 < close; ++p) {
        if (d[p] == '*' && d[p + 1] == '*')
            return -1;
    }
    return close;
}

LabelAt labelAt(const char *d, const Line &line)
{
    return labelAtLine(d, line, true);
}

namespace {

// `**Q: text**<br>` at `p`, then a line that is an answer label's. The
// bytes end at a NUL (a QByteArray's, documents hold none: Utf8Validator).
LabelAt inBoldQuestionAt(const char *d, const Line &line, qsizetype p)
{
    LabelAt at;
    const qsizetype end = line.contentEnd;
    if (end - p < 7 || std::memcmp(d + p, "**Q:", 4) != 0 || (d[p + 4] != ' ' && d[p + 4] != '\t'))
        return at;
    const qsizetype textEnd = inBoldQuestionEnd(d, line, skipSpaces(d, p + 4, end));
    if (textEnd < 0 || line.end == end || d[line.end] == '\0')
        return at;
    Line next{line.end, line.end, line.end};
    while (d[next.end] != '\0' && d[next.end] != '\n')
        ++next.end;
    next.contentEnd = next.end > next.begin && d[next.end - 1] == '\r' ? next.end - 1 : next.end;
    if (d[next.end] == '\n')
        ++next.end;
    const LabelAt answer = labelAtLine(d, next, false);
    if (!answer.found || !answer.answer || answer.quoted)
        return at;
    return {true, false, QaLabel::Spelling::QInBold, p + 4, false, textEnd};
}

LabelAt labelAtLine(const char *d, const Line &line, bool lookAhead)
{
    using QaLabel::Spelling;
    LabelAt at;
    qsizetype p = indentEnd(d, line);
    const qsizetype end = line.contentEnd;
    if (p >= end)
        return at;
    // In a block quote (`> **Answer:** …`): the label after its marker.
    if (d[p] == '>') {
        Line inside = line;
        inside.begin = quoteContentBegin(d, line);
        if (inside.begin >= end || d[inside.begin] == '>')
            return at;
        LabelAt quoted = labelAtLine(d, inside, false); // no question in bold in a quote
        quoted.quoted = quoted.found;
        return quoted;
    }
    // A question label may start a bullet item (`* **Q** …`, `- Q: …`; one
    // to four spaces after the marker), its answer label in the item.
    if ((d[p] == '*' || d[p] == '-' || d[p] == '+') && p + 1 < end && (d[p + 1] == ' ' || d[p + 1] == '\t')) {
        Line inside = line;
        inside.begin = skipSpaces(d, p + 1, end);
        LabelAt item = labelAtLine(d, inside, false);
        if (!item.found || item.answer || item.quoted || item.item || inside.begin - p > 4)
            return at;
        item.item = true;
        return item;
    }
    // The first byte decides which spellings can match: most lines are
    // none of them, and this runs on every line of the document.
    const char c = d[p];
    static constexpr Spelling bold[] = {Spelling::Question, Spelling::QColon, Spelling::QDot, Spelling::QBare};
    static constexpr Spelling plain[] = {Spelling::PlainQ, Spelling::PlainQuestion};
    if (c == '*') {
        if (end - p < 5 || d[p + 1] != '*' || (d[p + 2] != 'Q' && d[p + 2] != 'A'))
            return at;
        for (Spelling s : bold) {
            const bool spaced = s == Spelling::QBare;
            for (const bool answer : {false, true}) {
                const char *text = answer ? QaLabel::answerText(s) : QaLabel::questionText(s);
                if (labelMatches(d, p, end, text, spaced))
                    return {true, answer, s, p + qsizetype(std::strlen(text))};
            }
        }
        return lookAhead ? inBoldQuestionAt(d, line, p) : at;
    }
    if (c != 'Q' && c != 'A')
        return at;
    for (Spelling s : plain) {
        for (const bool answer : {false, true}) {
            const char *text = answer ? QaLabel::answerText(s) : QaLabel::questionText(s);
            if (labelMatches(d, p, end, text, true))
                return {true, answer, s, p + qsizetype(std::strlen(text))};
        }
    }
    return at;
}

} // namespace

LabelAt itemAnswerLabelAt(const char *d, const Line &line)
{
    const qsizetype p = skipSpaces(d, line.begin, line.contentEnd);
    if (p - line.begin < 2 || p - line.begin > 5 || std::memchr(d + line.begin, '\t', size_t(p - line.begin)))
        return {};
    Line inside = line;
    inside.begin = p;
    const LabelAt label = labelAtLine(d, inside, false);
    return label.found && label.answer && !label.quoted && !label.item ? label : LabelAt();
}

qsizetype labelEnd(const char *d, const Line &line)
{
    const LabelAt at = labelAt(d, line);
    if (at.found)
        return at.end;
    const LabelAt inItem = itemAnswerLabelAt(d, line);
    return inItem.found ? inItem.end : indentEnd(d, line);
}

Heading atxHeading(const char *d, const Line &line)
{
    Heading heading;
    const qsizetype p = indentEnd(d, line);
    const qsizetype end = line.contentEnd;
    if (p - line.begin > 3 || p >= end || d[p] != '#')
        return heading;
    qsizetype q = p;
    while (q < end && d[q] == '#')
        ++q;
    if (q - p > 6 || (q < end && d[q] != ' ' && d[q] != '\t'))
        return heading;
    qsizetype b = skipSpaces(d, q, end);
    qsizetype e = end;
    while (e > b && (d[e - 1] == ' ' || d[e - 1] == '\t'))
        --e;
    // An optional closing sequence of '#' after a space.
    qsizetype h = e;
    while (h > b && d[h - 1] == '#')
        --h;
    if (h < e && (h == b || d[h - 1] == ' ' || d[h - 1] == '\t')) {
        e = h;
        while (e > b && (d[e - 1] == ' ' || d[e - 1] == '\t'))
            --e;
        heading.closed = true;
    }
    heading.found = true;
    heading.level = int(q - p);
    heading.textBegin = b;
    heading.textEnd = e;
    return heading;
}

Heading unindentedHeading(const char *d, const Line &line)
{
    return line.begin < line.contentEnd && d[line.begin] == '#' ? atxHeading(d, line) : Heading();
}

qsizetype questionMarkEnd(const char *d, qsizetype begin, qsizetype end)
{
    // Closing code, emphasis, quotes or a parenthesis may follow the `?`.
    while (end > begin && d[end - 1] != 0 && std::strchr("`*_\"')", d[end - 1]))
        --end;
    return end;
}

bool isQuestionHeadingText(const char *d, qsizetype begin, qsizetype end)
{
    const qsizetype mark = questionMarkEnd(d, begin, end);
    if (mark - begin >= 1 && d[mark - 1] == '?')
        return mark - begin < 2 || d[mark - 2] != '\\';
    if (end - begin >= 3 && startsWith(d, end - 3, end, "\xEF\xBC\x9F")) // U+FF1F
        return true;
    // "Question 12.", "Question 17a:", "Question 42 .", "Q3)": a numbered question.
    qsizetype p = begin;
    if (startsWith(d, p, end, "Question"))
        p += 8;
    else if (startsWith(d, p, end, "Q"))
        p += 1;
    else
        return false;
    p = skipSpaces(d, p, end);
    const qsizetype digits = p;
    while (p < end && d[p] >= '0' && d[p] <= '9')
        ++p;
    if (p == digits)
        return false;
    if (p < end && d[p] >= 'a' && d[p] <= 'z')
        ++p;
    p = skipSpaces(d, p, end);
    return p < end && (d[p] == '.' || d[p] == ':' || d[p] == ')');
}

QString headingTitle(const char *d, const Line &line)
{
    qsizetype p = skipSpaces(d, indentEnd(d, line) + 2, line.contentEnd);
    qsizetype e = line.contentEnd;
    while (e > p && (d[e - 1] == ' ' || d[e - 1] == '\t'))
        --e;
    // An optional closing sequence of '#' after a space.
    qsizetype h = e;
    while (h > p && d[h - 1] == '#')
        --h;
    if (h < e && (h == p || d[h - 1] == ' ' || d[h - 1] == '\t')) {
        e = h;
        while (e > p && (d[e - 1] == ' ' || d[e - 1] == '\t'))
            --e;
    }
    return QString::fromUtf8(d + p, e - p);
}

Kind classify(const char *d, const Line &line)
{
    const qsizetype p = indentEnd(d, line);
    const qsizetype end = line.contentEnd;
    if (isBlankText(d, line.begin, end))
        return Kind::Blank;
    if (p - line.begin <= 3 && p < end && d[p] == ' ')
        return Kind::Text; // four or more spaces: indented code
    const char c = d[p];
    if (c == '#') {
        if (end - p >= 2 && d[p + 1] == '#' && (end - p == 2 || d[p + 2] == ' ' || d[p + 2] == '\t'))
            return Kind::Heading2;
        const Heading heading = unindentedHeading(d, line);
        if (heading.found && heading.level >= 3 && isQuestionHeadingText(d, heading.textBegin, heading.textEnd))
            return Kind::QuestionHeading;
        return Kind::Text;
    }
    if (c == '-' || c == '*' || c == '_') {
        int count = 0;
        bool onlyMarker = true;
        for (qsizetype q = p; q < end; ++q) {
            if (d[q] == c)
                ++count;
            else if (d[q] != ' ' && d[q] != '\t') {
                onlyMarker = false;
                break;
            }
        }
        if (onlyMarker && count >= 3)
            return Kind::ThematicBreak;
        if (c == '*' || c == '-') { // a bold label, or one in a bullet item
            const LabelAt label = labelAt(d, line);
            if (label.found)
                return label.answer ? Kind::AnswerLabel : Kind::QuestionLabel;
        }
        return Kind::Text;
    }
    if (c == 'Q' || c == 'A' || c == '>' || c == '+') {
        const LabelAt label = labelAt(d, line);
        if (label.found)
            return label.answer ? Kind::AnswerLabel : Kind::QuestionLabel;
        return Kind::Text;
    }
    if (c >= '0' && c <= '9')
        return orderedItemNumber(d, line) >= 0 ? Kind::OrderedItem : Kind::Text;
    if (c == '`' || c == '~')
        return fenceOf(d, line).open ? Kind::FenceOpen : Kind::Text;
    return Kind::Text;
}

bool continuesItem(const char *d, const Line &line, Kind kind, bool afterBlank)
{
    switch (kind) {
    case Kind::Blank:
    case Kind::Heading2:
    case Kind::ThematicBreak:
    case Kind::QuestionLabel:
    case Kind::QuestionHeading:
    case Kind::OrderedItem:
        return false;
    default:
        // An unindented heading is no lazy continuation (CommonMark): it ends
        // the item, and a `# FAQ` after one still starts a FAQ part.
        return isIndented(d, line) || (!afterBlank && !atxHeading(d, line).found);
    }
}

bool AnswerList::read(const char *d, const Line &line, Kind kind, bool inFence)
{
    if (kind == Kind::Blank) {
        m_afterBlank = true;
        return false;
    }
    bool starts = false;
    if (!inFence && kind == Kind::OrderedItem) {
        starts = !m_open && m_afterBlank && orderedItemNumber(d, line) > 1;
        m_open = m_open || starts;
    } else if (m_open && !inFence && !continuesItem(d, line, kind, m_afterBlank)) {
        m_open = false;
    }
    m_afterBlank = false;
    return starts;
}

bool answerEndsWithList(const QByteArray &rest, bool (*startsEntry)(const QByteArray &text, const Line &line))
{
    const char *d = rest.constData();
    AnswerList list;
    Fence fence;
    bool first = true;
    for (qsizetype pos = 0; pos < rest.size();) {
        const Line line = lineAt(rest, pos);
        if (fence.open) { // as the parser reads an answer's lines
            if (closesFence(d, line, fence))
                fence.open = false;
            list.read(d, line, Kind::Text, true);
        } else {
            const Kind kind = classify(d, line);
            if (kind == Kind::Heading2 || kind == Kind::ThematicBreak || kind == Kind::QuestionLabel
                || kind == Kind::QuestionHeading || (startsEntry && kind == Kind::Text && startsEntry(rest, line)))
                break; // the answer ends
            if (kind == Kind::FenceOpen)
                fence = fenceOf(d, line);
            const bool starts = list.read(d, line, kind, false);
            if (first && kind != Kind::Blank) {
                if (!starts)
                    return false; // this line would be more of the answer
                first = false;
            }
        }
        if (!first && !list.isOpen())
            return false; // the list ends before the answer: all of it is answer
        pos = line.end;
    }
    return !first;
}

QString decoded(QByteArrayView bytes)
{
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes);
    // Every leading U+FEFF is text (fromUtf8 would drop the first, and
    // the one after it was then taken for it).
    QStringDecoder toText(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return toText(bytes);
}

} // namespace MarkdownLines
