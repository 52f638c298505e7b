#pragma once

#include "app/compare/worddiff.h"

#include <QList>
#include <QString>

// What of one side of a word diff the compare view shows. An ordinary answer
// is shown whole. A huge one shows its changes with some context: long
// unchanged stretches and very long changes are cut in the middle, and what
// is past the display budget is left out. In every answer, a run of
// characters without a space longer than maxRunLength (a pasted log line,
// base64, a minified snippet) is cut in the middle: laid out as one
// unbreakable line it would freeze the view. Every cut is a note piece that
// says how much was left out, so nothing is hidden silently.
class DiffElider
{
public:
    struct Piece
    {
        WordDiff::Kind kind = WordDiff::Kind::Equal;
        QString text;
        bool isNote = false; // says what was left out; not part of the answer
        bool operator==(const Piece &o) const { return kind == o.kind && text == o.text && isNote == o.isNote; }
    };

    static constexpr qsizetype maxRunLength = 1000;
    static constexpr qsizetype displayBudget = 100'000; // characters shown per side

    // `side`: Removed for the current answer, Inserted for the other one.
    // `elided` is set when anything was left out.
    static QList<Piece> side(const QList<WordDiff::Segment> &diff, WordDiff::Kind side, bool *elided = nullptr);
};
