#include "app/lint/similarityfinder.h"

#include "app/lint/candidateindex.h"
#include "app/lint/similaritynormalizer.h"
#include "app/lint/similarityscorer.h"
#include "app/lint/trigramprofiles.h"

#include <algorithm>
#include <string>

QList<QByteArray> SimilarityFinder::tokens(const QByteArray &questionUtf8)
{
    QList<QByteArray> out;
    for (quint32 gram : TrigramProfiles::trigramsOf(questionUtf8))
        out.append(QByteArray(1, char(gram >> 16)) + char((gram >> 8) & 0xFF) + char(gram & 0xFF));
    return out;
}

std::vector<SimilarityFinder::Pair> SimilarityFinder::find(const QList<QByteArray> &questions,
                                                           double threshold)
{
    const int n = int(questions.size());
    qsizetype totalBytes = 0;
    for (const QByteArray &question : questions)
        totalBytes += question.size();

    // One pass over the questions, each normalized once: its trigrams for
    // the score, its words and pairs of words for finding candidates.
    TrigramProfiles profiles(totalBytes, n);
    CandidateIndex index(totalBytes, n);
    {
        std::string text;
        std::vector<SimilarityNormalizer::WordSpan> words;
        for (const QByteArray &question : questions) {
            const bool nonAscii = SimilarityNormalizer::normalize(question, text, &words);
            profiles.add(text);
            index.add(text, words, nonAscii);
        }
    }
    profiles.finish();
    // Without trigrams there is nothing to compare.
    index.finish([&profiles](int question) { return profiles.norm(question) > 0; });

    std::vector<Pair> pairs = SimilarityScorer::pairs(profiles, index, threshold);
    std::sort(pairs.begin(), pairs.end(), [](const Pair &x, const Pair &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    return pairs;
}
