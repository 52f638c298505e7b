// The other exports and what all share: determinism, markdown, jsonl and
// source, the size report and the format names.

#include "tests/export/exportsamples.h"
#include "tests/support/testsupport.h"

#include "app/export/contextexporter.h"
#include "app/export/exportoptions.h"
#include "app/export/exportsize.h"
#include "app/lint/linter.h"
#include "app/document/qadocument.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace ExportSamples;
using namespace TestSupport;

class TestExportFormats : public QObject
{
    Q_OBJECT

private slots:
    void deterministic();
    void markdownSmallDocumentExact();
    void markdownOfSample();
    void jsonlOfSample();
    void jsonlSmallDocument();
    void sourceEqualsInput();
    void exportSize_data();
    void exportSize();
    void exportSizeOfSampleExport();
    void formatNames();
};

void TestExportFormats::deterministic()
{
    const QByteArray lf = sampleBytes();
    const auto a = load(lf, QStringLiteral("portfolio-qa.md"));
    const auto b = load(lf, QStringLiteral("portfolio-qa.md"));
    const auto crlf = load(toCrlf(lf), QStringLiteral("portfolio-qa.md"));
    QVERIFY(a && b && crlf);
    for (auto format : {Ctx, Markdown, Jsonl}) {
        for (bool extra : {false, true}) {
            const ExportOptions o = options(format, extra, extra);
            const QByteArray first = ContextExporter::exportBytes(*a, o);
            QVERIFY(!first.isEmpty());
            QCOMPARE(ContextExporter::exportBytes(*a, o), first);
            QCOMPARE(ContextExporter::exportBytes(*b, o), first);
            QCOMPARE(ContextExporter::exportBytes(*crlf, o), first); // line endings do not leak into exports
            QVERIFY(!first.contains('\r'));
        }
    }
}

void TestExportFormats::markdownSmallDocumentExact()
{
    const auto doc = load(smallDocument);
    QVERIFY(doc);
    QCOMPARE(ContextExporter::exportBytes(*doc, options(Markdown)),
             QByteArray("# Small Title\n"
                        "\n"
                        "> A summary with \"quotes\" & ampersand\n"
                        "\n"
                        "## Section \"One\"\n"
                        "\n"
                        "**Question:** What is 1 < 2 & 3 > 2?\n"
                        "\n"
                        "**Answer:** Yes: \"true\" & it's ]]> fine.\n"));
    QCOMPARE(ContextExporter::exportBytes(*doc, options(Markdown, true, true)),
             QByteArray("# Small Title\n"
                        "\n"
                        "> A summary with \"quotes\" & ampersand\n"
                        "\n"
                        "## Notes & <Things>\n"
                        "\n"
                        "Some prose text with <b> & stuff.\n"
                        "\n"
                        "## Section \"One\"\n"
                        "\n"
                        "**Question:** What is 1 < 2 & 3 > 2?\n"
                        "\n"
                        "**Answer:** Yes: \"true\" & it's ]]> fine.\n"
                        "\n"
                        "---\n"
                        "\n"
                        "**Question:** Empty one?\n"
                        "\n"
                        "---\n"
                        "\n"
                        "**Question:** Stand-in?\n"
                        "\n"
                        "## Open\n"
                        "\n"
                        "**Question:** Unanswered one?\n"
                        "\n"
                        "---\n"
                        "\n"
                        "**Question:** Unanswered two?\n"));
}

void TestExportFormats::markdownOfSample()
{
    const auto doc = QaDocument::fromFile(samplePath());
    QVERIFY(doc);
    const QByteArray md = ContextExporter::exportBytes(*doc, options(Markdown));
    QVERIFY(md.startsWith("# portfolio-qa\n\n## User:  First Interaction (Hasn't read `themes.md`)\n\n"
                          "**Question:** Who is Vishal Bakshi? Give me a two-sentence summary.\n\n**Answer:** "));
    QCOMPARE(md.count("\n## "), qsizetype(2));
    QCOMPARE(md.count("**Question:**"), qsizetype(28));
    QCOMPARE(md.count("\n---\n"), qsizetype(26)); // between the 6 and between the 22
    QVERIFY(!md.contains("Background"));
    QVERIFY(!md.contains("will fill this in later"));
    QVERIFY(md.endsWith("making a tangible contribution to the AI field.\n"));
    // The export is itself a Quire document with the same answered entries.
    const auto again = load(md);
    QVERIFY(again);
    QCOMPARE(again->entryCount(), 28);
    QCOMPARE(Linter::count(*again).answered, 28);

    const QByteArray withProse = ContextExporter::exportBytes(*doc, options(Markdown, true));
    QVERIFY(withProse.startsWith("# portfolio-qa\n\n## Background\n\nThis file contains questions and answers"));
}

