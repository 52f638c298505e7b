// The block dialects' cases (`<details>`, admonitions) among the bugs the
// document fuzzer found (tests/fuzz; tst_fuzzregressions replays the inputs
// in regressions/), each small and readable with its exact expected bytes or
// reading.

#include "tests/fuzz/regressioncases.h"

#include "app/document/qadocument.h"

#include <QtTest>

using namespace RegressionCases;

class TestBlockRegressions : public QObject
{
    Q_OBJECT

private slots:
    void numberedQuestionOfLinesBesideAdmonitionsTakesLabels();
    void detailsSummaryEndsAtASectionHeading();
    void detailsLeftOpenInAQuestionStaysOpen();
    void boldLineRightAfterABlockIsAQuestion();
    void summaryLeftOpenStopsBeforeTheBlockBelow();
    void boldQuestionGluedToATagLineStaysOneOnceTheLineChanges();
    void numberedQuestionWithLabelsKeepsABoldLineAfterATagLine();
};

// A numbered question that can no longer be a list item takes the form of
// its neighbours; an admonition's title is one line, so one of more lines
// beside admonitions takes Quire's labels (it had been written as one title
// line: removeentry-multiline-numbered-question-beside-admonitions,
// moveentry-numbered-question-with-fence-beside-admonitions).
void TestBlockRegressions::numberedQuestionOfLinesBesideAdmonitionsTakesLabels()
{
    const QByteArray admonition("??? question \"Why?\"\n    Because.\n");
    QaDocument doc = loaded("**Question:** Q0\n\n---\n\n1. First\n   second\n\n" + admonition);
    doc.removeEntry(doc.allEntries().front());
    QCOMPARE(doc.toBytes(), "\n---\n\n**Question:** First\nsecond\n\n---\n\n" + admonition);
    QCOMPARE(questions(loaded(doc.toBytes())), QStringList({QStringLiteral("First\nsecond"), QStringLiteral("Why?")}));

    QaDocument oneLine = loaded("**Question:** Q0\n\n---\n\n1. First\n\n" + admonition);
    oneLine.removeEntry(oneLine.allEntries().front());
    QVERIFY2(oneLine.toBytes().startsWith("\n---\n\n??? question \"First\"\n"), oneLine.toBytes().constData());
}

// A `<details>` summary ends where the search for its closing tag would (a
// `## `, a `---`, a question label), so no block spans a section heading:
// one that did became a block, heading and all, once the entry that had
// stopped the search moved away
// (moveentry-lets-details-summary-cross-a-section-heading).
void TestBlockRegressions::detailsSummaryEndsAtASectionHeading()
{
    QaDocument doc = loaded("**Question:** Before?\n\n<details>\n<summary>Why\n## B\nis it?</summary>\n\n"
                            "**Question:** Stop\n\nBody.\n\n</details>\n");
    QCOMPARE(doc.sectionCount(), 2);
    QCOMPARE(questions(doc), QStringList({QStringLiteral("Before?"), QStringLiteral("Stop")}));
    doc.removeEntry(doc.allEntries().back());
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(reloaded.sectionCount(), 2);
    QCOMPARE(questions(reloaded), QStringList({QStringLiteral("Before?")}));
    // Written into a summary, such a line is indented and stays in it.
    QaDocument details = loaded("<details><summary>Why?</summary>\n\nBecause.\n\n</details>\n");
    details.setQuestion(details.allEntries().front(), QStringLiteral("Why\n## B\n---\n**Question:** x?"));
    QCOMPARE(loaded(details.toBytes()).sectionCount(), 1);
    QCOMPARE(loaded(details.toBytes()).entryCount(), 1);
}

// A question holding a `<details>` line that is no block (its search for
// the closing tag stops at the next question block, an entry), with a
// closing tag after that entry: once the entry was removed or moved, the
// text after it was checked only as far as the first piece (a blank line),
// and the closing tag a piece later made the question's line a block
// (removeentry-details-in-question-closed-by-text-after-removed-entry).
// All the text up to the next entry counts now; a `---` keeps it apart.
void TestBlockRegressions::detailsLeftOpenInAQuestionStaysOpen()
{
    QaDocument doc = loaded("**Q**\n<details><summary>?</summary>\n\n"
                            "<details><summary>?</summary></details\n</details");
    QCOMPARE(questions(doc), QStringList({QStringLiteral("<details><summary>?</summary>"), QStringLiteral("?")}));
    doc.removeEntry(doc.allEntries().back());
    QCOMPARE(doc.toBytes(), QByteArray("**Q**\n<details><summary>?</summary>\n\n---\n\n</details"));
    QCOMPARE(questions(loaded(doc.toBytes())), QStringList{QStringLiteral("<details><summary>?</summary>")});
}

