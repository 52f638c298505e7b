// LlmsTxtParser: what an llms.txt says, and every lint warning at its line.

#include "app/context/llmstxtparser.h"

#include <QtTest>

namespace {

// The warning at `line` whose message contains `part`.
bool hasWarning(const LlmsTxt &llms, int line, const QString &part)
{
    for (const ContextWarning &warning : llms.warnings)
        if (warning.line == line && warning.message.contains(part))
            return true;
    return false;
}

QString lines(const LlmsTxt &llms)
{
    QStringList out;
    for (const ContextWarning &warning : llms.warnings)
        out << QStringLiteral("%1: %2").arg(warning.line).arg(warning.message);
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestLlmsTxtParser : public QObject
{
    Q_OBJECT

private slots:
    void readsTheParts()
    {
        const LlmsTxt llms = LlmsTxtParser::parse(
            "# My Portfolio\n"
            "\n"
            "> What a model needs to answer\n"
            "> visitors' questions.\n"
            "\n"
            "Some prose.\n"
            "\n"
            "```\n"
            "## not a section (in a code block)\n"
            "```\n"
            "\n"
            "## Docs\n"
            "- [Q&A](portfolio-qa.md): the questions\n"
            "* [Themes](./themes.md)\n"
            "- [Site](https://example.org/a_(b).md \"a title\"): remote, with: colons\n"
            "\n"
            "## Optional\n"
            "- [Old](<old notes.md>)\n");
        QVERIFY2(llms.warnings.isEmpty(), qPrintable(lines(llms)));
        QCOMPARE(llms.title, QStringLiteral("My Portfolio"));
        QCOMPARE(llms.titleLine, 1);
        QCOMPARE(llms.summary, QStringLiteral("What a model needs to answer visitors' questions."));
        QCOMPARE(llms.prose, QStringLiteral("Some prose.\n\n```\n## not a section (in a code block)\n```"));
        QCOMPARE(llms.sections.size(), 2);
        const LlmsSection &docs = llms.sections[0];
        QCOMPARE(docs.name, QStringLiteral("Docs"));
        QCOMPARE(docs.line, 12);
        QVERIFY(!docs.optional);
        QCOMPARE(docs.links.size(), 3);
        QCOMPARE(docs.links[0].name, QStringLiteral("Q&A"));
        QCOMPARE(docs.links[0].url, QStringLiteral("portfolio-qa.md"));
        QCOMPARE(docs.links[0].notes, QStringLiteral("the questions"));
        QCOMPARE(docs.links[0].line, 13);
        QCOMPARE(docs.links[1].url, QStringLiteral("./themes.md"));
        QCOMPARE(docs.links[1].notes, QString());
        QCOMPARE(docs.links[2].url, QStringLiteral("https://example.org/a_(b).md"));
        QCOMPARE(docs.links[2].notes, QStringLiteral("remote, with: colons"));
        QVERIFY(llms.sections[1].optional);
        QCOMPARE(llms.sections[1].links[0].url, QStringLiteral("old notes.md"));
    }

    void crlfBomAndClosingHashes()
    {
        const LlmsTxt llms = LlmsTxtParser::parse("\xEF\xBB\xBF# Title #\r\n\r\n## Docs ##\r\n- [a](a.md)\r\n");
        QVERIFY2(llms.warnings.isEmpty(), qPrintable(lines(llms)));
        QCOMPARE(llms.title, QStringLiteral("Title"));
        QCOMPARE(llms.sections.value(0).name, QStringLiteral("Docs"));
        QCOMPARE(llms.sections.value(0).links.value(0).url, QStringLiteral("a.md"));
    }

    // Found by fuzz_llmstxt: a lone CR ended no line, so the title held it
    // (and the line numbers after it were off).
    void loneCarriageReturnEndsALine()
    {
        const LlmsTxt llms = LlmsTxtParser::parse("# T\r> s\r\r## Docs\r- [a](a.md)\r\n- x\n");
        QCOMPARE(llms.title, QStringLiteral("T"));
        QCOMPARE(llms.summary, QStringLiteral("s"));
        QCOMPARE(llms.sections.value(0).line, 4);
        QCOMPARE(llms.sections.value(0).links.value(0).line, 5);
        QCOMPARE(llms.warnings.size(), 1);
        QCOMPARE(llms.warnings[0].line, 6);
    }

    void missingTitle()
    {
        const LlmsTxt llms = LlmsTxtParser::parse("> summary\n\n## Docs\n- [a](a.md)\n");
        QVERIFY(llms.title.isEmpty());
        QCOMPARE(llms.titleLine, 0);
        QVERIFY2(hasWarning(llms, 1, QStringLiteral("no `# ` title")), qPrintable(lines(llms)));
        QCOMPARE(llms.warnings.size(), 1);
    }

    void secondTitle()
    {
        const LlmsTxt llms = LlmsTxtParser::parse("# One\n\ntext\n# Two\n\n## Docs\n- [a](a.md)\n# Three\n");
        QCOMPARE(llms.title, QStringLiteral("One"));
        QVERIFY2(hasWarning(llms, 4, QStringLiteral("second `# ` title (the first is on line 1)")), qPrintable(lines(llms)));
        QVERIFY2(hasWarning(llms, 8, QStringLiteral("second `# ` title (the first is on line 1)")), qPrintable(lines(llms)));
        QCOMPARE(llms.warnings.size(), 2);
        QVERIFY(!llms.prose.contains(QStringLiteral("Three")));
        QVERIFY(llms.prose.contains(QStringLiteral("# Two")));
    }

    void titleAfterTheSections()
    {
        const LlmsTxt llms = LlmsTxtParser::parse("## Docs\n- [a](a.md)\n# Late\n");
        QVERIFY(llms.title.isEmpty());
        QVERIFY2(hasWarning(llms, 3, QStringLiteral("after the first section")), qPrintable(lines(llms)));
        QVERIFY2(hasWarning(llms, 1, QStringLiteral("no `# ` title")), qPrintable(lines(llms)));
        QCOMPARE(llms.warnings.size(), 2);
    }

    void otherHeadings()
    {
        const LlmsTxt llms = LlmsTxtParser::parse("# T\n\n### Prose heading\n\n## Docs\n- [a](a.md)\n#### Deep\n- [b](b.md)\n");
        QVERIFY2(hasWarning(llms, 3, QStringLiteral("level-3 heading")), qPrintable(lines(llms)));
        QVERIFY2(hasWarning(llms, 7, QStringLiteral("level-4 heading")), qPrintable(lines(llms)));
        QCOMPARE(llms.warnings.size(), 2);
        QCOMPARE(llms.sections[0].links.size(), 2);
        QVERIFY(llms.prose.contains(QStringLiteral("### Prose heading")));
    }

    void itemsThatAreNotLinks()
    {
        const LlmsTxt llms = LlmsTxtParser::parse("# T\n\n## Docs\n- just text\n- [no url]()\nplain line\n- [a](a.md)\n-[tight](t.md)\n");
        QVERIFY2(hasWarning(llms, 4, QStringLiteral("list item that is not")), qPrintable(lines(llms)));
        QVERIFY2(hasWarning(llms, 5, QStringLiteral("list item that is not")), qPrintable(lines(llms)));
        QVERIFY2(hasWarning(llms, 6, QStringLiteral("not a `- [name](url)` link item")), qPrintable(lines(llms)));
        QVERIFY2(hasWarning(llms, 8, QStringLiteral("not a `- [name](url)` link item")), qPrintable(lines(llms)));
        QCOMPARE(llms.warnings.size(), 4);
        QCOMPARE(llms.sections[0].links.size(), 1);
    }

    void duplicateLinks()
    {
        const LlmsTxt llms = LlmsTxtParser::parse("# T\n\n## A\n- [a](a.md)\n- [b](b.md)\n\n## B\n- [again](./a.md#part)\n- [c](c.md)\n");
        QVERIFY2(hasWarning(llms, 8, QStringLiteral("the same link as line 4")), qPrintable(lines(llms)));
        QCOMPARE(llms.warnings.size(), 1);
        QCOMPARE(llms.sections[1].links.size(), 2); // kept: the context says what the file says
    }

    void emptySections()
    {
        const LlmsTxt llms = LlmsTxtParser::parse("# T\n\n## Empty\n\n## Docs\n- [a](a.md)\n## Also empty\n");
        QVERIFY2(hasWarning(llms, 3, QStringLiteral("\"Empty\" has no links")), qPrintable(lines(llms)));
        QVERIFY2(hasWarning(llms, 7, QStringLiteral("\"Also empty\" has no links")), qPrintable(lines(llms)));
        QCOMPARE(llms.warnings.size(), 2);
    }

    void warningsInLineOrder()
    {
        const LlmsTxt llms = LlmsTxtParser::parse("## Empty\n### deep\n- nope\n");
        QList<int> order;
        for (const ContextWarning &warning : llms.warnings)
            order << warning.line;
        QCOMPARE(order, (QList<int>{1, 1, 2, 3}));
    }

    void anyBytes()
    {
        // Invalid UTF-8, NUL, lone CR, nothing at all: parsed, never refused.
        QCOMPARE(LlmsTxtParser::parse("").sections.size(), 0);
        const LlmsTxt llms = LlmsTxtParser::parse(QByteArrayView("# \xff\x00T\r## S\r- [a](b)", 19));
        QCOMPARE(llms.titleLine, 1);
        QCOMPARE(llms.sections.value(0).links.value(0).line, 3);
        QCOMPARE(LlmsTxtParser::parse("#").title, QString());
    }
};

QTEST_GUILESS_MAIN(TestLlmsTxtParser)
#include "tst_llmstxtparser.moc"
