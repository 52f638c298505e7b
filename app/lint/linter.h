#pragma once

#include "app/status/entrystatus.h"
#include "app/status/statuscounts.h"
#include "app/lint/similarityfinder.h"

#include <vector>

class QaDocument;
class QaEntry;
class PlaceholderRules;

// The flags Quire raises on a document: each entry's status and the pairs of
// questions that ask nearly the same thing.
class Linter
{
public:
    static EntryStatus classify(const QaEntry &entry);
    static EntryStatus classify(const QaEntry &entry, const PlaceholderRules &rules);

    static StatusCounts count(const QaDocument &document);
    static StatusCounts countSection(const QaDocument &document, int section);

    // Similar question pairs; a and b are 1-based entry numbers, a < b.
    static std::vector<SimilarityFinder::Pair> similarQuestions(
        const QaDocument &document, double threshold = SimilarityFinder::defaultThreshold);
};
