// Bold-line questions (README, "Dialects", bold-question): recognised, and
// not one character off; byte-identical round trips; edits, new answers and
// new entries in the dialect, and what the form cannot hold (an empty
// question, `**` in it, no `?`, a line break, an emptied answer) read back
// the same; every removal and move reads back; a forced dialect; the corpus
// file counted by hand.

#include "tests/document/parserdescriptions.h"

#include "app/document/boldquestion.h"
#include "app/document/qadocument.h"

#include <QtTest>

using namespace ParserDescriptions;

namespace {

const QByteArray sixEntries("## S\n\n**One?**\n\nA1.\n\n**Two?**\n\nA2.\n\n**Three?**\n\nA3.\n\n"
                            "**Four?**\n\n**Five?** 👶\n\nA5.\n\n**Six?**\n\nA6.\n");

} // namespace

class TestParserBoldQuestions : public QObject
{
    Q_OBJECT

private slots:
    void recognised_data();
    void recognised();
    void editsKeepTheForm();
    void answeringWritesTheBlocksAfter();
    void textTheFormCannotHoldReadsBack_data();
    void textTheFormCannotHoldReadsBack();
    void emptiedAnswerKeepsAnEmptyAnswer();
    void newEntryNextToBoldQuestions();
    void removalLeavesOneSeparator();
    void everyRemovalAndMoveReadsBack();
    void forcedDialects();
    void canWriteMatchesTheParser_data();
    void canWriteMatchesTheParser();
    void corpusCount();
};

