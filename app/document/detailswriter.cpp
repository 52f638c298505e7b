#include "app/document/detailswriter.h"

#include "app/document/detailsblock.h"
#include "app/document/entrytext.h"
#include "app/document/markdownlines.h"
#include "app/document/qaentry.h"

namespace DetailsWriter {

namespace {

QByteArray questionBytes(const QString &question, bool marked, const QByteArray &eol)
{
    // A summary that would not read as a question by its words keeps its
    // entry with the marker.
    QByteArray out;
    if (!marked && !DetailsBlock::isQuestion(question))
        out += DetailsBlock::marker;
    return out + DetailsBlock::encodeQuestion(question, eol);
}

// The answer as it goes between the tags: its `<details>` tags may neither
// close the block early nor leave one open, and a code block it opens is
// closed (the closing tag in it would be code).
QByteArray answerBytes(const QByteArray &markdown, const QByteArray &eol)
{
    QByteArray text = DetailsBlock::escapeStops(markdown);
    if (!DetailsBlock::balanced(text))
        text = DetailsBlock::escapeTags(text);
    const MarkdownLines::Fence fence = MarkdownLines::eachLine(text, [](const MarkdownLines::Line &, bool) {});
    if (fence.open)
        text += eol + QByteArray(fence.length, fence.marker);
    return text;
}

} // namespace

QByteArray loaded(const QaEntry &entry, const QByteArray &eol)
{
    const QByteArray &src = entry.source();
    const DetailsBlock::Block b = DetailsBlock::read(src, entry.layout().questionStart);
    if (!b.found) // cannot be: it was read from these bytes
        return src.mid(entry.layout().questionStart, entry.layout().answerEnd - entry.layout().questionStart);
    auto slice = [&src](qsizetype begin, qsizetype end) { return src.mid(begin, end - begin); };
    QByteArray out = slice(b.begin, b.questionTextBegin);
    out += entry.questionEdited() ? questionBytes(entry.question(), b.marked, eol)
                                  : slice(b.questionTextBegin, b.questionTextEnd);
    out += slice(b.questionTextEnd, b.questionEnd);
    const bool hadText = b.answerTextBegin >= 0;
    const QString answer = entry.answerEdited() ? entry.answer() : QString();
    if (!entry.answerEdited()) {
        out += slice(b.questionEnd, b.closeTag);
    } else if (answer.trimmed().isEmpty()) {
        // Only white space stays: no answer.
        out += hadText ? slice(b.questionEnd, b.answerTextBegin) + slice(b.answerTextEnd, b.closeTag)
                       : slice(b.questionEnd, b.closeTag);
    } else {
        // The text on lines of its own, after the white space before the
        // old text's first line (or a blank line), before the old text's
        // white space up to the closing tag (or a blank line).
        const QByteArray before = slice(b.questionEnd, hadText ? b.answerTextBegin : b.closeTag);
        const qsizetype lastBreak = before.lastIndexOf('\n');
        out += (hadText && lastBreak >= 0) ? before.left(lastBreak + 1) : eol + eol;
        out += answerBytes(EntryText::joinLines(answer, eol), eol);
        if (hadText) {
            const QByteArray after = slice(b.answerTextEnd, b.closeTag);
            out += after.contains('\n') ? after : eol + eol;
        } else {
            out += eol + eol + (lastBreak >= 0 ? before.mid(lastBreak + 1) : QByteArray());
        }
    }
    out += slice(b.closeTag, b.end);
    return out;
}

QByteArray fresh(const QString &question, bool hasAnswer, const QString &answer, const QByteArray &eol)
{
    QByteArray out = "<details>" + eol + "<summary>" + questionBytes(question, false, eol) + "</summary>" + eol;
    if (hasAnswer && !answer.trimmed().isEmpty())
        out += eol + answerBytes(EntryText::joinLines(answer, eol), eol) + eol + eol;
    return out + "</details>" + eol;
}

QByteArray freshFromMarkdown(const QString &question, const QByteArray &answerMarkdown, const QByteArray &eol)
{
    QByteArray out = "<details>" + eol + "<summary>" + questionBytes(question, false, eol) + "</summary>" + eol;
    if (!answerMarkdown.trimmed().isEmpty())
        out += eol + answerBytes(answerMarkdown, eol) + eol + eol;
    return out + "</details>" + eol;
}

} // namespace DetailsWriter
