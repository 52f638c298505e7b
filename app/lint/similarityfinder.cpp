#include "app/lint/similarityfinder.h"

#include "app/base/twoparts.h"
#include "app/lint/candidateindex.h"
#include "app/lint/normalizedquestions.h"
#include "app/lint/similarityscorer.h"
#include "app/lint/trigramprofiles.h"

#include <algorithm>
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

    // Two indexes of the normalized questions, built at once: the trigrams
    // for the score, the words and pairs of words for finding candidates.
    TrigramProfiles profiles(totalBytes, n);
    CandidateIndex index(totalBytes, n);
    // Questions asked again word for word (once normalized) are always
    // found, even when made only of words too common to be key terms: each
    // later copy is paired with the first.
    std::vector<Pair> exact;
    // The first question with the same normalized text, or itself.
    std::vector<int> sameAs(static_cast<size_t>(n));
    const bool parallel = twoPartsPay(n);
    { // the normalized texts only while the indexes are built
        const NormalizedQuestions normalized(questions);
        runInTwoParts(parallel, [&](int part) {
            if (part == 1) { // the longer part
                for (int i = 0; i < n; ++i)
                    index.add(normalized.text(i), normalized.wordsBegin(i), normalized.wordsEnd(i),
                              normalized.nonAscii(i));
                return;
            }
            for (int i = 0; i < n; ++i)
                profiles.add(normalized.text(i));
            profiles.finish();
            sameAs = normalized.firstWithSameText();
            for (int i = 0; i < n; ++i) {
                if (sameAs[size_t(i)] != i)
                    exact.push_back({sameAs[size_t(i)], i, 1.0});
            }
        });
    }
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
    // Highest first; (a, b) is unique, so the order is total and the same
    // however it is reached: two halves sorted at once, then merged.
    const auto higher = [](const Pair &x, const Pair &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    };
    const auto middle = pairs.begin() + std::ptrdiff_t(pairs.size() / 2);
    runInTwoParts(twoPartsPay(qsizetype(pairs.size()), 65536), [&](int part) {
        if (part == 0)
            std::sort(pairs.begin(), middle, higher);
        else
            std::sort(middle, pairs.end(), higher);
    });
    std::inplace_merge(pairs.begin(), middle, pairs.end(), higher);
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
