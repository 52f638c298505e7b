// Bugs the document fuzzer found (tests/fuzz), each as a small readable case
// with its exact expected bytes or reading, and every input the fuzzer kept
// (tests/fuzz/regressions/) replayed through the harness's own checks.

#include "tests/fuzz/regressioncases.h"
#include "tests/support/testsupport.h"

#include "documentchecks.h"
#include "app/document/qadocument.h"

#include <QDir>
#include <QtTest>

using namespace RegressionCases;
using namespace TestSupport;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();

    void removeKeepsProseInSeparator();
    void moveKeepsProseBeforeSeparator();
    void removeKeepsQuestionListAfterIntro();
    void removeKeepsProseOutOfAnswer();
    void removeKeepsListAfterRemovedAnswer();
    void addEntryAfterUnclosedFence();
    void addSectionAfterUnclosedFence();
    void answerDoesNotTakeInFollowingProse();
    void newEntryDoesNotTakeInFollowingProse();
    void answeredNumberedQuestionWithParagraphs();
    void movedNumberedQuestionAfterProse();
    void fencedCodeStaysInItsItem();
    void lazyLineAfterIndentedParagraph();
    void carriageReturnAtEndOfFile();
    void removeKeepsIndentedTextOutOfNumberedQuestion();
    void answerListLeftStartingAtOne();
    void answerListLeftBeforeProse();
    void answerListKeepsCodeBlocksInItsItems();
    void entryAddedFirstLeavesByteOrderMarkFirst();
    void lineOfALoneCarriageReturnIsText();
    void headingAfterByteOrderMarkIsRenamedInPlace();
    void renameToItsOwnSpacedTitleChangesNothing();
    void proseEndingInNoBreakSpaceIsReplacedWhole();
    void byteOrderMarkStartingAQuestionIsText();
    void numberedQuestionStartsAtItsFirstText();
    void answerOfCarriageReturnsIsNoBlankAnswer();
    void lineOfCarriageReturnsIsTextInEveryWriter();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(QUIRE_FUZZ_REGRESSIONS));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    if (files.isEmpty())
        QTest::newRow("regressions missing") << QString();
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
    // The small file of each label dialect the fuzzer starts from.
    const QDir seeds(QStringLiteral(QUIRE_FUZZ_DOCUMENT_SEEDS));
    for (const QString &file : seeds.entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(QStringLiteral("seed ") + file)) << seeds.filePath(file);
}

