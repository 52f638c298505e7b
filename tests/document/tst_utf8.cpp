// Strict UTF-8 checking (the first bad byte's exact offset) and the refusal of
// such input by QaDocument, from bytes and from a real file.

#include "tests/support/testsupport.h"

#include "app/document/qadocument.h"
#include "app/base/utf8validator.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

Q_DECLARE_METATYPE(Utf8Validator::Problem)

namespace {

const auto None = Utf8Validator::Problem::None;
const auto Invalid = Utf8Validator::Problem::InvalidUtf8;
const auto Nul = Utf8Validator::Problem::NulByte;

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(char(v));
    return out;
}

} // namespace

class TestUtf8 : public QObject
{
    Q_OBJECT

private slots:
    void validator_data();
    void validator();
    void everyCodePointBoundary();
    void documentRefuses_data() { validator_data(); }
    void documentRefuses();
    void fileRefused_data() { validator_data(); }
    void fileRefused();
};

void TestUtf8::validator_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Utf8Validator::Problem>("problem");
    QTest::addColumn<qsizetype>("offset");

    // Valid.
    QTest::newRow("empty") << QByteArray() << None << qsizetype(-1);
    QTest::newRow("ascii") << QByteArray("## Hello\n**Question:** x\r\n") << None << qsizetype(-1);
    QTest::newRow("two, three and four bytes")
        << QByteArray("caf\xC3\xA9 \xE2\x82\xAC \xE4\xB8\xAD \xF0\x9F\x98\x80 \xF0\x90\x8D\x88") << None << qsizetype(-1);
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF# T\n") << None << qsizetype(-1);
    QTest::newRow("U+0080 lowest two-byte") << bytes({0xC2, 0x80}) << None << qsizetype(-1);
    QTest::newRow("U+07FF") << bytes({0xDF, 0xBF}) << None << qsizetype(-1);
    QTest::newRow("U+0800 lowest three-byte") << bytes({0xE0, 0xA0, 0x80}) << None << qsizetype(-1);
    QTest::newRow("U+D7FF before surrogates") << bytes({0xED, 0x9F, 0xBF}) << None << qsizetype(-1);
    QTest::newRow("U+E000 after surrogates") << bytes({0xEE, 0x80, 0x80}) << None << qsizetype(-1);
    QTest::newRow("U+FFFF") << bytes({0xEF, 0xBF, 0xBF}) << None << qsizetype(-1);
    QTest::newRow("U+10000 lowest four-byte") << bytes({0xF0, 0x90, 0x80, 0x80}) << None << qsizetype(-1);
    QTest::newRow("U+10FFFF highest") << bytes({0xF4, 0x8F, 0xBF, 0xBF}) << None << qsizetype(-1);
    QTest::newRow("control characters other than NUL") << QByteArray("\x01\x7F\t\x1B") << None << qsizetype(-1);

    // Overlong encodings.
    QTest::newRow("overlong slash C0 AF") << QByteArray("abc") + bytes({0xC0, 0xAF}) << Invalid << qsizetype(3);
    QTest::newRow("overlong C1 BF") << QByteArray("x") + bytes({0xC1, 0xBF}) << Invalid << qsizetype(1);
    QTest::newRow("overlong NUL C0 80") << bytes({0xC0, 0x80}) << Invalid << qsizetype(0);
    QTest::newRow("overlong three-byte E0 80 AF") << QByteArray("ab") + bytes({0xE0, 0x80, 0xAF}) << Invalid << qsizetype(2);
    QTest::newRow("overlong three-byte E0 9F BF") << bytes({0xE0, 0x9F, 0xBF}) << Invalid << qsizetype(0);
    QTest::newRow("overlong four-byte F0 80 80 AF") << bytes({0xF0, 0x80, 0x80, 0xAF}) << Invalid << qsizetype(0);
    QTest::newRow("overlong four-byte F0 8F BF BF") << QByteArray("\xC3\xA9") + bytes({0xF0, 0x8F, 0xBF, 0xBF})
                                                    << Invalid << qsizetype(2);

    // UTF-16 surrogates.
    QTest::newRow("high surrogate ED A0 80") << QByteArray("ok ") + bytes({0xED, 0xA0, 0x80}) << Invalid << qsizetype(3);
    QTest::newRow("low surrogate ED BF BF") << bytes({0xED, 0xBF, 0xBF}) << Invalid << qsizetype(0);
    QTest::newRow("surrogate pair as CESU-8") << QByteArray("a") + bytes({0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80})
                                              << Invalid << qsizetype(1);

    // Truncated sequences at the end.
    QTest::newRow("truncated two-byte") << QByteArray("x") + bytes({0xC3}) << Invalid << qsizetype(1);
    QTest::newRow("truncated three-byte") << QByteArray("abc") + bytes({0xE2, 0x82}) << Invalid << qsizetype(3);
    QTest::newRow("truncated four-byte") << bytes({0xF0, 0x9F, 0x98}) << Invalid << qsizetype(0);
    QTest::newRow("truncated after valid text") << QByteArray("caf\xC3\xA9\n") + bytes({0xF0}) << Invalid << qsizetype(6);
    QTest::newRow("truncated in the middle") << QByteArray("a") + bytes({0xE2, 0x82}) + "b" << Invalid << qsizetype(1);

    // Above U+10FFFF and bytes that never occur.
    QTest::newRow("U+110000 F4 90 80 80") << bytes({0xF4, 0x90, 0x80, 0x80}) << Invalid << qsizetype(0);
    QTest::newRow("F5 lead byte") << QByteArray("ab") + bytes({0xF5, 0x80, 0x80, 0x80}) << Invalid << qsizetype(2);
    QTest::newRow("F8 five-byte form") << bytes({0xF8, 0x88, 0x80, 0x80, 0x80}) << Invalid << qsizetype(0);
    QTest::newRow("FE") << QByteArray("x") + bytes({0xFE}) << Invalid << qsizetype(1);
    QTest::newRow("FF") << bytes({0xFF}) << Invalid << qsizetype(0);

    // Stray continuation bytes and broken sequences.
    QTest::newRow("stray continuation") << QByteArray("ab") + bytes({0x80}) + "cd" << Invalid << qsizetype(2);
    QTest::newRow("stray continuation at the start") << bytes({0xBF, 0x41}) << Invalid << qsizetype(0);
    QTest::newRow("continuation after a complete character")
        << QByteArray("\xC3\xA9") + bytes({0xA9}) << Invalid << qsizetype(2);
    QTest::newRow("lead byte followed by ASCII") << bytes({0xC3, 0x28}) << Invalid << qsizetype(0);
    QTest::newRow("three-byte with bad third byte") << QByteArray("a") + bytes({0xE2, 0x82, 0x28}) << Invalid << qsizetype(1);
    QTest::newRow("four-byte with bad fourth byte") << bytes({0xF0, 0x9F, 0x98, 0x41}) << Invalid << qsizetype(0);
    QTest::newRow("latin-1 text") << QByteArray("na\xEFve caf\xE9") << Invalid << qsizetype(2);

    // NUL bytes.
    QTest::newRow("NUL") << QByteArray("ab\0cd", 5) << Nul << qsizetype(2);
    QTest::newRow("NUL first") << QByteArray("\0", 1) << Nul << qsizetype(0);
    QTest::newRow("NUL after multi-byte") << QByteArray("\xC3\xA9\0", 3) << Nul << qsizetype(2);
    QTest::newRow("UTF-16 text") << QByteArray("#\0 \0T\0", 6) << Nul << qsizetype(1);
    QTest::newRow("invalid byte before NUL") << QByteArray("\x80\0", 2) << Invalid << qsizetype(0);
    QTest::newRow("NUL before invalid byte") << QByteArray("a\0\x80", 3) << Nul << qsizetype(1);
}

