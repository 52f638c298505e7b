#include "documentwriter.h"

#include "markdownlines.h"
#include "qasection.h"

namespace {

QByteArray joinLines(const QString &text, const QByteArray &eol, const QByteArray &indent = {})
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    // Trailing line breaks would only become blank lines after the entry.
    while (normalized.endsWith(QLatin1Char('\n')))
        normalized.chop(1);
    QByteArray bytes = normalized.toUtf8();
    if (eol != "\n" || !indent.isEmpty())
        bytes.replace("\n", eol + indent);
    return bytes;
}

bool endsWithBlankLine(const QByteArray &out)
{
    return out.endsWith("\n\n") || out.endsWith("\n\r\n");
}

void ensureBlankLine(QByteArray &out, const QByteArray &eol)
{
    if (out.isEmpty() || endsWithBlankLine(out))
        return;
    if (!out.endsWith('\n'))
        out += eol;
    out += eol;
}

void ensureLineEnd(QByteArray &out, const QByteArray &eol)
{
    if (!out.isEmpty() && !out.endsWith('\n'))
        out += eol;
}

QByteArray slice(const QaEntry &entry, qsizetype begin, qsizetype end)
{
    return entry.source().mid(begin, end - begin);
}

// Whether the bytes [.., end) finish with a line ending in the loaded file.
bool hadLineEnd(const QaEntry &entry, qsizetype end)
{
    return end > 0 && entry.source().at(end - 1) == '\n';
}

QByteArray labelled(const char *label, const QString &text, const QByteArray &eol)
{
    QByteArray out(label);
    const QByteArray body = joinLines(text, eol);
    if (!body.isEmpty())
        out += ' ' + body;
    return out;
}

QByteArray questionPart(const QaEntry &entry, const QByteArray &eol)
{
    const QaEntry::Layout &l = entry.layout();
    if (!entry.questionEdited())
        return slice(entry, l.questionStart, l.questionEnd);
    QByteArray prefix = slice(entry, l.questionStart, l.questionTextBegin);
    // The prefix ends with a line ending when the label stood alone on its line.
    if (!prefix.endsWith(' ') && !prefix.endsWith('\t') && !prefix.endsWith('\n'))
        prefix += ' ';
    QByteArray out = prefix;
    if (entry.form() == QaEntry::Form::Numbered)
        out += joinLines(entry.question(), eol, QByteArray(prefix.size(), ' '));
    else
        out += joinLines(entry.question(), eol);
    // The question paragraph's own line ending, taken from the last line.
    const qsizetype lastEnd = l.questionEnd;
    if (hadLineEnd(entry, lastEnd))
        out += (lastEnd >= 2 && entry.source().at(lastEnd - 2) == '\r') ? QByteArray("\r\n") : QByteArray("\n");
    return out;
}

QByteArray answerPart(const QaEntry &entry, const QByteArray &eol)
{
    const QaEntry::Layout &l = entry.layout();
    if (!entry.answerEdited())
        return slice(entry, l.answerStart, l.answerEnd);
    const QByteArray body = joinLines(entry.answer(), eol);
    const bool hadText = l.answerTextEnd > l.answerTextBegin;
    const MarkdownLines::Line labelLine = MarkdownLines::lineAt(entry.source(), l.answerStart);
    const qsizetype labelEnd = MarkdownLines::labelEnd(entry.source().constData(), labelLine);
    QByteArray out;
    if (l.answerLabelOwnLine && hadText) {
        out = slice(entry, l.answerStart, labelLine.contentEnd);
        if (!body.isEmpty())
            out += eol + body;
    } else {
        out = slice(entry, l.answerStart, labelEnd);
        // Keep the user's spacing after the label ("**Answer:**  text").
        const QByteArray spacing = hadText ? slice(entry, labelEnd, l.answerTextBegin) : QByteArray(" ");
        if (!body.isEmpty())
            out += spacing + body;
    }
    if (hadLineEnd(entry, l.answerEnd))
        out += eol;
    return out;
}

