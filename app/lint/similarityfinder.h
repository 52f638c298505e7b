#pragma once

#include "app/lint/similarpair.h"

#include <QByteArray>
#include <QList>
#include <vector>

// Finds pairs of questions that ask nearly the same thing.
//
// Each question becomes the set of character trigrams of its words (lower
// case, stop words dropped: SimilarityNormalizer). Trigrams are weighted by
// inverse document frequency and pairs are scored by cosine similarity
// (TrigramProfiles, SimilarityScorer).
// Only candidate pairs are scored: questions that share some of their
// rarest words or pairs of adjacent words (CandidateIndex, an inverted index
// over a few key terms per question), so the work grows with the number of
// questions, not with its square (and within a budget, also when every
// question is made of the same few words, as in a templated FAQ). Pairs are
// thus found when they share distinctive words or phrases; two questions
// made only of common words are not compared, unless they are the same
// question asked twice (the same normalized text), which is always found.
class SimilarityFinder
{
public:
    using Pair = SimilarPair; // a and b index the input

    static constexpr double defaultThreshold = 0.35;
    // What Quire reports (check, the Similar panel): a question's 10 best.
    static constexpr int reportedPerQuestion = 10;

    // Pairs scoring at least `threshold`, highest first (ties by a, then b).
    // With `perQuestion` > 0, at most that many per question: the pairs are
    // taken best first and one is dropped when either of its questions has
    // its share already; questions asked again word for word are always
    // kept (and count towards the share). In a templated FAQ hundreds of
    // questions resemble each other; their 10 best say all there is.
    static std::vector<Pair> find(const QList<QByteArray> &questionsUtf8,
                                  double threshold = defaultThreshold, int perQuestion = 0);

    // The tokens of one question, for tests and explanations.
    static QList<QByteArray> tokens(const QByteArray &questionUtf8);
};
