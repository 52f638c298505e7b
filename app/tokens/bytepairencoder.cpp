#include "app/tokens/bytepairencoder.h"

#include <climits>
#include <queue>

namespace {
constexpr int scanLimit = 128; // bytes; past it the heap is cheaper
constexpr int noPair = INT_MAX;
} // namespace

int BytePairEncoder::pairRank(const char *piece, int from, int to) const
{
    const int rank = m_ranks.rank(piece + from, to - from);
    return rank == BpeRanks::NoRank ? noPair : rank;
}

void BytePairEncoder::encode(const char *piece, qsizetype length, std::vector<int> &tokens)
{
    const int whole = m_ranks.rank(piece, length);
    if (whole != BpeRanks::NoRank) {
        tokens.push_back(whole);
        return;
    }
    if (length <= scanLimit)
        mergeByScan(piece, int(length), tokens);
    else
        mergeByHeap(piece, int(length), tokens);
}

void BytePairEncoder::mergeByScan(const char *piece, int length, std::vector<int> &tokens)
{
    // m_starts[i] is where part i starts (plus the end as a sentinel);
    // m_pairRanks[i] the rank of parts i and i + 1 joined.
    m_starts.resize(size_t(length) + 1);
    for (int i = 0; i <= length; ++i)
        m_starts[size_t(i)] = i;
    m_pairRanks.resize(size_t(length) - 1);
    for (int i = 0; i + 1 < length; ++i)
        m_pairRanks[size_t(i)] = pairRank(piece, i, i + 2);
    int parts = length;
    while (parts > 1) {
        int best = 0;
        for (int i = 1; i + 1 < parts; ++i) {
            if (m_pairRanks[size_t(i)] < m_pairRanks[size_t(best)])
                best = i;
        }
        if (m_pairRanks[size_t(best)] == noPair)
            break;
        m_starts.erase(m_starts.begin() + best + 1);
        m_pairRanks.erase(m_pairRanks.begin() + best);
        --parts;
        if (best + 1 < parts)
            m_pairRanks[size_t(best)] = pairRank(piece, m_starts[size_t(best)], m_starts[size_t(best) + 2]);
        if (best > 0)
            m_pairRanks[size_t(best) - 1] = pairRank(piece, m_starts[size_t(best) - 1], m_starts[size_t(best) + 1]);
    }
    for (int i = 0; i < parts; ++i)
        tokens.push_back(m_ranks.rank(piece + m_starts[size_t(i)], m_starts[size_t(i) + 1] - m_starts[size_t(i)]));
}

void BytePairEncoder::mergeByHeap(const char *piece, int length, std::vector<int> &tokens)
{
    // Parts are named by the byte they start at; next/previous link them.
    std::vector<int> next(static_cast<size_t>(length));
    std::vector<int> previous(static_cast<size_t>(length));
    std::vector<bool> alive(static_cast<size_t>(length), true);
    for (int i = 0; i < length; ++i) {
        next[size_t(i)] = i + 1;
        previous[size_t(i)] = i - 1;
    }
    struct Candidate
    {
        int rank, start, end; // the pair's bytes
        bool operator>(const Candidate &other) const
        {
            return rank != other.rank ? rank > other.rank : start > other.start;
        }
    };
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<Candidate>> heap;
    auto push = [&](int start) {
        const int second = next[size_t(start)];
        if (second >= length)
            return;
        const int end = next[size_t(second)];
        const int rank = pairRank(piece, start, end);
        if (rank != noPair)
            heap.push({rank, start, end});
    };
    for (int i = 0; i + 1 < length; ++i)
        push(i);
    while (!heap.empty()) {
        const Candidate best = heap.top();
        heap.pop();
        // Stale when a neighbour merged since: the part is gone or longer.
        const int second = alive[size_t(best.start)] ? next[size_t(best.start)] : length;
        if (second >= length || next[size_t(second)] != best.end)
            continue;
        alive[size_t(second)] = false;
        next[size_t(best.start)] = best.end;
        if (best.end < length)
            previous[size_t(best.end)] = best.start;
        push(best.start);
        if (previous[size_t(best.start)] >= 0)
            push(previous[size_t(best.start)]);
    }
    for (int start = 0; start < length; start = next[size_t(start)])
        tokens.push_back(m_ranks.rank(piece + start, next[size_t(start)] - start));
}
