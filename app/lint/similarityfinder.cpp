#include "app/lint/similarityfinder.h"

#include "app/lint/candidateindex.h"
#include "app/lint/similaritynormalizer.h"
#include "app/lint/similarityscorer.h"
#include "app/lint/trigramprofiles.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

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
    // Questions asked again word for word (once normalized) are always
    // found, even when made only of words too common to be key terms: each
    // later copy is paired with the first.
    std::vector<Pair> exact;
    {
        std::string text;
        std::vector<SimilarityNormalizer::WordSpan> words;
        // By a hash of the normalized text (no copy of 60,000 strings); a
        // hit is confirmed by normalizing the first question again.
        std::unordered_map<size_t, int> first;
        first.reserve(size_t(n));
        std::string earlier;
        for (int i = 0; i < n; ++i) {
            const bool nonAscii = SimilarityNormalizer::normalize(questions[i], text, &words);
            profiles.add(text);
            index.add(text, words, nonAscii);
            const auto [at, isNew] = first.try_emplace(std::hash<std::string>()(text), i);
            if (isNew)
                continue;
            SimilarityNormalizer::normalize(questions[at->second], earlier, nullptr);
            if (earlier == text)
                exact.push_back({at->second, i, 1.0});
        }
    }
    profiles.finish();
    // Without trigrams there is nothing to compare.
    index.finish([&profiles](int question) { return profiles.norm(question) > 0; });

    std::vector<Pair> pairs = SimilarityScorer::pairs(profiles, index, threshold);
    if (!exact.empty()) {
        // The scorer finds some of them too (scoring 1 but for rounding).
        std::unordered_set<quint64> known;
        for (const Pair &pair : pairs) {
            if (pair.score > 0.99)
                known.insert(quint64(pair.a) << 32 | quint32(pair.b));
        }
        for (const Pair &pair : exact) {
            if (profiles.norm(pair.a) > 0 && !known.count(quint64(pair.a) << 32 | quint32(pair.b)))
                pairs.push_back(pair);
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair &x, const Pair &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    return pairs;
}
