// The document format's rules, both sides of each, on small inline documents:
// the exact entries and sections each gives, with LF and CRLF.

#include "tests/document/parserdescriptions.h"
#include "tests/support/testsupport.h"

#include "app/document/qadocument.h"

#include <QtTest>

using namespace ParserDescriptions;
using namespace TestSupport;

class TestParserRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void sectionsOfInlineDocument();
    void proseSectionHasNoEntries();
    void crlfInlineDocumentsParseTheSame_data();
    void crlfInlineDocumentsParseTheSame();
};

// Each row: a document and the exact entries it must give.
void TestParserRules::rules_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QStringList>("entries");

    const QString a1 = QStringLiteral("answered@3 Q[Q1?] A[A1.]");

    QTest::newRow("answer's own list starting at 1 stays in the answer")
        << QByteArray("## S\n\n**Question:** Q1?\n\n**Answer:** Steps:\n\n1. one\n2. two\n\n---\n\n"
                      "**Question:** Q2?\n\n**Answer:** A2.\n")
        << QStringList{QStringLiteral("answered@3 Q[Q1?] A[Steps:\n\n1. one\n2. two]"),
                       QStringLiteral("answered@12 Q[Q2?] A[A2.]")};
    QTest::newRow("answer's own list starting at 1 stays at the end of the file")
        << QByteArray("## S\n\n**Question:** Q1?\n\n**Answer:** Steps:\n\n1. one\n2. two\n")
        << QStringList{QStringLiteral("answered@3 Q[Q1?] A[Steps:\n\n1. one\n2. two]")};
    QTest::newRow("answer's own list starting at 1 stays before a heading")
        << QByteArray("## S\n\n**Question:** Q1?\n\n**Answer:** Steps:\n\n1. one\n2. two\n\n## T\n")
        << QStringList{QStringLiteral("answered@3 Q[Q1?] A[Steps:\n\n1. one\n2. two]")};
    QTest::newRow("list above 1 at the end of an answer is a question list")
        << QByteArray("## S\n\n**Question:** Q1?\n\n**Answer:** A1.\n\n3. Q3?\n4. Q4?\n")
        << QStringList{a1, QStringLiteral("unanswered@7 Q[Q3?]"), QStringLiteral("unanswered@8 Q[Q4?]")};
    QTest::newRow("list above 1 at the end of an answer, before a heading")
        << QByteArray("## S\n\n**Question:** Q1?\n\n**Answer:** A1.\n\nMore.\n\n7. Q7?\n8. Q8?\n\n## T\n\n"
                      "**Question:** Q9?\n\n**Answer:** A9.\n")
        << QStringList{QStringLiteral("answered@3 Q[Q1?] A[A1.\n\nMore.]"),
                       QStringLiteral("unanswered@9 Q[Q7?]"), QStringLiteral("unanswered@10 Q[Q8?]"),
                       QStringLiteral("answered@14 Q[Q9?] A[A9.]")};
    QTest::newRow("list above 1 at the end of an answer, before ---")
        << QByteArray("## S\n\n**Question:** Q1?\n\n**Answer:** A1.\n\n2. Q2?\n\n---\n\n"
                      "**Question:** Q3?\n\n**Answer:** A3.\n")
        << QStringList{a1, QStringLiteral("unanswered@7 Q[Q2?]"), QStringLiteral("answered@11 Q[Q3?] A[A3.]")};
    QTest::newRow("list above 1 in the middle of an answer stays")
        << QByteArray("## S\n\n**Question:** Q1?\n\n**Answer:** Intro.\n\n3. third\n4. fourth\n\nClosing paragraph.\n")
        << QStringList{QStringLiteral("answered@3 Q[Q1?] A[Intro.\n\n3. third\n4. fourth\n\nClosing paragraph.]")};
    QTest::newRow("list above 1 without a blank line before it stays")
        << QByteArray("## S\n\n**Question:** Q1?\n\n**Answer:** A1.\n3. not a question\n")
        << QStringList{QStringLiteral("answered@3 Q[Q1?] A[A1.\n3. not a question]")};
    QTest::newRow("list above 1 with an indented continuation is still a question list")
        << QByteArray("## S\n\n**Question:** Q1?\n\n**Answer:** A1.\n\n5. Q5 first line\n   and more?\n6. Q6?\n")
        << QStringList{a1, QStringLiteral("unanswered@7 Q[Q5 first line\nand more?]"),
                       QStringLiteral("unanswered@9 Q[Q6?]")};
    QTest::newRow("list after ---")
        << QByteArray("## S\n\n**Question:** Q1?\n\n**Answer:** A1.\n\n---\n\n1. Open one?\n2. Open two?\n")
        << QStringList{a1, QStringLiteral("unanswered@9 Q[Open one?]"), QStringLiteral("unanswered@10 Q[Open two?]")};
    QTest::newRow("list directly after --- without blank line")
        << QByteArray("## S\n\n**Question:** Q1?\n\n**Answer:** A1.\n\n---\n5. Open?\n")
        << QStringList{a1, QStringLiteral("unanswered@8 Q[Open?]")};
    QTest::newRow("list after --- then an entry after another ---")
        << QByteArray("## S\n\n1. Open one?\n\n---\n\n**Question:** Q2?\n\n**Answer:** A2.\n")
        << QStringList{QStringLiteral("unanswered@3 Q[Open one?]"), QStringLiteral("answered@7 Q[Q2?] A[A2.]")};
    QTest::newRow("list after a heading")
        << QByteArray("## Open\n1. First?\n2. Second?\n")
        << QStringList{QStringLiteral("unanswered@2 Q[First?]"), QStringLiteral("unanswered@3 Q[Second?]")};
    QTest::newRow("list after a heading and blank lines")
        << QByteArray("## Open\n\n\n\n10. First?\n11) Second?\n")
        << QStringList{QStringLiteral("unanswered@5 Q[First?]"), QStringLiteral("unanswered@6 Q[Second?]")};
    QTest::newRow("list after a paragraph under a heading is prose")
        << QByteArray("## Notes\n\nSome text.\n\n1. one\n2. two\n") << QStringList{};
    QTest::newRow("list right after a paragraph line is prose")
        << QByteArray("## S\n\nIntro text:\n1. one\n") << QStringList{};
    QTest::newRow("list in the preamble is prose")
        << QByteArray("# Title\n\n1. one\n2. two\n\n## S\n\n**Question:** Q?\n\n**Answer:** A.\n")
        << QStringList{QStringLiteral("answered@8 Q[Q?] A[A.]")};
    QTest::newRow("list at the very start of the file is prose")
        << QByteArray("1. one\n2. two\n") << QStringList{};
    QTest::newRow("list after --- in the preamble is prose")
        << QByteArray("---\ntitle: front matter\n---\n\n1. one\n2. two\n\n## S\n") << QStringList{};
    QTest::newRow("fenced list after a heading is not a question list")
        << QByteArray("## S\n\n```\n1. code\n```\n") << QStringList{};

    QTest::newRow("--- with blank lines around")
        << QByteArray("## S\n\n**Question:** Q1?\n\n**Answer:** A1.\n\n---\n\n**Question:** Q2?\n\n**Answer:** A2.\n")
        << QStringList{a1, QStringLiteral("answered@9 Q[Q2?] A[A2.]")};
    QTest::newRow("--- without blank lines around")
        << QByteArray("## S\n\n**Question:** Q1?\n\n**Answer:** A1.\n---\n**Question:** Q2?\n\n**Answer:** A2.\n")
        << QStringList{a1, QStringLiteral("answered@7 Q[Q2?] A[A2.]")};
    QTest::newRow("--- without blank line before")
        << QByteArray("## S\n\n**Question:** Q1?\n\n**Answer:** A1.\n---\n\n**Question:** Q2?\n\n**Answer:** A2.\n")
        << QStringList{a1, QStringLiteral("answered@8 Q[Q2?] A[A2.]")};
    QTest::newRow("--- without blank line after")
        << QByteArray("## S\n\n**Question:** Q1?\n\n**Answer:** A1.\n\n---\n**Question:** Q2?\n\n**Answer:** A2.\n")
        << QStringList{a1, QStringLiteral("answered@8 Q[Q2?] A[A2.]")};
    QTest::newRow("*** and ___ also separate")
        << QByteArray("## S\n\n**Question:** Q1?\n\n**Answer:** A1.\n\n***\n\n**Question:** Q2?\n\n**Answer:** A2.\n\n"
                      "_ _ _\n\n3. Q3?\n")
        << QStringList{a1, QStringLiteral("answered@9 Q[Q2?] A[A2.]"), QStringLiteral("unanswered@15 Q[Q3?]")};
    QTest::newRow("next **Question:** ends an answer without ---")
        << QByteArray("## S\n\n**Question:** Q1?\n\n**Answer:** A1.\n\n**Question:** Q2?\n\n**Answer:** A2.\n")
        << QStringList{a1, QStringLiteral("answered@7 Q[Q2?] A[A2.]")};

    QTest::newRow("text on the label lines")
        << QByteArray("## S\n\n**Question:** What is X?\n\n**Answer:** It is Y.\n")
        << QStringList{QStringLiteral("answered@3 Q[What is X?] A[It is Y.]")};
    QTest::newRow("text on the lines after the labels")
        << QByteArray("## S\n\n**Question:**\nWhat is X?\n\n**Answer:**\nIt is Y.\n")
        << QStringList{QStringLiteral("answered@3 Q[What is X?] A[It is Y.]")};
    QTest::newRow("answer text after a blank line under its label")
        << QByteArray("## S\n\n**Question:** What is X?\n\n**Answer:**\n\nIt is Y.\n")
        << QStringList{QStringLiteral("answered@3 Q[What is X?] A[It is Y.]")};
    QTest::newRow("question over two lines")
        << QByteArray("## S\n\n**Question:** What is X,\nand why?\n\n**Answer:** Y.\n")
        << QStringList{QStringLiteral("answered@3 Q[What is X,\nand why?] A[Y.]")};
    QTest::newRow("answer label right after the question line")
        << QByteArray("## S\n\n**Question:** What is X?\n**Answer:** Y.\n")
        << QStringList{QStringLiteral("answered@3 Q[What is X?] A[Y.]")};
    QTest::newRow("several spaces and tabs after the labels")
        << QByteArray("## S\n\n**Question:**    What is X?\n\n**Answer:** \t  It is Y.\n")
        << QStringList{QStringLiteral("answered@3 Q[What is X?] A[It is Y.]")};
    QTest::newRow("trailing spaces are part of the texts")
        << QByteArray("## S\n\n**Question:** What is X?  \n\n**Answer:** It is Y. \t\n\n---\n")
        << QStringList{QStringLiteral("answered@3 Q[What is X?  ] A[It is Y. \t]")};

    QTest::newRow("fenced code in an answer hides ##, --- and **Question:**")
        << QByteArray("## S\n\n**Question:** How?\n\n**Answer:** Like this:\n\n```md\n## not a heading\n---\n"
                      "**Question:** not a question\n**Answer:** not an answer\n\n3. not a list\n```\n\nDone.\n\n---\n\n"
                      "**Question:** Next?\n\n**Answer:** Yes.\n")
        << QStringList{QStringLiteral("answered@3 Q[How?] A[Like this:\n\n```md\n## not a heading\n---\n"
                                      "**Question:** not a question\n**Answer:** not an answer\n\n3. not a list\n```\n\nDone.]"),
                       QStringLiteral("answered@20 Q[Next?] A[Yes.]")};
    QTest::newRow("tilde fence at the end of an answer")
        << QByteArray("## S\n\n**Question:** How?\n\n**Answer:** So:\n\n~~~~\n---\n\n7. x\n~~~~\n")
        << QStringList{QStringLiteral("answered@3 Q[How?] A[So:\n\n~~~~\n---\n\n7. x\n~~~~]")};
    QTest::newRow("unclosed fence runs to the end")
        << QByteArray("## S\n\n**Question:** How?\n\n**Answer:** So:\n\n```\n## x\n")
        << QStringList{QStringLiteral("answered@3 Q[How?] A[So:\n\n```\n## x]")};
    QTest::newRow("without a fence ## starts a section")
        << QByteArray("## S\n\n**Question:** How?\n\n**Answer:** So:\n## T\n")
        << QStringList{QStringLiteral("answered@3 Q[How?] A[So:]")};

    QTest::newRow("bold question without answer paragraph, then ---")
        << QByteArray("## S\n\n**Question:** Lonely?\n\n---\n\n**Question:** Q2?\n\n**Answer:** A2.\n")
        << QStringList{QStringLiteral("unanswered@3 Q[Lonely?]"), QStringLiteral("answered@7 Q[Q2?] A[A2.]")};
    QTest::newRow("bold question followed by a plain paragraph")
        << QByteArray("## S\n\n**Question:** Lonely?\n\nSome paragraph.\n")
        << QStringList{QStringLiteral("unanswered@3 Q[Lonely?]")};
    QTest::newRow("bold question at the end of the file")
        << QByteArray("## S\n\n**Question:** Lonely?") << QStringList{QStringLiteral("unanswered@3 Q[Lonely?]")};
    QTest::newRow("two bold questions in a row")
        << QByteArray("## S\n\n**Question:** One?\n\n**Question:** Two?\n\n**Answer:** A.\n")
        << QStringList{QStringLiteral("unanswered@3 Q[One?]"), QStringLiteral("answered@5 Q[Two?] A[A.]")};
    QTest::newRow("empty answer label")
        << QByteArray("## S\n\n**Question:** Q?\n\n**Answer:**\n\n---\n\n**Question:** R?\n\n**Answer:** \n")
        << QStringList{QStringLiteral("empty@3 Q[Q?] A[]"), QStringLiteral("empty@9 Q[R?] A[]")};
    QTest::newRow("answer label outside an entry is text")
        << QByteArray("## S\n\n**Answer:** stray\n") << QStringList{};
    QTest::newRow("entries in the preamble")
        << QByteArray("**Question:** Q1?\n\n**Answer:** A1.\n")
        << QStringList{QStringLiteral("answered@1 Q[Q1?] A[A1.]")};
    QTest::newRow("indented code is not a label")
        << QByteArray("## S\n\n    **Question:** code\n") << QStringList{};
    QTest::newRow("### is not a section")
        << QByteArray("## S\n\n**Question:** Q1?\n\n**Answer:** A1.\n\n### Sub\n\nMore.\n")
        << QStringList{QStringLiteral("answered@3 Q[Q1?] A[A1.\n\n### Sub\n\nMore.]")};
}

