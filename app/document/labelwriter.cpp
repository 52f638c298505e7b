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

// Whether `text` goes in the bold of a `**Q: …**` label and reads back as
// it (MarkdownLines::inBoldQuestionEnd), before the line's `suffix`.
bool fitsInBold(const QByteArray &text, const QByteArray &suffix)
{
    if (text.isEmpty() || text.contains('\n') || text.contains('\r') || text.endsWith(' ') || text.endsWith('\t'))
        return false;
    const QByteArray line = "**Q: " + text + suffix;
    const MarkdownLines::Line whole{0, line.size(), line.size()};
    const qsizetype begin = MarkdownLines::skipSpaces(line.constData(), 4, line.size());
    return begin == 5 && MarkdownLines::inBoldQuestionEnd(line.constData(), whole, begin) == begin + text.size();
}

// Whether a question in the bold of its label (`**Q: …?**<br>`) is written
// out of it: edited to a text that does not fit there.
bool leavesBold(const QaEntry &entry)
{
    if (entry.spelling() != QaLabel::Spelling::QInBold || !entry.questionEdited())
        return false;
    const QaEntry::Layout &l = entry.layout();
    const MarkdownLines::Line line = MarkdownLines::lineAt(entry.source(), l.questionStart);
    return !fitsInBold(entry.question().toUtf8(), slice(entry, l.questionTextEnd, line.contentEnd));
}

// A question in the bold of its label keeps that form while its text fits
// there; else it gets Quire's `**Q:**` (its answer label too, if it is of
// another dialect: answerPart).
QByteArray inBoldQuestionPart(const QaEntry &entry, const QByteArray &eol)
{
    const QaEntry::Layout &l = entry.layout();
    const MarkdownLines::Line line = MarkdownLines::lineAt(entry.source(), l.questionStart);
    const QByteArray text = entry.question().toUtf8();
    const QByteArray suffix = slice(entry, l.questionTextEnd, line.contentEnd);
    QByteArray out;
    if (!leavesBold(entry)) {
        out = slice(entry, l.questionStart, l.questionTextBegin) + text + suffix;
    } else {
        out = slice(entry, l.questionStart, MarkdownLines::skipSpaces(entry.source().constData(), line.begin, line.contentEnd))
            + "**Q:**";
        const QByteArray body = joinLines(oneParagraph(entry.question()), eol);
        if (!body.isEmpty())
            out += ' ' + body;
    }
    return out + EntryText::lineEndAfter(out, slice(entry, line.contentEnd, line.end));
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
    if (entry.spelling() == QaLabel::Spelling::QInBold)
        return inBoldQuestionPart(entry, eol);
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
    const MarkdownLines::Line labelLine = MarkdownLines::lineAt(entry.source(), l.answerStart);
    const char *d = entry.source().constData();
    const qsizetype labelEnd = MarkdownLines::labelEnd(d, labelLine);
    // Any answer label answers a question in bold (`A:` in RFC 1884); after
    // the `**Q:**` it leaves that form for, only a short one is read as
    // short-label (View → Read As): the label becomes `**A:**`.
    QByteArray label = slice(entry, l.answerStart, labelEnd);
    if (leavesBold(entry)
        && !QaLabel::reads(QaLabel::Dialect::ShortLabel, MarkdownLines::labelAt(d, labelLine).spelling))
        label = slice(entry, l.answerStart, MarkdownLines::indentEnd(d, labelLine)) + "**A:**";
    if (!entry.answerEdited())
        return label + slice(entry, labelEnd, l.answerEnd);
    const QByteArray body = joinLines(entry.answer(), eol);
    const auto quoted = [&l](const QByteArray &text) { return l.answerQuoted ? quotedAfterFirst(text) : text; };
    const bool hadText = l.answerTextEnd > l.answerTextBegin;
    QByteArray out;
    if (l.answerLabelOwnLine && hadText) {
        out = label + slice(entry, labelEnd, labelLine.contentEnd);
        if (!body.isEmpty())
            out += quoted(eol + body);
    } else {
        out = label;
        // Keep the user's spacing after the label ("**Answer:**  text").
        const QByteArray spacing = hadText ? slice(entry, labelEnd, l.answerTextBegin) : QByteArray(" ");
        if (!body.isEmpty())
            out += quoted(spacing + body);
    }
    return out + EntryText::lineEndAfter(out, hadLineEnd(entry, l.answerEnd) ? eol : QByteArray());
}

} // namespace LabelWriter
