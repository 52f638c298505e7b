#include "app/document/boldquestionwriter.h"

#include "app/document/boldquestion.h"
#include "app/document/entrytext.h"
#include "app/document/qasection.h"

namespace BoldQuestionWriter {

namespace {

QByteArray slice(const QaEntry &entry, qsizetype begin, qsizetype end)
{
    return entry.source().mid(begin, end - begin);
}

// The line ending that ends the loaded bytes [.., end), if any.
QByteArray lineEndingBefore(const QaEntry &entry, qsizetype end)
{
    const QByteArray &s = entry.source();
    if (end <= 0 || s.at(end - 1) != '\n')
        return {};
    return end >= 2 && s.at(end - 2) == '\r' ? QByteArray("\r\n") : QByteArray("\n");
}

// Blank as the parser reads lines: spaces, tabs and line endings only; a
// carriage return not before a line feed is text (MarkdownLines::lineAt).
bool isBlank(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')
            continue;
        if (c != ' ' && c != '\t' && c != '\n')
            return false;
    }
    return true;
}

// The entry with Quire's own labels, the answer from the line after its
// label (its first line keeps its indentation).
QByteArray withLabels(const QaEntry &entry, const QByteArray &body, const QByteArray &eol)
{
    const QByteArray question = EntryText::joinLines(EntryText::oneParagraph(entry.question()), eol);
    QByteArray out = QaLabel::questionText(QaLabel::Spelling::Question);
    if (!question.isEmpty())
        out += ' ' + question;
    if (entry.hasAnswerField()) {
        out += EntryText::lineEndAfter(out, eol) + eol + QaLabel::answerText(QaLabel::Spelling::Question);
        if (!isBlank(body))
            out += eol + body;
    }
    return out;
}

} // namespace

void writeEdited(QByteArray &out, const QaEntry &entry, const QByteArray &eol)
{
    const QaEntry::Layout &l = entry.layout();
    const bool loadedAnswer = l.answerStart >= 0;
    const QByteArray ending = lineEndingBefore(entry, loadedAnswer ? l.answerEnd : l.questionEnd);
    QByteArray body;
    if (entry.answerEdited())
        body = EntryText::joinLines(entry.answer(), eol);
    else if (loadedAnswer)
        body = slice(entry, l.answerTextBegin, l.answerTextEnd);
    const bool answered = entry.hasAnswerField();
    if ((entry.questionEdited() && !BoldQuestion::canWrite(entry.question())) || (answered && isBlank(body))) {
        const QByteArray labelled = withLabels(entry, body, eol);
        out += labelled + EntryText::lineEndAfter(labelled, ending);
        return;
    }
    // The question line as it was but for its text: `**`, tags, spaces kept.
    const qsizetype questionLineEnd = l.questionEnd - lineEndingBefore(entry, l.questionEnd).size();
    out += slice(entry, l.questionStart, l.questionTextBegin);
    out += entry.questionEdited() ? entry.question().toUtf8() : slice(entry, l.questionTextBegin, l.questionTextEnd);
    out += slice(entry, l.questionTextEnd, questionLineEnd);
    if (answered) {
        // The blank lines before a loaded answer stay; a new one gets one.
        out += loadedAnswer ? slice(entry, questionLineEnd, l.answerStart) : eol + eol;
        out += body;
    }
    out += EntryText::lineEndAfter(out, ending);
}

bool writesNewEntry(const std::vector<DocumentPiece> &pieces, int index)
{
    const QaEntry &entry = pieces[size_t(index)].entry;
    if (entry.isLoaded() || !BoldQuestion::canWrite(entry.question()) || entry.answer().trimmed().isEmpty())
        return false;
    auto paragraphForm = [](const DocumentPiece &p) {
        return p.isEntry() && p.entry.isLoaded() && p.entry.form() != QaEntry::Form::Numbered;
    };
    for (int i = index - 1; i >= 0; --i) {
        if (paragraphForm(pieces[size_t(i)]))
            return pieces[size_t(i)].entry.form() == QaEntry::Form::BoldLine;
    }
    for (int i = index + 1; i < int(pieces.size()); ++i) {
        if (paragraphForm(pieces[size_t(i)]))
            return pieces[size_t(i)].entry.form() == QaEntry::Form::BoldLine;
    }
    return false;
}

bool writesNewEntry(const QaSection &section, int entryIndex)
{
    const std::vector<DocumentPiece> &pieces = section.pieces();
    int seen = -1;
    for (int i = 0; i < int(pieces.size()); ++i) {
        if (pieces[size_t(i)].isEntry() && ++seen == entryIndex)
            return writesNewEntry(pieces, i);
    }
    return false;
}

QByteArray newEntry(const QaEntry &entry, const QByteArray &eol)
{
    const QByteArray answer = EntryText::joinLines(entry.answer(), eol);
    return "**" + entry.question().toUtf8() + "**" + eol + eol + answer + EntryText::lineEndAfter(answer, eol);
}

bool startsWithQuestion(const QByteArray &raw)
{
    for (qsizetype pos = 0; pos < raw.size();) {
        const MarkdownLines::Line line = MarkdownLines::lineAt(raw, pos);
        if (!MarkdownLines::isBlankText(raw.constData(), line.begin, line.contentEnd))
            // Only after a blank line of its own: the line before the raw
            // text is another piece's.
            return pos > 0 && BoldQuestion::at(raw, line).found;
        pos = line.end;
    }
    return false;
}

bool startsEntry(const QByteArray &text, const MarkdownLines::Line &line)
{
    return BoldQuestion::at(text, line).found;
}

} // namespace BoldQuestionWriter