void TestExportFormats::jsonlOfSample()
{
    const auto doc = QaDocument::fromFile(samplePath());
    QVERIFY(doc);
    const QByteArray jsonl = ContextExporter::exportBytes(*doc, options(Jsonl));
    QVERIFY(jsonl.endsWith('\n'));
    const QList<QByteArray> lines = jsonl.chopped(1).split('\n');
    QCOMPARE(lines.size(), 28);
    QSet<QString> ids;
    const QRegularExpression idPattern(QStringLiteral("^q-[0-9a-f]{10}(-[0-9]+)?$"));
    QList<const QaEntry *> answered;
    for (const EntryRef &ref : doc->allEntries()) {
        if (doc->entry(ref).status() == EntryStatus::Answered)
            answered.append(&doc->entry(ref));
    }
    QCOMPARE(answered.size(), 28);
    for (int i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(lines[i], &error);
        QVERIFY2(json.isObject(), qPrintable(error.errorString() + QStringLiteral(" in line %1").arg(i + 1)));
        const QJsonObject o = json.object();
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("input"), QStringLiteral("section"),
                                        QStringLiteral("target")}));
        const QString id = o.value(QLatin1String("id")).toString();
        QVERIFY2(idPattern.match(id).hasMatch(), qPrintable(id));
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
        QCOMPARE(o.value(QLatin1String("input")).toString(), answered[i]->question().trimmed());
        QCOMPARE(o.value(QLatin1String("target")).toString(), answered[i]->answer().trimmed());
        QCOMPARE(o.value(QLatin1String("section")).toString(),
                 i < 6 ? QStringLiteral("User:  First Interaction (Hasn't read `themes.md`)")
                       : QStringLiteral("User: Has Read `themes.md`"));
    }
    QCOMPARE(ids.size(), 28);

    const QByteArray all = ContextExporter::exportBytes(*doc, options(Jsonl, false, true));
    QCOMPARE(all.count('\n'), qsizetype(45));
    int emptyTargets = 0;
    for (const QByteArray &line : all.chopped(1).split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QVERIFY(!o.isEmpty());
        if (o.value(QLatin1String("target")).toString().isEmpty())
            ++emptyTargets;
    }
    QCOMPARE(emptyTargets, 17);
}

void TestExportFormats::jsonlSmallDocument()
{
    const QByteArray bytes("## S\n\n**Question:** Same?\n\n**Answer:** One \"quoted\" \\ line\nand two.\n\n---\n\n"
                           "**Question:** same?\n\n**Answer:** Again.\n");
    const auto doc = load(bytes);
    QVERIFY(doc);
    const QByteArray jsonl = ContextExporter::exportBytes(*doc, options(Jsonl));
    const QList<QByteArray> lines = jsonl.chopped(1).split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(first.value(QLatin1String("target")).toString(), QStringLiteral("One \"quoted\" \\ line\nand two."));
    QCOMPARE(first.value(QLatin1String("section")).toString(), QStringLiteral("S"));
    // The same question twice (ignoring case) gets two different, stable ids.
    const QString id1 = first.value(QLatin1String("id")).toString();
    const QString id2 = second.value(QLatin1String("id")).toString();
    QVERIFY(id1 != id2);
    QCOMPARE(id2, id1 + QStringLiteral("-2"));
}

void TestExportFormats::sourceEqualsInput()
{
    const QByteArray lf = sampleBytes();
    for (const QByteArray &bytes : {lf, toCrlf(lf), QByteArray("\xEF\xBB\xBF") + lf.chopped(1), smallDocument, QByteArray()}) {
        const auto doc = load(bytes);
        QVERIFY(doc);
        QCOMPARE(ContextExporter::exportBytes(*doc, options(Source)), bytes);
        QCOMPARE(ContextExporter::exportText(*doc, options(Source)), QString::fromUtf8(bytes));
    }
    // After an edit, source is what would be saved.
    auto doc = load(lf);
    QVERIFY(doc);
    doc->setAnswer(doc->entryRef(11), QStringLiteral("Now answered."));
    QCOMPARE(ContextExporter::exportBytes(*doc, options(Source)), doc->toBytes());
    QVERIFY(doc->toBytes() != lf);
}

