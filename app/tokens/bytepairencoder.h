#pragma once

#include "app/tokens/bperanks.h"

#include <QtGlobal>

#include <vector>

// Byte pair encoding of one piece as tiktoken does it: start from single
// bytes and merge, again and again, the adjacent pair whose joined bytes have
// the lowest rank (the leftmost of equals) until no pair is a token. Short
// pieces scan for the minimum; long ones (a pasted base64 blob, a run of
// symbols) use a heap so that they cost n log n, not n squared.
class BytePairEncoder
{
public:
    explicit BytePairEncoder(const BpeRanks &ranks) : m_ranks(ranks) {}

    // Appends the piece's token ids to tokens.
    void encode(const char *piece, qsizetype length, std::vector<int> &tokens);

private:
    void mergeByScan(const char *piece, int length, std::vector<int> &tokens);
    void mergeByHeap(const char *piece, int length, std::vector<int> &tokens);
    int pairRank(const char *piece, int from, int to) const;

    const BpeRanks &m_ranks;
    std::vector<int> m_starts; // scratch, kept between pieces
    std::vector<int> m_pairRanks;
};
