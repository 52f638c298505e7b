// libFuzzer entry point for the tokenizer (app/tokens): arbitrary bytes,
// invalid UTF-8 included. Checks, for both encodings: no crash; the count
// equals the number of ids; every id is a rank of the table; counting in
// chunks cut where the input says (the first byte picks the chunk size,
// cuts fall anywhere, inside characters too) equals counting the whole; and
// the pieces PieceSplitter cuts cover the repaired text exactly.
// Build and run with tests/fuzz/run-fuzz.sh (QUIRE_FUZZ_TARGETS=tokens).

#include "app/tokens/bperanks.h"
#include "app/tokens/piecesplitter.h"
#include "app/tokens/tokencounter.h"
#include "app/tokens/tokencountstream.h"
#include "app/tokens/utf8repair.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
void fail(const char *what, TokenEncoding encoding, qsizetype a, qsizetype b)
{
    std::fprintf(stderr, "\n==fuzz_tokens== %s (%s): %lld vs %lld\n", what, qPrintable(TokenEncodings::name(encoding)),
                 static_cast<long long>(a), static_cast<long long>(b));
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype chunk = 1 + data[0] % 64;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QByteArray repaired = Utf8Repair::repaired(input);
    if (Utf8Repair::validPrefix(repaired) != repaired.size())
        fail("repaired text is not UTF-8", TokenEncoding::O200kBase, Utf8Repair::validPrefix(repaired), repaired.size());
    for (TokenEncoding encoding : {TokenEncoding::O200kBase, TokenEncoding::Cl100kBase}) {
        const qsizetype whole = TokenCounter::count(QByteArrayView(input), encoding);
        const std::vector<int> ids = TokenCounter::encode(input, encoding);
        if (qsizetype(ids.size()) != whole)
            fail("ids and count differ", encoding, qsizetype(ids.size()), whole);
        const BpeRanks &ranks = BpeRanks::of(encoding);
        QByteArray decoded;
        for (int id : ids) {
            if (id < 0 || id >= ranks.size())
                fail("id out of range", encoding, id, ranks.size());
            decoded += ranks.bytes(id);
        }
        if (decoded != repaired)
            fail("ids do not spell the text", encoding, decoded.size(), repaired.size());
        TokenCountStream stream(encoding);
        for (qsizetype at = 0; at < input.size(); at += chunk)
            stream.add(QByteArrayView(input.constData() + at, qMin(chunk, input.size() - at)));
        if (stream.total() != whole)
            fail("chunked count differs", encoding, stream.total(), whole);
        PieceSplitter splitter(repaired.constData(), repaired.size(), encoding);
        qsizetype start = 0;
        while (start < repaired.size()) {
            const qsizetype end = splitter.pieceEnd(start);
            if (end <= start || end > repaired.size())
                fail("piece out of bounds", encoding, start, end);
            start = end;
        }
    }
    return 0;
}