// Each row: a document and the entries it gives.
void TestParserBoldQuestions::recognised_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QStringList>("entries");
    const QString why = QStringLiteral("answered@1 Q[Why?] A[Because.]");
    QTest::newRow("alone") << QByteArray("**Why?**\n\nBecause.\n") << QStringList{why};
    QTest::newRow("answer on the next line") << QByteArray("**Why?**\nBecause.\n") << QStringList{why};
    QTest::newRow("emoji tag inside the bold")
        << QByteArray("**What is regularisation? 👶**\n\nA penalty.\n")
        << QStringList{QStringLiteral("answered@1 Q[What is regularisation? 👶] A[A penalty.]")};
    QTest::newRow("joiner, star and a typo in the tag (corpus line 370)")
        << QByteArray("**Useful? \u200d⭐️I**\n\nYes.\n")
        << QStringList{QStringLiteral("answered@1 Q[Useful? \u200d⭐️I] A[Yes.]")};
    QTest::newRow("tag after the bold, trailing spaces") << QByteArray("**Why?** 🚀  \n\nBecause.\n") << QStringList{why};
    QTest::newRow("several blocks, up to the next bold question")
        << QByteArray("**A?**\n\nOne.\n\n- x\n- y\n\n```\n**B?**\n```\n\n**C?**\n\nTwo.\n")
        << QStringList{QStringLiteral("answered@1 Q[A?] A[One.\n\n- x\n- y\n\n```\n**B?**\n```]"),
                       QStringLiteral("answered@12 Q[C?] A[Two.]")};
    QTest::newRow("nothing after it: unanswered")
        << QByteArray("**A?**\n\n**B?**\n\nTwo.\n")
        << QStringList{QStringLiteral("unanswered@1 Q[A?]"), QStringLiteral("answered@3 Q[B?] A[Two.]")};
    QTest::newRow("right after a heading, ends at the next")
        << QByteArray("## S\n**A?**\n\nOne.\n\n## T\n\nProse.\n")
        << QStringList{QStringLiteral("answered@2 Q[A?] A[One.]")};
    QTest::newRow("ends at ---") << QByteArray("**A?**\n\nOne.\n\n---\n\nProse.\n")
                                 << QStringList{QStringLiteral("answered@1 Q[A?] A[One.]")};
    QTest::newRow("ends at a label question")
        << QByteArray("**A?**\n\nOne.\n\n**Q:** B?\n\n**A:** Two.\n")
        << QStringList{QStringLiteral("answered@1 Q[A?] A[One.]"), QStringLiteral("answered@5 Q[B?] A[Two.]")};
    QTest::newRow("ends a label answer")
        << QByteArray("**Question:** a\n\n**Answer:** b\n\n**C?**\n\nd\n")
        << QStringList{QStringLiteral("answered@1 Q[a] A[b]"), QStringLiteral("answered@5 Q[C?] A[d]")};
    QTest::newRow("a question list ends it")
        << QByteArray("## S\n\n**A?**\n\nOne.\n\n2. Next?\n3. More?\n")
        << QStringList{QStringLiteral("answered@3 Q[A?] A[One.]"), QStringLiteral("unanswered@7 Q[Next?]"),
                       QStringLiteral("unanswered@8 Q[More?]")};
    QTest::newRow("a list right after it is its answer")
        << QByteArray("**Which?**\n\n2. a\n3. b\n") << QStringList{QStringLiteral("answered@1 Q[Which?] A[2. a\n3. b]")};
    QTest::newRow("CRLF, no final line ending") << QByteArray("**Why?**\r\n\r\nBecause.") << QStringList{why};
    QTest::newRow("after a byte order mark") << QByteArray("\xEF\xBB\xBF**Why?**\n\nBecause.\n") << QStringList{why};
    QTest::newRow("after a list, a blank line between")
        << QByteArray("- item\n\n**Why?**\n\nBecause.\n") << QStringList{QStringLiteral("answered@3 Q[Why?] A[Because.]")};
    // The other side of each rule: prose.
    QTest::newRow("no ? at the end") << QByteArray("**Precision-recall trade-off ⭐️**\n\nText.\n") << QStringList{};
    QTest::newRow("words after the ?") << QByteArray("**Why? Because**\n\nText.\n") << QStringList{};
    QTest::newRow("text after the bold") << QByteArray("**Why?** Because.\n") << QStringList{};
    QTest::newRow("text before it in the paragraph") << QByteArray("Intro:\n**Why?**\n\nText.\n") << QStringList{};
    QTest::newRow("two bold spans") << QByteArray("**A** or **B?**\n\nText.\n") << QStringList{};
    QTest::newRow("space inside the opening") << QByteArray("** Why?**\n\nText.\n") << QStringList{};
    QTest::newRow("space inside the closing") << QByteArray("**Why? **\n\nText.\n") << QStringList{};
    QTest::newRow("indented: in a list item") << QByteArray("- item\n\n  **Why?**\n\n  text\n") << QStringList{};
    QTest::newRow("a list item") << QByteArray("- **Why?**\n\n  Because.\n") << QStringList{};
    QTest::newRow("in a blockquote") << QByteArray("> **Why?**\n>\n> Because.\n") << QStringList{};
    QTest::newRow("in a code block") << QByteArray("```\n**Why?**\n\nBecause.\n```\n") << QStringList{};
    QTest::newRow("indented code") << QByteArray("    **Why?**\n\n    Because.\n") << QStringList{};
    QTest::newRow("underscores") << QByteArray("__Why?__\n\nBecause.\n") << QStringList{};
    QTest::newRow("bold-italic") << QByteArray("***Why?***\n\nBecause.\n") << QStringList{};
    // Not a bold question but a label with its question in the bold (tst_parser_dialects).
    QTest::newRow("**Q: …?**<br> (RFC 1884)") << QByteArray("**Q: Why?**<br>\nA: Because.\n")
                                              << QStringList{QStringLiteral("answered@1 Q[Why?] A[Because.]")};
    QTest::newRow("escaped closing") << QByteArray("**Why?\\**\n\nText.\n") << QStringList{};
}

void TestParserBoldQuestions::recognised()
{
    QFETCH(QByteArray, document);
    QFETCH(QStringList, entries);
    const QaDocument doc = loaded(document);
    QCOMPARE(describeEntries(doc), entries);
    for (const EntryRef &ref : doc.allEntries()) {
        if (doc.entry(ref).form() == QaEntry::Form::BoldLine)
            QCOMPARE(QaLabel::dialectName(doc.entry(ref).dialect()), QStringLiteral("bold-question"));
    }
    QCOMPARE(doc.toBytes(), document);
}

void TestParserBoldQuestions::editsKeepTheForm()
{
    QaDocument doc = loaded("**Why?** 👶\r\n\r\nBecause.\r\n\r\n**How?**\r\n\r\nSo.\r\n");
    doc.setQuestion(doc.entryRef(1), QStringLiteral("What now?"));
    QCOMPARE(doc.toBytes(), QByteArray("**What now?** 👶\r\n\r\nBecause.\r\n\r\n**How?**\r\n\r\nSo.\r\n"));
    doc.setAnswer(doc.entryRef(1), QStringLiteral("New.\nTwo lines."));
    QCOMPARE(doc.toBytes(), QByteArray("**What now?** 👶\r\n\r\nNew.\r\nTwo lines.\r\n\r\n**How?**\r\n\r\nSo.\r\n"));
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(describeEntries(reloaded),
             QStringList({QStringLiteral("answered@1 Q[What now?] A[New.\nTwo lines.]"),
                          QStringLiteral("answered@6 Q[How?] A[So.]")}));
    QCOMPARE(reloaded.entry(reloaded.entryRef(1)).dialect(), QaLabel::Dialect::BoldQuestion);
    // Back to the loaded texts: the loaded bytes again.
    doc.setQuestion(doc.entryRef(1), QStringLiteral("Why?"));
    doc.setAnswer(doc.entryRef(1), QStringLiteral("Because."));
    QCOMPARE(doc.toBytes(), QByteArray("**Why?** 👶\r\n\r\nBecause.\r\n\r\n**How?**\r\n\r\nSo.\r\n"));
}

