#pragma once

#include "app/tokens/tokenencoding.h"

#include <QByteArray>
#include <QtGlobal>

#include <vector>

// One encoding's rank table: every token's bytes and its rank (its id), read
// from data/tokens/NAME.ranks (converted from js-tiktoken's copy of OpenAI's
// tables) and looked up by bytes in an open-addressing hash table.
class BpeRanks
{
public:
    // Loaded on first use, once per encoding, thread-safe.
    static const BpeRanks &of(TokenEncoding encoding);

    static constexpr int NoRank = -1;
    int rank(const char *bytes, qsizetype length) const; // NoRank when not a token
    qsizetype size() const { return qsizetype(m_lengths.size()); }
    QByteArray bytes(int rank) const; // for tests and decoding

private:
    explicit BpeRanks(TokenEncoding encoding);
    static quint64 hash(const char *bytes, qsizetype length);

    QByteArray m_data;               // the file: tokens' bytes in rank order
    std::vector<quint32> m_offsets;  // per rank, where its bytes start in m_data
    std::vector<quint8> m_lengths;   // per rank
    std::vector<quint32> m_slots;    // rank + 1, 0 when empty
    quint64 m_mask = 0;
};
