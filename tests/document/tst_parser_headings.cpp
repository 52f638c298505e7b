// The `heading` dialect (README, "Dialects", heading): a heading that is a
// question, the blocks under it its answer. Both sides of each rule
// (questions by their own words, FAQ parts, where an answer ends),
// byte-identical round trips (also CRLF), edits, answers and new entries in
// the dialect, what the form cannot hold, every removal and move, section
// titles that would read as questions (the corpus counted by hand:
// tst_parser_headings_corpus).

#include "tests/document/parserdescriptions.h"

#include "app/document/headingquestion.h"
#include "app/document/qadocument.h"

#include <QtTest>

using namespace ParserDescriptions;

class TestParserHeadings : public QObject
{
    Q_OBJECT

private slots:
    void recognised_data();
    void recognised();
    void sectionsStayAroundQuestions();
    void editsKeepTheHeading();
    void questionTheFormCannotHoldReadsBack_data();
    void questionTheFormCannotHoldReadsBack();
    void faqPartQuestionKeepsItsForm();
    void answerEndingWithAListKeepsIt();
    void unindentedHeadingEndsANumberedQuestion();
    void headingInAQuestionParagraphStaysInIt();
    void answerEditsEscapeWhatWouldEndIt();
    void answeringAndBlankAnswers();
    void newEntryNextToHeadings();
    void everyRemovalAndMoveReadsBack();
    void unclosedDetailsAfterARemovalStaysOut();
    void sectionTitlesThatWouldBeQuestions();
    void forcedDialects();
    void canWriteMatchesTheParser_data();
    void canWriteMatchesTheParser();
};

