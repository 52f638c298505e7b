#include "app/document/markdownlines.h"

#include <cstring>

// The label recognisers of MarkdownLines (markdownlines.h): question and
// answer labels in every spelling, in a block quote, in a bullet item and
// with the question in the label's bold. Apart from the rest of the line
// rules because they are the largest part of them.
namespace MarkdownLines {

namespace {

// `label` at `p`; `spaced`: only when a space, a tab or the line's end
// follows it (a bare or plain label is a word of its own).
bool labelMatches(const char *d, qsizetype p, qsizetype end, const char *label, bool spaced)
{
    const qsizetype after = p + qsizetype(std::strlen(label));
    if (after > end || std::memcmp(d + p, label, std::strlen(label)) != 0)
        return false;
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
    const LabelAt answer = labelAtLine(d, lineAfter(d, line), false);
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

} // namespace MarkdownLines
