// Load then save with no edit gives the input back byte for byte: the sample,
// every file of the shared corpus, and generated variants of the sample.

#include "tests/support/testsupport.h"

#include "app/export/contextexporter.h"
#include "app/document/qadocument.h"

#include <QDir>
#include <QRandomGenerator>
#include <QtTest>

using namespace TestSupport;

namespace {

QList<QByteArray> splitLines(const QByteArray &bytes)
{
    QList<QByteArray> out;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        qsizetype nl = bytes.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? bytes.size() : nl + 1;
        out.append(bytes.mid(pos, end - pos));
        pos = end;
    }
    return out;
}

// Blocks of the sample separated by blank lines, each with its trailing blank line.
QList<QByteArray> blocks(const QByteArray &bytes)
{
    QList<QByteArray> out;
    QByteArray current;
    for (const QByteArray &line : splitLines(bytes)) {
        current += line;
        if (line.trimmed().isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QByteArray shuffled(QList<QByteArray> parts, quint32 seed)
{
    QRandomGenerator random(seed);
    for (qsizetype i = parts.size() - 1; i > 0; --i)
        parts.swapItemsAt(i, random.bounded(int(i + 1)));
    return parts.join();
}

QStringList corpusFiles()
{
    const QDir dir(QStringLiteral(QUIRE_CORPUS_DIR));
    QStringList out;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        out.append(dir.filePath(name));
    return out;
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void sample();
    void corpusIsPresent();
    void corpus_data();
    void corpus();
    void variants_data();
    void variants();
    void sourceExportEqualsInput_data() { variants_data(); }
    void sourceExportEqualsInput();
    void variantsKeepTheirStructure();
};

void TestRoundTrip::sample()
{
    const QByteArray bytes = sampleBytes();
    QCOMPARE(bytes.size(), qsizetype(32233));
    const auto doc = QaDocument::fromFile(samplePath());
    QVERIFY(doc);
    QCOMPARE(doc->toBytes(), bytes);
    QCOMPARE(doc->loadedSize(), bytes.size());
    QCOMPARE(doc->lineEnding(), QByteArray("\n"));
}

// The corpus is part of what the tests stand on: its absence is a failure.
void TestRoundTrip::corpusIsPresent()
{
    const QDir dir(QStringLiteral(QUIRE_CORPUS_DIR));
    QVERIFY2(dir.exists(), qPrintable(QStringLiteral("corpus folder missing: %1").arg(dir.path())));
    const QStringList files = corpusFiles();
    QVERIFY2(files.size() >= 15, qPrintable(QStringLiteral("corpus holds %1 files").arg(files.size())));
    QVERIFY(files.contains(dir.filePath(QStringLiteral("e_wsl-faq-crlf.md"))));
}

void TestRoundTrip::corpus_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = corpusFiles();
    if (files.isEmpty())
        QTest::newRow("corpus missing or empty") << QString(); // fails below
    for (const QString &path : files)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestRoundTrip::corpus()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QFAIL("no corpus files found in " QUIRE_CORPUS_DIR);
    const QByteArray bytes = readFile(path);
    QVERIFY2(!bytes.isEmpty(), qPrintable(path));
    LoadError error;
    const auto doc = QaDocument::fromFile(path, &error);
    QVERIFY2(doc, qPrintable(error.message));
    const QByteArray written = doc->toBytes();
    if (written != bytes) {
        const qsizetype at = commonPrefix(bytes, written);
        QFAIL(qPrintable(QStringLiteral("%1: differs at byte %2 of %3").arg(path).arg(at).arg(bytes.size())));
    }
    // Every entry was found at a line of the file, and its question's
    // bytes for writers are its decoded text.
    for (const EntryRef &ref : doc->allEntries()) {
        QVERIFY(doc->entry(ref).line() > 0);
        QCOMPARE(doc->entry(ref).questionTextUtf8(), doc->entry(ref).question().toUtf8());
    }
}

void TestRoundTrip::variants_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray lf = sampleBytes();
    QVERIFY(!lf.isEmpty());

    QTest::newRow("sample") << lf;
    QTest::newRow("CRLF") << toCrlf(lf);
    {
        QByteArray mixed;
        int i = 0;
        for (QByteArray line : splitLines(lf)) {
            if (i++ % 2 && line.endsWith('\n'))
                line.insert(line.size() - 1, '\r');
            mixed += line;
        }
        QTest::newRow("mixed CRLF and LF") << mixed;
    }
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF") + lf;
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBF") + toCrlf(lf);
    QTest::newRow("no final newline") << lf.chopped(1);
    QTest::newRow("CRLF, no final newline") << toCrlf(lf).chopped(2);
    QTest::newRow("two final newlines") << lf + "\n";
    QTest::newRow("final CR only") << lf + "\r";
    {
        QByteArray trailing;
        int i = 0;
        static const char *const tails[] = {" ", "  ", "\t", " \t ", ""};
        for (QByteArray line : splitLines(lf)) {
            line.insert(line.size() - (line.endsWith('\n') ? 1 : 0), tails[i++ % 5]);
            trailing += line;
        }
        QTest::newRow("trailing spaces and tabs") << trailing;
    }
    {
        QByteArray tabs = lf;
        tabs.replace("**Answer:** ", "**Answer:**\t");
        tabs.replace("\n---\n", "\n\t---\t\n");
        QTest::newRow("tabs after labels and around ---") << tabs;
    }
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("one newline") << QByteArray("\n");
    QTest::newRow("whitespace only") << QByteArray(" \n\t\n\r\n   \n\t");
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("non-Q&A markdown") << QByteArray(
        "# A README\n\nSome *emphasis*, `code` and a [link](https://example.org).\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n<details><summary>More</summary>\n\nHidden.\n\n</details>\n\n"
        "* item\n  * nested\n\n1. first\n2. second\n\n```python\nprint('## not a heading')\n```\n\n"
        "Setext heading\n--------------\n\n> quote\n> more\n\n    indented code\n\n"
        "Line with trailing spaces  \nand unicode: é 中 😀 \u200b\n");
    QTest::newRow("headings and separators only") << QByteArray("## A\n---\n## B\n\n---\n\n---\n## C");
    QTest::newRow("labels without text") << QByteArray("**Question:**\n**Answer:**\n**Question:**");
    QTest::newRow("lone CRs inside lines") << QByteArray("## S\r\r\n**Question:** a\rb\n\n**Answer:** c\r\n");
    QTest::newRow("unicode everywhere") << QByteArray(
        "## Ünïcödé ✓\n\n**Question:** ¿Qué? 中文 😀\n\n**Answer:** Ответ — “quoted” …\n\n---\n\n5. 問題?\n");

    const QList<QByteArray> parts = blocks(lf);
    QVERIFY(parts.size() > 100);
    for (quint32 seed : {1u, 2u, 3u, 42u, 2024u})
        QTest::newRow(qPrintable(QStringLiteral("shuffled blocks, seed %1").arg(seed))) << shuffled(parts, seed);
    QTest::newRow("sample twice") << lf + lf;
    QTest::newRow("sample twice, no newline between") << lf.chopped(1) + lf;
    QTest::newRow("CRLF sample after LF sample") << lf + toCrlf(lf);
    {
        // Every third block, concatenated without the blank lines between them.
        QByteArray dense;
        for (qsizetype i = 0; i < parts.size(); i += 3)
            dense += parts[i].trimmed() + '\n';
        QTest::newRow("blocks without blank lines") << dense;
    }
    {
        // Blocks repeated with random sizes, from a fixed seed.
        QRandomGenerator random(7);
        QByteArray joined;
        for (int i = 0; i < 300; ++i)
            joined += parts[random.bounded(int(parts.size()))];
        QTest::newRow("random concatenation, seed 7") << joined;
    }
}

void TestRoundTrip::variants()
{
    QFETCH(QByteArray, bytes);
    const auto doc = load(bytes);
    QVERIFY(doc);
    const QByteArray written = doc->toBytes();
    if (written != bytes) {
        const qsizetype at = commonPrefix(bytes, written);
        QFAIL(qPrintable(QStringLiteral("differs at byte %1 of %2: %3")
                             .arg(at).arg(bytes.size()).arg(QString::fromUtf8(written.mid(at, 40).toPercentEncoding()))));
    }
    for (const EntryRef &ref : doc->allEntries())
        QCOMPARE(doc->entry(ref).questionTextUtf8(), doc->entry(ref).question().toUtf8());
    // Loading what was written gives the same entries again.
    const auto again = load(written);
    QVERIFY(again);
    QCOMPARE(again->entryCount(), doc->entryCount());
    QCOMPARE(again->sectionCount(), doc->sectionCount());
}

void TestRoundTrip::sourceExportEqualsInput()
{
    QFETCH(QByteArray, bytes);
    const auto doc = load(bytes);
    QVERIFY(doc);
    ExportOptions options;
    options.format = ExportOptions::Format::Source;
    QCOMPARE(ContextExporter::exportBytes(*doc, options), bytes);
}

void TestRoundTrip::variantsKeepTheirStructure()
{
    const QByteArray lf = sampleBytes();
    for (const QByteArray &bytes : {toCrlf(lf), QByteArray("\xEF\xBB\xBF") + lf, lf.chopped(1)}) {
        const auto doc = load(bytes);
        QVERIFY(doc);
        QCOMPARE(doc->entryCount(), 45);
        QCOMPARE(doc->sectionCount(), 4);
        QCOMPARE(doc->section(3).entry(10).question(),
                 QStringLiteral("List the names of the companies Vishal has worked at."));
    }
    const auto twice = load(lf + lf);
    QVERIFY(twice);
    QCOMPARE(twice->entryCount(), 90);
    QCOMPARE(twice->sectionCount(), 8);
    const auto empty = load(QByteArray());
    QVERIFY(empty);
    QCOMPARE(empty->entryCount(), 0);
    QCOMPARE(empty->sectionCount(), 0);
    QCOMPARE(empty->toBytes(), QByteArray());
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
