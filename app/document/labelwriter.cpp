#include "app/document/labelwriter.h"

#include "app/document/entrytext.h"
#include "app/document/markdownlines.h"

namespace {

using EntryText::joinLines;
using EntryText::oneParagraph;

QByteArray slice(const QaEntry &entry, qsizetype begin, qsizetype end)
{
    return entry.source().mid(begin, end - begin);
}

// Whether the bytes [.., end) finish with a line ending in the loaded file.
bool hadLineEnd(const QaEntry &entry, qsizetype end)
{
    return end > 0 && entry.source().at(end - 1) == '\n';
}

} // namespace

namespace LabelWriter {

QByteArray quotedAfterFirst(const QByteArray &text)
{
    QByteArray out;
    for (qsizetype pos = 0, line = 0;; ++line) {
        const qsizetype newline = text.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? text.size() : newline + 1;
        const QByteArrayView bytes = QByteArrayView(text).sliced(pos, end - pos);
        if (line > 0)
            out += (bytes.isEmpty() || bytes == "\n" || bytes == "\r\n") ? ">" : "> ";
        out += bytes;
        if (newline < 0)
            return out;
        pos = end;
    }
}

QByteArray questionPart(const QaEntry &entry, const QByteArray &eol)
{
    const QaEntry::Layout &l = entry.layout();
    if (!entry.questionEdited())
        return slice(entry, l.questionStart, l.questionEnd);
    QByteArray prefix = slice(entry, l.questionStart, l.questionTextBegin);
    // A numbered question that started on the line after its marker is
    // written on the marker's line: a lazy line may not stay in the item.
    if (entry.form() == QaEntry::Form::Numbered && prefix.contains('\n')) {
        prefix.truncate(prefix.indexOf('\n'));
        if (prefix.endsWith('\r'))
            prefix.chop(1);
    }
    // The prefix ends with a line ending when the label stood alone on its line.
    if (!prefix.endsWith(' ') && !prefix.endsWith('\t') && !prefix.endsWith('\n'))
        prefix += ' ';
    QByteArray out = prefix;
    if (entry.form() == QaEntry::Form::Numbered)
        out += joinLines(entry.question(), eol, QByteArray(prefix.size(), ' '));
    else if (l.questionQuoted)
        out += quotedAfterFirst(joinLines(oneParagraph(entry.question()), eol));
    else
        out += joinLines(oneParagraph(entry.question()), eol);
    // The question paragraph's own line ending, taken from the last line.
    const qsizetype lastEnd = l.questionEnd;
    QByteArray ending;
    if (hadLineEnd(entry, lastEnd))
        ending = (lastEnd >= 2 && entry.source().at(lastEnd - 2) == '\r') ? QByteArray("\r\n") : QByteArray("\n");
    return out + EntryText::lineEndAfter(out, ending);
}

QByteArray answerPart(const QaEntry &entry, const QByteArray &eol)
{
    const QaEntry::Layout &l = entry.layout();
    if (!entry.answerEdited())
        return slice(entry, l.answerStart, l.answerEnd);
    const QByteArray body = joinLines(entry.answer(), eol);
    const auto quoted = [&l](const QByteArray &text) { return l.answerQuoted ? quotedAfterFirst(text) : text; };
    const bool hadText = l.answerTextEnd > l.answerTextBegin;
    const MarkdownLines::Line labelLine = MarkdownLines::lineAt(entry.source(), l.answerStart);
    const qsizetype labelEnd = MarkdownLines::labelEnd(entry.source().constData(), labelLine);
    QByteArray out;
    if (l.answerLabelOwnLine && hadText) {
        out = slice(entry, l.answerStart, labelLine.contentEnd);
        if (!body.isEmpty())
            out += quoted(eol + body);
    } else {
        out = slice(entry, l.answerStart, labelEnd);
        // Keep the user's spacing after the label ("**Answer:**  text").
        const QByteArray spacing = hadText ? slice(entry, labelEnd, l.answerTextBegin) : QByteArray(" ");
        if (!body.isEmpty())
            out += quoted(spacing + body);
    }
    return out + EntryText::lineEndAfter(out, hadLineEnd(entry, l.answerEnd) ? eol : QByteArray());
}

} // namespace LabelWriter
