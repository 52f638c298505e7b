#pragma once

#include "app/lint/similarpair.h"

#include <vector>

class CandidateIndex;
class TrigramProfiles;

// Scores each question against its earlier candidates (CandidateIndex) by
// the cosine of their idf-weighted trigram profiles (TrigramProfiles) and
// keeps the pairs scoring at least a threshold. Large inputs are scored in
// two halves at once, on two cores; the result does not depend on it.
class SimilarityScorer
{
public:
    // In no particular order.
    static std::vector<SimilarPair> pairs(const TrigramProfiles &profiles, const CandidateIndex &index,
                                          double threshold);
};
