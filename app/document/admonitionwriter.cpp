#include "app/document/admonitionwriter.h"

#include "app/document/admonitionblock.h"
#include "app/document/entrytext.h"
#include "app/document/markdownlines.h"
#include "app/document/qaentry.h"

#include <algorithm>
#include <vector>

namespace AdmonitionWriter {

namespace {

// A title is one line: its line breaks become spaces.
QByteArray titleBytes(const QString &question)
{
    QString title = question;
    title.replace(QLatin1String("\r\n"), QLatin1String(" "));
    title.replace(QLatin1Char('\n'), QLatin1Char(' '));
    title.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return title.toUtf8();
}

// The body: each line indented by `indent`, empty lines empty, without
// blank lines before the first line or after the last. A line of only
// spaces gets the indent too: read back, it keeps its spaces. A line whose
// text ends in "\r" ends in "\r\n" in any document (EntryText::lineEndAfter).
QByteArray body(const QString &answer, const QByteArray &indent, const QByteArray &eol)
{
    QByteArray text = EntryText::encoded(answer);
    text += EntryText::lineEndAfter(text, "\n"); // the last line complete too
    std::vector<QByteArray> lines;
    for (qsizetype pos = 0; pos < text.size();) {
        const MarkdownLines::Line line = MarkdownLines::lineAt(text, pos);
        lines.push_back(text.mid(line.begin, line.contentEnd - line.begin));
        pos = line.end;
    }
    // Blank as for QaEntry::hasAnswerField: white space, a carriage return too.
    auto blank = [](const QByteArray &line) { return QString::fromUtf8(line).trimmed().isEmpty(); };
    while (!lines.empty() && blank(lines.front()))
        lines.erase(lines.begin());
    while (!lines.empty() && blank(lines.back()))
        lines.pop_back();
    QByteArray out;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += EntryText::lineEndAfter(lines[i - 1], eol);
        if (!lines[i].isEmpty())
            out += indent + lines[i];
    }
    return out;
}

// The body from loaded markdown: each line with text indented by four
// spaces, its line ending as it was; a line without text (but for the CR
// of its CRLF) stays as it is.
QByteArray indentedMarkdown(const QByteArray &markdown)
{
    QByteArray out;
    out.reserve(markdown.size() + markdown.count('\n') * 4 + 4);
    for (qsizetype begin = 0; begin <= markdown.size();) {
        qsizetype end = markdown.indexOf('\n', begin);
        const bool lastLine = end < 0;
        if (lastLine)
            end = markdown.size();
        const qsizetype contentEnd = !lastLine && end > begin && markdown.at(end - 1) == '\r' ? end - 1 : end;
        if (contentEnd > begin)
            out += "    ";
        out += markdown.mid(begin, end - begin);
        if (lastLine)
            break;
        out += '\n';
        begin = end + 1;
    }
    return out;
}

} // namespace

QByteArray loaded(const QaEntry &entry, const QByteArray &eol)
{
    const QByteArray &src = entry.source();
    const QaEntry::Layout &l = entry.layout();
    const AdmonitionBlock::Block b = AdmonitionBlock::read(src, l.questionStart);
    const qsizetype end = b.answerStart >= 0 ? b.answerEnd : b.questionEnd;
    if (!b.found) // cannot be: it was read from these bytes
        return src.mid(l.questionStart, std::max(l.questionEnd, l.answerEnd) - l.questionStart);
    auto slice = [&src](qsizetype begin, qsizetype to) { return src.mid(begin, to - begin); };
    QByteArray out;
    if (!entry.questionEdited()) {
        out = slice(b.begin, b.questionEnd);
    } else {
        const QByteArray title = titleBytes(entry.question());
        // Another type is a question only by its title's `?`.
        const QByteArray type = slice(b.typeBegin, b.typeEnd);
        const bool keepType = AdmonitionBlock::isQuestionType(type) || AdmonitionBlock::isQuestionTitle(entry.question());
        out = slice(b.begin, b.typeBegin) + (keepType ? type : QByteArray("question"))
            + slice(b.typeEnd, b.questionTextBegin);
        if (b.hasTitle)
            out += title;
        else if (!title.isEmpty())
            out += " \"" + title + '"';
        out += slice(b.questionTextEnd, b.questionEnd);
    }
    if (!entry.answerEdited())
        return out + slice(b.questionEnd, end);
    const QByteArray text = body(entry.answer(), b.tabIndent ? QByteArray("\t") : QByteArray("    "), eol);
    if (b.answerStart >= 0) {
        out += slice(b.questionEnd, b.answerStart); // blank lines before the body
        if (!text.isEmpty())
            out += text + EntryText::lineEndAfter(text, src.at(b.answerEnd - 1) == '\n' ? eol : QByteArray());
        return out;
    }
    if (text.isEmpty())
        return out;
    if (!out.endsWith('\n'))
        out += out.endsWith('\r') ? QByteArray("\n") : eol;
    return out + text + EntryText::lineEndAfter(text, eol);
}

QByteArray fresh(const QString &question, bool hasAnswer, const QString &answer, const QByteArray &eol)
{
    QByteArray out = "??? question \"" + titleBytes(question) + '"' + eol;
    const QByteArray text = hasAnswer ? body(answer, "    ", eol) : QByteArray();
    if (!text.isEmpty())
        out += text + EntryText::lineEndAfter(text, eol);
    return out;
}

QByteArray freshFromMarkdown(const QString &question, const QByteArray &answerMarkdown, const QByteArray &eol)
{
    QByteArray out = "??? question \"" + titleBytes(question) + '"' + eol;
    if (!answerMarkdown.trimmed().isEmpty()) {
        const QByteArray body = indentedMarkdown(answerMarkdown);
        out += body + EntryText::lineEndAfter(body, eol);
    }
    return out;
}

} // namespace AdmonitionWriter