void TestParserHeadings::recognised_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QStringList>("entries");
    const QString why = QStringLiteral("answered@1 Q[Why?] A[Because.]");
    QTest::newRow("###") << QByteArray("### Why?\n\nBecause.\n") << QStringList{why};
    QTest::newRow("## is an entry too") << QByteArray("## Why?\n\nBecause.\n") << QStringList{why};
    QTest::newRow("######, numbered (lydiahallie)")
        << QByteArray("###### 1. What's the output?\n\n- A: 1\n") << QStringList{QStringLiteral("answered@1 Q[1. What's the output?] A[- A: 1]")};
    QTest::newRow("closing #s") << QByteArray("### Why? ###\n\nBecause.\n") << QStringList{why};
    QTest::newRow("full-width question mark") << QByteArray("### なぜ？\n\n理由。\n")
                                              << QStringList{QStringLiteral("answered@1 Q[なぜ？] A[理由。]")};
    QTest::newRow("a question number (123-essential)")
        << QByteArray("## Question 5. Write a mul function\n\nSo.\n")
        << QStringList{QStringLiteral("answered@1 Q[Question 5. Write a mul function] A[So.]")};
    QTest::newRow("question number with a letter and a space")
        << QByteArray("## Question 17a . Explain\n\nSo.\n") << QStringList{QStringLiteral("answered@1 Q[Question 17a . Explain] A[So.]")};
    QTest::newRow("one level under # FAQ (homebrew)")
        << QByteArray("# FAQ (Frequently Asked Questions)\n\n## My apps fail\n\nRelink them.\n")
        << QStringList{QStringLiteral("answered@3 Q[My apps fail] A[Relink them.]")};
    QTest::newRow("one level under ## FAQ")
        << QByteArray("## FAQ\n\n### Install\n\nRun it.\n\n### Remove\n\nDelete it.\n")
        << QStringList{QStringLiteral("answered@3 Q[Install] A[Run it.]"), QStringLiteral("answered@7 Q[Remove] A[Delete it.]")};
    QTest::newRow("Questions: as a FAQ name")
        << QByteArray("## Questions:\n\n### Install\n\nRun it.\n") << QStringList{QStringLiteral("answered@3 Q[Install] A[Run it.]")};
    QTest::newRow("ends at a heading of its level")
        << QByteArray("### Why?\n\nBecause.\n\n### Notes\n\nText.\n") << QStringList{why};
    QTest::newRow("ends at a heading above")
        << QByteArray("### Why?\n\nBecause.\n\n# Part two\n\nText.\n") << QStringList{why};
    QTest::newRow("takes deeper headings")
        << QByteArray("## Why?\n\nBecause.\n\n#### Method 1\n\nText.\n")
        << QStringList{QStringLiteral("answered@1 Q[Why?] A[Because.\n\n#### Method 1\n\nText.]")};
    QTest::newRow("ends at the next question, deeper or not")
        << QByteArray("## Why?\n\nBecause.\n\n### How?\n\nSo.\n")
        << QStringList{why, QStringLiteral("answered@5 Q[How?] A[So.]")};
    QTest::newRow("ends at ---") << QByteArray("### Why?\n\nBecause.\n\n---\n\nProse.\n") << QStringList{why};
    QTest::newRow("ends at a label")
        << QByteArray("### Why?\n\nBecause.\n\n**Q:** How?\n\n**A:** So.\n")
        << QStringList{why, QStringLiteral("answered@5 Q[How?] A[So.]")};
    QTest::newRow("ends at a bold question")
        << QByteArray("### Why?\n\nBecause.\n\n**How?**\n\nSo.\n") << QStringList{why, QStringLiteral("answered@5 Q[How?] A[So.]")};
    QTest::newRow("ends at a question <details>")
        << QByteArray("### Why?\n\nBecause.\n\n<details><summary>How?</summary>So.</details>\n")
        << QStringList{why, QStringLiteral("answered@5 Q[How?] A[So.]")};
    QTest::newRow("a heading in a <details> of its answer does not end it (lydiahallie)")
        << QByteArray("###### 1. Out?\n\n- A: 1\n\n<details><summary><b>Answer</b></summary>\n<p>\n\n#### Answer: A\n\nWhy.\n\n</p>\n</details>\n\n---\n")
        << QStringList{QStringLiteral("answered@1 Q[1. Out?] A[- A: 1\n\n<details><summary><b>Answer</b></summary>\n<p>\n\n"
                                      "#### Answer: A\n\nWhy.\n\n</p>\n</details>]")};
    QTest::newRow("a list right under it is its answer (wsl)")
        << QByteArray("## Which?\n\n1. One\n2. Two\n") << QStringList{QStringLiteral("answered@1 Q[Which?] A[1. One\n2. Two]")};
    QTest::newRow("so is a numbered list after text (wsl's steps)")
        << QByteArray("## How?\n\nSteps:\n\n2. Two\n3. Three\n")
        << QStringList{QStringLiteral("answered@1 Q[How?] A[Steps:\n\n2. Two\n3. Three]")};
    QTest::newRow("? inside closing code") << QByteArray("### From `index.js?`\n\nSo.\n")
                                           << QStringList{QStringLiteral("answered@1 Q[From `index.js?`] A[So.]")};
    QTest::newRow("nothing under it: unanswered")
        << QByteArray("### Why?\n\n### How?\n\nSo.\n")
        << QStringList{QStringLiteral("unanswered@1 Q[Why?]"), QStringLiteral("answered@3 Q[How?] A[So.]")};
    QTest::newRow("a code block holds no question")
        << QByteArray("### Why?\n\n```\n### How?\n```\n")
        << QStringList{QStringLiteral("answered@1 Q[Why?] A[```\n### How?\n```]")};
    QTest::newRow("ends a label answer")
        << QByteArray("**Question:** a\n\n**Answer:** b\n### Why?\nBecause.\n")
        << QStringList{QStringLiteral("answered@1 Q[a] A[b]"), QStringLiteral("answered@4 Q[Why?] A[Because.]")};
    QTest::newRow("CRLF, no final line ending") << QByteArray("### Why?\r\n\r\nBecause.") << QStringList{why};
    // The other side of each rule: prose.
    QTest::newRow("# is a title") << QByteArray("# Why?\n\nBecause.\n") << QStringList{};
    QTest::newRow("no ?") << QByteArray("## Installation\n\nRun it.\n") << QStringList{};
    QTest::newRow("### no ?") << QByteArray("### Installation\n\nRun it.\n") << QStringList{};
    QTest::newRow("words after the ?") << QByteArray("### Why? Because\n\nText.\n") << QStringList{};
    QTest::newRow("escaped ?") << QByteArray("### Why\\?\n\nText.\n") << QStringList{};
    QTest::newRow("no space after the #s") << QByteArray("###Why?\n\nText.\n") << QStringList{};
    QTest::newRow("seven #s") << QByteArray("####### Why?\n\nText.\n") << QStringList{};
    QTest::newRow("indented code") << QByteArray("    ### Why?\n\n    Text.\n") << QStringList{};
    QTest::newRow("in a code block") << QByteArray("```\n### Why?\n\nText.\n```\n") << QStringList{};
    QTest::newRow("in a list item") << QByteArray("- ### Why?\n\n  Text.\n") << QStringList{};
    // Indented, as under a list item: no context decides, so that taking
    // the list away by an edit does not make it one
    // (setanswer-numbered-question-of-an-indented-heading-question).
    QTest::newRow("spaces before it") << QByteArray(" ### Why?\nBecause.\n") << QStringList{};
    QTest::newRow("three spaces before it") << QByteArray("   ### Why?\nBecause.\n") << QStringList{};
    QTest::newRow("indented under # FAQ") << QByteArray("# FAQ\n\n  ## Install\n\nRun it.\n") << QStringList{};
    QTest::newRow("an indented heading ends no answer")
        << QByteArray("### Why?\n\nA.\n  # Part\n") << QStringList{QStringLiteral("answered@1 Q[Why?] A[A.\n  # Part]")};
    QTest::newRow("an indented FAQ heading opens no part")
        << QByteArray("  # FAQ\n\n## Install\n\nRun it.\n") << QStringList{};
    QTest::newRow("not a question number") << QByteArray("### Q1 2024 roadmap\n\nText.\n") << QStringList{};
    QTest::newRow("two levels under FAQ") << QByteArray("## FAQ\n\n#### Install\n\nRun it.\n") << QStringList{};
    QTest::newRow("after the FAQ part") << QByteArray("## FAQ\n\n## Other\n\n### Install\n\nRun it.\n") << QStringList{};
    QTest::newRow("a FAQ name under a FAQ") << QByteArray("# FAQ\n\n## More FAQs\n\nText.\n") << QStringList{};
    QTest::newRow("a closed heading under # FAQ") << QByteArray("# FAQ\n\n## Added ##\n\nText.\n") << QStringList{};
    QTest::newRow("FAQ in an answer opens no part")
        << QByteArray("**Q:** a\n\n**A:** b\n\n# FAQ\n\n---\n\n## Install\n\nText.\n")
        << QStringList{QStringLiteral("answered@1 Q[a] A[b\n\n# FAQ]")};
    QTest::newRow("a word with faq in it") << QByteArray("# Faqtory\n\n## Install\n\nText.\n") << QStringList{};
    QTest::newRow("a FAQ level heading under a heading question is its answer")
        << QByteArray("## FAQ\n\n## Why?\n\nA.\n\n### Sub\n\nB.\n")
        << QStringList{QStringLiteral("answered@3 Q[Why?] A[A.\n\n### Sub\n\nB.]")};
}

