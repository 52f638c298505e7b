#pragma once

#include "app/document/documentpiece.h"

#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>
#include <vector>

// A `## ` heading and everything up to the next one. The text before the
// first heading is a section without heading (the preamble).
class QaSection
{
public:
    QaSection();

    bool hasHeading() const { return !d->headingRaw.isNull(); }
    QString title() const { return d->title; }
    int line() const { return d->line; } // 1-based line of the heading in the loaded file, 0 if new

    int entryCount() const { return int(d->entryPieces.size()); }
    const QaEntry &entry(int index) const { return d->pieces[d->entryPieces[index]].entry; }
    QaEntry &entry(int index) { return d->pieces[d->entryPieces[index]].entry; }
    bool isProse() const { return d->entryPieces.empty(); }

    // The body as markdown (everything after the heading line), \n line endings.
    QString bodyText() const;

    const std::vector<DocumentPiece> &pieces() const { return d->pieces; }
    const QByteArray &headingRaw() const { return d->headingRaw; }
    bool headingPlaced() const { return d->headingPlaced; }

    // Building and editing; QaDocument keeps the invariants.
    void setHeading(const QByteArray &raw, const QString &title, int line, bool placed = false);
    void appendPiece(DocumentPiece piece);
    void replaceBody(std::vector<DocumentPiece> pieces);
    void insertEntry(int index, const QaEntry &entry);
    QaEntry takeEntry(int index);
    DocumentPiece takeLastPiece();
    // Gives back the room the pieces grew into (the parser, once a section
    // is read: 60,000 entries would otherwise keep up to half again unused).
    void shrinkToFit();
    void reindex();

private:
    // Shared between copies until one is changed: undo snapshots and the
    // document copies that background saves and exports work on cost a
    // pointer per section, not a copy of every entry.
    struct Data : QSharedData
    {
        QByteArray headingRaw; // the heading line with its line ending
        QString title;
        int line = 0;
        bool headingPlaced = false;
        std::vector<DocumentPiece> pieces;
        std::vector<int> entryPieces; // piece index of each entry, in order
    };
    QSharedDataPointer<Data> d;
};
