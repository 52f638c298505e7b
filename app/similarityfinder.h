#pragma once

#include <QByteArray>
#include <QList>
#include <vector>

// Finds pairs of questions that ask nearly the same thing.
//
// Each question becomes the set of character trigrams of its words (lower
// case, stop words dropped). Trigrams are weighted by inverse document
// frequency and pairs are scored by cosine similarity.
// Candidates come from an inverted index over each question's rarest tokens,
// so the work grows with the number of questions, not with its square.
class SimilarityFinder
{
public:
    struct Pair
    {
        int a = 0; // indexes into the input, a < b
        int b = 0;
        double score = 0;
    };

    static constexpr double defaultThreshold = 0.35;

    // Pairs scoring at least `threshold`, highest first (ties by a, then b).
    static std::vector<Pair> find(const QList<QByteArray> &questionsUtf8,
                                  double threshold = defaultThreshold);

    // The tokens of one question, for tests and explanations.
    static QList<QByteArray> tokens(const QByteArray &questionUtf8);
};
