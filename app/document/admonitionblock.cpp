#include "app/document/admonitionblock.h"

#include "app/document/markdownlines.h"

#include <cstring>

namespace AdmonitionBlock {

namespace {

using namespace MarkdownLines;

bool isWordByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

} // namespace

bool isBodyLine(const char *d, const MarkdownLines::Line &line)
{
    if (line.contentEnd > line.begin && d[line.begin] == '\t')
        return true;
    return line.contentEnd - line.begin >= 4 && d[line.begin] == ' ' && d[line.begin + 1] == ' '
        && d[line.begin + 2] == ' ' && d[line.begin + 3] == ' ';
}

bool isQuestionType(const QByteArray &type)
{
    const QByteArray t = type.toLower();
    return t == "question" || t == "faq" || t == "help";
}

bool isQuestionTitle(const QString &title)
{
    const QString t = title.trimmed();
    return t.endsWith(QLatin1Char('?')) || t.endsWith(QChar(0xFF1F));
}

Block read(const QByteArray &source, qsizetype begin)
{
    const char *d = source.constData();
    const qsizetype n = source.size();
    Line line = lineAt(source, begin);
    const qsizetype e = line.contentEnd;
    qsizetype p = line.begin;
    if (e - p < 5 || !((d[p] == '!' && d[p + 1] == '!' && d[p + 2] == '!')
                       || (d[p] == '?' && d[p + 1] == '?' && d[p + 2] == '?')))
        return {};
    p += 3;
    if (d[p - 1] == '?' && p < e && d[p] == '+')
        ++p;
    if (p >= e || d[p] != ' ')
        return {};
    p = skipSpaces(d, p, e);
    Block block;
    block.begin = line.begin;
    block.typeBegin = p;
    while (p < e && isWordByte(d[p]))
        ++p;
    block.typeEnd = p;
    if (block.typeEnd == block.typeBegin)
        return {};
    // More class words, then the title in quotes up to the last quote on the line.
    qsizetype wordsEnd = p;
    for (;;) {
        const qsizetype q = skipSpaces(d, p, e);
        if (q == p || q >= e || !isWordByte(d[q]))
            break;
        p = q;
        while (p < e && isWordByte(d[p]))
            ++p;
        wordsEnd = p;
    }
    p = skipSpaces(d, wordsEnd, e);
    block.questionTextBegin = block.questionTextEnd = wordsEnd;
    if (p < e) {
        if (d[p] != '"' || p == wordsEnd)
            return {};
        qsizetype last = e;
        while (last > p && (d[last - 1] == ' ' || d[last - 1] == '\t'))
            --last;
        if (last - p < 2 || d[last - 1] != '"')
            return {};
        block.hasTitle = true;
        block.questionTextBegin = p + 1;
        block.questionTextEnd = last - 1;
    }
    const QByteArray type = source.mid(block.typeBegin, block.typeEnd - block.typeBegin);
    if (!isQuestionType(type)
        && !isQuestionTitle(QString::fromUtf8(d + block.questionTextBegin,
                                              block.questionTextEnd - block.questionTextBegin)))
        return {};
    block.questionEnd = line.end;
    block.lines = 1;
    int lines = 1;
    while (line.end < n) {
        const Line next = lineAt(source, line.end);
        const bool blank = isBlankText(d, next.begin, next.contentEnd);
        if (!blank && !isBodyLine(d, next))
            break;
        line = next;
        ++lines;
        if (blank)
            continue;
        if (block.answerStart < 0) {
            block.answerStart = line.begin;
            block.tabIndent = d[line.begin] == '\t';
            block.answerTextBegin = line.begin + (block.tabIndent ? 1 : 4);
        }
        block.answerTextEnd = line.contentEnd;
        block.answerEnd = line.end;
        block.lines = lines;
    }
    block.found = true;
    return block;
}

QByteArray dedentedUtf8(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    const char *d = bytes.data();
    const qsizetype n = bytes.size();
    // Whole lines at a time: an answer is most of the file.
    for (qsizetype i = 0; i < n;) {
        if (i > 0) { // the first line's indentation is not in `bytes`
            if (d[i] == '\t') {
                ++i;
            } else {
                for (int spaces = 0; spaces < 4 && i < n && d[i] == ' '; ++spaces)
                    ++i;
            }
        }
        const void *newline = std::memchr(d + i, '\n', size_t(n - i));
        const qsizetype end = newline ? static_cast<const char *>(newline) - d : n;
        qsizetype contentEnd = end;
        if (newline && contentEnd > i && d[contentEnd - 1] == '\r')
            --contentEnd;
        out.append(d + i, contentEnd - i);
        if (!newline)
            break;
        out.append('\n');
        i = end + 1;
    }
    return out;
}

QString dedented(QByteArrayView bytes)
{
    return MarkdownLines::decoded(dedentedUtf8(bytes));
}

} // namespace AdmonitionBlock
