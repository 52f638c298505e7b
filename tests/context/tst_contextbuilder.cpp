// ContextBuilder on the real example (the sample, themes.md, an Optional
// section): order and content, Optional, only-approved, missing files,
// well-formed XML with hostile names and contents, determinism, counts.

#include "tests/context/contextproject.h"
#include "tests/context/xmlcheck.h"

#include "app/context/contextbuilder.h"
#include "app/document/qadocument.h"
#include "app/export/contextexporter.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewstore.h"
#include "app/tokens/tokencounter.h"

#include <QtTest>

namespace {

ContextOptions offline(const QString &cacheFolder)
{
    ContextOptions options;
    options.cacheFolder = cacheFolder;
    return options;
}

QByteArray qaMarkdown(const QString &path, const ExportOptions::EntryFilter &filter = {})
{
    const std::optional<QaDocument> document = QaDocument::fromFile(path);
    ExportOptions options;
    options.format = ExportOptions::Format::Markdown;
    options.entryFilter = filter;
    return document ? ContextExporter::exportBytes(*document, options) : QByteArray();
}

QByteArray escaped(const QByteArray &text)
{
    return ContextExporter::escapeText(QString::fromUtf8(text)).toUtf8();
}

} // namespace

class TestContextBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_cache.isValid()); }

    void expandsInOrder()
    {
        ContextProject project;
        QVERIFY(project.isValid());
        const ContextResult result = ContextBuilder::build(project.llms(), offline(m_cache.path()));
        QVERIFY(result.fatal.isEmpty());
        QVERIFY(result.errors.isEmpty());
        QVERIFY(result.warnings.isEmpty());
        const QByteArray expected =
            "<project title=\"Portfolio context\" summary=\"Everything a model needs to answer visitors about my work.\">\n"
            "Read the themes first.\n"
            "<Docs>\n"
            "<doc title=\"Portfolio Q&amp;A\" desc=\"questions and answers\">\n"
            + escaped(qaMarkdown(project.path(QStringLiteral("portfolio-qa.md"))))
            + "</doc>\n"
              "<doc title=\"Themes\" desc=\"what the answers come back to\">\n"
              "# Themes\n\nThe portfolio's recurring themes: evaluation, data quality &amp; &lt;care>.\n"
              "</doc>\n"
              "</Docs>\n"
              "</project>\n";
        QCOMPARE(result.text, expected);
        QCOMPARE(result.title, QStringLiteral("Portfolio context"));
        QCOMPARE(result.sections.size(), 2);
        const ContextSection &docs = result.sections[0];
        QCOMPARE(docs.docs.size(), 2);
        QCOMPARE(docs.docs[0].kind, ContextDoc::Kind::Qa);
        QCOMPARE(docs.docs[1].kind, ContextDoc::Kind::File);
        QCOMPARE(docs.docs[0].path, project.path(QStringLiteral("portfolio-qa.md")));
        QCOMPARE(docs.docs[0].line, 8);
        QVERIFY(!result.sections[1].included);
        QVERIFY(XmlCheck::problems(result.text).isEmpty());
        // The answered entries are there; an unanswered question is not.
        QVERIFY(result.text.contains("**Question:**"));
        QVERIFY(!result.text.contains("Background"));
    }

    void countsWhatIsWritten()
    {
        ContextProject project;
        ContextOptions options = offline(m_cache.path());
        for (TokenEncoding encoding : {TokenEncoding::O200kBase, TokenEncoding::Cl100kBase}) {
            options.encoding = encoding;
            const ContextResult result = ContextBuilder::build(project.llms(), options);
            QCOMPARE(result.encoding, encoding);
            QCOMPARE(result.tokens, TokenCounter::count(QByteArrayView(result.text), encoding));
            const ContextSection &docs = result.sections[0];
            const qsizetype start = result.text.indexOf("<Docs>");
            const QByteArray element = result.text.mid(start, result.text.indexOf("</Docs>\n") + 8 - start);
            QCOMPARE(docs.tokens, TokenCounter::count(QByteArrayView(element), encoding));
            const qsizetype themes = result.text.indexOf("<doc title=\"Themes\"");
            const QByteArray themesDoc = result.text.mid(themes, result.text.indexOf("</doc>\n", themes) + 7 - themes);
            QCOMPARE(docs.docs[1].tokens, TokenCounter::count(QByteArrayView(themesDoc), encoding));
            QVERIFY(docs.docs[0].tokens > docs.docs[1].tokens);
        }
    }

    void optionalOnlyWhenAsked()
    {
        ContextProject project;
        ContextOptions options = offline(m_cache.path());
        const ContextResult without = ContextBuilder::build(project.llms(), options);
        QVERIFY(!without.text.contains("Old talks"));
        QVERIFY(!without.text.contains("<Optional>"));
        QCOMPARE(without.sections[1].docs.value(0).status, ContextDoc::Status::Ok); // read, counted, not written
        options.includeOptional = true;
        const ContextResult with = ContextBuilder::build(project.llms(), options);
        QVERIFY(with.sections[1].included);
        QVERIFY(with.text.endsWith("<Optional>\n<doc title=\"Old talks\">\nOld talks, kept for the full context.\n</doc>\n"
                                   "</Optional>\n</project>\n"));
        QVERIFY(with.text.startsWith(without.text.chopped(11))); // same up to </project>
        QVERIFY(with.tokens > without.tokens);
        QVERIFY(XmlCheck::problems(with.text).isEmpty());
    }

    void onlyApproved()
    {
        ContextProject project;
        const QString qa = project.path(QStringLiteral("portfolio-qa.md"));
        ContextOptions options = offline(m_cache.path());
        options.onlyApproved = true;
        // No sidecar: nothing is approved, and the report says so.
        ContextResult result = ContextBuilder::build(project.llms(), options);
        QVERIFY(!result.text.contains("**Question:**"));
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings[0].message.contains(QStringLiteral("no reviews yet")));
        QCOMPARE(result.warnings[0].line, 8);

        const std::optional<QaDocument> document = QaDocument::fromFile(qa);
        QVERIFY(document);
        EntryRef approved;
        for (int s = 0; s < document->sectionCount() && !approved.isValid(); ++s)
            for (int e = 0; e < document->section(s).entryCount(); ++e)
                if (document->section(s).entry(e).status() == EntryStatus::Answered) {
                    approved = {s, e};
                    break;
                }
        QVERIFY(approved.isValid());
        {
            ReviewStore store;
            QVERIFY(store.load(qa, &*document));
            store.setStatus(approved, ReviewStatus::Approved);
            QVERIFY(store.flush());
        }
        QVERIFY(QFile::exists(ReviewFile::sidecarPath(qa)));
        ReviewStore reviews;
        QVERIFY(reviews.load(qa, &*document, ReviewStore::Mode::ReadOnly));
        result = ContextBuilder::build(project.llms(), options);
        QVERIFY(result.warnings.isEmpty());
        const QByteArray only = qaMarkdown(qa, reviews.approvedFilter());
        QCOMPARE(only.count("**Question:**"), 1);
        QVERIFY(result.text.contains(escaped(only)));
        QVERIFY(result.text.count("**Question:**") == 1);
    }

    void missingFileIsAnError()
    {
        ContextProject project;
        QVERIFY(QFile::remove(project.path(QStringLiteral("themes.md"))));
        const ContextResult result = ContextBuilder::build(project.llms(), offline(m_cache.path()));
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors[0].line, 9);
        QVERIFY(result.errors[0].message.contains(project.path(QStringLiteral("themes.md"))));
        QCOMPARE(result.sections[0].docs[1].status, ContextDoc::Status::Missing);
        // In the left-out Optional section a missing file is only a warning.
        QVERIFY(QFile::remove(project.path(QStringLiteral("notes/old talks.md"))));
        QVERIFY(TestSupport::writeFile(project.path(QStringLiteral("themes.md")), "t\n"));
        const ContextResult optional = ContextBuilder::build(project.llms(), offline(m_cache.path()));
        QVERIFY(optional.errors.isEmpty());
        QCOMPARE(optional.warnings.size(), 1);
        QCOMPARE(optional.warnings[0].line, 12);
        QVERIFY(optional.warnings[0].message.contains(QStringLiteral("Optional")));
    }

    void unreadableLlmsTxt()
    {
        const ContextResult result = ContextBuilder::build(m_cache.filePath(QStringLiteral("nope/llms.txt")), offline(m_cache.path()));
        QVERIFY(!result.fatal.isEmpty());
        QVERIFY(result.text.isEmpty());
    }

    void hostileNamesAndContents_data()
    {
        QTest::addColumn<QByteArray>("llms");
        QTest::addColumn<QByteArray>("content");
        const QByteArray evil = "a < b && c > d ]]> <![CDATA[ x ]]> </doc></project> &amp; \"q\" 'a'\x01\x02\x0b\x0c\x1b\x7f"
                                "\xef\xbf\xbe\xef\xbf\xbf \xf0\x9f\x98\x80 e\xcc\x81 \t\r\n";
        QTest::newRow("names") << QByteArray("# <T> & \"x\" ]]> \x01\n> s<um> & ]]>\x1b\n\n<prose> & ]]>\x02 </project>\n\n"
                                             "## Section with spaces & <tags>\n- [<doc> \"1\" & \x03](f.txt): <d> & \"n\" ]]>\x04\n"
                                             "## xmlReserved\n- [x](f.txt)\n## doc\n- [y](f.txt)\n## 1digit\n- [z](f.txt)\n"
                                             "## Ünïcode\n- [u](f.txt)\n## ok_name-1.2\n- [o](f.txt)\n")
                               << QByteArray("plain\n");
        QTest::newRow("contents") << QByteArray("# T\n\n## Docs\n- [f](f.txt)\n") << evil;
        QTest::newRow("cdata end split") << QByteArray("# T\n\n## Docs\n- [f](f.txt)\n- [g](f.txt)\n") << QByteArray("]]");
        QTest::newRow("invalid utf8") << QByteArray("# T\n\n## Docs\n- [f](f.txt)\n") << QByteArray("ok \xff\xfe \xc0\x80 end");
    }

    void hostileNamesAndContents()
    {
        QFETCH(QByteArray, llms);
        QFETCH(QByteArray, content);
        ContextProject project;
        QVERIFY(project.writeLlms(llms));
        QVERIFY(TestSupport::writeFile(project.path(QStringLiteral("f.txt")), content));
        const ContextResult result = ContextBuilder::build(project.llms(), offline(m_cache.path()));
        QVERIFY(result.errors.isEmpty());
        const QString problems = XmlCheck::problems(result.text);
        QVERIFY2(problems.isEmpty(), qPrintable(problems + QLatin1Char('\n') + QString::fromUtf8(result.text)));
        // Everything is still there for the reader: the root and every doc.
        QXmlStreamReader reader(result.text);
        int docs = 0;
        while (!reader.atEnd())
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("doc"))
                ++docs;
        int links = 0;
        for (const ContextSection &section : result.sections)
            links += section.docs.size();
        QCOMPARE(docs, links);
    }

    void sectionTags()
    {
        QCOMPARE(ContextBuilder::sectionTag(QStringLiteral("Docs")), QStringLiteral("Docs"));
        QCOMPARE(ContextBuilder::sectionTag(QStringLiteral("ok_name-1.2")), QStringLiteral("ok_name-1.2"));
        for (const char *bad : {"Two words", "1digit", "xmlThing", "XML", "doc", "project", "Section", "a<b", "", "Ünïcode", "a:b"})
            QVERIFY2(ContextBuilder::sectionTag(QString::fromUtf8(bad)).isEmpty(), bad);
    }

    void deterministic()
    {
        ContextProject project;
        ContextOptions options = offline(m_cache.path());
        options.includeOptional = true;
        const ContextResult first = ContextBuilder::build(project.llms(), options);
        for (int i = 0; i < 3; ++i) {
            const ContextResult again = ContextBuilder::build(project.llms(), options);
            QCOMPARE(again.text, first.text);
            QCOMPARE(again.tokens, first.tokens);
        }
        // The same project elsewhere gives the same bytes.
        ContextProject other;
        QCOMPARE(ContextBuilder::build(other.llms(), options).text, first.text);
    }

private:
    QTemporaryDir m_cache;
};

QTEST_GUILESS_MAIN(TestContextBuilder)
#include "tst_contextbuilder.moc"
