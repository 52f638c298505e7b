// The ctx export: well-formed XML (checked by xmllint, and the checker
// itself checked), its structure, its selection of entries, escaping, the
// title fallback and the preamble.

#include "tests/export/exportsamples.h"
#include "tests/support/testsupport.h"

#include "app/export/contextexporter.h"
#include "app/document/qadocument.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace ExportSamples;
using namespace TestSupport;

namespace {

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

class TestExportCtx : public QObject
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

private:
    // Runs xmllint --noout on `xml`; returns its stderr, empty when clean.
    QString xmllint(const QByteArray &xml);
    QTemporaryDir m_dir;
};

void TestExportCtx::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestExportCtx::xmllint(const QByteArray &xml)
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
void TestExportCtx::xmllintCatchesMalformedXml()
{
    QVERIFY(!xmllint("<project title=\"a\">\n<doc title=\"x\" desc=\"y\">\nQ & A < B\n</doc>\n</project>\n").isEmpty());
    QVERIFY(!xmllint("<project title=\"a \"b\"\">\n</project>\n").isEmpty());
    QVERIFY(xmllint("<project title=\"a\">\n</project>\n").isEmpty());
}

void TestExportCtx::ctxOfSamplePassesXmllint_data()
{
    QTest::addColumn<bool>("prose");
    QTest::addColumn<bool>("unanswered");
    QTest::newRow("default") << false << false;
    QTest::newRow("prose") << true << false;
    QTest::newRow("unanswered") << false << true;
    QTest::newRow("prose and unanswered") << true << true;
}

void TestExportCtx::ctxOfSamplePassesXmllint()
{
    QFETCH(bool, prose);
    QFETCH(bool, unanswered);
    const auto doc = QaDocument::fromFile(samplePath());
    QVERIFY(doc);
    const QByteArray ctx = ContextExporter::exportBytes(*doc, options(Ctx, prose, unanswered));
    const QString problems = xmllint(ctx);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestExportCtx::ctxOfSampleStructure()
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

void TestExportCtx::ctxOfSampleSelection()
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

void TestExportCtx::ctxIncludeOptionsOnSample()
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

void TestExportCtx::ctxSmallDocumentExact()
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

void TestExportCtx::ctxSmallDocumentWithOptionsExact()
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

void TestExportCtx::ctxEscaping()
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

void TestExportCtx::ctxTitleFallbackAndPreamble()
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

QTEST_GUILESS_MAIN(TestExportCtx)
#include "tst_export_ctx.moc"
