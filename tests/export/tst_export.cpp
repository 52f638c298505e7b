// Exports: ctx (well-formed XML checked by xmllint), markdown, jsonl and
// source, their selection of entries, escaping, determinism and the size report.

#include "tests/support/testsupport.h"

#include "app/export/contextexporter.h"
#include "app/export/exportoptions.h"
#include "app/export/exportsize.h"
#include "app/export/exportsizecounter.h"
#include "tests/export/referenceexporter.h"
#include "app/lint/linter.h"
#include "app/document/qadocument.h"
#include "app/document/questionkey.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace TestSupport;

namespace {

ExportOptions options(ExportOptions::Format format, bool prose = false, bool unanswered = false)
{
    ExportOptions o;
    o.format = format;
    o.includeProse = prose;
    o.includeUnanswered = unanswered;
    return o;
}

const auto Ctx = ExportOptions::Format::Ctx;
const auto Markdown = ExportOptions::Format::Markdown;
const auto Jsonl = ExportOptions::Format::Jsonl;
const auto Source = ExportOptions::Format::Source;

// A small document with everything the exporters must handle.
const QByteArray smallDocument(
    "# Small Title\n"
    "> A summary with \"quotes\" & ampersand\n"
    "\n"
    "Intro prose.\n"
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
    "**Answer:**\n"
    "\n"
    "---\n"
    "\n"
    "**Question:** Stand-in?\n"
    "\n"
    "**Answer:** TODO\n"
    "\n"
    "## Open\n"
    "\n"
    "4. Unanswered one?\n"
    "5. Unanswered two?\n");

struct XmlDoc
{
    QString title;
    QString desc;
    QString body;
};

// Parses ctx output with Qt's XML reader: the project's attributes and each
// doc's attributes and text, decoded.
bool readCtx(const QByteArray &xml, QXmlStreamAttributes *project, QList<XmlDoc> *docs, QString *error)
{
    QXmlStreamReader reader(xml);
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            if (depth == 1 && reader.name() == QLatin1String("project")) {
                *project = reader.attributes();
            } else if (depth == 2 && reader.name() == QLatin1String("doc")) {
                XmlDoc doc;
                doc.title = reader.attributes().value(QLatin1String("title")).toString();
                doc.desc = reader.attributes().value(QLatin1String("desc")).toString();
                doc.body = reader.readElementText();
                --depth;
                docs->append(doc);
            } else {
                *error = QStringLiteral("unexpected element %1").arg(reader.name());
                return false;
            }
        } else if (reader.isEndElement()) {
            --depth;
        }
    }
    if (reader.hasError())
        *error = reader.errorString();
    return !reader.hasError();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void xmllintCatchesMalformedXml();
    void ctxOfSamplePassesXmllint_data();
    void ctxOfSamplePassesXmllint();
    void ctxOfSampleStructure();
    void ctxOfSampleSelection();
    void ctxIncludeOptionsOnSample();
    void ctxSmallDocumentExact();
    void ctxSmallDocumentWithOptionsExact();
    void ctxEscaping();
    void ctxTitleFallbackAndPreamble();
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
    void matchesPlainFormulation_data();
    void matchesPlainFormulation();
    void questionKeyIsSimplifiedLowerCase_data() { matchesPlainFormulation_data(); }
    void questionKeyIsSimplifiedLowerCase();
    void chunksJoinToTheWholeExport();
    void sizeCounterMatchesExportSize();

private:
    // Runs xmllint --noout on `xml`; returns its stderr, empty when clean.
    QString xmllint(const QByteArray &xml);
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestExport::xmllint(const QByteArray &xml)
{
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("ctx-%1.xml").arg(++counter));
    if (!writeFile(path, xml))
        return QStringLiteral("could not write %1").arg(path);
    QProcess process;
    process.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), path});
    if (!process.waitForStarted(-1))
        return QStringLiteral("xmllint did not start (install libxml2-utils): %1").arg(process.errorString());
    process.waitForFinished(-1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("xmllint exit %1: %2").arg(process.exitCode()).arg(err);
    return err;
}

