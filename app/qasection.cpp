#include "qasection.h"

#include "markdownlines.h"

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
    for (char c : raw) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

QString QaSection::bodyText() const
{
    QByteArray bytes;
    for (const DocumentPiece &piece : m_pieces) {
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
    m_headingRaw = raw;
    m_title = title;
    m_line = line;
    m_headingPlaced = placed;
}

void QaSection::appendPiece(DocumentPiece piece)
{
    if (piece.isEntry())
        m_entryPieces.push_back(int(m_pieces.size()));
    m_pieces.push_back(std::move(piece));
}

void QaSection::replaceBody(std::vector<DocumentPiece> pieces)
{
    m_pieces = std::move(pieces);
    reindex();
}

void QaSection::reindex()
{
    m_entryPieces.clear();
    for (int i = 0; i < int(m_pieces.size()); ++i) {
        if (m_pieces[i].isEntry())
            m_entryPieces.push_back(i);
    }
}

void QaSection::insertEntry(int index, const QaEntry &entry)
{
    // After the previous entry's piece, before anything that follows it, so
    // the entry lands right behind its predecessor; first entry: after the
    // section's leading prose.
    int at = 0;
    if (index > 0 && index <= entryCount()) {
        at = m_entryPieces[index - 1] + 1;
    } else if (index == 0 && entryCount() > 0) {
        at = m_entryPieces[0];
    } else {
        at = int(m_pieces.size());
        // Keep trailing blank lines (before the next heading) after the new entry.
        while (at > 0 && m_pieces[at - 1].isBlank())
            --at;
    }
    m_pieces.insert(m_pieces.begin() + at, DocumentPiece::entryPiece(entry, true));
    reindex();
}

QaEntry QaSection::takeEntry(int index)
{
    const int at = m_entryPieces[index];
    QaEntry entry = m_pieces[at].entry;
    // Drop one separator that belonged to it, so no `---` is left doubled:
    // the one after it, else the one before it (as for the last entry). Only
    // a bare one (prose in it is the user's), and only where the pieces that
    // then meet are still told apart: an answer would take in prose that
    // follows it, and a question list needs a `---` or heading right before it.
    const DocumentPiece *before = nonBlank(m_pieces, at, -1);
    const DocumentPiece *after = nonBlank(m_pieces, at, +1);
    int separatorAt = -1;
    if (at + 1 < int(m_pieces.size()) && isBareSeparator(m_pieces[at + 1])) {
        const DocumentPiece *next = nonBlank(m_pieces, at + 1, +1);
        const bool nextIsList = next && next->isEntry() && next->entry.form() == QaEntry::Form::Numbered;
        const bool keepsBoundary = before
            ? !before->isEntry() && lastNonBlankKind(before->raw) == Kind::ThematicBreak
            : hasHeading() || !nextIsList;
        if (keepsBoundary)
            separatorAt = at + 1;
    }
    if (separatorAt < 0 && at > 0 && isBareSeparator(m_pieces[at - 1])) {
        const bool keepsBoundary = !after
            || (after->isEntry() ? after->entry.form() == QaEntry::Form::BoldLabel
                                 : firstNonBlankKind(after->raw) == Kind::ThematicBreak);
        if (keepsBoundary)
            separatorAt = at - 1;
    }
    if (separatorAt > at)
        m_pieces.erase(m_pieces.begin() + separatorAt);
    m_pieces.erase(m_pieces.begin() + at);
    if (separatorAt >= 0 && separatorAt < at)
        m_pieces.erase(m_pieces.begin() + separatorAt);
    reindex();
    return entry;
}

DocumentPiece QaSection::takeLastPiece()
{
    DocumentPiece piece = std::move(m_pieces.back());
    m_pieces.pop_back();
    if (piece.isEntry())
        m_entryPieces.pop_back();
    return piece;
}