void TestParserBoldQuestions::answeringWritesTheBlocksAfter()
{
    QaDocument doc = loaded("**Why?**\n\n**How?**\n\nSo.\n");
    QCOMPARE(doc.entry(doc.entryRef(1)).status(), EntryStatus::Unanswered);
    doc.setAnswer(doc.entryRef(1), QStringLiteral("Because."));
    QCOMPARE(doc.toBytes(), QByteArray("**Why?**\n\nBecause.\n\n**How?**\n\nSo.\n"));
    QCOMPARE(describeEntries(loaded(doc.toBytes())), QStringList({QStringLiteral("answered@1 Q[Why?] A[Because.]"),
                                                                  QStringLiteral("answered@5 Q[How?] A[So.]")}));

    QaDocument last = loaded("Prose.\n\n**Why?**");
    last.setAnswer(last.entryRef(1), QStringLiteral("Because."));
    QCOMPARE(last.toBytes(), QByteArray("Prose.\n\n**Why?**\n\nBecause."));
}

// setQuestion with text `**text**` would not read back as: Quire's own
// labels, so the entry reads back the same (as a labelled one). The trap
// found by fuzzing: an empty question written as `****`, a break, took the
// entries after it into one.
void TestParserBoldQuestions::textTheFormCannotHoldReadsBack_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("empty") << QString() << QByteArray("**Question:**\n\n**Answer:**\nA2.\n");
    QTest::newRow("no ?") << QStringLiteral("Define two.") << QByteArray("**Question:** Define two.\n\n**Answer:**\nA2.\n");
    QTest::newRow("bold inside") << QStringLiteral("Is **this** it?")
                                 << QByteArray("**Question:** Is **this** it?\n\n**Answer:**\nA2.\n");
    QTest::newRow("a line break") << QStringLiteral("Two\nlines?")
                                  << QByteArray("**Question:** Two\nlines?\n\n**Answer:**\nA2.\n");
    QTest::newRow("a label inside") << QStringLiteral("Q:** why?")
                                    << QByteArray("**Question:** Q:** why?\n\n**Answer:**\nA2.\n");
    QTest::newRow("space at the end") << QStringLiteral("Why? ") << QByteArray("**Question:** Why? \n\n**Answer:**\nA2.\n");
}

void TestParserBoldQuestions::textTheFormCannotHoldReadsBack()
{
    QFETCH(QString, question);
    QFETCH(QByteArray, written);
    for (const EntryRef ref : {EntryRef{0, 1}, EntryRef{0, 3}}) { // answered, unanswered
        QaDocument doc = loaded(sixEntries);
        doc.setQuestion(ref, question);
        const QaDocument reloaded = loaded(doc.toBytes());
        QCOMPARE(reloaded.entryCount(), 6);
        QCOMPARE(reloadedEntries(doc), texts(doc));
        QCOMPARE(reloaded.entry(ref).question(), question);
        if (ref.index == 1)
            QVERIFY2(doc.toBytes().contains("\n\n" + written + "\n**Three?**"), doc.toBytes().constData());
        // Only that entry's bytes changed.
        const QaEntry &old = loaded(sixEntries).entry(ref);
        const qsizetype end = old.hasAnswerField() ? old.layout().answerEnd : old.layout().questionEnd;
        QVERIFY(doc.toBytes().startsWith(sixEntries.left(old.layout().questionStart)));
        QVERIFY(doc.toBytes().endsWith(sixEntries.mid(end)));
        // Read as bold questions only, Quire's own labels are still read.
        QCOMPARE(loaded(doc.toBytes(), forced(QaLabel::Dialect::BoldQuestion)).entryCount(), 6);
    }
}

