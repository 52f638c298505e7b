#pragma once

#include "app/compare/worddiff.h"

#include <QString>

// One side of a word diff as HTML for a QTextBrowser: the changed words
// highlighted, and marked in a way that does not rely on colour alone
// (struck through when removed, underlined when added).
class DiffHtml
{
public:
    // `side` is Removed for the left (old) text, Inserted for the right.
    static QString source(const QList<WordDiff::Segment> &diff, WordDiff::Kind side, bool dark);
    // The side's markdown rendered (cmark, safe mode) with the same marks.
    static QString rendered(const QList<WordDiff::Segment> &diff, WordDiff::Kind side, bool dark);
    static QString openTag(WordDiff::Kind side, bool dark);
};
