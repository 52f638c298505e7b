// Hostile and broken input refused without touching anything: invalid
// UTF-8, NUL bytes, a PNG, an empty file, a directory instead of a file.

#include "tests/session/savefailures/savefailurefixture.h"
#include "tests/support/testsupport.h"

#include "app/base/atomicfilewriter.h"
#include "app/session/backupstore.h"
#include "app/session/documentsession.h"
#include "app/document/qadocument.h"
#include "app/model/qamodel.h"

#include <QFileInfo>
#include <QImage>
#include <QtTest>

using namespace TestSupport;

namespace {

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : bytes) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray b(4, '\0');
    b[0] = char(value >> 24);
    b[1] = char(value >> 16);
    b[2] = char(value >> 8);
    b[3] = char(value);
    return b;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    return bigEndian(quint32(data.size())) + type + data + bigEndian(crc32(type + data));
}

// A complete, valid 1x1 grey PNG, built byte by byte.
QByteArray minimalPng()
{
    QByteArray ihdr = bigEndian(1) + bigEndian(1);
    ihdr += char(8); // bit depth
    ihdr += char(0); // greyscale
    ihdr += char(0); // deflate
    ihdr += char(0); // adaptive filtering
    ihdr += char(0); // no interlace
    const QByteArray scanline("\0\x80", 2); // filter type 0, one grey pixel
    const QByteArray zlib = qCompress(scanline).mid(4); // drop Qt's length prefix
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", zlib)
        + pngChunk("IEND", QByteArray());
}

} // namespace

class TestSaveFailuresHostileInput : public SaveFailureFixture
{
    Q_OBJECT

private slots:
    // Hostile and broken input
    void hostileInputRefused_data();
    void hostileInputRefused();
    void emptyFile();
    void directoryInsteadOfFile();
};

// Hostile and broken input

void TestSaveFailuresHostileInput::hostileInputRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("problem");

    QByteArray latin1 = m_sample;
    latin1.insert(1234, "\xE9t\xE9");
    QTest::newRow("invalid UTF-8 (Latin-1 bytes)") << latin1 << qsizetype(1234) << QStringLiteral("not valid UTF-8");
    QByteArray overlong = m_sample;
    overlong.insert(20000, "\xC0\xAF");
    QTest::newRow("overlong encoding") << overlong << qsizetype(20000) << QStringLiteral("not valid UTF-8");
    QByteArray surrogate = m_sample;
    surrogate.insert(3000, "\xED\xA0\x80");
    QTest::newRow("encoded UTF-16 surrogate") << surrogate << qsizetype(3000) << QStringLiteral("not valid UTF-8");
    QTest::newRow("truncated sequence at the end")
        << QByteArray(m_sample + "\xE2\x82") << qsizetype(m_sample.size()) << QStringLiteral("not valid UTF-8");
    QByteArray nul = m_sample;
    nul.insert(500, QByteArray(1, '\0'));
    QTest::newRow("NUL byte") << nul << qsizetype(500) << QStringLiteral("NUL byte");
    QTest::newRow("PNG image") << minimalPng() << qsizetype(0) << QStringLiteral("not valid UTF-8");
}

void TestSaveFailuresHostileInput::hostileInputRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);
    QFETCH(QString, problem);
    if (QByteArray(QTest::currentDataTag()).startsWith("PNG")) {
        const QImage image = QImage::fromData(bytes, "PNG");
        QVERIFY2(!image.isNull() && image.size() == QSize(1, 1), "the PNG bytes are not a valid PNG");
    }

    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = dir + QStringLiteral("/hostile.md");
    QVERIFY(writeFile(path, bytes));
    const QStringList before = entriesOf(dir);
    const QString offsetText = QStringLiteral("byte offset %1").arg(offset);

    LoadError error;
    QVERIFY(!QaDocument::fromFile(path, &error));
    QCOMPARE(error.offset, offset);
    QVERIFY2(error.message.contains(path) && error.message.contains(offsetText) && error.message.contains(problem),
             qPrintable(error.message));
    QVERIFY(!error.message.contains(QLatin1Char('\n')));

    QaModel model;
    DocumentSession session(&model);
    QVERIFY(!session.open(path, &error));
    QVERIFY(session.filePath().isEmpty());

    Result r = quire({QStringLiteral("check"), path});
    verifyCliFailure(r, path, offsetText);
    QCOMPARE(r.out, QByteArray());
    r = quire({QStringLiteral("check"), path, QStringLiteral("--json")});
    verifyCliFailure(r, path, offsetText);
    r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("source")});
    verifyCliFailure(r, path, offsetText);
    QCOMPARE(r.out, QByteArray());
    r = quire({QStringLiteral("export"), path, QStringLiteral("-o"), dir + QStringLiteral("/out.ctx")});
    verifyCliFailure(r, path, offsetText);
    r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("1"),
               QStringLiteral("--answer"), QStringLiteral("X")});
    verifyCliFailure(r, path, offsetText);

    // Nothing written: the file, its folder, no backup.
    QCOMPARE(readFile(path), bytes);
    QCOMPARE(entriesOf(dir), before);
    QCOMPARE(filesBelow(m_childHome), QStringList());
    QCOMPARE(BackupStore::backupsOf(path), QStringList());
}

