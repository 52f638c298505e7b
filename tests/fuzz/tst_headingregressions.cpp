// The heading dialect's cases among the bugs the document fuzzer found
// (tests/fuzz; the inputs are replayed by tst_fuzzregressions), each small
// and readable with its exact expected bytes or reading.

#include "tests/fuzz/regressioncases.h"

#include "app/document/qadocument.h"

#include <QtTest>

using namespace RegressionCases;

class TestHeadingRegressions : public QObject
{
    Q_OBJECT

private slots:
    void renamingAFaqSectionEndsItsPart();
    void editingProseThatEndsAFaqPartExtendsIt();
    void carriageReturnInAnswerStaysInABlock();
    void readAsHeadingsOnlyAnAnswerKeepsItsBlockLines();
    void questionEndingInCarriageReturnKeepsIt();
    void answerDecidesTheBlockOfAQuestionEndingInCarriageReturn();
    void separatorAfterAnAnswerEndingInAnOpenFenceClosesItFirst();
    void faqTitleAfterAByteOrderMarkKeepsNewSectionsOut();
    void labelledEntryMovedIntoAFaqPartKeepsItsHeadingLines();
};

// Found as a failed check (renamesection-away-from-faq-name): a heading one
// level below a FAQ heading is a question only while that heading has a FAQ
// name, so renaming it changes the entries. That is the rule (README,
// "Dialects", heading), not a bug: the harness renames no FAQ section.
void TestHeadingRegressions::renamingAFaqSectionEndsItsPart()
{
    QaDocument doc = loaded("## FAQ\n\n### Install\n\nRun it.\n");
    QCOMPARE(questions(doc), QStringList{QStringLiteral("Install")});
    doc.renameSection(0, QStringLiteral("T"));
    QCOMPARE(doc.toBytes(), QByteArray("## T\n\n### Install\n\nRun it.\n"));
    QCOMPARE(loaded(doc.toBytes()).entryCount(), 0);
}

// Found as a failed check (setprosetext-removing-heading-that-ends-faq-part):
// prose holding the heading that ended a FAQ part, replaced, lets the part
// go on, so a heading after it becomes a question. That is the rule (README,
// "Dialects", heading), as for a renamed FAQ section: the harness edits no
// prose that holds a heading.
void TestHeadingRegressions::editingProseThatEndsAFaqPartExtendsIt()
{
    QaDocument doc = loaded("# FAQ\n##\n#\n## Who");
    QCOMPARE(doc.entryCount(), 0);
    doc.setProseText(0, QStringLiteral("Q Who"));
    QCOMPARE(questions(loaded(doc.toBytes())), QStringList{QStringLiteral("Who")});
}

// A heading's answer whose line ends in a carriage return before its CRLF
// (`\r\r\n`, read as text `\r` and a line break) went into a block as its
// decoded text, whose `\r\n` the block writers took for a line break: the
// CR was lost. A loaded answer now goes into the block as its bytes
// (setquestion-heading-answer-with-carriage-return-before-line-feed).
void TestHeadingRegressions::carriageReturnInAnswerStaysInABlock()
{
    // With a heading in it, the answer cannot take labels: an admonition
    // (its tags unbalanced) or a `<details>` block.
    const QByteArray answers[] = {"<details> one \r\r\ntwo\n\n### Deeper\n\nMore.",
                                  "One \r\r\ntwo\n\n### Deeper\n\nMore."};
    for (const QByteArray &answer : answers) {
        QaDocument doc = loaded("# FAQ\n\n## Why?\n\n" + answer + "\n");
        QCOMPARE(doc.entryCount(), 1);
        const QString expected = doc.entry(doc.allEntries().front()).answer();
        QVERIFY(expected.contains(QStringLiteral("one \r\ntwo"), Qt::CaseInsensitive));
        doc.setQuestion(doc.allEntries().front(), QString());
        const QaDocument reloaded = loaded(doc.toBytes());
        QCOMPARE(reloaded.entryCount(), 1);
        QCOMPARE(reloaded.entry(reloaded.allEntries().front()).answer(), expected);
        QCOMPARE(questions(reloaded), QStringList{QString()});
    }
}

