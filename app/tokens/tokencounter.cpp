#include "app/tokens/tokencounter.h"

#include "app/tokens/bperanks.h"
#include "app/tokens/bytepairencoder.h"
#include "app/tokens/piecesplitter.h"
#include "app/tokens/utf8repair.h"

namespace {
// Runs the split pattern and the merges over valid UTF-8; ids, when given,
// receive the tokens. Returns the count.
qsizetype tokenize(const char *text, qsizetype size, TokenEncoding encoding, bool atEnd, qsizetype *consumed,
                   std::vector<int> *ids)
{
    const BpeRanks &ranks = BpeRanks::of(encoding);
    BytePairEncoder encoder(ranks);
    PieceSplitter splitter(text, size, encoding);
    std::vector<int> scratch;
    std::vector<int> &tokens = ids ? *ids : scratch;
    qsizetype count = 0;
    qsizetype start = 0;
    while (start < size) {
        const qsizetype end = splitter.pieceEnd(start);
        if (!atEnd && splitter.touchedEnd())
            break;
        // Most pieces of English and markdown are one token: one lookup.
        const int rank = ranks.rank(text + start, end - start);
        if (rank != BpeRanks::NoRank) {
            ++count;
            if (ids)
                ids->push_back(rank);
        } else {
            const size_t before = tokens.size();
            encoder.encode(text + start, end - start, tokens);
            count += qsizetype(tokens.size() - before);
            if (!ids)
                scratch.clear();
        }
        start = end;
    }
    if (consumed)
        *consumed = start;
    return count;
}

QByteArray repairedIfNeeded(QByteArrayView utf8, bool *repaired)
{
    *repaired = Utf8Repair::validPrefix(utf8) != utf8.size();
    return *repaired ? Utf8Repair::repaired(utf8) : QByteArray();
}
} // namespace

qsizetype TokenCounter::countValid(const char *utf8, qsizetype size, TokenEncoding encoding, bool atEnd,
                                   qsizetype *consumed)
{
    return tokenize(utf8, size, encoding, atEnd, consumed, nullptr);
}

qsizetype TokenCounter::count(QByteArrayView utf8, TokenEncoding encoding)
{
    bool wasRepaired = false;
    const QByteArray repaired = repairedIfNeeded(utf8, &wasRepaired);
    const QByteArrayView text = wasRepaired ? QByteArrayView(repaired) : utf8;
    return tokenize(text.data(), text.size(), encoding, true, nullptr, nullptr);
}

qsizetype TokenCounter::count(const QString &text, TokenEncoding encoding)
{
    // toUtf8() already turns lone surrogates into U+FFFD, as TextEncoder does.
    const QByteArray utf8 = text.toUtf8();
    return tokenize(utf8.constData(), utf8.size(), encoding, true, nullptr, nullptr);
}

std::vector<int> TokenCounter::encode(QByteArrayView utf8, TokenEncoding encoding)
{
    bool wasRepaired = false;
    const QByteArray repaired = repairedIfNeeded(utf8, &wasRepaired);
    const QByteArrayView text = wasRepaired ? QByteArrayView(repaired) : utf8;
    std::vector<int> ids;
    tokenize(text.data(), text.size(), encoding, true, nullptr, &ids);
    return ids;
}