void TestParserRules::rules()
{
    QFETCH(QByteArray, document);
    QFETCH(QStringList, entries);
    const auto doc = load(document);
    QVERIFY(doc);
    QCOMPARE(describeEntries(*doc), entries);
    QCOMPARE(doc->toBytes(), document);
}

void TestParserRules::sectionsOfInlineDocument()
{
    const QByteArray bytes("# Title\n\n> Summary line\n\nIntro.\n\n## One ##\n\n**Question:** Q1?\n\n**Answer:** A1.\n\n"
                           "##   Two  \n\n1. Open?\n\n## Three\n\nJust prose.\n");
    const auto doc = load(bytes);
    QVERIFY(doc);
    QCOMPARE(describeSections(*doc),
             (QStringList{QStringLiteral("One@7:1"), QStringLiteral("Two@13:1"), QStringLiteral("Three@17:0")}));
    QCOMPARE(doc->title(), QStringLiteral("Title"));
    QCOMPARE(doc->summary(), QStringLiteral("Summary line"));
    QCOMPARE(doc->proseText(2), QStringLiteral("Just prose."));
}

void TestParserRules::proseSectionHasNoEntries()
{
    const auto doc = QaDocument::fromFile(samplePath());
    QVERIFY(doc);
    QCOMPARE(doc->section(0).entryCount(), 0);
    QVERIFY(doc->proseText(0).startsWith(QStringLiteral("This file contains questions and answers")));
    QVERIFY(doc->proseText(0).endsWith(QStringLiteral("without any context.")));
}

void TestParserRules::crlfInlineDocumentsParseTheSame_data()
{
    rules_data();
}

void TestParserRules::crlfInlineDocumentsParseTheSame()
{
    QFETCH(QByteArray, document);
    QFETCH(QStringList, entries);
    const QByteArray crlf = toCrlf(document);
    const auto doc = load(crlf);
    QVERIFY(doc);
    QCOMPARE(describeEntries(*doc), entries);
    QCOMPARE(doc->toBytes(), crlf);
}

QTEST_GUILESS_MAIN(TestParserRules)
#include "tst_parser_rules.moc"
