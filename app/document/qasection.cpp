#include "app/document/qasection.h"

#include "app/document/markdownlines.h"

namespace {

using MarkdownLines::Kind;

// The kinds of the first and last lines of raw text that are not blank.
Kind firstNonBlankKind(const QByteArray &raw)
{
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const MarkdownLines::Line line = MarkdownLines::lineAt(raw, pos);
        const Kind kind = MarkdownLines::classify(raw.constData(), line);
        if (kind != Kind::Blank)
            return kind;
        pos = line.end;
    }
    return Kind::Blank;
}

Kind lastNonBlankKind(const QByteArray &raw)
{
    Kind last = Kind::Blank;
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const MarkdownLines::Line line = MarkdownLines::lineAt(raw, pos);
        const Kind kind = MarkdownLines::classify(raw.constData(), line);
        if (kind != Kind::Blank)
            last = kind;
        pos = line.end;
    }
    return last;
}

// Only blank lines and thematic breaks: a separator that can go without
// taking any of the user's words with it.
bool isBareSeparator(const DocumentPiece &piece)
{
    if (piece.isEntry() || !piece.separator)
        return false;
    qsizetype pos = 0;
    while (pos < piece.raw.size()) {
        const MarkdownLines::Line line = MarkdownLines::lineAt(piece.raw, pos);
        const Kind kind = MarkdownLines::classify(piece.raw.constData(), line);
        if (kind != Kind::Blank && kind != Kind::ThematicBreak)
            return false;
        pos = line.end;
    }
    return true;
}

// The nearest piece before/after `index` that is not blank lines.
const DocumentPiece *nonBlank(const std::vector<DocumentPiece> &pieces, int index, int step)
{
    for (int i = index + step; i >= 0 && i < int(pieces.size()); i += step) {
        if (!pieces[i].isBlank())
            return &pieces[i];
    }
    return nullptr;
}

} // namespace

bool DocumentPiece::isBlank() const
{
    if (kind != Kind::Raw)
        return false;
    // Blank as the parser reads lines (MarkdownLines): a carriage return
    // that does not end a line ("\r\r\n") is text, and such a line after an
    // answer goes on with it, so the writer must not take it for a blank.
    for (qsizetype pos = 0; pos < raw.size();) {
        const MarkdownLines::Line line = MarkdownLines::lineAt(raw, pos);
        if (!MarkdownLines::isBlankText(raw.constData(), line.begin, line.contentEnd))
            return false;
        pos = line.end;
    }
    return true;
}

QaSection::QaSection()
    : d(new Data)
{
}

QString QaSection::bodyText() const
{
    QByteArray bytes;
    for (const DocumentPiece &piece : d->pieces) {
        if (piece.isEntry()) // a prose section has none; keep whatever text an entry has
            bytes += piece.entry.question().toUtf8() + '\n' + piece.entry.answer().toUtf8() + '\n';
        else
            bytes += piece.raw;
    }
    bytes.replace("\r\n", "\n");
    return QString::fromUtf8(bytes);
}

void QaSection::setHeading(const QByteArray &raw, const QString &title, int line, bool placed)
{
    d->headingRaw = raw;
    d->title = title;
    d->line = line;
    d->headingPlaced = placed;
}

void QaSection::appendPiece(DocumentPiece piece)
{
    if (piece.isEntry())
        d->entryPieces.push_back(int(d->pieces.size()));
    d->pieces.push_back(std::move(piece));
}

void QaSection::replaceBody(std::vector<DocumentPiece> pieces)
{
    d->pieces = std::move(pieces);
    reindex();
}

void QaSection::reindex()
{
    d->entryPieces.clear();
    for (int i = 0; i < int(d->pieces.size()); ++i) {
        if (d->pieces[i].isEntry())
            d->entryPieces.push_back(i);
    }
}

void QaSection::insertEntry(int index, const QaEntry &entry)
{
    // After the previous entry's piece, before anything that follows it, so
    // the entry lands right behind its predecessor; first entry: after the
    // section's leading prose.
    int at = 0;
    if (index > 0 && index <= entryCount()) {
        at = d->entryPieces[index - 1] + 1;
    } else if (index == 0 && entryCount() > 0) {
        at = d->entryPieces[0];
    } else {
        at = int(d->pieces.size());
        // Keep trailing blank lines (before the next heading) after the new entry.
        while (at > 0 && d->pieces[at - 1].isBlank())
            --at;
    }
    d->pieces.insert(d->pieces.begin() + at, DocumentPiece::entryPiece(entry, true));
    reindex();
}

QaEntry QaSection::takeEntry(int index)
{
    const int at = d->entryPieces[index];
    QaEntry entry = d->pieces[at].entry;
    // Drop one separator that belonged to it, so no `---` is left doubled:
    // the one after it, else the one before it (as for the last entry). Only
    // a bare one (prose in it is the user's), and only where the pieces that
    // then meet are still told apart: an answer would take in prose that
    // follows it, and a question list needs a `---` or heading right before it.
    const DocumentPiece *before = nonBlank(d->pieces, at, -1);
    const DocumentPiece *after = nonBlank(d->pieces, at, +1);
    int separatorAt = -1;
    if (at + 1 < int(d->pieces.size()) && isBareSeparator(d->pieces[at + 1])) {
        const DocumentPiece *next = nonBlank(d->pieces, at + 1, +1);
        const bool nextIsList = next && next->isEntry() && next->entry.form() == QaEntry::Form::Numbered;
        const bool keepsBoundary = before
            ? !before->isEntry() && lastNonBlankKind(before->raw) == Kind::ThematicBreak
            : hasHeading() || !nextIsList;
        if (keepsBoundary)
            separatorAt = at + 1;
    }
    if (separatorAt < 0 && at > 0 && isBareSeparator(d->pieces[at - 1])) {
        const bool keepsBoundary = !after
            || (after->isEntry() ? after->entry.form() != QaEntry::Form::Numbered
                                 : firstNonBlankKind(after->raw) == Kind::ThematicBreak);
        if (keepsBoundary)
            separatorAt = at - 1;
    }
    if (separatorAt > at)
        d->pieces.erase(d->pieces.begin() + separatorAt);
    d->pieces.erase(d->pieces.begin() + at);
    if (separatorAt >= 0 && separatorAt < at)
        d->pieces.erase(d->pieces.begin() + separatorAt);
    reindex();
    return entry;
}

void QaSection::shrinkToFit()
{
    d->pieces.shrink_to_fit();
    d->entryPieces.shrink_to_fit();
}

DocumentPiece QaSection::takeLastPiece()
{
    DocumentPiece piece = std::move(d->pieces.back());
    d->pieces.pop_back();
    if (piece.isEntry())
        d->entryPieces.pop_back();
    return piece;
}