void TestSaveFailuresHostileInput::emptyFile()
{
    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = dir + QStringLiteral("/empty.md");
    QVERIFY(writeFile(path, QByteArray()));

    LoadError error;
    const auto document = QaDocument::fromFile(path, &error);
    QVERIFY2(document, qPrintable(error.message));
    QCOMPARE(document->entryCount(), 0);
    QCOMPARE(document->toBytes(), QByteArray());

    Result r = quire({QStringLiteral("check"), path});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(path.toUtf8() + ": 0 entries"), r.out.constData());
    r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("source")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray());
    r = quire({QStringLiteral("export"), path});
    QCOMPARE(r.code, 0);
    r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("1"),
               QStringLiteral("--answer"), QStringLiteral("X")});
    QCOMPARE(r.code, 64); // no entry 1: a usage error, nothing written
    QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
    QCOMPARE(readFile(path), QByteArray());
    QCOMPARE(QFileInfo(path).size(), 0);
    QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("empty.md")});
    QCOMPARE(filesBelow(m_childHome), QStringList());

    // Opened in the session, saved unchanged: still empty.
    QaModel model;
    DocumentSession session(&model);
    QVERIFY(session.open(path, &error));
    QString saveError;
    QVERIFY2(session.save(&saveError), qPrintable(saveError));
    QCOMPARE(readFile(path), QByteArray());
}

void TestSaveFailuresHostileInput::directoryInsteadOfFile()
{
    const QString parent = makeDir(QStringLiteral("docs"));
    const QString dir = makeDir(QStringLiteral("docs/folder.md"));
    QVERIFY(writeFile(dir + QStringLiteral("/inside.txt"), "keep me\n"));
    const QStringList parentBefore = entriesOf(parent);

    LoadError error;
    QVERIFY(!QaDocument::fromFile(dir, &error));
    QVERIFY2(error.message.contains(dir) && error.message.contains(QLatin1String("directory")),
             qPrintable(error.message));

    Result r = quire({QStringLiteral("check"), dir});
    verifyCliFailure(r, dir, QStringLiteral("directory"));
    r = quire({QStringLiteral("export"), dir, QStringLiteral("-o"), parent + QStringLiteral("/out.ctx")});
    verifyCliFailure(r, dir, QStringLiteral("directory"));
    r = quire({QStringLiteral("set"), dir, QStringLiteral("--entry"), QStringLiteral("1"),
               QStringLiteral("--answer"), QStringLiteral("X")});
    verifyCliFailure(r, dir, QStringLiteral("directory"));

    // Writing to a directory's path fails without touching it.
    const QString input = copyOfSample(makeDir(QStringLiteral("input")));
    r = quire({QStringLiteral("export"), input, QStringLiteral("-o"), dir});
    verifyCliFailure(r, dir, QStringLiteral("directory"));
    r = quire({QStringLiteral("set"), input, QStringLiteral("--entry"), QStringLiteral("11"),
               QStringLiteral("--answer"), QStringLiteral("X"), QStringLiteral("-o"), dir});
    verifyCliFailure(r, dir);
    QString writeError;
    QVERIFY(!AtomicFileWriter::write(dir, "bytes", &writeError));
    QVERIFY2(writeError.contains(dir), qPrintable(writeError));

    QaModel model;
    DocumentSession session(&model);
    QVERIFY(session.open(input, &error));
    model.setAnswer(model.document().entryRef(11), QStringLiteral("Saved onto a folder?"));
    writeError.clear();
    QVERIFY(!session.saveAs(dir, &writeError));
    QVERIFY2(writeError.contains(dir), qPrintable(writeError));
    QVERIFY(session.isModified());
    QCOMPARE(session.filePath(), input);

    QVERIFY(QFileInfo(dir).isDir());
    QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("inside.txt")});
    QCOMPARE(readFile(dir + QStringLiteral("/inside.txt")), QByteArray("keep me\n"));
    QCOMPARE(entriesOf(parent), parentBefore);
    QCOMPARE(readFile(input), m_sample);
}

QTEST_GUILESS_MAIN(TestSaveFailuresHostileInput)
#include "tst_savefailures_hostileinput.moc"