void TestParserHeadings::recognised()
{
    QFETCH(QByteArray, document);
    QFETCH(QStringList, entries);
    const QaDocument doc = loaded(document);
    QCOMPARE(describeEntries(doc), entries);
    for (const EntryRef &ref : doc.allEntries()) {
        const QaEntry &e = doc.entry(ref);
        if (e.form() == QaEntry::Form::Heading)
            QCOMPARE(QaLabel::dialectName(e.dialect()), QStringLiteral("heading"));
    }
    QCOMPARE(doc.toBytes(), document);
}

// A `## ` heading that is a question is an entry of the section before it;
// the `## ` headings that are no questions stay sections.
void TestParserHeadings::sectionsStayAroundQuestions()
{
    const QaDocument doc = loaded("# Title\n\n## Why?\n\nA.\n\n## Setup\n\nText.\n\n## How?\n\nB.\n\n1. one\n");
    QCOMPARE(describeSections(doc), QStringList({QStringLiteral("@0:1"), QStringLiteral("Setup@7:1")}));
    QCOMPARE(texts(doc), QStringList({QStringLiteral("answered Q[Why?] A[A.]"),
                                      QStringLiteral("answered Q[How?] A[B.\n\n1. one]")}));
    // Bold questions and question lists after a `## ` section heading, as before.
    const QaDocument list = loaded("## S\n\n2. Next?\n3. More?\n");
    QCOMPARE(list.entryCount(), 2);
}