void TestUtf8::validator()
{
    QFETCH(QByteArray, input);
    QFETCH(Utf8Validator::Problem, problem);
    QFETCH(qsizetype, offset);
    const Utf8Validator::Result result = Utf8Validator::check(input);
    QCOMPARE(int(result.problem), int(problem));
    QCOMPARE(result.offset, offset);
    QCOMPARE(result.ok(), problem == None);
    if (result.ok()) {
        // What passes decodes and encodes back to the same bytes (Qt's
        // decoder drops a leading byte order mark; the document keeps it as bytes).
        const QByteArray withoutBom = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;
        QCOMPARE(QString::fromUtf8(input).toUtf8(), withoutBom);
    } else {
        // Everything before the offset is valid on its own.
        QVERIFY(Utf8Validator::check(input.left(offset)).ok());
    }
}

// Each boundary of each encoding length, from U+0001 to U+10FFFF, encoded by
// Qt: all valid. The surrogate range is refused whatever its position.
void TestUtf8::everyCodePointBoundary()
{
    const char32_t points[] = {0x1, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF};
    for (char32_t cp : points) {
        const QByteArray utf8 = QString::fromUcs4(&cp, 1).toUtf8();
        QVERIFY2(Utf8Validator::check(utf8).ok(), qPrintable(QString::number(cp, 16)));
    }
    for (unsigned second = 0xA0; second <= 0xBF; ++second) {
        const QByteArray surrogate = QByteArray("abc") + bytes({0xED, int(second), 0x80});
        QCOMPARE(Utf8Validator::check(surrogate).offset, qsizetype(3));
    }
}

void TestUtf8::documentRefuses()
{
    QFETCH(QByteArray, input);
    QFETCH(Utf8Validator::Problem, problem);
    QFETCH(qsizetype, offset);
    LoadError error;
    const auto doc = QaDocument::fromBytes(input, QStringLiteral("notes/bad.md"), &error);
    if (problem == None) {
        QVERIFY(doc);
        QCOMPARE(doc->toBytes(), input);
        return;
    }
    QVERIFY(!doc);
    QCOMPARE(error.offset, offset);
    QVERIFY2(error.message.startsWith(QStringLiteral("notes/bad.md: ")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("byte offset %1").arg(offset)), qPrintable(error.message));
    QVERIFY(!error.message.contains(QLatin1Char('\n')));
    if (problem == Nul)
        QVERIFY2(error.message.contains(QStringLiteral("NUL")), qPrintable(error.message));
    else
        QVERIFY2(error.message.contains(QStringLiteral("UTF-8")), qPrintable(error.message));
}

void TestUtf8::fileRefused()
{
    QFETCH(QByteArray, input);
    QFETCH(Utf8Validator::Problem, problem);
    QFETCH(qsizetype, offset);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("document.md"));
    // Bad bytes deep in a realistic document: the offset counts from the file's start.
    const QByteArray content = sampleBytes() + input;
    QVERIFY(writeFile(path, content));
    LoadError error;
    const auto doc = QaDocument::fromFile(path, &error);
    if (problem == None) {
        QVERIFY2(doc, qPrintable(error.message));
        QCOMPARE(doc->toBytes(), content);
        return;
    }
    QVERIFY(!doc);
    const qsizetype expected = sampleBytes().size() + offset;
    QCOMPARE(error.offset, expected);
    QVERIFY2(error.message.startsWith(path + QStringLiteral(": ")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("byte offset %1").arg(expected)), qPrintable(error.message));
    QCOMPARE(readFile(path), content); // never rewritten
}

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
