// The tokenizer against js-tiktoken: every fixture, both encodings, token by
// token where the ids are kept, by count and a hash of the ids elsewhere;
// counted whole, from a QString and chunk by chunk.

#include "app/tokens/bperanks.h"
#include "app/tokens/piecesplitter.h"
#include "app/tokens/utf8repair.h"
#include "app/tokens/tokencounter.h"
#include "app/tokens/tokencountstream.h"
#include "tests/support/testsupport.h"
#include "tests/tokens/tokenfixtures.h"

#include <QDir>
#include <QtTest>

#include <malloc.h>

Q_DECLARE_METATYPE(TokenEncoding)
Q_DECLARE_METATYPE(TokenFixture)

namespace {
const TokenEncoding encodings[] = {TokenEncoding::O200kBase, TokenEncoding::Cl100kBase};

// Names the first difference, so that a failure says where the split went wrong.
QByteArray firstDifference(const std::vector<int> &actual, const std::vector<int> &expected, TokenEncoding encoding)
{
    size_t i = 0;
    while (i < actual.size() && i < expected.size() && actual[i] == expected[i])
        ++i;
    const BpeRanks &ranks = BpeRanks::of(encoding);
    auto at = [&](const std::vector<int> &ids) {
        QByteArray shown;
        for (size_t j = i; j < ids.size() && j < i + 4; ++j)
            shown += '[' + ranks.bytes(ids[j]).toPercentEncoding(" '") + ']';
        return shown;
    };
    return "token " + QByteArray::number(qulonglong(i)) + ": got " + at(actual) + " expected " + at(expected);
}

qsizetype countInChunks(const QByteArray &bytes, TokenEncoding encoding, qsizetype chunk)
{
    TokenCountStream stream(encoding);
    for (qsizetype at = 0; at < bytes.size(); at += chunk)
        stream.add(QByteArrayView(bytes.constData() + at, qMin(chunk, bytes.size() - at)));
    return stream.total();
}
} // namespace

class TestTokenCounter : public QObject
{
    Q_OBJECT

private:
    void addRows(const QList<TokenFixture> &fixtures)
    {
        QTest::addColumn<TokenFixture>("fixture");
        QTest::addColumn<TokenEncoding>("encoding");
        for (const TokenFixture &f : fixtures)
            for (TokenEncoding encoding : encodings)
                QTest::newRow(qPrintable(f.name + QLatin1Char(' ') + TokenEncodings::name(encoding)))
                    << f << encoding;
    }

    QList<TokenFixture> m_files, m_texts, m_invalid;

private slots:
    void initTestCase()
    {
        // First thing, before anything counts: the tables are used in place
        // from the binary. A table built on the heap at start (a hash of
        // 200,000 tokens was 3 MB) puts quire check over its 20 MB.
        const size_t heapBefore = mallinfo2().uordblks;
        for (TokenEncoding encoding : encodings)
            QVERIFY(BpeRanks::of(encoding).size() > 100000);
        const size_t heapGrowth = mallinfo2().uordblks - heapBefore;
        QVERIFY2(heapGrowth < 64 * 1024, qPrintable(QStringLiteral("loading the tables took %1 bytes of heap").arg(heapGrowth)));

        const QJsonObject expected = TokenFixtures::document();
        QVERIFY2(!expected.isEmpty(), "fixtures/expected.json is missing or not JSON");
        for (const QJsonValue &value : expected.value(QLatin1String("files")).toArray()) {
            const QJsonObject o = value.toObject();
            const QString file = o.value(QLatin1String("file")).toString();
            const QByteArray bytes = TestSupport::readFile(TokenFixtures::pathOf(file));
            QVERIFY2(bytes.size() == o.value(QLatin1String("bytes")).toInteger(),
                     qPrintable(file + QLatin1String(": not found or not the bytes the fixture was made from")));
            m_files.append(TokenFixtures::fixture(file, bytes, o));
        }
        for (const QJsonValue &value : expected.value(QLatin1String("texts")).toArray()) {
            const QJsonObject o = value.toObject();
            m_texts.append(TokenFixtures::fixture(o.value(QLatin1String("name")).toString(),
                                                  o.value(QLatin1String("text")).toString().toUtf8(), o));
        }
        int n = 0;
        for (const QJsonValue &value : expected.value(QLatin1String("invalid")).toArray()) {
            const QJsonObject o = value.toObject();
            m_invalid.append(TokenFixtures::fixture(QStringLiteral("invalid %1").arg(n++),
                QByteArray::fromBase64(o.value(QLatin1String("base64")).toString().toLatin1()), o));
        }
        // The sample, 16 corpus files, 3 exports; 300 random mixtures and more.
        QVERIFY(m_files.size() >= 19);
        QVERIFY(m_texts.size() >= 348);
        QVERIFY(m_invalid.size() >= 50);
        const QJsonObject ranks = expected.value(QLatin1String("ranks")).toObject();
        QCOMPARE(BpeRanks::of(TokenEncoding::O200kBase).size(), ranks.value(QLatin1String("o200k_base")).toInteger());
        QCOMPARE(BpeRanks::of(TokenEncoding::Cl100kBase).size(), ranks.value(QLatin1String("cl100k_base")).toInteger());
    }

