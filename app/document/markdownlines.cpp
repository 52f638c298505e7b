#include "app/document/markdownlines.h"

#include <QStringDecoder>

#include <cstring>

namespace MarkdownLines {

qsizetype indentEnd(const char *d, const Line &line)
{
    qsizetype p = line.begin;
    while (p < line.contentEnd && p - line.begin < 3 && d[p] == ' ')
        ++p;
    return p;
}

namespace {

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
    heading.end = line.end;
    return heading;
}

Line lineAfter(const char *d, const Line &line)
{
    Line next{line.end, line.end, line.end};
    while (d[next.end] != '\0' && d[next.end] != '\n')
        ++next.end;
    next.contentEnd = next.end > next.begin && d[next.end - 1] == '\r' ? next.end - 1 : next.end;
    if (d[next.end] == '\n')
        ++next.end;
    return next;
}

namespace {

qsizetype trimmedEnd(const char *d, qsizetype begin, qsizetype end)
{
    while (end > begin && (d[end - 1] == ' ' || d[end - 1] == '\t'))
        --end;
    return end;
}

} // namespace

Heading htmlHeading(const char *d, const Line &line)
{
    Heading heading;
    const qsizetype b = line.begin;
    if (line.contentEnd - b < 4 || d[b] != '<' || (d[b + 1] != 'h' && d[b + 1] != 'H') || d[b + 2] < '1'
        || d[b + 2] > '6' || (d[b + 3] != '>' && d[b + 3] != ' ' && d[b + 3] != '\t'))
        return heading;
    const char level = d[b + 2];
    const void *tagEnd = std::memchr(d + b + 3, '>', size_t(line.contentEnd - b - 3));
    if (!tagEnd)
        return heading;
    // The opening tag's line, the text's, the closing tag's: the text on one
    // of them, no line blank, the closing tag at the end of one.
    qsizetype from = static_cast<const char *>(tagEnd) - d + 1;
    Line current = line;
    qsizetype textBegin = -1;
    qsizetype textEnd = -1;
    for (int n = 0; n < 3; ++n) {
        if (n > 0) {
            if (current.end == current.contentEnd)
                return heading; // the last line
            current = lineAfter(d, current);
            from = current.begin;
            if (isBlankText(d, current.begin, current.contentEnd))
                return heading;
        }
        const qsizetype close = trimmedEnd(d, from, current.contentEnd) - 5;
        const bool closes = close >= from && d[close] == '<' && d[close + 1] == '/'
            && (d[close + 2] == 'h' || d[close + 2] == 'H') && d[close + 3] == level && d[close + 4] == '>';
        const qsizetype partBegin = skipSpaces(d, from, closes ? close : current.contentEnd);
        const qsizetype partEnd = trimmedEnd(d, partBegin, closes ? close : current.contentEnd);
        if (partBegin < partEnd) {
            if (textBegin >= 0)
                return heading; // text on two lines
            textBegin = partBegin;
            textEnd = partEnd;
        }
        if (closes) {
            heading.found = true;
            heading.html = true;
            heading.level = level - '0';
            heading.textBegin = textBegin >= 0 ? textBegin : partBegin;
            heading.textEnd = textBegin >= 0 ? textEnd : partBegin;
            heading.end = current.end;
            return heading;
        }
    }
    return heading;
}

bool isAnyHeading(const char *d, const Line &line)
{
    return atxHeading(d, line).found || htmlHeading(d, line).found;
}

Heading unindentedHeading(const char *d, const Line &line)
{
    if (line.begin >= line.contentEnd)
        return Heading();
    if (d[line.begin] == '#')
        return atxHeading(d, line);
    return d[line.begin] == '<' ? htmlHeading(d, line) : Heading();
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
    if (c == '<') { // an HTML heading that is a question, as `### Why?` (`<h2>` too: it is no section)
        const Heading heading = unindentedHeading(d, line);
        const bool question = heading.found && heading.level >= 2 && isQuestionHeadingText(d, heading.textBegin, heading.textEnd);
        return question ? Kind::QuestionHeading : Kind::Text;
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
        return isIndented(d, line) || (!afterBlank && !isAnyHeading(d, line));
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