void TestParserBoldQuestions::emptiedAnswerKeepsAnEmptyAnswer()
{
    QaDocument doc = loaded("## S\n\n**Why?**\n\nBecause.\n\n2. Next?\n3. More?\n");
    QCOMPARE(doc.entryCount(), 3);
    doc.setAnswer(doc.entryRef(1), QString());
    QCOMPARE(doc.entry(doc.entryRef(1)).status(), EntryStatus::Empty);
    QCOMPARE(doc.toBytes(), QByteArray("## S\n\n**Question:** Why?\n\n**Answer:**\n\n2. Next?\n3. More?\n"));
    QCOMPARE(reloadedEntries(doc), texts(doc));
}

void TestParserBoldQuestions::newEntryNextToBoldQuestions()
{
    QaDocument doc = loaded("## S\n\n**Why?**\n\nBecause.\n");
    doc.addEntry(0, 1, QStringLiteral("How?"), QStringLiteral("So."));
    QCOMPARE(doc.toBytes(), QByteArray("## S\n\n**Why?**\n\nBecause.\n\n---\n\n**How?**\n\nSo.\n"));
    doc.addEntry(0, 0, QStringLiteral("First?"), QStringLiteral("One."));
    QVERIFY2(doc.toBytes().startsWith("## S\n\n**First?**\n\nOne.\n\n---\n\n**Why?**"), doc.toBytes().constData());
    QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(describeEntries(reloaded), QStringList({QStringLiteral("answered@3 Q[First?] A[One.]"),
                                                     QStringLiteral("answered@9 Q[Why?] A[Because.]"),
                                                     QStringLiteral("answered@15 Q[How?] A[So.]")}));
    for (const EntryRef &ref : reloaded.allEntries())
        QCOMPARE(reloaded.entry(ref).dialect(), QaLabel::Dialect::BoldQuestion);

    // Not a bold question, or no answer to show: Quire's labels.
    QaDocument labelled = loaded("## S\n\n**Why?**\n\nBecause.\n");
    labelled.addEntry(0, 1, QStringLiteral("Define it."), QStringLiteral("So."));
    labelled.addEntry(0, 2, QStringLiteral("Open?"), QString());
    QVERIFY2(labelled.toBytes().endsWith("**Question:** Define it.\n\n**Answer:** So.\n\n---\n\n"
                                         "**Question:** Open?\n\n**Answer:**\n"),
             labelled.toBytes().constData());
    QCOMPARE(reloadedEntries(labelled), texts(labelled));
}

void TestParserBoldQuestions::removalLeavesOneSeparator()
{
    QaDocument doc = loaded("## S\n\n**A?**\n\nOne.\n\n---\n\n**B?**\n\nTwo.\n\n---\n\n**C?**\n\nThree.\n");
    doc.removeEntry(doc.entryRef(2));
    QCOMPARE(doc.toBytes(), QByteArray("## S\n\n**A?**\n\nOne.\n\n---\n\n**C?**\n\nThree.\n"));
}

// Each entry of a mixed document removed, and moved to each place: the
// entries read back as they are in memory.
void TestParserBoldQuestions::everyRemovalAndMoveReadsBack()
{
    const QByteArray text("## S\n\n**A?**\n\nOne.\n\n**B?**\n\n**Question:** c\n\n**Answer:** Three.\n\n"
                          "**D?**\n\nFour.\n\n2. e\n3. f\n\n**G?**\n\n## T\n\nProse.\n\n**H?**\n\nEight.\n");
    const QaDocument original = loaded(text);
    QCOMPARE(original.entryCount(), 8);
    QCOMPARE(original.toBytes(), text);
    for (int n = 1; n <= original.entryCount(); ++n) {
        QaDocument doc = original;
        doc.removeEntry(doc.entryRef(n));
        QCOMPARE(reloadedEntries(doc).size(), 7);
        for (int s = 0; s < original.sectionCount(); ++s) {
            const int room = original.section(s).entryCount() - (original.entryRef(n).section == s ? 1 : 0);
            for (int to = 0; to <= room; ++to) {
                QaDocument moved = original;
                moved.moveEntry(moved.entryRef(n), s, to);
                const QStringList back = reloadedEntries(moved);
                QCOMPARE(back.size(), 8);
                for (int k = 0; k < 8; ++k) {
                    const QString q = moved.entry(moved.entryRef(k + 1)).question();
                    QVERIFY2(back[k].contains(QStringLiteral("Q[%1]").arg(q)), qPrintable(back.join('\n')));
                }
            }
        }
    }
}