// Read as headings only, a heading question rewritten with labels (its new
// text no question) had a `<details><summary>…?` line of its answer
// escaped with a backslash, as if the block could be read; in that dialect
// no block is, so the answer read back with the backslash. Only the lines
// that end any answer (`## `, `---`, a label) are escaped there now
// (setquestion-forced-heading-answer-keeps-details-line-unescaped).
void TestHeadingRegressions::readAsHeadingsOnlyAnAnswerKeepsItsBlockLines()
{
    DocumentParser::Options headings;
    headings.forced = QaLabel::Dialect::Heading;
    // The heading in the answer keeps it from going after a label as it
    // is: it is written escaped where needed.
    const QByteArray bytes = "## FAQ\n\n### Why?\n\nBecause.\n\n#### More\n\n<details>\n<summary>How?</summary>\n\n"
                             "Like this.\n\n</details>\n";
    std::optional<QaDocument> doc = QaDocument::fromBytes(bytes, QStringLiteral("t.md"), headings);
    QVERIFY(doc);
    QCOMPARE(questions(*doc), QStringList{QStringLiteral("Why?")});
    const QString answer = doc->entry(doc->allEntries().front()).answer();
    QVERIFY(answer.contains(QStringLiteral("\n<details>\n")));
    doc->setQuestion(doc->allEntries().front(), QStringLiteral("plain."));
    const std::optional<QaDocument> reloaded = QaDocument::fromBytes(doc->toBytes(), QStringLiteral("t.md"), headings);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->entryCount(), 1);
    QCOMPARE(reloaded->entry(reloaded->allEntries().front()).answer(), answer);
}

// A heading question whose text is a carriage return (`## \r\r\n`) cannot
// be written as a heading; with labels it lost the carriage return: the
// `\n` written after it read as a CRLF. EntryText::lineEndAfter gives
// `\r\n` there (setanswer-heading-question-ending-in-carriage-returns,
// moveentry-heading-question-of-a-carriage-return).
void TestHeadingRegressions::questionEndingInCarriageReturnKeepsIt()
{
    for (const QByteArray &ending : {QByteArray("t"), QByteArray("t\n"), QByteArray("t\r\n")}) {
        QaDocument doc = loaded("# FAQ\n## \r\r\n" + ending);
        QCOMPARE(questions(doc), QStringList{QStringLiteral("\r")});
        doc.setAnswer(doc.allEntries().front(), QStringLiteral("A"));
        const QaDocument reloaded = loaded(doc.toBytes());
        QCOMPARE(questions(reloaded), QStringList{QStringLiteral("\r")});
        QCOMPARE(reloaded.entry(reloaded.allEntries().front()).answer(), QStringLiteral("A"));
    }
}

// A heading question edited to a text that is no question by the heading
// rule and ends in a carriage return, whose answer only a block holds (a
// heading in it) and not a `<details>` block (it starts with a space, or
// its tags are unbalanced): with labels the answer's heading read back as
// another entry. It is an admonition now, whose title reads the carriage
// return as a space (found by the harness once it ended heading questions
// in a carriage return; README, "Dialects", heading).
void TestHeadingRegressions::answerDecidesTheBlockOfAQuestionEndingInCarriageReturn()
{
    const QByteArray answers[] = {" One.\n\n### Deeper\n\nMore.", "One <details>\n\n### Deeper\n\nMore."};
    for (const QByteArray &answer : answers) {
        for (const QString &question : {QStringLiteral("plain.\r"), QStringLiteral("two\nlines")}) {
            QaDocument doc = loaded("# Notes\n\n## Why?\n\n" + answer + "\n");
            QCOMPARE(doc.entryCount(), 1);
            const QString expected = doc.entry(doc.allEntries().front()).answer();
            doc.setQuestion(doc.allEntries().front(), question);
            const QaDocument reloaded = loaded(doc.toBytes());
            QCOMPARE(reloaded.entryCount(), 1);
            const QaEntry entry = reloaded.entry(reloaded.allEntries().front());
            QCOMPARE(entry.form(), QaEntry::Form::Admonition);
            QCOMPARE(entry.answer(), expected);
            QCOMPARE(entry.question().simplified(), question.simplified());
        }
    }
}

