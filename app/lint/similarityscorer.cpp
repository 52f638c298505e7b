#include "app/lint/similarityscorer.h"

#include "app/base/prefetch.h"
#include "app/base/twoparts.h"
#include "app/lint/candidateindex.h"
#include "app/lint/trigramprofiles.h"

namespace {

// Work grows with a question's position, so the halves interleave in blocks.
constexpr int block = 256;

template<typename Id>
void score(const TrigramProfiles &profiles, const CandidateIndex &index, const Id *grams, double threshold,
           int part, std::vector<SimilarPair> &found)
{
    const int n = profiles.count();
    const std::vector<double> &idfSquared = profiles.idfSquared();
    CandidateIndex::Search search(index);
    // While a question's candidates are scored: the squared idf of each of
    // its trigrams, 0 for the others, so a shared trigram costs one addition.
    std::vector<double> ownWeight(idfSquared.size(), 0.0);
    for (int i = 0; i < n; ++i) {
        if ((i / block) % 2 != part) {
            i += block - 1 - i % block; // to the end of this block
            continue;
        }
        const std::vector<int> &candidates = search.earlierCandidates(i);
        if (candidates.empty())
            continue;
        // Their trigram lists are scattered in memory: ask for them now, so
        // they arrive together.
        for (int j : candidates) {
            prefetchMemory(grams + profiles.begin(j));
            prefetchMemory(grams + profiles.begin(j) + 32);
        }
        const size_t ownBegin = profiles.begin(i), ownEnd = profiles.end(i);
        for (size_t p = ownBegin; p < ownEnd; ++p)
            ownWeight[size_t(grams[p])] = idfSquared[size_t(grams[p])];
        for (int j : candidates) {
            // Summed in the earlier question's trigram order: each pair's
            // score is computed one way only.
            double dot = 0;
            for (size_t p = profiles.begin(j); p < profiles.end(j); ++p)
                dot += ownWeight[size_t(grams[p])];
            const double score = dot / (profiles.norm(j) * profiles.norm(i));
            if (score >= threshold)
                found.push_back({j, i, score});
        }
        for (size_t p = ownBegin; p < ownEnd; ++p)
            ownWeight[size_t(grams[p])] = 0.0;
    }
}

} // namespace

std::vector<SimilarPair> SimilarityScorer::pairs(const TrigramProfiles &profiles, const CandidateIndex &index,
                                                 double threshold)
{
    const bool parallel = twoPartsPay(profiles.count());
    std::vector<SimilarPair> pairs, otherPairs;
    runInTwoParts(parallel, [&](int part) {
        std::vector<SimilarPair> &found = part == 0 ? pairs : otherPairs;
        if (profiles.isWide())
            score(profiles, index, profiles.wideIds(), threshold, part, found);
        else
            score(profiles, index, profiles.narrowIds(), threshold, part, found);
    });
    pairs.insert(pairs.end(), otherPairs.begin(), otherPairs.end());
    return pairs;
}