// A bold line right after a block's last line (an admonition's title or
// body, a `</details>` line) was text of that line's paragraph; with the
// block removed, moved, or a new entry put between them, it stood alone and
// read as a bold question: an entry more
// (addentry-beside-bold-line-glued-to-admonition-title). It starts a
// paragraph there now (as MkDocs reads an admonition), so it is a question
// from the start.
void TestBlockRegressions::boldLineRightAfterABlockIsAQuestion()
{
    const QByteArray documents[] = {"**Question:** A?\n\n??? question\n**Why?**\n",
                                    "**Question:** A?\n\n??? question \"B?\"\n    Body.\n**Why?**\n",
                                    "**Question:** A?\n\n<details><summary>B?</summary>\n\nx\n\n</details>\n**Why?**\n"};
    for (const QByteArray &bytes : documents) {
        QaDocument doc = loaded(bytes);
        QCOMPARE(doc.entryCount(), 3);
        QCOMPARE(questions(doc).back(), QStringLiteral("Why?"));
        doc.removeEntry(doc.allEntries()[1]);
        QCOMPARE(questions(loaded(doc.toBytes())), QStringList({QStringLiteral("A?"), QStringLiteral("Why?")}));
    }
    // In a paragraph of its own text, it is still no question.
    QCOMPARE(loaded("Some text\n**Why?**\n").entryCount(), 0);
}

// An answer ending in a `<details>` whose summary is left open (a blank
// line, then the `---` before the next entry, ended its search), and that
// entry's answer glued to a block: with the entry removed, the `---` and
// blank line went with it, the summary ran on into the block below and
// closed there, and the two became one block
// (removeentry-details-summary-left-open-runs-into-block-below). What
// follows an entry now includes the next entry as it will be written, and a
// summary running to the end of the entry's bytes counts as left open.
void TestBlockRegressions::summaryLeftOpenStopsBeforeTheBlockBelow()
{
    const QByteArray block("<details>\n<summary>Why?</summary>\n\nBecause.\n\n</details>\n");
    QaDocument doc = loaded("**Question:** First?\n\n**Answer:** Text.\n\n<details>\n<summary>Left open\n\n---\n\n"
                            "**Question:** Removed?\n\n**Answer:** Gone.\n" + block);
    QCOMPARE(questions(doc), QStringList({QStringLiteral("First?"), QStringLiteral("Removed?"), QStringLiteral("Why?")}));
    doc.removeEntry(doc.allEntries()[1]);
    QCOMPARE(doc.toBytes(), "**Question:** First?\n\n**Answer:** Text.\n\n<details>\n<summary>Left open\n\n---\n\n" + block);
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(questions(reloaded), QStringList({QStringLiteral("First?"), QStringLiteral("Why?")}));
    QCOMPARE(reloaded.entry(reloaded.allEntries().front()).answer(), QStringLiteral("Text.\n\n<details>\n<summary>Left open"));

    // The same with prose before the removed entry (its question label had
    // ended the summary's search).
    QaDocument prose = loaded("<details><summary>\n**Q:**\n<details><summary>?</summary></details>\n");
    QCOMPARE(questions(prose), QStringList({QString(), QStringLiteral("?")}));
    prose.removeEntry(prose.allEntries().front());
    QCOMPARE(prose.toBytes(), QByteArray("<details><summary>\n\n---\n\n<details><summary>?</summary></details>\n"));
    QCOMPARE(questions(loaded(prose.toBytes())), QStringList{QStringLiteral("?")});
}

