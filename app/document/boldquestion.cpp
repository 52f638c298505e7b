#include "app/document/boldquestion.h"

#include "app/document/admonitionblock.h"

#include <QList>

#include <cstring>

namespace BoldQuestion {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// A tag word: its first character that is not a joiner or a variation
// selector (as in "‍⭐️") is a symbol (Unicode So: emoji, stars, arrows).
// No `*`, `?`, backtick or backslash in it, which could end or escape the
// bold, or make it code.
bool isTagWord(const char *d, qsizetype begin, qsizetype end)
{
    for (qsizetype p = begin; p < end; ++p) {
        if (d[p] == '*' || d[p] == '?' || d[p] == '`' || d[p] == '\\')
            return false;
    }
    const QString word = QString::fromUtf8(d + begin, end - begin);
    for (const uint c : word.toUcs4()) {
        if (c == 0x200D || c == 0xFE0E || c == 0xFE0F)
            continue;
        return QChar::category(c) == QChar::Symbol_Other;
    }
    return false;
}

// [begin, end) is nothing or tags, each after spaces (spaces may end it).
bool onlyTags(const char *d, qsizetype begin, qsizetype end)
{
    qsizetype p = begin;
    while (p < end) {
        if (!isSpace(d[p]))
            return false;
        while (p < end && isSpace(d[p]))
            ++p;
        const qsizetype word = p;
        while (p < end && !isSpace(d[p]))
            ++p;
        if (p > word && !isTagWord(d, word, p))
            return false;
    }
    return true;
}

qsizetype find(const char *d, qsizetype begin, qsizetype end, const char *what)
{
    const qsizetype n = qsizetype(std::strlen(what));
    for (qsizetype p = begin; p + n <= end; ++p) {
        if (std::memcmp(d + p, what, size_t(n)) == 0)
            return p;
    }
    return -1;
}

} // namespace

Found shapeAt(const char *d, const MarkdownLines::Line &line)
{
    Found none;
    const qsizetype b = line.begin;
    const qsizetype e = line.contentEnd;
    // `**`, then text that starts with neither a space nor a third `*`.
    if (e - b < 5 || d[b] != '*' || d[b + 1] != '*' || d[b + 2] == '*' || isSpace(d[b + 2]))
        return none;
    if (!std::memchr(d + b, '?', size_t(e - b)))
        return none; // most bold lines: cheap to rule out
    const qsizetype close = find(d, b + 2, e, "**");
    if (close < 0 || close == b + 2)
        return none;
    const char last = d[close - 1];
    if (isSpace(last) || last == '\\' || last == '*')
        return none;
    if (!onlyTags(d, close + 2, e))
        return none;
    qsizetype mark = close - 1;
    while (mark > b + 2 && d[mark] != '?')
        --mark;
    if (d[mark] != '?' || !onlyTags(d, mark + 1, close))
        return none;
    return {true, b + 2, close};
}

// Whether the line before (`prev`) is a question block's last line: a
// `</details>` line, or an admonition's title or body line. A line right
// after one starts a paragraph: as MkDocs reads an admonition, and so that
// taking that block away (a removal, a move) does not change how the line
// reads.
bool endsQuestionBlock(const QByteArray &text, const MarkdownLines::Line &prev)
{
    const char *d = text.constData();
    qsizetype end = prev.contentEnd;
    while (end > prev.begin && (d[end - 1] == ' ' || d[end - 1] == '\t'))
        --end;
    if (end - prev.begin >= 10 && std::memcmp(d + end - 10, "</details>", 10) == 0)
        return true;
    // Back over the body (indented or blank lines) to the title line.
    for (qsizetype begin = prev.begin;;) {
        const MarkdownLines::Line line = MarkdownLines::lineAt(text, begin);
        const bool blank = MarkdownLines::isBlankText(d, line.begin, line.contentEnd);
        if (!blank && !AdmonitionBlock::isBodyLine(d, line))
            return (d[begin] == '?' || d[begin] == '!') && AdmonitionBlock::read(text, begin).found;
        if (begin == 0)
            return false;
        qsizetype before = begin - 1; // the line ending of the line before
        while (before > 0 && d[before - 1] != '\n')
            --before;
        begin = before;
    }
}

bool startsParagraph(const QByteArray &text, qsizetype lineBegin)
{
    const char *d = text.constData();
    const bool bom = text.startsWith("\xEF\xBB\xBF");
    if (lineBegin == 0 || (bom && lineBegin == 3))
        return true;
    if (d[lineBegin - 1] != '\n')
        return false;
    qsizetype prev = lineBegin - 1;
    while (prev > 0 && d[prev - 1] != '\n')
        --prev;
    if (prev == 0 && bom)
        prev = 3;
    MarkdownLines::Line line;
    line.begin = prev;
    line.end = lineBegin;
    line.contentEnd = (lineBegin - 1 > prev && d[lineBegin - 2] == '\r') ? lineBegin - 2 : lineBegin - 1;
    switch (MarkdownLines::classify(d, line)) {
    case MarkdownLines::Kind::Blank:
    case MarkdownLines::Kind::Heading2:
    case MarkdownLines::Kind::QuestionHeading:
    case MarkdownLines::Kind::ThematicBreak:
        return true;
    default:
        return endsQuestionBlock(text, line);
    }
}

qsizetype lookBackStart(const QByteArray &text)
{
    const char *d = text.constData();
    qsizetype end = text.size(); // of the line looked at, after its line end
    while (end > 0) {
        qsizetype begin = end - 1;
        while (begin > 0 && d[begin - 1] != '\n')
            --begin;
        const MarkdownLines::Line line = MarkdownLines::lineAt(text, begin);
        if (!MarkdownLines::isBlankText(d, line.begin, line.contentEnd) && !AdmonitionBlock::isBodyLine(d, line))
            return begin;
        end = begin;
    }
    return 0;
}

bool startsAfter(const QByteArray &written, const char *data, const MarkdownLines::Line &line)
{
    return shapeAt(data, line).found && startsParagraph(written, written.size());
}

Found at(const QByteArray &text, const MarkdownLines::Line &line)
{
    const Found shape = shapeAt(text.constData(), line);
    if (!shape.found || !startsParagraph(text, line.begin))
        return {};
    return shape;
}

bool canWrite(const QString &question)
{
    const QByteArray line = "**" + question.toUtf8() + "**";
    if (line.contains('\n') || line.contains('\r'))
        return false;
    const MarkdownLines::Line whole{0, line.size(), line.size()};
    if (MarkdownLines::classify(line.constData(), whole) != MarkdownLines::Kind::Text)
        return false; // `**Q:** …?**` would be a label, `****` a break
    const Found shape = shapeAt(line.constData(), whole);
    return shape.found && shape.textEnd == line.size() - 2;
}

} // namespace BoldQuestion