void TestParserHeadings::editsKeepTheHeading()
{
    const QByteArray text("### Why? ###\r\n\r\nBecause.\r\n\r\n### How?\r\n\r\nSo.\r\n");
    QaDocument doc = loaded(text);
    doc.setQuestion(doc.entryRef(1), QStringLiteral("What now?"));
    QCOMPARE(doc.toBytes(), QByteArray("### What now? ###\r\n\r\nBecause.\r\n\r\n### How?\r\n\r\nSo.\r\n"));
    doc.setAnswer(doc.entryRef(1), QStringLiteral("New.\nTwo lines."));
    QCOMPARE(doc.toBytes(), QByteArray("### What now? ###\r\n\r\nNew.\r\nTwo lines.\r\n\r\n### How?\r\n\r\nSo.\r\n"));
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(texts(reloaded), QStringList({QStringLiteral("answered Q[What now?] A[New.\nTwo lines.]"),
                                           QStringLiteral("answered Q[How?] A[So.]")}));
    QCOMPARE(reloaded.entry(reloaded.entryRef(1)).dialect(), QaLabel::Dialect::Heading);
    doc.setQuestion(doc.entryRef(1), QStringLiteral("Why?"));
    doc.setAnswer(doc.entryRef(1), QStringLiteral("Because."));
    QCOMPARE(doc.toBytes(), text);
}

void TestParserHeadings::questionTheFormCannotHoldReadsBack_data()
{
    QTest::addColumn<QString>("question");
    QTest::newRow("empty") << QString();
    QTest::newRow("no ?") << QStringLiteral("Define two.");
    QTest::newRow("a line break") << QStringLiteral("Two\nlines?");
    QTest::newRow("space at the end") << QStringLiteral("Why? ");
    QTest::newRow("closing #") << QStringLiteral("Why? #");
}

void TestParserHeadings::questionTheFormCannotHoldReadsBack()
{
    QFETCH(QString, question);
    const QByteArray text("## S\n\n### One?\n\nA1.\n\n### Notes\n\nProse.\n\n### Two?\n\n### Three?\n\nA3.\n");
    for (const int n : {1, 2}) { // answered, unanswered
        QaDocument doc = loaded(text);
        QCOMPARE(doc.entryCount(), 3);
        doc.setQuestion(doc.entryRef(n), question);
        QCOMPARE(reloadedEntries(doc), texts(doc));
        QVERIFY2(doc.toBytes().contains("**Question:**"), doc.toBytes().constData());
        QVERIFY(doc.toBytes().contains("### Notes\n\nProse.\n"));
    }
}

// One level under a FAQ heading any text is a question; a question moved
// out of the FAQ part would not be one, and is written with labels.
void TestParserHeadings::faqPartQuestionKeepsItsForm()
{
    const QByteArray text("# FAQ\n\n## Install\n\nRun it.\n\n## Remove\n\nDelete it.\n");
    QaDocument doc = loaded(text);
    QCOMPARE(doc.entryCount(), 2);
    doc.setQuestion(doc.entryRef(1), QStringLiteral("Set up"));
    QCOMPARE(doc.toBytes(), QByteArray(text).replace("## Install", "## Set up"));
    doc.setQuestion(doc.entryRef(1), QStringLiteral("Frequently asked questions"));
    QVERIFY2(doc.toBytes().contains("**Question:** Frequently asked questions\n\n**Answer:**\nRun it.\n"),
             doc.toBytes().constData());
    QCOMPARE(reloadedEntries(doc), texts(doc));
    // A section added to the FAQ part stays a section.
    QaDocument added = loaded(text);
    added.addSection(1, QStringLiteral("Later"));
    QVERIFY2(added.toBytes().endsWith("## Later ##\n"), added.toBytes().constData());
    QCOMPARE(loaded(added.toBytes()).sectionCount(), 2);
    QCOMPARE(loaded(added.toBytes()).section(1).title(), QStringLiteral("Later"));
    QCOMPARE(reloadedEntries(added), texts(added));
    // A FAQ part's question left right under a heading question of a higher
    // level (the entry between removed) would be its subheading: a `---`.
    QaDocument removed = loaded("## FAQ\n\n## Why?\n\nA.\n\n**Bold?**\n\nB.\n\n### Install\n\nRun it.\n");
    QCOMPARE(removed.entryCount(), 3);
    removed.removeEntry(removed.entryRef(2));
    QVERIFY2(removed.toBytes().startsWith("## FAQ\n\n## Why?\n\nA.\n\n---\n"), removed.toBytes().constData());
    QCOMPARE(reloadedEntries(removed), texts(removed));
}