// The checker itself can fail: unescaped text is caught.
void TestExport::xmllintCatchesMalformedXml()
{
    QVERIFY(!xmllint("<project title=\"a\">\n<doc title=\"x\" desc=\"y\">\nQ & A < B\n</doc>\n</project>\n").isEmpty());
    QVERIFY(!xmllint("<project title=\"a \"b\"\">\n</project>\n").isEmpty());
    QVERIFY(xmllint("<project title=\"a\">\n</project>\n").isEmpty());
}

void TestExport::ctxOfSamplePassesXmllint_data()
{
    QTest::addColumn<bool>("prose");
    QTest::addColumn<bool>("unanswered");
    QTest::newRow("default") << false << false;
    QTest::newRow("prose") << true << false;
    QTest::newRow("unanswered") << false << true;
    QTest::newRow("prose and unanswered") << true << true;
}

void TestExport::ctxOfSamplePassesXmllint()
{
    QFETCH(bool, prose);
    QFETCH(bool, unanswered);
    const auto doc = QaDocument::fromFile(samplePath());
    QVERIFY(doc);
    const QByteArray ctx = ContextExporter::exportBytes(*doc, options(Ctx, prose, unanswered));
    const QString problems = xmllint(ctx);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestExport::ctxOfSampleStructure()
{
    const auto doc = QaDocument::fromFile(samplePath());
    QVERIFY(doc);
    const QByteArray ctx = ContextExporter::exportBytes(*doc, options(Ctx));
    QVERIFY(ctx.startsWith("<project title=\"portfolio-qa\">\n"));
    QVERIFY(ctx.endsWith("\n</doc>\n</project>\n"));
    QCOMPARE(ctx.count("<doc "), qsizetype(2));
    QCOMPARE(ctx.count("</doc>\n"), qsizetype(2));
    QVERIFY(ctx.contains("\n<doc title=\"User:  First Interaction (Hasn't read `themes.md`)\" "
                         "desc=\"6 questions and answers\">\n**Question:** Who is Vishal Bakshi?"));
    QVERIFY(ctx.contains("\n</doc>\n<doc title=\"User: Has Read `themes.md`\" desc=\"22 questions and answers\">\n"
                         "**Question:** In your \"Finding My Moat\" video"));
    QCOMPARE(ctx.count("**Question:**"), qsizetype(28));
    QCOMPARE(ctx.count("**Answer:**"), qsizetype(28));

    QXmlStreamAttributes project;
    QList<XmlDoc> docs;
    QString error;
    QVERIFY2(readCtx(ctx, &project, &docs, &error), qPrintable(error));
    QCOMPARE(project.value(QLatin1String("title")).toString(), QStringLiteral("portfolio-qa"));
    QVERIFY(!project.hasAttribute(QLatin1String("summary")));
    QCOMPARE(docs.size(), 2);
    QCOMPARE(docs[0].title, doc->section(1).title());
    QCOMPARE(docs[1].title, doc->section(2).title());
    QCOMPARE(docs[0].desc, QStringLiteral("6 questions and answers"));
    QCOMPARE(docs[1].desc, QStringLiteral("22 questions and answers"));
    // The body is the entries' markdown, decoded back exactly.
    QString expected;
    for (int i = 0; i < 6; ++i) {
        const QaEntry &e = doc->section(1).entry(i);
        if (i)
            expected += QLatin1Char('\n');
        expected += QStringLiteral("**Question:** %1\n\n**Answer:** %2\n").arg(e.question().trimmed(), e.answer().trimmed());
    }
    QCOMPARE(docs[0].body, QStringLiteral("\n") + expected);
}

void TestExport::ctxOfSampleSelection()
{
    const auto doc = QaDocument::fromFile(samplePath());
    QVERIFY(doc);
    const QString ctx = ContextExporter::exportText(*doc, options(Ctx));
    // Excluded by default: empty, placeholder, unanswered entries and prose.
    QVERIFY(!ctx.contains(QStringLiteral("most surprising failure mode")));        // empty, line 68
    QVERIFY(!ctx.contains(QStringLiteral("will fill this in later")));              // placeholder, line 44
    QVERIFY(!ctx.contains(QStringLiteral("Narrow Fence, Long Leash")));             // placeholder, line 50
    QVERIFY(!ctx.contains(QStringLiteral("fixed budget for the next quarter")));    // unanswered, line 250
    QVERIFY(!ctx.contains(QStringLiteral("Who is the current CEO of Microsoft?"))); // unanswered, line 262
    QVERIFY(!ctx.contains(QStringLiteral("Background")));
    QVERIFY(!ctx.contains(QStringLiteral("This file contains questions and answers")));
    QVERIFY(!ctx.contains(QStringLiteral("Out-of-Scope")));
    // Included: every answered entry, with its whole answer.
    for (const EntryRef &ref : doc->allEntries()) {
        const QaEntry &e = doc->entry(ref);
        if (e.status() != EntryStatus::Answered)
            continue;
        QVERIFY2(ctx.contains(ContextExporter::escapeText(e.question().trimmed())), qPrintable(e.question()));
        QVERIFY2(ctx.contains(ContextExporter::escapeText(e.answer().trimmed())), qPrintable(e.question()));
    }
    QVERIFY(ctx.contains(QStringLiteral("making a tangible contribution to the AI field.\n</doc>")));
}

void TestExport::ctxIncludeOptionsOnSample()
{
    const auto doc = QaDocument::fromFile(samplePath());
    QVERIFY(doc);
    const QString prose = ContextExporter::exportText(*doc, options(Ctx, true, false));
    QVERIFY(prose.startsWith(QStringLiteral("<project title=\"portfolio-qa\">\n<doc title=\"Background\" desc=\"notes\">\n"
                                            "This file contains questions and answers")));
    QCOMPARE(prose.count(QStringLiteral("<doc ")), 3);
    QVERIFY(!prose.contains(QStringLiteral("fixed budget for the next quarter")));

    const QString open = ContextExporter::exportText(*doc, options(Ctx, false, true));
    QCOMPARE(open.count(QStringLiteral("<doc ")), 3);
    QVERIFY(open.contains(QStringLiteral("desc=\"6 questions and answers\">")));
    QVERIFY(open.contains(QStringLiteral("desc=\"22 questions and answers, 6 unanswered questions\">")));
    QVERIFY(open.contains(QStringLiteral("<doc title=\"User: Asking Out-of-Scope Questions\" "
                                         "desc=\"0 questions and answers, 11 unanswered questions\">\n"
                                         "**Question:** What are the specific future milestones")));
    QVERIFY(open.contains(QStringLiteral("**Question:** Who is the current CEO of Microsoft?\n")));
    QVERIFY(open.contains(QStringLiteral("most surprising failure mode")));
    QCOMPARE(open.count(QStringLiteral("**Question:**")), 45);
    QCOMPARE(open.count(QStringLiteral("**Answer:**")), 28);
    // A stand-in is never exported as an answer.
    QVERIFY(!open.contains(QStringLiteral("will fill this in later")));
    QVERIFY(!open.contains(QStringLiteral("Talk about the phased-approach")));
    QVERIFY(!open.contains(QStringLiteral("Background")));
}

void TestExport::ctxSmallDocumentExact()
{
    const auto doc = load(smallDocument, QStringLiteral("/tmp/small.md"));
    QVERIFY(doc);
    const QByteArray ctx = ContextExporter::exportBytes(*doc, options(Ctx));
    QCOMPARE(ctx, QByteArray("<project title=\"Small Title\" summary=\"A summary with &quot;quotes&quot; &amp; ampersand\">\n"
                             "<doc title=\"Section &quot;One&quot;\" desc=\"1 questions and answers\">\n"
                             "**Question:** What is 1 &lt; 2 &amp; 3 > 2?\n"
                             "\n"
                             "**Answer:** Yes: \"true\" &amp; it's ]]&gt; fine.\n"
                             "</doc>\n"
                             "</project>\n"));
    const QString problems = xmllint(ctx);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestExport::ctxSmallDocumentWithOptionsExact()
{
    const auto doc = load(smallDocument, QStringLiteral("small.md"));
    QVERIFY(doc);
    const QByteArray ctx = ContextExporter::exportBytes(*doc, options(Ctx, true, true));
    QCOMPARE(ctx, QByteArray("<project title=\"Small Title\" summary=\"A summary with &quot;quotes&quot; &amp; ampersand\">\n"
                             "<doc title=\"Notes &amp; &lt;Things&gt;\" desc=\"notes\">\n"
                             "Some prose text with &lt;b> &amp; stuff.\n"
                             "</doc>\n"
                             "<doc title=\"Section &quot;One&quot;\" desc=\"1 questions and answers, 2 unanswered questions\">\n"
                             "**Question:** What is 1 &lt; 2 &amp; 3 > 2?\n"
                             "\n"
                             "**Answer:** Yes: \"true\" &amp; it's ]]&gt; fine.\n"
                             "\n"
                             "**Question:** Empty one?\n"
                             "\n"
                             "**Question:** Stand-in?\n"
                             "</doc>\n"
                             "<doc title=\"Open\" desc=\"0 questions and answers, 2 unanswered questions\">\n"
                             "**Question:** Unanswered one?\n"
                             "\n"
                             "**Question:** Unanswered two?\n"
                             "</doc>\n"
                             "</project>\n"));
    const QString problems = xmllint(ctx);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestExport::ctxEscaping()
{
    const QByteArray bytes("# T & <T> \"q\" 'a'\n> S < & > \"s\"\n\n"
                           "## A & B <C> \"D\" 'E' ]]> \x01 tab\there\n\n"
                           "**Question:** Is x < y && z > w? \"q\" ]]> \x0B\x1F\x7F\n\n"
                           "**Answer:** Use <code>&amp;</code> & \"quotes\" ]]> <![CDATA[ x ]]> \x02 end.\n");
    const auto doc = load(bytes);
    QVERIFY(doc);
    const QByteArray ctx = ContextExporter::exportBytes(*doc, options(Ctx));
    const QString problems = xmllint(ctx);
    QVERIFY2(problems.isEmpty(), qPrintable(problems + QLatin1Char('\n') + QString::fromUtf8(ctx)));
    for (char c : ctx) {
        const uchar u = uchar(c);
        QVERIFY2(u >= 0x20 || u == '\n' || u == '\t', qPrintable(QStringLiteral("control byte %1").arg(u)));
    }
    QVERIFY(!ctx.contains("]]>"));
    QVERIFY(ctx.startsWith("<project title=\"T &amp; &lt;T&gt; &quot;q&quot; 'a'\" "
                           "summary=\"S &lt; &amp; &gt; &quot;s&quot;\">\n"));
    QVERIFY(ctx.contains("<doc title=\"A &amp; B &lt;C&gt; &quot;D&quot; 'E' ]]&gt;  tab&#9;here\" "));

    QXmlStreamAttributes project;
    QList<XmlDoc> docs;
    QString error;
    QVERIFY2(readCtx(ctx, &project, &docs, &error), qPrintable(error));
    QCOMPARE(project.value(QLatin1String("title")).toString(), QStringLiteral("T & <T> \"q\" 'a'"));
    QCOMPARE(project.value(QLatin1String("summary")).toString(), QStringLiteral("S < & > \"s\""));
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs[0].title, QStringLiteral("A & B <C> \"D\" 'E' ]]>  tab\there"));
    QCOMPARE(docs[0].body, QStringLiteral("\n**Question:** Is x < y && z > w? \"q\" ]]> \x7F\n\n"
                                          "**Answer:** Use <code>&amp;</code> & \"quotes\" ]]> <![CDATA[ x ]]>  end.\n"));

    QCOMPARE(ContextExporter::escapeText(QStringLiteral("a<b&c>d]]>e\"f")), QStringLiteral("a&lt;b&amp;c>d]]&gt;e\"f"));
    QCOMPARE(ContextExporter::escapeAttribute(QStringLiteral("a<b&c>d\"e'f\ng")),
             QStringLiteral("a&lt;b&amp;c&gt;d&quot;e'f&#10;g"));
}

void TestExport::ctxTitleFallbackAndPreamble()
{
    const QByteArray body("## S\n\n**Question:** Q?\n\n**Answer:** A.\n");
    {
        const auto doc = load(body, QStringLiteral("/some/dir/my notes.v2.md"));
        QVERIFY(doc);
        QVERIFY(ContextExporter::exportBytes(*doc, options(Ctx)).startsWith("<project title=\"my notes.v2\">\n<doc "));
    }
    {
        const auto doc = load("# Real Title\n\n> The summary.\n\n" + body, QStringLiteral("x.md"));
        QVERIFY(doc);
        QVERIFY(ContextExporter::exportBytes(*doc, options(Ctx))
                    .startsWith("<project title=\"Real Title\" summary=\"The summary.\">\n<doc title=\"S\" "));
    }
    {
        const auto doc = load("\xEF\xBB\xBF# Bom Title\r\n\r\n" + toCrlf(body), QStringLiteral("x.md"));
        QVERIFY(doc);
        QCOMPARE(doc->title(), QStringLiteral("Bom Title"));
        QVERIFY(ContextExporter::exportBytes(*doc, options(Ctx)).startsWith("<project title=\"Bom Title\">\n"));
    }
    {
        // "## " is a section, not the title; "#Title" without a space is not a title.
        const auto doc = load("#NotTitle\n\n" + body, QStringLiteral("base.md"));
        QVERIFY(doc);
        QCOMPARE(doc->title(), QStringLiteral("base"));
    }
}

void TestExport::deterministic()
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

void TestExport::markdownSmallDocumentExact()
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

void TestExport::markdownOfSample()
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

void TestExport::jsonlOfSample()
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

void TestExport::jsonlSmallDocument()
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

void TestExport::sourceEqualsInput()
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

void TestExport::exportSize_data()
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
        << QStringLiteral("héllo wörld 😀\n  a") << qsizetype(17) << qsizetype(4) << qsizetype(5);
    QTest::newRow("combining mark is its own code point")
        << QStringLiteral("e\u0301 \U0001F600\U0001F600") << qsizetype(5) << qsizetype(2) << qsizetype(2);
    QTest::newRow("whitespace only") << QStringLiteral(" \n\t ") << qsizetype(4) << qsizetype(0) << qsizetype(1);
    QTest::newRow("runs of whitespace")
        << QStringLiteral("  one\t\ttwo\n\nthree  ") << qsizetype(19) << qsizetype(3) << qsizetype(5);
}

void TestExport::exportSize()
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

void TestExport::exportSizeOfSampleExport()
{
    const auto doc = QaDocument::fromFile(samplePath());
    QVERIFY(doc);
    const QString ctx = ContextExporter::exportText(*doc, options(Ctx));
    const ExportSize size = ExportSize::of(ctx);
    QCOMPARE(size.characters, qsizetype(ctx.toUcs4().size()));
    // Unicode white space (the sample has a no-break space) separates words.
    const QRegularExpression space(QStringLiteral("\\s+"), QRegularExpression::UseUnicodePropertiesOption);
    QCOMPARE(size.words, qsizetype(ctx.split(space, Qt::SkipEmptyParts).size()));
    QCOMPARE(size.tokens, (size.characters + 3) / 4);
    QVERIFY(size.characters > 20000);

    ExportSize known;
    known.characters = 12345;
    known.words = 2001;
    known.tokens = 3087;
    QCOMPARE(known.summary(), QStringLiteral("12,345 characters · 2,001 words · ~3,087 tokens"));
    QCOMPARE(ExportSize::of(QString(12345, QLatin1Char('a'))).tokens, qsizetype(3087));
}

void TestExport::formatNames()
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

namespace {

// Everything the one-pass byte writer has to get right: control characters
// (all of them), U+FFFE/U+FFFF, `]]>` made by dropping a control character,
// Unicode white space and non-ASCII letters at the ends of texts (where the
// writer falls back to QString::trimmed), CRLF and lone CR, indented numbered
// questions, quotes and backslashes, duplicate and non-ASCII questions.
QByteArray trickyDocument()
{
    QByteArray controls;
    for (char c = 1; c < 0x20; ++c) {
        if (c != '\n' && c != '\r')
            controls.append(c);
    }
    controls.append('\x7f');
    return QByteArray(
               "# T\"it<le> & ]]>\n\n> Sum \"mary\" <x> & y\t\n\nIntro.\n\n"
               "## Sec ]]> \"q\" <a>\tb\n\n"
               "**Question:** \xc2\xa0 What is ]]> and <b> & \"c\" \\ back\x01slash?\xe3\x80\x80\n\n"
               "**Answer:**\xe2\x80\x83 Controls ")
        + controls
        + QByteArray(" ]]]>, ]]\x01> and \xef\xbf\xbe\xef\xbf\xbf end. Lone\rCR and tab\there.\xc2\xa0\n\n"
                     "---\n\n"
                     "**Question:** Unicode \xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80 with trailing \xc3\xa9   \n\n"
                     "**Answer:**\n\n  \n- item one ]]\n\n```\ncode ]]> <x> \\\"\n```\n\xe2\x80\xa8\n\n"
                     "---\n\n"
                     "**Question:** what IS   ]]> and <b> & \"c\" \\ back\x01slash?\n\n"
                     "**Answer:** Same question, other case: its id gets a suffix.\r\n\r\n"
                     "## Numbered\n\n"
                     "1. First numbered\n   question continues\n\t  indented \r\n"
                     "2. Second \"q\" \\ end\n"
                     "3. \xc2\x85Next-line start\n\n"
                     "## Prose ]]> \"x\"\n\nSome prose <b>text</b> & ]]> here.\r\nLine two.\n");
}

// Edits every other entry, so the edited-text paths are compared too.
void editSome(QaDocument &doc)
{
    int n = 0;
    for (const EntryRef &ref : doc.allEntries()) {
        if (n++ % 2)
            continue;
        doc.setAnswer(ref, QStringLiteral("\u00a0 Edited ]]> <x> & \"q\" \\ \u0001 \u00e9\n\nsecond line\u3000"));
        if (n % 4 == 1)
            doc.setQuestion(ref, QStringLiteral("  Edited question %1 \u00e9 ]]>?\t").arg(n));
    }
}

QList<ExportOptions> allOptions()
{
    QList<ExportOptions> list;
    for (auto format : {Ctx, Markdown, Jsonl}) {
        for (int flags = 0; flags < 4; ++flags)
            list.append(options(format, flags & 1, flags & 2));
        ExportOptions filtered = options(format, true, true);
        filtered.entryFilter = [](const QaEntry &entry) { return entry.line() % 3 != 0; };
        list.append(filtered);
    }
    return list;
}

} // namespace

void TestExport::matchesPlainFormulation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("edited");
    QList<QPair<QString, QByteArray>> documents;
    documents.append({QStringLiteral("sample"), sampleBytes()});
    documents.append({QStringLiteral("tricky"), trickyDocument()});
    documents.append({QStringLiteral("tricky-crlf"), QByteArray(trickyDocument()).replace("\n", "\r\n")});
    documents.append({QStringLiteral("small"), smallDocument});
    const QDir corpus(QStringLiteral(QUIRE_CORPUS_DIR));
    for (const QString &name : corpus.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        documents.append({name, readFile(corpus.filePath(name))});
    const QDir regressions(QFileInfo(samplePath()).dir().filePath(QStringLiteral("../tests/fuzz/regressions")));
    for (const QString &name : regressions.entryList(QDir::Files, QDir::Name))
        documents.append({name, readFile(regressions.filePath(name))});
    QVERIFY(documents.size() > 20);
    for (const auto &[name, bytes] : documents) {
        QVERIFY2(!bytes.isEmpty(), qPrintable(name));
        QTest::newRow(qPrintable(name)) << bytes << false;
        QTest::newRow(qPrintable(name + QStringLiteral(" edited"))) << bytes << true;
    }
}

void TestExport::matchesPlainFormulation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, edited);
    auto doc = QaDocument::fromBytes(bytes, QStringLiteral("doc"));
    QVERIFY(doc);
    if (edited)
        editSome(*doc);
    for (const ExportOptions &o : allOptions()) {
        const QByteArray expected = ReferenceExporter::exportBytes(*doc, o);
        const QByteArray actual = ContextExporter::exportBytes(*doc, o);
        if (actual != expected) {
            qsizetype at = 0;
            while (at < actual.size() && at < expected.size() && actual[at] == expected[at])
                ++at;
            QFAIL(qPrintable(QStringLiteral("format %1 prose %2 unanswered %3 filter %4: differs at byte %5:\n"
                                            "actual:   %6\nexpected: %7")
                                 .arg(ExportOptions::formatName(o.format))
                                 .arg(o.includeProse).arg(o.includeUnanswered).arg(bool(o.entryFilter)).arg(at)
                                 .arg(QString::fromUtf8(actual.mid(qMax(0, int(at) - 40), 100).toPercentEncoding(" <>\"&")),
                                      QString::fromUtf8(expected.mid(qMax(0, int(at) - 40), 100).toPercentEncoding(" <>\"&")))));
        }
    }
}

