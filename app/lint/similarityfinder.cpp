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
                                                           double threshold, int perQuestion)
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
    // The first question with the same normalized text, or itself.
    std::vector<int> sameAs(static_cast<size_t>(n));
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
            sameAs[size_t(i)] = i;
            const auto [at, isNew] = first.try_emplace(std::hash<std::string>()(text), i);
            if (isNew)
                continue;
            SimilarityNormalizer::normalize(questions[at->second], earlier, nullptr);
            if (earlier == text) {
                exact.push_back({at->second, i, 1.0});
                sameAs[size_t(i)] = at->second;
            }
        }
    }
    profiles.finish();
    // Without trigrams there is nothing to compare.
    index.finish([&profiles](int question) { return profiles.norm(question) > 0; });

    std::vector<Pair> pairs = SimilarityScorer::pairs(profiles, index, threshold);
    const auto isExact = [&](const Pair &pair) {
        return sameAs[size_t(pair.a)] == sameAs[size_t(pair.b)] && profiles.norm(pair.a) > 0;
    };
    if (!exact.empty()) {
        // The scorer finds some of them too (scoring 1 but for rounding).
        std::unordered_set<quint64> known;
        for (const Pair &pair : pairs) {
            if (pair.score > 0.99 && isExact(pair))
                known.insert(quint64(pair.a) << 32 | quint32(pair.b));
        }
        for (const Pair &pair : exact) {
            if (isExact(pair) && !known.count(quint64(pair.a) << 32 | quint32(pair.b)))
                pairs.push_back(pair);
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair &x, const Pair &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    if (perQuestion > 0) {
        std::vector<int> taken(size_t(n), 0);
        size_t kept = 0;
        for (const Pair &pair : pairs) {
            if (!isExact(pair) && (taken[size_t(pair.a)] >= perQuestion || taken[size_t(pair.b)] >= perQuestion))
                continue;
            ++taken[size_t(pair.a)];
            ++taken[size_t(pair.b)];
            pairs[kept++] = pair;
        }
        pairs.resize(kept);
        pairs.shrink_to_fit();
    }
    return pairs;
}