// An answer ending with a numbered list (wsl's steps) would, after an
// answer label, be split off as question list: such an entry is written as
// a `<details>` block instead.
void TestParserHeadings::answerEndingWithAListKeepsIt()
{
    const QByteArray text("## Why?\r\n\r\nSteps:\r\n\r\n1. One\r\n\r\n2. Two\r\n\r\n## How?\r\n\r\nSo.\r\n");
    QaDocument doc = loaded(text);
    QCOMPARE(doc.entryCount(), 2);
    doc.setQuestion(doc.entryRef(1), QStringLiteral("Steps"));
    QVERIFY2(doc.toBytes().startsWith("<details>\r\n<summary><!-- question -->Steps</summary>"), doc.toBytes().constData());
    QCOMPARE(reloadedEntries(doc), texts(doc));
    // An answer that starts indented: an admonition (a block's answer is
    // read without the spaces around it; fuzz regression
    // setquestion-heading-indented-answer-as-details).
    QaDocument indented = loaded("## Why?\n\n    Code.\n\nSteps:\n\n2. Two\n3. Three\n");
    indented.setQuestion(indented.entryRef(1), QStringLiteral("Steps"));
    QVERIFY2(indented.toBytes().startsWith("??? question \"Steps\"\n        Code.\n"), indented.toBytes().constData());
    QCOMPARE(reloadedEntries(indented), texts(indented));
    // A line of only spaces stays in the admonition with its spaces (fuzz
    // regression setquestion-heading-answer-list-without-block-form: it had
    // been written empty, so labels were used and the list became questions).
    QaDocument spaced = loaded("## Why?\n\n    Code.\n \n    More.\n\n2. Two\n3. Three\n");
    spaced.setQuestion(spaced.entryRef(1), QStringLiteral("Steps"));
    QVERIFY2(spaced.toBytes().startsWith("??? question \"Steps\"\n        Code.\n     \n        More.\n"),
             spaced.toBytes().constData());
    QCOMPARE(reloadedEntries(spaced), texts(spaced));
    // Nor one that ends in spaces or a tab (fuzz regression
    // setquestion-heading-answer-ending-in-a-tab: a `<details>` lost them).
    QaDocument trailing = loaded("## Why?\n\nText.\n\n2. Two\n3. Three \t\n");
    trailing.setQuestion(trailing.entryRef(1), QStringLiteral("Steps"));
    QVERIFY2(!trailing.toBytes().startsWith("<details>"), trailing.toBytes().constData());
    QCOMPARE(reloadedEntries(trailing), texts(trailing));
}