void TestExportFormats::exportSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("characters");
    QTest::addColumn<qsizetype>("words");
    QTest::addColumn<qsizetype>("tokens");
    QTest::newRow("empty") << QString() << qsizetype(0) << qsizetype(0) << qsizetype(0);
    QTest::newRow("one char") << QStringLiteral("a") << qsizetype(1) << qsizetype(1) << qsizetype(1);
    QTest::newRow("four chars") << QStringLiteral("abcd") << qsizetype(4) << qsizetype(1) << qsizetype(1);
    QTest::newRow("five chars") << QStringLiteral("ab cd") << qsizetype(5) << qsizetype(2) << qsizetype(2);
    QTest::newRow("multi-byte and astral")
        << QStringLiteral("héllo wörld 😀\n  a") << qsizetype(17) << qsizetype(4) << qsizetype(9);
    QTest::newRow("combining mark is its own code point")
        << QStringLiteral("e\u0301 \U0001F600\U0001F600") << qsizetype(5) << qsizetype(2) << qsizetype(4);
    QTest::newRow("whitespace only") << QStringLiteral(" \n\t ") << qsizetype(4) << qsizetype(0) << qsizetype(2);
    QTest::newRow("runs of whitespace")
        << QStringLiteral("  one\t\ttwo\n\nthree  ") << qsizetype(19) << qsizetype(3) << qsizetype(8);
}

void TestExportFormats::exportSize()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, characters);
    QFETCH(qsizetype, words);
    QFETCH(qsizetype, tokens);
    const ExportSize size = ExportSize::of(text);
    QCOMPARE(size.characters, characters);
    QCOMPARE(size.words, words);
    QCOMPARE(size.tokens, tokens);
}

void TestExportFormats::exportSizeOfSampleExport()
{
    const auto doc = QaDocument::fromFile(samplePath());
    QVERIFY(doc);
    const QString ctx = ContextExporter::exportText(*doc, options(Ctx));
    const ExportSize size = ExportSize::of(ctx);
    QCOMPARE(size.characters, qsizetype(ctx.toUcs4().size()));
    // Unicode white space (the sample has a no-break space) separates words.
    const QRegularExpression space(QStringLiteral("\\s+"), QRegularExpression::UseUnicodePropertiesOption);
    QCOMPARE(size.words, qsizetype(ctx.split(space, Qt::SkipEmptyParts).size()));
    // js-tiktoken's counts of this export (issue 12: characters / 4 said 7,246).
    QCOMPARE(size.tokens, qsizetype(5717));
    QCOMPARE(size.tokensText(), QStringLiteral("5,717 tokens (o200k_base)"));
    QCOMPARE(ExportSize::of(ctx, TokenEncoding::Cl100kBase).tokens, qsizetype(5757));
    QVERIFY(size.characters > 20000);

    ExportSize known;
    known.characters = 12345;
    known.words = 2001;
    known.tokens = 3087;
    QCOMPARE(known.summary(), QStringLiteral("12,345 characters · 2,001 words · 3,087 tokens (o200k_base)"));
    known.encoding = TokenEncoding::Cl100kBase;
    QCOMPARE(known.tokensText(), QStringLiteral("3,087 tokens (cl100k_base)"));
    QCOMPARE(ExportSize::of(QString(12345, QLatin1Char('a'))).tokens, qsizetype(1544));
}

void TestExportFormats::formatNames()
{
    ExportOptions::Format f = Ctx;
    QVERIFY(ExportOptions::parseFormat(QStringLiteral("jsonl"), &f));
    QCOMPARE(f, Jsonl);
    QVERIFY(ExportOptions::parseFormat(QStringLiteral("Markdown"), &f));
    QCOMPARE(f, Markdown);
    QVERIFY(ExportOptions::parseFormat(QStringLiteral("source"), &f));
    QCOMPARE(f, Source);
    QVERIFY(ExportOptions::parseFormat(QStringLiteral("ctx"), &f));
    QCOMPARE(f, Ctx);
    QVERIFY(!ExportOptions::parseFormat(QStringLiteral("xml"), &f));
    QCOMPARE(f, Ctx);
    for (auto format : {Ctx, Markdown, Jsonl, Source}) {
        ExportOptions::Format back = Ctx;
        QVERIFY(ExportOptions::parseFormat(ExportOptions::formatName(format), &back));
        QCOMPARE(back, format);
    }
    QCOMPARE(ExportOptions::defaultFileName(Ctx, QStringLiteral("doc")), QStringLiteral("llms_ctx.txt"));
    QCOMPARE(ExportOptions::defaultFileName(Jsonl, QStringLiteral("doc")), QStringLiteral("doc.jsonl"));
}

QTEST_GUILESS_MAIN(TestExportFormats)
#include "tst_export_formats.moc"
