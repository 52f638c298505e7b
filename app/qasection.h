#pragma once

#include "documentpiece.h"

#include <QString>
#include <vector>

// A `## ` heading and everything up to the next one. The text before the
// first heading is a section without heading (the preamble).
class QaSection
{
public:
    QaSection() = default;

    bool hasHeading() const { return !m_headingRaw.isNull(); }
    QString title() const { return m_title; }
    int line() const { return m_line; } // 1-based line of the heading in the loaded file, 0 if new

    int entryCount() const { return int(m_entryPieces.size()); }
    const QaEntry &entry(int index) const { return m_pieces[m_entryPieces[index]].entry; }
    QaEntry &entry(int index) { return m_pieces[m_entryPieces[index]].entry; }
    bool isProse() const { return m_entryPieces.empty(); }

    // The body as markdown (everything after the heading line), \n line endings.
    QString bodyText() const;

    const std::vector<DocumentPiece> &pieces() const { return m_pieces; }
    const QByteArray &headingRaw() const { return m_headingRaw; }
    bool headingPlaced() const { return m_headingPlaced; }

    // Building and editing; QaDocument keeps the invariants.
    void setHeading(const QByteArray &raw, const QString &title, int line, bool placed = false);
    void appendPiece(DocumentPiece piece);
    void replaceBody(std::vector<DocumentPiece> pieces);
    void insertEntry(int index, const QaEntry &entry);
    QaEntry takeEntry(int index);
    DocumentPiece takeLastPiece();
    void reindex();

private:
    QByteArray m_headingRaw; // the heading line with its line ending
    QString m_title;
    int m_line = 0;
    bool m_headingPlaced = false;
    std::vector<DocumentPiece> m_pieces;
    std::vector<int> m_entryPieces; // piece index of each entry, in order
};
