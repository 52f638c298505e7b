#pragma once

#include "app/tokens/tokenencoding.h"

#include <QByteArray>
#include <QtGlobal>

#include <mutex>
#include <vector>

// One encoding's rank table: every token's bytes and its rank (its id), read
// from data/tokens/NAME.ranks (converted from js-tiktoken's copy of OpenAI's
// tables). The file is sorted by bytes and used in place, mapped from the
// binary: a lookup is a binary search over its block index and a scan of one
// block of 16 records. Nothing is built at start, so `quire check` pays only
// for the pages it touches, not for a 3 MB hash table (issue 11, §4).
class BpeRanks
{
public:
    // Loaded on first use, once per encoding, thread-safe.
    static const BpeRanks &of(TokenEncoding encoding);

    static constexpr int NoRank = -1;
    int rank(const char *bytes, qsizetype length) const; // NoRank when not a token
    qsizetype size() const { return m_count; }
    QByteArray bytes(int rank) const; // for tests and decoding

private:
    explicit BpeRanks(TokenEncoding encoding);
    void readFrame(const QString &fileName);
    quint64 blockKey(quint32 block) const;
    quint32 blockOffset(quint32 block) const;

    QByteArray m_data; // the file: header, block index, records in byte order
    quint32 m_count = 0;
    quint32 m_blockCount = 0;
    // rank -> record offset, built on the first bytes() call only.
    mutable std::once_flag m_byRankOnce;
    mutable std::vector<quint32> m_byRank;
};