// The edit each input makes is chosen by its last bytes (see
// tests/fuzz/documentchecks.cpp); the message names it.
void TestFuzzRegressions::replay()
{
    QFETCH(QString, path);
    QVERIFY2(!path.isEmpty(), "no inputs in " QUIRE_FUZZ_REGRESSIONS);
    const QByteArray input = readFile(path);
    QVERIFY(!input.isEmpty());
    const QString failure = DocumentChecks::check(input);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

// A `---` run that also holds prose went with a removed entry, prose and all.
void TestFuzzRegressions::removeKeepsProseInSeparator()
{
    QaDocument doc = loaded("## S\n\n**Question:** a\n\n**Answer:** b\n\n---\n\nSome prose.\n\n"
                            "**Question:** c\n\n**Answer:** d\n");
    doc.removeEntry({0, 0});
    QCOMPARE(doc.toBytes(), QByteArray("## S\n\n\n---\n\nSome prose.\n\n**Question:** c\n\n**Answer:** d\n"));
}

void TestFuzzRegressions::moveKeepsProseBeforeSeparator()
{
    QaDocument doc = loaded("## S\n\n1. first\n\nA note.\n\n---\n\n**Question:** c\n\n**Answer:** d\n");
    QCOMPARE(doc.entryCount(), 2);
    doc.moveEntry({0, 1}, 0, 0);
    const QByteArray out = doc.toBytes();
    QVERIFY2(out.contains("A note."), out.constData());
    const QaDocument reloaded = loaded(out);
    QCOMPARE(questions(reloaded), QStringList({QStringLiteral("c"), QStringLiteral("first")}));
}

// Dropping the `---` after a removed entry left the list after it behind
// prose, where a list is not a question list.
void TestFuzzRegressions::removeKeepsQuestionListAfterIntro()
{
    QaDocument doc = loaded("## S\n\nIntro.\n\n**Question:** a\n\n**Answer:** b\n\n---\n\n2. x\n3. y\n");
    doc.removeEntry({0, 0});
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(questions(reloaded), QStringList({QStringLiteral("x"), QStringLiteral("y")}));
}

// The unanswered question between an answer and prose ended that answer;
// without it a `---` has to.
void TestFuzzRegressions::removeKeepsProseOutOfAnswer()
{
    QaDocument doc = loaded("## S\n\n**Question:** a\n\n**Answer:** b\n\n**Question:** c\n\nSome prose.\n");
    doc.removeEntry({0, 1});
    QCOMPARE(doc.toBytes(), QByteArray("## S\n\n**Question:** a\n\n**Answer:** b\n\n---\n\n\nSome prose.\n"));
    QCOMPARE(loaded(doc.toBytes()).entry({0, 0}).answer(), QStringLiteral("b"));
}

// Questions listed after an answer are a question list because of that
// answer; once it is gone, a `---` (or, at the start of the preamble, where
// a `---` does not start one, the bold form) keeps them questions.
void TestFuzzRegressions::removeKeepsListAfterRemovedAnswer()
{
    QaDocument doc = loaded("## S\n\nIntro.\n\n**Question:** a\n\n**Answer:** b\n\n2. x\n3. y\n");
    doc.removeEntry({0, 0});
    QCOMPARE(doc.toBytes(), QByteArray("## S\n\nIntro.\n\n\n---\n\n2. x\n3. y\n"));
    QCOMPARE(questions(loaded(doc.toBytes())), QStringList({QStringLiteral("x"), QStringLiteral("y")}));

    QaDocument preamble = loaded("**Question:** a\n\n**Answer:** b\n\n2. x\n3. y\n");
    preamble.removeEntry({0, 0});
    QCOMPARE(preamble.toBytes(), QByteArray("\n\n**Question:** x\n\n---\n\n3. y\n"));
    QCOMPARE(questions(loaded(preamble.toBytes())), QStringList({QStringLiteral("x"), QStringLiteral("y")}));
}

// A document may end inside a code block; what an edit adds after it must
// not become code. The writer closes the fence first.
void TestFuzzRegressions::addEntryAfterUnclosedFence()
{
    const QByteArray input("## S\n\n**Question:** a\n\n**Answer:** Like this:\n\n```\nx = 1\n");
    QaDocument doc = loaded(input);
    doc.addEntry(0, 1, QStringLiteral("b"), QStringLiteral("c"));
    QCOMPARE(doc.toBytes(), input + "```\n\n---\n\n**Question:** b\n\n**Answer:** c\n");
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(reloaded.entryCount(), 2);
    QCOMPARE(reloaded.entry({0, 1}).answer(), QStringLiteral("c"));
}

void TestFuzzRegressions::addSectionAfterUnclosedFence()
{
    const QByteArray input("## S\n\nProse:\n\n~~~~\ncode\n");
    QaDocument doc = loaded(input);
    QCOMPARE(doc.addSection(1, QStringLiteral("New")), 1);
    QCOMPARE(doc.toBytes(), input + "~~~~\n\n## New\n");
    QCOMPARE(loaded(doc.toBytes()).sectionCount(), 2);
}

// The prose after an unanswered question is not its answer; once it has one,
// a `---` keeps the prose out of it.
void TestFuzzRegressions::answerDoesNotTakeInFollowingProse()
{
    QaDocument doc = loaded("## S\n\n**Question:** a\n\nSome prose.\n");
    doc.setAnswer({0, 0}, QStringLiteral("b"));
    QCOMPARE(doc.toBytes(), QByteArray("## S\n\n**Question:** a\n\n**Answer:** b\n\n---\n\nSome prose.\n"));
    QCOMPARE(loaded(doc.toBytes()).entry({0, 0}).answer(), QStringLiteral("b"));
}

void TestFuzzRegressions::newEntryDoesNotTakeInFollowingProse()
{
    QaDocument doc = loaded("## S\n\n**Question:** a\n\nSome prose.\n");
    doc.addEntry(0, 1, QStringLiteral("b"), QStringLiteral("c"));
    QCOMPARE(doc.toBytes(), QByteArray("## S\n\n**Question:** a\n\n---\n\n**Question:** b\n\n**Answer:** c\n\n"
                                       "---\n\nSome prose.\n"));
    QCOMPARE(loaded(doc.toBytes()).entry({0, 1}).answer(), QStringLiteral("c"));
}

// A numbered question of several paragraphs, answered, is written as a bold
// question: one paragraph, or its answer would not be its own. A line that
// would start an answer is indented (the same paragraph, rendered the same).
void TestFuzzRegressions::answeredNumberedQuestionWithParagraphs()
{
    QaDocument doc = loaded("## S\n\n1. What is it?\n\n   More about it.\n\n   **Answer:** not a label here\n"
                            "2. Next?\n");
    QCOMPARE(doc.entryCount(), 2);
    const QString question = doc.entry({0, 0}).question();
    doc.setAnswer({0, 0}, QStringLiteral("Yes."));
    const QByteArray out = doc.toBytes();
    QVERIFY2(out.contains("**Question:** What is it?\nMore about it.\n    **Answer:** not a label here\n\n"
                          "**Answer:** Yes.\n"),
             out.constData());
    const QaDocument reloaded = loaded(out);
    QCOMPARE(reloaded.entryCount(), 2);
    QCOMPARE(reloaded.entry({0, 0}).answer(), QStringLiteral("Yes."));
    QCOMPARE(reloaded.entry({0, 0}).question().simplified(), question.simplified());
    QCOMPARE(reloaded.entry({0, 1}).question(), QStringLiteral("Next?"));
}

// After prose a list is not a question list: a numbered question moved there
// is written as a bold question.
void TestFuzzRegressions::movedNumberedQuestionAfterProse()
{
    QaDocument doc = loaded("## A\n\nSome prose.\n\n## B\n\n1. Which one?\n");
    doc.moveEntry({1, 0}, 0, 0);
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(reloaded.section(0).entryCount(), 1);
    QCOMPARE(reloaded.entry({0, 0}).question(), QStringLiteral("Which one?"));
    QCOMPARE(reloaded.entry({0, 0}).status(), EntryStatus::Unanswered);
}

// A code block in a numbered item belongs to the item; the list used to end
// inside it, leaving the rest of the list as prose.
void TestFuzzRegressions::fencedCodeStaysInItsItem()
{
    QaDocument doc = loaded("## S\n\n1. How?\n\n   ```\n   code\n\n   more\n   ```\n2. Why?\n");
    QCOMPARE(questions(doc), QStringList({QStringLiteral("How?\n\n```\ncode\n\nmore\n```"), QStringLiteral("Why?")}));
    doc.setQuestion({0, 0}, QStringLiteral("What?"));
    QCOMPARE(doc.toBytes(), QByteArray("## S\n\n1. What?\n2. Why?\n"));
    QCOMPARE(questions(loaded(doc.toBytes())), QStringList({QStringLiteral("What?"), QStringLiteral("Why?")}));
}

// A line right after an item's indented paragraph continues it (as after the
// item's first line), so it goes with the item's text when that is edited.
void TestFuzzRegressions::lazyLineAfterIndentedParagraph()
{
    QaDocument doc = loaded("## S\n\n1. a\n\n   b\nc\n");
    QCOMPARE(questions(doc), QStringList({QStringLiteral("a\n\nb\nc")}));
    doc.setQuestion({0, 0}, QStringLiteral("x"));
    QCOMPARE(doc.toBytes(), QByteArray("## S\n\n1. x\n"));
    QCOMPARE(questions(loaded(doc.toBytes())), QStringList({QStringLiteral("x")}));
}

// A carriage return ending the file ends its last line, so the line reads
// the same once an edit writes a line feed after it.
void TestFuzzRegressions::carriageReturnAtEndOfFile()
{
    QaDocument doc = loaded("##\r");
    QCOMPARE(doc.sectionCount(), 1);
    QCOMPARE(doc.addSection(1, QStringLiteral("New")), 1);
    QCOMPARE(doc.toBytes(), QByteArray("##\r\n\n## New\n"));
    QCOMPARE(loaded(doc.toBytes()).sectionCount(), 2);

    // It gets its line feed, not a second line ending.
    QaDocument crlf = loaded("## S\r\n\r\nSome text\r");
    crlf.addSection(1, QStringLiteral("New"));
    QCOMPARE(crlf.toBytes(), QByteArray("## S\r\n\r\nSome text\r\n\r\n## New\r\n"));

    QaDocument answered = loaded("## S\n\n**Question:** q\n\n**Answer:** a\r");
    QCOMPARE(answered.entry({0, 0}).answer(), QStringLiteral("a"));
    answered.addEntry(0, 1, QStringLiteral("q2"), QStringLiteral("a2"));
    QCOMPARE(loaded(answered.toBytes()).entry({0, 0}).answer(), QStringLiteral("a"));
}

// Text indented under a numbered question after blank lines goes on with it
// (a fence indented by four spaces or more is such text, not a code block).
// Once the bold question that stood between them is removed, a `---` keeps
// that text out of the numbered question.
void TestFuzzRegressions::removeKeepsIndentedTextOutOfNumberedQuestion()
{
    QaDocument doc = loaded("## S\n\n1. How?\n\n     ```\n     a\n**Question:** b\n     c\n\n     d\n     ```\n");
    QCOMPARE(questions(doc), QStringList({QStringLiteral("How?\n\n```\na"), QStringLiteral("b\n     c")}));
    doc.removeEntry({0, 1});
    QCOMPARE(doc.toBytes(), QByteArray("## S\n\n1. How?\n\n     ```\n     a\n\n---\n\n     d\n     ```\n"));
    QCOMPARE(questions(loaded(doc.toBytes())), QStringList({QStringLiteral("How?\n\n```\na")}));
}

// Numbered questions at the end of an answer are a question list only if it
// starts above 1 after a blank line and nothing else follows before the
// answer ends (MarkdownLines::AnswerList). Removing or moving its first item
// can leave one that starts at 1: read again, it would be more of the
// answer. A `---` after the answer keeps them questions.
void TestFuzzRegressions::answerListLeftStartingAtOne()
{
    QaDocument doc = loaded("## S\n\n**Question:** a\n\n**Answer:** b\n\n2. x\n1. y\n");
    QCOMPARE(questions(doc), QStringList({QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("y")}));
    doc.removeEntry({0, 1});
    QCOMPARE(doc.toBytes(), QByteArray("## S\n\n**Question:** a\n\n**Answer:** b\n\n---\n\n1. y\n"));
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(questions(reloaded), QStringList({QStringLiteral("a"), QStringLiteral("y")}));
    QCOMPARE(reloaded.entry({0, 0}).answer(), QStringLiteral("b"));
}

// The same list once the question that ended the answer after it is moved
// or removed: the prose after it would make all of it answer.
void TestFuzzRegressions::answerListLeftBeforeProse()
{
    const QByteArray input("## S\n\n**Question:** a\n\n**Answer:** b\n\n2. x\n\n**Question:** c\n\nSome prose.\n");
    QaDocument doc = loaded(input);
    QCOMPARE(questions(doc), QStringList({QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("c")}));
    doc.removeEntry({0, 2});
    QCOMPARE(doc.toBytes(), QByteArray("## S\n\n**Question:** a\n\n**Answer:** b\n\n---\n\n2. x\n\n\nSome prose.\n"));
    QCOMPARE(loaded(doc.toBytes()).entry({0, 0}).answer(), QStringLiteral("b"));

    QaDocument moved = loaded(input);
    moved.moveEntry({0, 2}, 0, 0);
    const QaDocument reloaded = loaded(moved.toBytes());
    QCOMPARE(questions(reloaded), QStringList({QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("x")}));
    QCOMPARE(reloaded.entry({0, 1}).answer(), QStringLiteral("b"));
}

// A code block in a numbered question is the question's, at the end of an
// answer as after a heading (fencedCodeStaysInItsItem). Read before as the
// end of the list, it made the answer take in the list; so did the line
// the writer adds to close a code block that the file left open, before
// what an edit adds after it.
void TestFuzzRegressions::answerListKeepsCodeBlocksInItsItems()
{
    QaDocument doc = loaded("## S\n\n**Question:** a\n\n**Answer:** b\n\n2. x\n\n   ```\n   ## code\n\n   ```\n3. y\n");
    QCOMPARE(questions(doc), QStringList({QStringLiteral("a"), QStringLiteral("x\n\n```\n## code\n\n```"),
                                          QStringLiteral("y")}));
    QCOMPARE(doc.entry({0, 0}).answer(), QStringLiteral("b"));

    const QByteArray open("## S\n\n**Question:** a\n\n**Answer:** b\n\n2. x\n\n   ```\n   code\n");
    QaDocument added = loaded(open);
    QCOMPARE(questions(added), QStringList({QStringLiteral("a"), QStringLiteral("x\n\n```\ncode")}));
    added.addEntry(0, 2, QStringLiteral("q"), QStringLiteral("r"));
    QCOMPARE(added.toBytes(), open + "```\n\n---\n\n**Question:** q\n\n**Answer:** r\n");
    const QaDocument reloaded = loaded(added.toBytes());
    QCOMPARE(questions(reloaded), QStringList({QStringLiteral("a"), QStringLiteral("x\n\n```\ncode\n```"),
                                               QStringLiteral("q")}));
    QCOMPARE(reloaded.entry({0, 0}).answer(), QStringLiteral("b"));
}

// A document that starts with a byte order mark: an entry added before its
// first line goes after the mark, which stays the file's first bytes. (The
// fuzz check itself counted the mark as part of the first line's words.)
void TestFuzzRegressions::entryAddedFirstLeavesByteOrderMarkFirst()
{
    QaDocument doc = loaded("\xEF\xBB\xBF**Question:**m\nJ");
    const QString question = doc.entry(doc.entryRef(1)).question();
    doc.addEntry(0, 0, QStringLiteral("New?"), QStringLiteral("Yes."));
    const QByteArray out = doc.toBytes();
    QVERIFY(out.startsWith("\xEF\xBB\xBF"));
    QVERIFY(out.indexOf("New?") < out.indexOf("**Question:**m"));
    QCOMPARE(out.count("\xEF\xBB\xBF"), 1);
    const QaDocument again = loaded(out);
    QCOMPARE(questions(again), (QStringList{QStringLiteral("New?"), question}));
}

// A carriage return that does not end a line ("\r\r\n") is text to the
// parser, so the writer must not take such a line for a blank one: an entry
// added to the section stays apart from it instead of taking it into its
// answer.
void TestFuzzRegressions::lineOfALoneCarriageReturnIsText()
{
    QaDocument doc = loaded("## Ws.\r\n\r\r\n");
    doc.addEntry(0, 0, QStringLiteral("New?"), QStringLiteral("Yes."));
    const QaDocument again = loaded(doc.toBytes());
    QCOMPARE(again.entryCount(), 1);
    QCOMPARE(again.entry(again.entryRef(1)).answer(), QStringLiteral("Yes."));
}

// Harness: the bytes a rename of a heading on line 1 may change start after
// a byte order mark, which stays in the preamble. (The engine was right; the
// check's range was not.)
void TestFuzzRegressions::headingAfterByteOrderMarkIsRenamedInPlace()
{
    QaDocument doc = loaded("\xEF\xBB\xBF## B>.a--rV");
    doc.renameSection(0, QStringLiteral("rV"));
    QCOMPARE(doc.toBytes(), QByteArray("\xEF\xBB\xBF## rV"));
    QCOMPARE(loaded(doc.toBytes()).section(0).title(), QStringLiteral("rV"));
}

// Harness: a title is read with its inner spacing and a rename stores the
// new one simplified, but renaming to the title it has, spacing and all, is
// no change at all. (The check expected the simplified title.)
void TestFuzzRegressions::renameToItsOwnSpacedTitleChangesNothing()
{
    QaDocument doc = loaded("## B   A rV");
    QCOMPARE(doc.section(0).title(), QStringLiteral("B   A rV"));
    doc.renameSection(0, QStringLiteral("B   A rV"));
    QCOMPARE(doc.toBytes(), QByteArray("## B   A rV"));
    QCOMPARE(doc.section(0).title(), QStringLiteral("B   A rV"));
    doc.renameSection(0, QStringLiteral("B  A  x"));
    QCOMPARE(doc.toBytes(), QByteArray("## B A x"));
    QCOMPARE(doc.section(0).title(), QStringLiteral("B A x"));
}

// setProseText trimmed the old body's white space byte by byte with
// QChar::isSpace, which reads the continuation byte of a UTF-8 no-break
// space (0xA0) as one: a body ending in U+00A0 left half the character
// behind ("New text.\xA0"), and the file was refused as not UTF-8.
void TestFuzzRegressions::proseEndingInNoBreakSpaceIsReplacedWhole()
{
    QaDocument doc = loaded("## Background\n\nOld text,\xC2\xA0\n\n## Next\n");
    QCOMPARE(doc.proseText(0), QStringLiteral("Old text,"));
    doc.setProseText(0, QStringLiteral("New text."));
    QCOMPARE(doc.toBytes(), QByteArray("## Background\n\nNew text.\n\n## Next\n"));
    QCOMPARE(loaded(doc.toBytes()).proseText(0), QStringLiteral("New text."));
}

// A byte order mark where a question's text starts is a character of it
// (U+FEFF, QString::fromUtf8 would drop it): question() and the bytes quire
// check --json writes keep it, and so does a question written anew
// (moveentry-numbered-question-starting-with-byte-order-mark: moved, it had
// lost it).
void TestFuzzRegressions::byteOrderMarkStartingAQuestionIsText()
{
    const QString mark(QChar(0xFEFF));
    const QaDocument doc = loaded("**Q.** \xEF\xBB\xBF DaemonSets supported?\n\n**A.** Yes.\n");
    const QaEntry &entry = doc.entry(doc.allEntries().front());
    QCOMPARE(entry.question(), mark + QStringLiteral(" DaemonSets supported?"));
    QCOMPARE(entry.questionTextUtf8(), QByteArray("\xEF\xBB\xBF DaemonSets supported?"));

    QaDocument moved = loaded("**Q**\n***\n3.\n\xEF\xBB\xBFt");
    QCOMPARE(questions(moved), QStringList({QString(), mark + QLatin1Char('t')}));
    moved.moveEntry(moved.allEntries()[1], 0, 0);
    QVERIFY2(moved.toBytes().startsWith("**Q** \xEF\xBB\xBFt\n"), moved.toBytes().constData());
    QCOMPARE(questions(loaded(moved.toBytes())), QStringList({mark + QLatin1Char('t'), QString()}));
}

// A marker alone on its line: the question starts on the next line with
// text, not with a line break; written again, it goes on the marker's line.
// With a byte order mark there, the answered question read back without it
// (setanswer-numbered-question-starting-with-line-break-and-bom).
void TestFuzzRegressions::numberedQuestionStartsAtItsFirstText()
{
    QaDocument doc = loaded("## S\n\n1.\nWhat now?\n2. Next?\n");
    QCOMPARE(questions(doc), QStringList({QStringLiteral("What now?"), QStringLiteral("Next?")}));
    QCOMPARE(doc.toBytes(), QByteArray("## S\n\n1.\nWhat now?\n2. Next?\n"));
    doc.setQuestion({0, 0}, QStringLiteral("# Why?"));
    QCOMPARE(doc.toBytes(), QByteArray("## S\n\n1. # Why?\n2. Next?\n"));
    QCOMPARE(questions(loaded(doc.toBytes())), QStringList({QStringLiteral("# Why?"), QStringLiteral("Next?")}));

    const QString markedWhy = QString(QChar(0xFEFF)) + QStringLiteral("Why?");
    QaDocument marked = loaded("## S\n\n1.\n\xEF\xBB\xBFWhy?\n");
    QCOMPARE(questions(marked), QStringList({markedWhy}));
    marked.setAnswer({0, 0}, QStringLiteral("Because."));
    QCOMPARE(questions(loaded(marked.toBytes())), QStringList({markedWhy}));
}

// A carriage return not before a line feed is text, so a bold question's
// answer of only such characters is not blank: written with labels (its
// question emptied), it had been left out
// (setquestion-bold-question-answer-of-carriage-returns).
void TestFuzzRegressions::answerOfCarriageReturnsIsNoBlankAnswer()
{
    QaDocument doc = loaded("**What is it?**\n\n\r\r\r\n");
    const QString answer = doc.entry(doc.allEntries().front()).answer();
    QCOMPARE(answer, QStringLiteral("\r\r"));
    doc.setQuestion(doc.allEntries().front(), QString());
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(reloaded.entry(reloaded.allEntries().front()).answer(), answer);
}

// A line of carriage returns before its "\r\n" is a line of text, not a
// blank line. Each writer (labels, `<details>`, admonition) replaced "\r\n"
// in the decoded text, each eating a "\r" that was text, until the line was
// blank and ended the question or answer
// (moveentry-numbered-question-with-line-of-carriage-returns: a moved
// numbered question written with labels). Text set with such a line reads
// back as it, in every dialect and with either line ending.
void TestFuzzRegressions::lineOfCarriageReturnsIsTextInEveryWriter()
{
    const QString question = QStringLiteral("Why\n\r\nnot?");
    const QString answer = QStringLiteral("Because\n\r\r\nso.");
    const QByteArray entries[] = {"**Question:** A?\n\n**Answer:** B.\n", "**Q:** A?\n\n**A:** B.\n",
                                  "<details><summary>A?</summary>\n\nB.\n</details>\n",
                                  "??? question \"A?\"\n    B.\n", "**A?**\n\nB.\n"};
    for (const QByteArray &eol : {QByteArray("\n"), QByteArray("\r\n")}) {
        for (const QByteArray &entry : entries) {
            QaDocument doc = loaded(QByteArray("## S\n\n" + entry).replace("\n", eol));
            QCOMPARE(doc.entryCount(), 1);
            const bool titled = entry.startsWith("???"); // an admonition's title is one line
            if (!titled)
                doc.setQuestion(doc.allEntries().front(), question);
            doc.setAnswer(doc.allEntries().front(), answer);
            const QaDocument reloaded = loaded(doc.toBytes());
            const QByteArray context = entry + (eol == "\n" ? "LF" : "CRLF") + ", written:\n" + doc.toBytes();
            QVERIFY2(reloaded.entryCount() == 1, context.constData());
            const QaEntry &read = reloaded.entry(reloaded.allEntries().front());
            QVERIFY2(read.answer() == answer, context.constData());
            QVERIFY2(titled || read.question() == question, context.constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
