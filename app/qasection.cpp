#include "qasection.h"

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
    // the one after it, or, for the last entry, the one before it.
    int separatorAt = -1;
    if (at + 1 < int(m_pieces.size()) && m_pieces[at + 1].separator)
        separatorAt = at + 1;
    else if (at > 0 && m_pieces[at - 1].separator)
        separatorAt = at - 1;
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