// A loaded entry that stays where it was.
void writeLoadedEntry(QByteArray &out, const QaEntry &entry, const QByteArray &eol)
{
    const QaEntry::Layout &l = entry.layout();
    if (!entry.questionEdited() && !entry.answerEdited()) {
        const qsizetype end = l.answerStart >= 0 ? l.answerEnd : l.questionEnd;
        out += slice(entry, l.questionStart, end);
        return;
    }
    out += questionPart(entry, eol);
    if (l.answerStart >= 0) {
        out += slice(entry, l.questionEnd, l.answerStart); // blank lines between
        out += answerPart(entry, eol);
    } else if (entry.hasAnswerField()) {
        // A bold question that had no answer paragraph gets one.
        ensureBlankLine(out, eol);
        out += labelled(MarkdownLines::answerLabel, entry.answer(), eol) + eol;
    }
}

bool isGenerated(const DocumentPiece &piece)
{
    const QaEntry &e = piece.entry;
    return piece.placed || !e.isLoaded()
        || (e.form() == QaEntry::Form::Numbered && e.hasAnswerField());
}

// The nearest piece before/after `index` that is not blank lines.
const DocumentPiece *neighbour(const std::vector<DocumentPiece> &pieces, int index, int step)
{
    for (int i = index + step; i >= 0 && i < int(pieces.size()); i += step) {
        if (!pieces[i].isBlank())
            return &pieces[i];
    }
    return nullptr;
}

void writeGeneratedEntry(QByteArray &out, const std::vector<DocumentPiece> &pieces, int index,
                         const QByteArray &eol)
{
    const DocumentPiece *before = neighbour(pieces, index, -1);
    ensureBlankLine(out, eol);
    if (before && before->isEntry())
        out += "---" + eol + eol;
    out += DocumentWriter::entryBlock(pieces[index].entry, eol);
    const DocumentPiece *after = neighbour(pieces, index, +1);
    // Whether what follows already starts with a blank line.
    const bool nextIsBlank = index + 1 < int(pieces.size()) && !pieces[index + 1].isEntry()
        && (pieces[index + 1].isBlank() || pieces[index + 1].raw.startsWith('\n')
            || pieces[index + 1].raw.startsWith("\r\n"));
    if (after && after->isEntry() && !isGenerated(*after)) {
        out += eol + "---" + eol;
        if (!nextIsBlank)
            out += eol;
    } else if (index + 1 < int(pieces.size()) && !nextIsBlank) {
        out += eol;
    }
}

} // namespace

QByteArray DocumentWriter::entryBlock(const QaEntry &entry, const QByteArray &eol)
{
    QByteArray out;
    if (entry.isLoaded() && entry.form() == QaEntry::Form::BoldLabel) {
        writeLoadedEntry(out, entry, eol);
        ensureLineEnd(out, eol);
        return out;
    }
    out += labelled(MarkdownLines::questionLabel, entry.question(), eol) + eol;
    if (entry.hasAnswerField()) {
        out += eol;
        out += labelled(MarkdownLines::answerLabel, entry.answer(), eol) + eol;
    } else if (entry.isLoaded()) {
        // An unanswered numbered question that moved keeps its list form.
        out.clear();
        writeLoadedEntry(out, entry, eol);
        ensureLineEnd(out, eol);
    }
    return out;
}

QByteArray DocumentWriter::write(const std::vector<QaSection> &sections, qsizetype sizeHint,
                                 const QByteArray &eol)
{
    QByteArray out;
    out.reserve(sizeHint + sizeHint / 16 + 64);
    bool lastGenerated = false; // what was written last was generated by an edit
    for (const QaSection &section : sections) {
        if (section.hasHeading()) {
            // A new heading, or one after generated text, gets a blank line
            // before it like the document's own headings.
            if (section.headingPlaced() || lastGenerated)
                ensureBlankLine(out, eol);
            out += section.headingRaw();
            lastGenerated = section.headingPlaced();
        }
        const std::vector<DocumentPiece> &pieces = section.pieces();
        for (int i = 0; i < int(pieces.size()); ++i) {
            const DocumentPiece &piece = pieces[i];
            lastGenerated = piece.isEntry() && isGenerated(piece);
            if (!piece.isEntry())
                out += piece.raw;
            else if (lastGenerated)
                writeGeneratedEntry(out, pieces, i, eol);
            else
                writeLoadedEntry(out, piece.entry, eol);
        }
    }
    return out;
}