// The ids' and the reviews' question key, computed on bytes, is
// question().simplified().toLower().
void TestExport::questionKeyIsSimplifiedLowerCase()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, edited);
    auto doc = QaDocument::fromBytes(bytes, QStringLiteral("doc"));
    QVERIFY(doc);
    if (edited)
        editSome(*doc);
    for (const EntryRef &ref : doc->allEntries()) {
        const QaEntry &entry = doc->entry(ref);
        QCOMPARE(QuestionKey::of(entry), entry.question().simplified().toLower().toUtf8());
    }
}

// Chunks come in whole entries of about 1 MiB and join to exportBytes().
void TestExport::chunksJoinToTheWholeExport()
{
    QByteArray bytes = "# Big\n\n## One\n\n";
    for (int i = 0; i < 6000; ++i) {
        bytes += "**Question:** Question number " + QByteArray::number(i) + " ]]?\n\n**Answer:** >"
            + QByteArray(300, 'x') + " \xc3\xa9 ]]\n\n---\n\n";
    }
    auto doc = QaDocument::fromBytes(bytes, QStringLiteral("big"));
    QVERIFY(doc);
    for (auto format : {Ctx, Markdown, Jsonl, Source}) {
        const QByteArray whole = ContextExporter::exportBytes(*doc, options(format, true, true));
        QByteArray joined;
        int chunks = 0;
        ContextExporter::exportInChunks(*doc, options(format, true, true), [&](QByteArrayView chunk) {
            QVERIFY(format == Source || chunk.size() < 2 * 1024 * 1024);
            joined += chunk;
            ++chunks;
        });
        QCOMPARE(joined, whole);
        QVERIFY2(format == Source || chunks > 1, qPrintable(QString::number(chunks)));
    }
}

// The streaming counter gives ExportSize::of's figures, however the bytes
// are cut (here: also in the middle of multi-byte characters).
void TestExport::sizeCounterMatchesExportSize()
{
    QString text = QString::fromUtf8(trickyDocument()) + QStringLiteral(" h\u00e9llo\u00a0w\u00f6rld \U0001F600x\u2003y\u3000");
    for (int i = 0; i < 50; ++i) // long ASCII runs (counted 16 bytes at a time), words across blocks
        text += QStringLiteral("word%1  \t\x0b\x0c\r\nanother-longer-word-crossing-blocks x y z ").arg(i);
    const QByteArray utf8 = text.toUtf8();
    const ExportSize expected = ExportSize::of(text);
    for (int step : {1, 2, 3, 5, 7, 16, 17, 33, 100, 4096}) {
        ExportSizeCounter counter;
        for (qsizetype at = 0; at < utf8.size(); at += step)
            counter.add(QByteArrayView(utf8.constData() + at, qMin<qsizetype>(step, utf8.size() - at)));
        QCOMPARE(counter.size().characters, expected.characters);
        QCOMPARE(counter.size().words, expected.words);
        QCOMPARE(counter.size().tokens, expected.tokens);
    }
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