// A heading is no lazy line of a list item (CommonMark): a `# FAQ` right
// after a numbered question starts a FAQ part, not more of the question.
// Fuzz regression moveentry-heading-answer-with-indented-fence (a move left
// a numbered question right above `# FAQ`, which then swallowed it).
void TestParserHeadings::unindentedHeadingEndsANumberedQuestion()
{
    const QaDocument doc = loaded("## S\n\n1. First?\n# FAQ\n\n## Why\n\nBecause.\n");
    QCOMPARE(texts(doc), (QStringList{QStringLiteral("unanswered Q[First?]"),
                                      QStringLiteral("answered Q[Why] A[Because.]")}));
    // Indented under the item, a heading is the item's, also after a blank
    // line and under `## FAQ` (a heading in a list item is no question).
    const QaDocument indented = loaded("## S\n\n1. First?\n   # Part of it\n");
    QCOMPARE(indented.entryCount(), 1);
    QVERIFY(indented.entry(indented.entryRef(1)).question().contains(QStringLiteral("# Part of it")));
    const QaDocument faq = loaded("## FAQ\n\n1. What?\n\n   ### Part\n\n   Text.\n");
    QCOMPARE(faq.entryCount(), 1);
    QVERIFY(faq.entry(faq.entryRef(1)).question().contains(QStringLiteral("### Part")));
}

// A numbered question whose item holds a heading, answered, is written as
// one labelled paragraph: the heading line is indented, or under `## FAQ` it
// would read as a question of its own (fuzz regression
// setanswer-numbered-question-holding-faq-level-heading).
void TestParserHeadings::headingInAQuestionParagraphStaysInIt()
{
    QaDocument doc = loaded("## FAQ\n\n1. What?\n\n    ### Part\n\n    Text.\n");
    QCOMPARE(doc.entryCount(), 1);
    doc.setAnswer(doc.entryRef(1), QStringLiteral("Yes."));
    QVERIFY2(doc.toBytes().contains("\n    ### Part\n"), doc.toBytes().constData());
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(reloaded.entryCount(), 1);
    QCOMPARE(reloaded.entry(reloaded.entryRef(1)).answer(), QStringLiteral("Yes."));
}

void TestParserHeadings::answerEditsEscapeWhatWouldEndIt()
{
    QaDocument doc = loaded("## S\n\n### Why?\n\nBecause.\n\n### Notes\n\nProse.\n");
    doc.setAnswer(doc.entryRef(1), QStringLiteral("One.\n### Two\n#### Deeper\n---\n**Q:** x\n```\n### code\n```"));
    QVERIFY2(doc.toBytes().contains("One.\n\\### Two\n#### Deeper\n\\---\n\\**Q:** x\n```\n### code\n```\n\n### Notes"),
             doc.toBytes().constData());
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(reloaded.entryCount(), 1);
    QVERIFY(reloaded.toBytes().contains("### Notes\n\nProse.\n"));
}

void TestParserHeadings::answeringAndBlankAnswers()
{
    QaDocument doc = loaded("### Why?\n\n### How?\n\nSo.\n");
    QCOMPARE(doc.entry(doc.entryRef(1)).status(), EntryStatus::Unanswered);
    doc.setAnswer(doc.entryRef(1), QStringLiteral("Because."));
    QCOMPARE(doc.toBytes(), QByteArray("### Why?\n\nBecause.\n\n### How?\n\nSo.\n"));
    QCOMPARE(reloadedEntries(doc), texts(doc));

    QaDocument last = loaded("Prose.\n\n## Why?");
    last.setAnswer(last.entryRef(1), QStringLiteral("Because."));
    QCOMPARE(last.toBytes(), QByteArray("Prose.\n\n## Why?\n\nBecause."));

    // A blank answer is no answer: the heading stays, alone.
    QaDocument blank = loaded("### Why?\n\nBecause.\n\n### How?\n\nSo.\n");
    blank.setAnswer(blank.entryRef(1), QStringLiteral("  "));
    QCOMPARE(blank.entry(blank.entryRef(1)).status(), EntryStatus::Unanswered);
    QCOMPARE(blank.toBytes(), QByteArray("### Why?\n\n### How?\n\nSo.\n"));
    QCOMPARE(reloadedEntries(blank), texts(blank));
}

