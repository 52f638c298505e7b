#pragma once

#include <QStringList>
#include <vector>

// Finds the entry a review belongs to when its question was changed outside
// Quire (in another editor, by git), so its exact key no longer matches.
//
// Questions are scored with SimilarityFinder (IDF-weighted trigram cosine,
// computed over the whole document so that word rarity is the document's).
// A review is re-attached only when the match is clear:
//   - the best entry scores at least `threshold` (0.6: a reworded question;
//     the linter's near-duplicate pairs start at 0.35), and
//   - it beats the second-best entry, and any other orphaned review beats
//     for that entry, by at least `margin` (0.15), and
//   - that entry has no review of its own.
// Anything less clear stays an orphan for the user to decide.
class ReviewMatcher
{
public:
    static constexpr double threshold = 0.6;
    static constexpr double margin = 0.15;

    // For each orphan question, the index into `entryQuestions` it matches
    // clearly, or -1. `claimed[i]`: entry i already has a review.
    static std::vector<int> match(const QStringList &entryQuestions, const std::vector<bool> &claimed,
                                  const QStringList &orphanQuestions);
};
