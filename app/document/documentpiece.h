#pragma once

#include "app/document/qaentry.h"

#include <QByteArray>

// A run of a section's body: either bytes that are not an entry (prose,
// blank lines, `---` separators), kept verbatim, or one entry.
struct DocumentPiece
{
    enum class Kind { Raw, Entry };

    Kind kind = Kind::Raw;
    QByteArray raw;       // Raw: the exact bytes (shares the loaded file's buffer where possible)
    QaEntry entry;        // Entry
    bool placed = false;  // inserted or moved by an edit: the writer separates it from its neighbours
    bool separator = false; // Raw only: holds a thematic break (`---`) that separates entries

    static DocumentPiece rawPiece(const QByteArray &bytes, bool isSeparator)
    {
        DocumentPiece piece;
        piece.raw = bytes;
        piece.separator = isSeparator;
        return piece;
    }
    static DocumentPiece entryPiece(const QaEntry &entry, bool isPlaced = false)
    {
        DocumentPiece piece;
        piece.kind = Kind::Entry;
        piece.entry = entry;
        piece.placed = isPlaced;
        return piece;
    }
    bool isEntry() const { return kind == Kind::Entry; }
    // Only blank lines, as the parser reads them (spaces, tabs, line endings).
    bool isBlank() const;
};