// A heading question whose answer ends the file inside a code block, with a
// numbered question moved after it: the `---` that keeps the list out of
// the answer was written inside the open code block, and the closing fence
// after it, so the answer read back with the `---` in it
// (moveentry-numbered-question-after-heading-answer-ending-in-open-fence).
// The fence is closed before the `---` now.
void TestHeadingRegressions::separatorAfterAnAnswerEndingInAnOpenFenceClosesItFirst()
{
    for (const QByteArray &heading : {QByteArray("### ?"), QByteArray("<h3>?</h3>")}) {
        QaDocument doc = loaded("##\n1.\n" + heading + "\n```\nl");
        QCOMPARE(doc.entryCount(), 2);
        doc.moveEntry(doc.entryRef(1), 0, 1);
        QCOMPARE(doc.toBytes(), "##\n" + heading + "\n```\nl\n```\n\n---\n\n---\n\n1.\n"); // the second `---` the moved entry's own
        const QaDocument reloaded = loaded(doc.toBytes());
        QCOMPARE(reloaded.entryCount(), 2);
        QCOMPARE(reloaded.entry(reloaded.entryRef(1)).answer(), QStringLiteral("```\nl\n```"));
    }
}

// A `# FAQ` title right after the file's byte order mark was not seen, so a
// section added to the document was written `## Fuzz` and read back as a
// question of the FAQ part (addsection-faq-title-after-byte-order-mark).
void TestHeadingRegressions::faqTitleAfterAByteOrderMarkKeepsNewSectionsOut()
{
    QaDocument doc = loaded("\xEF\xBB\xBF# FAQ");
    doc.addSection(0, QStringLiteral("Fuzz"));
    QVERIFY2(doc.toBytes().contains("## Fuzz ##"), doc.toBytes().constData());
    QCOMPARE(loaded(doc.toBytes()).entryCount(), 0);
}

// A labelled entry whose text holds a heading one level below a FAQ
// heading, moved into that FAQ part, read back split: the heading line
// became a question of its own (findings of 2026-12-08: a question `### l`
// under `**Q**`, an answer ending in `### l`). It is written as a block
// there, whose lines are no headings; where no block holds its texts (an
// empty answer, a question with white space at its edges) it is still
// split: open, tests/fuzz/README.md.
void TestHeadingRegressions::labelledEntryMovedIntoAFaqPartKeepsItsHeadingLines()
{
    const QByteArray texts[] = {"**Q**\n### l\n\n**A:** b\n", "**Q:** a\n**A:** b\n### l\n",
                                "**Q:** a\n**A:** b\n\n<details> open\n\n### l\n"};
    for (const QByteArray &text : texts) {
        QaDocument doc = loaded("## FAQ\n##\n" + text);
        QCOMPARE(doc.entryCount(), 1);
        const QaEntry before = doc.entry(doc.entryRef(1));
        doc.moveEntry(doc.entryRef(1), 0, 0);
        const QaDocument reloaded = loaded(doc.toBytes());
        QCOMPARE(reloaded.entryCount(), 1);
        const QaEntry after = reloaded.entry(reloaded.entryRef(1));
        QCOMPARE(after.question(), before.question());
        QCOMPARE(after.answer(), before.answer());
        QVERIFY(after.isBlock());
    }
}

QTEST_GUILESS_MAIN(TestHeadingRegressions)
#include "tst_headingregressions.moc"
