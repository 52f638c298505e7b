// `quire export`, run as a real process on real files: to stdout and to
// files, the include options, a write that fails.

#include "tests/cli/clifixture.h"
#include "tests/support/testsupport.h"

#include "app/export/contextexporter.h"

#include "app/tokens/tokencounter.h"

#include <QLocale>
#include <QDir>
#include <QFileInfo>
#include <QtTest>

using namespace TestSupport;

class TestCliExport : public CliFixture
{
    Q_OBJECT

private slots:
    void exportToStdoutAndFile_data();
    void exportToStdoutAndFile();
    void exportIncludeOptions();
    void exportWriteFailure();
    void exportReadAs();
};

void TestCliExport::exportReadAs()
{
    // Read as short-label only, the `**Question:**` entry is prose: not exported.
    const QString path = m_dir.filePath(QStringLiteral("mixed.md"));
    QVERIFY(writeFile(path, "## S\n\n**Question:** One?\n\n**Answer:** Yes.\n\n**Q:** Two?\n\n**A:** Also.\n"));
    const Result all = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("jsonl")});
    QCOMPARE(all.code, 0);
    QCOMPARE(all.out.count('\n'), qsizetype(2));
    const Result readAs = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("jsonl"),
                                 QStringLiteral("--read-as"), QStringLiteral("short-label")});
    QCOMPARE(readAs.code, 0);
    QCOMPARE(readAs.err, QByteArray());
    QCOMPARE(readAs.out.count('\n'), qsizetype(1));
    QVERIFY2(readAs.out.contains("Two?") && !readAs.out.contains("One?"), readAs.out.constData());
}

void TestCliExport::exportToStdoutAndFile_data()
{
    QTest::addColumn<QString>("format"); // empty: the default
    QTest::addColumn<int>("formatValue");
    QTest::newRow("default (ctx)") << QString() << int(ExportOptions::Format::Ctx);
    QTest::newRow("ctx") << QStringLiteral("ctx") << int(ExportOptions::Format::Ctx);
    QTest::newRow("markdown") << QStringLiteral("markdown") << int(ExportOptions::Format::Markdown);
    QTest::newRow("jsonl") << QStringLiteral("jsonl") << int(ExportOptions::Format::Jsonl);
    QTest::newRow("source") << QStringLiteral("source") << int(ExportOptions::Format::Source);
}

void TestCliExport::exportToStdoutAndFile()
{
    QFETCH(QString, format);
    QFETCH(int, formatValue);
    const QString path = copyOfSample();
    QStringList args{QStringLiteral("export"), path};
    if (!format.isEmpty())
        args << QStringLiteral("--format") << format;

    const Result toStdout = quire(args);
    QCOMPARE(toStdout.code, 0);
    QCOMPARE(toStdout.err, QByteArray());
    const QByteArray expected = exported(path, ExportOptions::Format(formatValue));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(toStdout.out, expected);
    if (format == QLatin1String("source"))
        QCOMPARE(toStdout.out, m_sample);
    if (format.isEmpty())
        QVERIFY(toStdout.out.startsWith("<project title=\"portfolio-qa\">\n"));
    if (format == QLatin1String("jsonl"))
        QCOMPARE(toStdout.out.count('\n'), qsizetype(28));

    const QString out = QFileInfo(path).dir().filePath(QStringLiteral("out.txt"));
    const Result toFile = quire(args + QStringList{QStringLiteral("-o"), out});
    QCOMPARE(toFile.code, 0);
    // Standard output carries the report: the export's exact token count.
    QCOMPARE(toFile.out, out.toUtf8() + ": " + QLocale(QLocale::English).toString(TokenCounter::count(QByteArrayView(expected), TokenEncoding::O200kBase)).toUtf8()
                             + " tokens (o200k_base)\n");
    if (format.isEmpty())
        QCOMPARE(toFile.out, out.toUtf8() + ": 5,717 tokens (o200k_base)\n");
    QCOMPARE(toFile.err, QByteArray());
    QCOMPARE(readFile(out), toStdout.out);

    // An existing file is replaced, with the long option spelling too.
    QVERIFY(writeFile(out, "old contents that are longer than nothing\n"));
    const Result again = quire(args + QStringList{QStringLiteral("--output=") + out});
    QCOMPARE(again.code, 0);
    QCOMPARE(readFile(out), toStdout.out);
    QCOMPARE(readFile(path), m_sample); // the document is never written by export
    QCOMPARE(QDir(QFileInfo(path).dir()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temporary files left
}

void TestCliExport::exportIncludeOptions()
{
    const QString path = samplePath();
    const Result prose = quire({QStringLiteral("export"), path, QStringLiteral("--include-prose")});
    QCOMPARE(prose.code, 0);
    QCOMPARE(prose.out, exported(path, ExportOptions::Format::Ctx, true, false));
    QVERIFY(prose.out.contains("<doc title=\"Background\" desc=\"notes\">\nThis file contains"));

    const Result open = quire({QStringLiteral("export"), path, QStringLiteral("--include-unanswered")});
    QCOMPARE(open.code, 0);
    QCOMPARE(open.out, exported(path, ExportOptions::Format::Ctx, false, true));
    QVERIFY(open.out.contains("**Question:** Who is the current CEO of Microsoft?\n"));
    QVERIFY(!open.out.contains("Background"));

    const Result both = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("markdown"),
                               QStringLiteral("--include-prose"), QStringLiteral("--include-unanswered")});
    QCOMPARE(both.code, 0);
    QCOMPARE(both.out, exported(path, ExportOptions::Format::Markdown, true, true));
    QVERIFY(both.out.contains("## Background\n"));
    QVERIFY(both.out.contains("**Question:** Where did Vishal go to school?\n"));

    const Result jsonl = quire({QStringLiteral("export"), path, QStringLiteral("--format=jsonl"), QStringLiteral("--include-unanswered")});
    QCOMPARE(jsonl.code, 0);
    QCOMPARE(jsonl.out.count('\n'), qsizetype(45));
}

void TestCliExport::exportWriteFailure()
{
    const QString out = m_dir.filePath(QStringLiteral("no-such-folder/llms_ctx.txt"));
    const Result r = quire({QStringLiteral("export"), samplePath(), QStringLiteral("-o"), out});
    QCOMPARE(r.code, 2);
    QVERIFY2(isOneLine(r.err) && r.err.contains(out.toUtf8()), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
