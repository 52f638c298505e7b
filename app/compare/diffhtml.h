#pragma once

#include "app/compare/diffelider.h"
#include "app/compare/worddiff.h"

#include <QString>

// One side of a word diff as HTML for a QTextBrowser: the changed words
// highlighted, and marked in a way that does not rely on colour alone
// (struck through when removed, underlined when added). It takes the side
// as DiffElider prepared it: what was left out is shown as a grey note.
class DiffHtml
{
public:
    // `side` is Removed for the left (old) text, Inserted for the right.
    static QString source(const QList<DiffElider::Piece> &pieces, WordDiff::Kind side, bool dark);
    // The side's markdown rendered (cmark, safe mode) with the same marks.
    static QString rendered(const QList<DiffElider::Piece> &pieces, WordDiff::Kind side, bool dark);
    static QString openTag(WordDiff::Kind side, bool dark);
    static QString noteTag();
};