// A bold question glued to a line that ends in `</details>` starts a
// paragraph (boldLineRightAfterABlockIsAQuestion), also when that line is
// an entry's question or answer. An edit that changed the line, or took it
// away, left the bold line inside the entry before it
// (setquestion-label-line-ending-in-details-tag-glued-to-bold-question,
// moveentry-question-ending-in-details-tag-glued-to-bold-question): the
// writer now puts a blank line before a bold question that would not start
// a paragraph where it is written.
void TestBlockRegressions::boldQuestionGluedToATagLineStaysOneOnceTheLineChanges()
{
    const QStringList both{QStringLiteral("x"), QStringLiteral("Why?")};
    QaDocument question = loaded("**Q** </details>\n**Why?**\ni\n");
    QCOMPARE(questions(question), QStringList({QStringLiteral("</details>"), QStringLiteral("Why?")}));
    question.setQuestion(question.allEntries().front(), QStringLiteral("x"));
    QCOMPARE(question.toBytes(), QByteArray("**Q** x\n\n**Why?**\ni\n"));
    QCOMPARE(questions(loaded(question.toBytes())), both);

    const QByteArray answered("**Q** x\n**A** y</details>\n**Why?**\ni\n");
    QaDocument answer = loaded(answered);
    answer.setAnswer(answer.allEntries().front(), QStringLiteral("Because."));
    QCOMPARE(answer.toBytes(), QByteArray("**Q** x\n**A** Because.\n\n**Why?**\ni\n"));
    QCOMPARE(questions(loaded(answer.toBytes())), both);

    // The line's entry removed, or moved away from the bold question.
    QaDocument removed = loaded("**Q** x\n**A** y\n**Q** </details>\n**Why?**\ni\n");
    removed.removeEntry(removed.allEntries()[1]);
    QCOMPARE(removed.toBytes(), QByteArray("**Q** x\n**A** y\n\n**Why?**\ni\n"));
    QCOMPARE(questions(loaded(removed.toBytes())), both);
    QaDocument moved = loaded("**Q** x\n**A** y\n**Q** </details>\n**Why?**\ni\n");
    moved.moveEntry(moved.allEntries()[1], 0, 0);
    QCOMPARE(questions(loaded(moved.toBytes())), QStringList({QStringLiteral("</details>"), QStringLiteral("x"), QStringLiteral("Why?")}));

    // Unedited, nothing changes: the bold question stays glued, also read as
    // one label dialect, where it is prose that ends the answer (a `---`
    // had been put before it: load-save-read-as-labels-bold-line-after-
    // details-tag-line). Edited, a `---` keeps it out of the new answer.
    QCOMPARE(loaded(answered).toBytes(), answered);
    DocumentParser::Options labels;
    labels.forced = QaLabel::Dialect::ShortLabel;
    std::optional<QaDocument> forced = QaDocument::fromBytes(answered, QStringLiteral("t.md"), labels);
    QVERIFY(forced);
    QCOMPARE(questions(*forced), QStringList{QStringLiteral("x")});
    QCOMPARE(forced->toBytes(), answered);
    forced->setAnswer(forced->allEntries().front(), QStringLiteral("Because."));
    QCOMPARE(forced->toBytes(), QByteArray("**Q** x\n**A** Because.\n\n---\n\n**Why?**\ni\n"));
    // Read as headings only, the same below an unanswered heading that is a
    // question as part of a FAQ
    // (load-save-read-as-headings-bold-line-below-heading-question).
    DocumentParser::Options headings;
    headings.forced = QaLabel::Dialect::Heading;
    const QByteArray heading("# FAQ\n\n## Topic\n**How?**\nx\n");
    std::optional<QaDocument> underHeading = QaDocument::fromBytes(heading, QStringLiteral("t.md"), headings);
    QVERIFY(underHeading);
    QCOMPARE(questions(*underHeading), QStringList{QStringLiteral("Topic")});
    QCOMPARE(underHeading->toBytes(), heading);
}

// A numbered question whose lines hold a bold question after a line ending
// in `</details>`, kept in the item by its indentation: answered where no
// list may start, it is written with labels, where the bold line had
// started an entry of its own (setanswer-numbered-question-with-bold-line-
// after-details-tag). It is indented now, as headings and labels are.
void TestBlockRegressions::numberedQuestionWithLabelsKeepsABoldLineAfterATagLine()
{
    QaDocument doc = loaded("**Q** A?\n\n---\n\n1. First</details>\n   **How?**\n");
    QCOMPARE(questions(doc), QStringList({QStringLiteral("A?"), QStringLiteral("First</details>\n**How?**")}));
    doc.setAnswer(doc.allEntries()[1], QStringLiteral("Because."));
    QCOMPARE(doc.toBytes(), QByteArray("**Q** A?\n\n---\n\n**Q** First</details>\n    **How?**\n\n**A** Because.\n"));
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(reloaded.entryCount(), 2);
    QCOMPARE(reloaded.entry(reloaded.allEntries()[1]).answer(), QStringLiteral("Because."));
}

QTEST_GUILESS_MAIN(TestBlockRegressions)
#include "tst_blockregressions.moc"