    void files_data() { addRows(m_files); }
    void files()
    {
        QFETCH(TokenFixture, fixture);
        QFETCH(TokenEncoding, encoding);
        const TokenFixture::Expected &expected = fixture.expected(encoding);
        const std::vector<int> ids = TokenCounter::encode(fixture.bytes, encoding);
        QCOMPARE(qsizetype(ids.size()), expected.count);
        QCOMPARE(TokenFixtures::idsHash(ids), expected.hash);
        QCOMPARE(TokenCounter::count(QByteArrayView(fixture.bytes), encoding), expected.count);
        QCOMPARE(TokenCounter::count(QString::fromUtf8(fixture.bytes), encoding), expected.count);
        // Chunks as the window's export counter gets them, and odd ones that
        // cut characters: the count must not depend on where the cuts fall.
        for (qsizetype chunk : {qsizetype(4096), qsizetype(65536), qsizetype(997)})
            QCOMPARE(countInChunks(fixture.bytes, encoding, chunk), expected.count);
    }

    void texts_data() { addRows(m_texts + m_invalid); }
    void texts()
    {
        QFETCH(TokenFixture, fixture);
        QFETCH(TokenEncoding, encoding);
        const TokenFixture::Expected &expected = fixture.expected(encoding);
        QVERIFY(expected.hasIds);
        const std::vector<int> ids = TokenCounter::encode(fixture.bytes, encoding);
        QVERIFY2(ids == expected.ids, firstDifference(ids, expected.ids, encoding).constData());
        // The pieces themselves, as the regex engine cut them: a split that
        // differs only where no token crosses the cut still fails here.
        const QByteArray text = Utf8Repair::repaired(fixture.bytes);
        PieceSplitter splitter(text.constData(), text.size(), encoding);
        std::vector<qsizetype> pieces;
        for (qsizetype start = 0; start < text.size(); start = splitter.pieceEnd(start) )
            pieces.push_back(splitter.pieceEnd(start) - start);
        QCOMPARE(pieces, expected.pieces);
        QCOMPARE(TokenCounter::count(QByteArrayView(fixture.bytes), encoding), expected.count);
        for (qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(5), qsizetype(64)})
            QCOMPARE(countInChunks(fixture.bytes, encoding, chunk), expected.count);
    }

    // Every token of both tables is found by its bytes, with its own rank;
    // what is not a token is not found.
    void everyTokenLooksItselfUp()
    {
        for (TokenEncoding encoding : encodings) {
            const BpeRanks &ranks = BpeRanks::of(encoding);
            for (int rank = 0; rank < ranks.size(); ++rank) {
                const QByteArray bytes = ranks.bytes(rank);
                QVERIFY(!bytes.isEmpty());
                if (ranks.rank(bytes.constData(), bytes.size()) != rank)
                    QFAIL(qPrintable(QStringLiteral("rank %1 (%2) not found").arg(rank).arg(QString::fromLatin1(bytes.toPercentEncoding()))));
            }
            QCOMPARE(ranks.bytes(int(ranks.size())), QByteArray());
            QCOMPARE(ranks.rank("", 0), BpeRanks::NoRank);
            const QByteArray tooLong(256, 'a');
            QCOMPARE(ranks.rank(tooLong.constData(), tooLong.size()), BpeRanks::NoRank);
            for (const char *notAToken : {"\xff\xff\xff\xff\xff\xff\xff\xff\xff", "zzzzzzzzqqqqqqqqxxxx", "\x01\x02\x03"})
                QCOMPARE(ranks.rank(notAToken, qsizetype(std::strlen(notAToken))), BpeRanks::NoRank);
            // The first and the last token in byte order.
            QCOMPARE(ranks.bytes(ranks.rank("\0", 1)), QByteArray("\0", 1));
            QCOMPARE(ranks.bytes(ranks.rank("\xff", 1)), QByteArray("\xff"));
        }
    }

    void encodingNames()
    {
        QCOMPARE(TokenEncodings::name(TokenEncoding::O200kBase), QStringLiteral("o200k_base"));
        QCOMPARE(TokenEncodings::name(TokenEncoding::Cl100kBase), QStringLiteral("cl100k_base"));
        QCOMPARE(TokenEncodings::fromName(u"cl100k_base"), std::optional<TokenEncoding>(TokenEncoding::Cl100kBase));
        QCOMPARE(TokenEncodings::fromName(u"o200k_base"), std::optional<TokenEncoding>(TokenEncoding::O200kBase));
        QVERIFY(!TokenEncodings::fromName(u"p50k_base"));
        QVERIFY(!TokenEncodings::fromName(u""));
    }

    // A lone surrogate in a QString is one U+FFFD, as TextEncoder makes it.
    void loneSurrogate()
    {
        const QString text = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b");
        for (TokenEncoding encoding : encodings)
            QCOMPARE(TokenCounter::count(text, encoding), TokenCounter::count(QByteArrayView("a\xEF\xBF\xBD" "b"), encoding));
    }
};

QTEST_GUILESS_MAIN(TestTokenCounter)
#include "tst_tokencounter.moc"