void TestParserHeadings::newEntryNextToHeadings()
{
    QaDocument doc = loaded("## S\n\n#### Why?\n\nBecause.\n");
    doc.addEntry(0, 1, QStringLiteral("How?"), QStringLiteral("So."));
    QCOMPARE(doc.toBytes(), QByteArray("## S\n\n#### Why?\n\nBecause.\n\n---\n\n#### How?\n\nSo.\n"));
    doc.addEntry(0, 0, QStringLiteral("First?"), QStringLiteral("One."));
    QVERIFY2(doc.toBytes().startsWith("## S\n\n#### First?\n\nOne.\n\n---\n\n#### Why?"), doc.toBytes().constData());
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(reloadedEntries(doc), texts(doc));
    for (const EntryRef &ref : reloaded.allEntries())
        QCOMPARE(reloaded.entry(ref).dialect(), QaLabel::Dialect::Heading);
    // Not a question by its words, or no answer to show: Quire's labels.
    QaDocument labelled = loaded("## S\n\n### Why?\n\nBecause.\n");
    labelled.addEntry(0, 1, QStringLiteral("Define it."), QStringLiteral("So."));
    labelled.addEntry(0, 2, QStringLiteral("Open?"), QString());
    QVERIFY2(labelled.toBytes().endsWith("**Question:** Define it.\n\n**Answer:** So.\n\n---\n\n"
                                         "**Question:** Open?\n\n**Answer:**\n"),
             labelled.toBytes().constData());
    QCOMPARE(reloadedEntries(labelled), texts(labelled));
}

// Each entry of a mixed document removed, and moved to each place: the
// entries read back as they are in memory.
void TestParserHeadings::everyRemovalAndMoveReadsBack()
{
    const QByteArray text("# FAQ\n\n## Install\n\nRun it.\n\n### Deeper\n\nMore.\n\n## Why?\n\n<details><summary>x</summary>\n\n"
                          "#### Inside\n\n</details>\n\n### Notes\n\nProse.\n\n**Bold?**\n\nB.\n\n### How?\n\n"
                          "# Part two\n\n## Section\n\n### Three?\n\nT.\n\n### Other\n\nP.\n\n2. e\n3. f\n\n**Question:** g\n\n**Answer:** G.\n");
    const QaDocument original = loaded(text);
    QCOMPARE(original.toBytes(), text);
    const int count = original.entryCount();
    QCOMPARE(count, 6);
    QCOMPARE(firstRemovalOrMoveNotReadBack(original), QString());
}

// Fuzz regression removeentry-details-after-heading-leaves-unclosed-details:
// a question `<details>` never closed is prose; left right after a
// heading's answer (the entry between removed) it would be more of that
// answer: a `---` keeps it out.
void TestParserHeadings::unclosedDetailsAfterARemovalStaysOut()
{
    QaDocument doc = loaded("### Why?\n\nA.\n\n<details><summary>How?</summary>So.</details>\n\n"
                            "<details><summary>Open?</summary>\n\nNever closed.\n");
    QCOMPARE(doc.entryCount(), 2);
    doc.removeEntry(doc.entryRef(2));
    QVERIFY2(doc.toBytes().contains("A.\n\n---\n"), doc.toBytes().constData());
    QCOMPARE(reloadedEntries(doc), texts(doc));
}

// A section titled as a question would read back as an entry: its `?` (or
// the mark after a question number) is written with a backslash.
void TestParserHeadings::sectionTitlesThatWouldBeQuestions()
{
    QaDocument doc = loaded("## S\n\nProse.\n");
    doc.renameSection(0, QStringLiteral("Why?"));
    doc.addSection(1, QStringLiteral("Question 1. Later"));
    QCOMPARE(doc.toBytes(), QByteArray("## Why\\?\n\nProse.\n\n## Question 1\\. Later\n"));
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(reloaded.entryCount(), 0);
    QCOMPARE(describeSections(reloaded), QStringList({QStringLiteral("Why?@1:0"), QStringLiteral("Question 1. Later@5:0")}));
}