// Read as another dialect a bold question is prose that ends an answer; read
// as bold questions, labels are prose but Quire's own.
void TestParserBoldQuestions::forcedDialects()
{
    const QByteArray text("Q: a\n\nA: b\n\n**C?**\n\nd\n\n**Question:** e\n\n**Answer:** f\n");
    QCOMPARE(describeEntries(loaded(text)),
             QStringList({QStringLiteral("answered@1 Q[a] A[b]"), QStringLiteral("answered@5 Q[C?] A[d]"),
                          QStringLiteral("answered@9 Q[e] A[f]")}));
    QCOMPARE(describeEntries(loaded(text, forced(QaLabel::Dialect::PlainLabel))),
             QStringList({QStringLiteral("answered@1 Q[a] A[b]")}));
    QCOMPARE(describeEntries(loaded(text, forced(QaLabel::Dialect::BoldQuestion))),
             QStringList({QStringLiteral("answered@5 Q[C?] A[d]"), QStringLiteral("answered@9 Q[e] A[f]")}));
    QCOMPARE(loaded(text, forced(QaLabel::Dialect::QuestionLabel)).toBytes(), text);
    QVERIFY(QaLabel::dialectNamed(QStringLiteral("bold-question")) == QaLabel::Dialect::BoldQuestion);

    // Read as plain labels, the answer before a bold question still ends:
    // an entry added after it is set apart by the bold line alone.
    QaDocument plain = loaded(text, forced(QaLabel::Dialect::PlainLabel));
    plain.setAnswer(plain.entryRef(1), QStringLiteral("New"));
    QCOMPARE(plain.toBytes(), QByteArray(text).replace("A: b", "A: New"));
}

// The writer's check and the parser's rule are one: `**text**` after a blank
// line reads back as `text` exactly when canWrite says so.
void TestParserBoldQuestions::canWriteMatchesTheParser_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"Why?", "Why? 👶", "Why? \u200d⭐️", "?", "", "Why", "Why? no", "A ** B?", "*Why?*",
                             "Why?*", " Why?", "Why? ", "`code`?", "Why?\\", "Q:** x?", "Question:** x?", "**",
                             "a\nb?", "Why? 👶 🚀", "Why? 👶x"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestParserBoldQuestions::canWriteMatchesTheParser()
{
    QFETCH(QString, text);
    const QaDocument doc = loaded("Prose.\n\n**" + text.toUtf8() + "**\n\nAnswer.\n");
    const bool read = doc.entryCount() == 1 && doc.entry(doc.entryRef(1)).question() == text
        && doc.entry(doc.entryRef(1)).dialect() == QaLabel::Dialect::BoldQuestion;
    QCOMPARE(BoldQuestion::canWrite(text), read);
}

// ../shared/corpus/a_ds-interviews-theory-bold-questions.md, counted by hand:
// 166 bold lines with a difficulty tag (👶, ⭐️, 🚀) are the questions. 165
// end in `?` (one of them, line 370, with a typo "⭐️I" in its tag; one,
// line 1243, right under its `## ` heading); the 166th, line 332, is
// "**Precision-recall trade-off ⭐️**", a topic without `?`, and stays prose
// by the rule. Every one of the 165 has text after it; 14 of those answers
// are "Answer here" (not a placeholder phrase Quire knows), so all 165 count
// as answered. The `**Bias**` / `**Variance**` paragraphs in answers are
// bold words in a sentence, not questions.
void TestParserBoldQuestions::corpusCount()
{
    QFile file(QStringLiteral(QUIRE_CORPUS_DIR "/a_ds-interviews-theory-bold-questions.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QaDocument doc = loaded(bytes);
    const int expected = 165;
    int answered = 0, bold = 0;
    for (const EntryRef &ref : doc.allEntries()) {
        answered += doc.entry(ref).status() == EntryStatus::Answered ? 1 : 0;
        bold += doc.entry(ref).dialect() == QaLabel::Dialect::BoldQuestion ? 1 : 0;
    }
    qInfo("a_ds-interviews-theory-bold-questions.md: expected %d, found %d, answered %d", expected,
          doc.entryCount(), answered);
    QCOMPARE(doc.entryCount(), expected);
    QCOMPARE(bold, expected);
    QCOMPARE(answered, 165);
    QCOMPARE(doc.entry(doc.entryRef(1)).question(), QStringLiteral("What is supervised machine learning? 👶"));
    QCOMPARE(doc.entry(doc.entryRef(1)).line(), 45);
    QCOMPARE(doc.toBytes(), bytes);
}

QTEST_GUILESS_MAIN(TestParserBoldQuestions)
#include "tst_parser_boldquestions.moc"