void TestParserHeadings::forcedDialects()
{
    const QByteArray text("## Why?\n\nA.\n\n**Q:** b\n\n**A:** c\n\n### How?\n\nD.\n");
    QCOMPARE(loaded(text).entryCount(), 3);
    QCOMPARE(describeEntries(loaded(text, forced(QaLabel::Dialect::Heading))),
             QStringList({QStringLiteral("answered@1 Q[Why?] A[A.]"), QStringLiteral("answered@9 Q[How?] A[D.]")}));
    // Read as labels only, a `## ` question is a section again and a `### ` one prose that ends an answer.
    const QaDocument labels = loaded(text, forced(QaLabel::Dialect::ShortLabel));
    QCOMPARE(describeEntries(labels), QStringList({QStringLiteral("answered@5 Q[b] A[c]")}));
    QCOMPARE(describeSections(labels), QStringList({QStringLiteral("Why?@1:1")}));
    QCOMPARE(labels.toBytes(), text);
    QVERIFY(QaLabel::dialectNamed(QStringLiteral("heading")) == QaLabel::Dialect::Heading);

    // Read as headings only, a question the heading cannot hold is written
    // with labels, never as a `<details>` block (not read then); its answer's
    // numbered list stays (no question list is read), a heading in it gets a
    // backslash (fuzz regression setquestion-forced-heading-answer-ending-in-list).
    QaDocument steps = loaded("## S\n\n### Why?\n\nSteps:\n\n2. Two\n3. Three\n\n### How?\n\nSo.\n",
                              forced(QaLabel::Dialect::Heading));
    steps.setQuestion(steps.entryRef(1), QStringLiteral("Steps"));
    QVERIFY2(steps.toBytes().contains("**Question:** Steps\n\n**Answer:**\nSteps:\n\n2. Two"), steps.toBytes().constData());
    QCOMPARE(reloadedEntries(steps), texts(steps));
    // Only a heading a labelled answer would not keep as text gets the
    // backslash: one that is a question by its words, or one at the level
    // of the FAQ part's questions (fuzz regression
    // setquestion-forced-heading-escapes-heading-inside-details: every
    // heading had one, also in an answer no one edited).
    QaDocument deeper = loaded("## S\n\n### Why?\n\nText.\n\n#### Details\n\nMore.\n\n### How?\n\nSo.\n",
                               forced(QaLabel::Dialect::Heading));
    QCOMPARE(deeper.entryCount(), 2);
    deeper.setQuestion(deeper.entryRef(1), QStringLiteral("Reasons"));
    QVERIFY2(deeper.toBytes().contains("**Answer:**\nText.\n\n#### Details\n\nMore.\n"), deeper.toBytes().constData());
    QCOMPARE(reloadedEntries(deeper), texts(deeper));
    deeper.setAnswer(deeper.entryRef(1), QStringLiteral("Text.\n\n#### Details\n\n#### And why?"));
    QVERIFY2(deeper.toBytes().contains("\n#### Details\n\n\\#### And why?\n"), deeper.toBytes().constData());
    QCOMPARE(loaded(deeper.toBytes(), forced(QaLabel::Dialect::Heading)).entryCount(), 2);
    QaDocument faq = loaded("## FAQ\n\n### Why?\n\nBecause.\n\n### How?\n\nSo.\n", forced(QaLabel::Dialect::Heading));
    QCOMPARE(faq.entryCount(), 2);
    faq.setQuestion(faq.entryRef(1), QStringLiteral("Two\nlines"));
    faq.setAnswer(faq.entryRef(1), QStringLiteral("Text.\n\n### Inside\n\n#### Deeper"));
    QVERIFY2(faq.toBytes().contains("\n\\### Inside\n\n#### Deeper\n"), faq.toBytes().constData());
    QCOMPARE(loaded(faq.toBytes(), forced(QaLabel::Dialect::Heading)).entryCount(), 2);
}

void TestParserHeadings::canWriteMatchesTheParser_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"Why?", "Why? #", "Why? ##", "?", "", "Why", " Why?", "Why? ", "Why\\?", "a\nb?",
                             "Question 1. Do", "C#?", "#?", "Why ?"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestParserHeadings::canWriteMatchesTheParser()
{
    QFETCH(QString, text);
    const QaDocument doc = loaded("Prose.\n\n### " + text.toUtf8() + "\n\nAnswer.\n");
    const bool read = doc.entryCount() == 1 && doc.entry(doc.entryRef(1)).question() == text;
    QCOMPARE(HeadingQuestion::canWrite(text), read);
}

QTEST_GUILESS_MAIN(TestParserHeadings)
#include "tst_parser_headings.moc"
