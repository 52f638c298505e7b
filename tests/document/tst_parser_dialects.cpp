// The label dialects (README, "Dialects"): each spelling recognised, and not
// recognised one character off; byte-identical round trips; edits, new
// entries and new answers in the entry's own labels; a forced dialect; the
// corpus counts by hand; ordinary documents without false entries.

#include "tests/document/parserdescriptions.h"

#include "app/document/qadocument.h"

#include <QtTest>

using namespace ParserDescriptions;

class TestParserDialects : public QObject
{
    Q_OBJECT

private slots:
    void recognised_data();
    void recognised();
    void roundTripAndEdits_data();
    void roundTripAndEdits();
    void newEntryTakesNeighboursLabels();
    void newEntryWithoutNeighboursUsesQuiresLabels();
    void answeringWritesTheDialectsAnswerLabel();
    void questionInBoldKeepsItsFormWhileTheTextFits();
    void mixedDocumentCountsEachDialect();
    void forcedDialectReadsOnlyIt();
    void forcedDialectLabelsNewEntries();
    void removalLeavesNoAnswerLabelOfAnotherDialectBelowAQuestion();
    void corpusCounts_data();
    void corpusCounts();
    void ordinaryDocumentsHaveNoEntries_data();
    void ordinaryDocumentsHaveNoEntries();
};

// Each row: a document, the entries it gives, and the first entry's dialect.
void TestParserDialects::recognised_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("dialect");
    const QString qa = QStringLiteral("answered@1 Q[Why?] A[Because.]");
    QTest::newRow("**Q:**") << QByteArray("**Q:** Why?\n\n**A:** Because.\n") << QStringList{qa}
                            << QStringLiteral("short-label");
    QTest::newRow("**Q.**") << QByteArray("**Q.** Why?\n\n**A.** Because.\n") << QStringList{qa}
                            << QStringLiteral("short-label");
    QTest::newRow("**Q**") << QByteArray("**Q** Why?\n\n**A** Because.\n") << QStringList{qa}
                           << QStringLiteral("short-label");
    QTest::newRow("Q: plain") << QByteArray("Q: Why?\n\nA: Because.\n") << QStringList{qa}
                              << QStringLiteral("plain-label");
    QTest::newRow("Question: plain") << QByteArray("Question: Why?\nAnswer: Because.\n") << QStringList{qa}
                                     << QStringLiteral("plain-label");
    QTest::newRow("**Question:** (Quire's own)") << QByteArray("**Question:** Why?\n\n**Answer:** Because.\n")
                                                 << QStringList{qa} << QStringLiteral("question-label");
    QTest::newRow("plain label, answer ends at the next label")
        << QByteArray("Q: Why?\n\nA: Because.\nMore.\n\nQ: How?\n")
        << QStringList{QStringLiteral("answered@1 Q[Why?] A[Because.\nMore.]"), QStringLiteral("unanswered@6 Q[How?]")}
        << QStringLiteral("plain-label");
    QTest::newRow("empty plain answer label") << QByteArray("Q: Why?\nA:\n")
                                              << QStringList{QStringLiteral("empty@1 Q[Why?] A[]")}
                                              << QStringLiteral("plain-label");
    // The other side of each rule: one character off is prose.
    QTest::newRow("Q:text without a space is prose") << QByteArray("Q:Why?\n\nA:Because.\n") << QStringList{}
                                                     << QString();
    QTest::newRow("lower-case q: is prose") << QByteArray("q: Why?\n\na: Because.\n") << QStringList{} << QString();
    QTest::newRow("**Q**uick is prose") << QByteArray("**Q**uick question\n") << QStringList{} << QString();
    QTest::newRow("Questions: is prose") << QByteArray("Questions: none\n") << QStringList{} << QString();
    QTest::newRow("A: without a question is prose") << QByteArray("A: Because.\n") << QStringList{} << QString();
    QTest::newRow("indented four spaces is code") << QByteArray("    Q: Why?\n") << QStringList{} << QString();
    QTest::newRow("in a code block") << QByteArray("```\nQ: Why?\nA: No.\n```\n") << QStringList{} << QString();
    // A question label that starts a bullet item, its answer label in the item.
    QTest::newRow("* **Q** item, **A** in it") << QByteArray("* **Q** Why?\n\n    **A** Because.\n") << QStringList{qa}
                                                << QStringLiteral("short-label");
    QTest::newRow("- Q: item, A: two spaces in") << QByteArray("- Q: Why?\n  A: Because.\n") << QStringList{qa}
                                                  << QStringLiteral("plain-label");
    QTest::newRow("+ **Q:** item, **A:** below it") << QByteArray("+ **Q:** Why?\n\n**A:** Because.\n") << QStringList{qa}
                                                     << QStringLiteral("short-label");
    QTest::newRow("* **Q** item, its code before the answer")
        << QByteArray("* **Q** Why?\n\n    ```\n    error\n    ```\n\n    **A** Because.\n")
        << QStringList{QStringLiteral("answered@1 Q[Why?\n\n    ```\n    error\n    ```] A[Because.]")}
        << QStringLiteral("short-label");
    QTest::newRow("four spaces before **A** without a bullet item is code")
        << QByteArray("**Q** Why?\n\n    **A** Because.\n") << QStringList{QStringLiteral("unanswered@1 Q[Why?]")}
        << QStringLiteral("short-label");
    QTest::newRow("six spaces before **A** is code in the item")
        << QByteArray("* **Q** Why?\n      **A** Because.\n")
        << QStringList{QStringLiteral("unanswered@1 Q[Why?\n      **A** Because.]")} << QStringLiteral("short-label");
    QTest::newRow("an answer label starting an item is prose") << QByteArray("* **A** Because.\n") << QStringList{}
                                                               << QString();
    QTest::newRow("*Q: (no space after the bullet) is prose") << QByteArray("*Q: Why?\n\nA: Because.\n") << QStringList{}
                                                                << QString();
    // The question in the bold of its label, before an answer label's line.
    QTest::newRow("**Q: …**<br> then A:") << QByteArray("**Q: Why?**<br>\nA: Because.\n") << QStringList{qa}
                                           << QStringLiteral("short-label");
    QTest::newRow("**Q: …** then **A:**") << QByteArray("**Q: Why?**\n**A:** Because.\n") << QStringList{qa}
                                           << QStringLiteral("short-label");
    QTest::newRow("**Q: …**<br /> then A:, CRLF") << QByteArray("**Q: Why?** <br /> \r\nA: Because.\r\n")
                                                   << QStringList{qa} << QStringLiteral("short-label");
    QTest::newRow("**Q: …** then a blank line is prose") << QByteArray("**Q: Why?**<br>\n\nA: Because.\n")
                                                          << QStringList{} << QString();
    QTest::newRow("**Q: …** then text is prose") << QByteArray("**Q: Why?**<br>\nBecause.\n") << QStringList{}
                                                  << QString();
    QTest::newRow("**Q: …** with text after the bold is prose") << QByteArray("**Q: Why?** now\nA: Because.\n")
                                                                 << QStringList{} << QString();
    QTest::newRow("**Q: …** with bold inside is prose") << QByteArray("**Q: a**b**\nA: Because.\n") << QStringList{}
                                                         << QString();
    QTest::newRow("**Q: …** in a quote is prose") << QByteArray("> **Q: Why?**<br>\n> A: Because.\n") << QStringList{}
                                                   << QString();
    QTest::newRow("**Q:…** without a space is prose") << QByteArray("**Q:Why?**<br>\nA: Because.\n") << QStringList{}
                                                       << QString();
}

void TestParserDialects::recognised()
{
    QFETCH(QByteArray, document);
    QFETCH(QStringList, entries);
    QFETCH(QString, dialect);
    const QaDocument doc = loaded(document);
    QCOMPARE(describeEntries(doc), entries);
    if (!dialect.isEmpty())
        QCOMPARE(QaLabel::dialectName(doc.entry(doc.entryRef(1)).dialect()), dialect);
    QCOMPARE(doc.toBytes(), document);
}

// Each row: a document in one spelling, and what setQuestion / setAnswer on
// its first entry must write.
void TestParserDialects::roundTripAndEdits_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>("edited");
    QTest::newRow("**Q:**") << QByteArray("## FAQ\n\n**Q:** Why?\n\n**A:** Because.\n\n---\n\n**Q:** How?\n\n**A:** So.\n")
                            << QByteArray("## FAQ\n\n**Q:** New q\n\n**A:** New a\n\n---\n\n**Q:** How?\n\n**A:** So.\n");
    QTest::newRow("**Q.** (kip)") << QByteArray("## FAQ\n##\n**Q.** Why?\n\n**A.** Because.  Two spaces.\n\n##\n**Q.** How?\n\n**A.** So.\n")
                                  << QByteArray("## FAQ\n##\n**Q.** New q\n\n**A.** New a\n\n##\n**Q.** How?\n\n**A.** So.\n");
    QTest::newRow("**Q**") << QByteArray("**Q** Why?\n\n**A** Because.\n")
                           << QByteArray("**Q** New q\n\n**A** New a\n");
    QTest::newRow("Q: plain, CRLF") << QByteArray("Q: Why?\r\n\r\nA: Because.\r\nMore.\r\n\r\nQ: How?\r\n\r\nA: So.")
                                    << QByteArray("Q: New q\r\n\r\nA: New a\r\n\r\nQ: How?\r\n\r\nA: So.");
    QTest::newRow("Question: plain") << QByteArray("Question: Why?\nAnswer: Because.\n")
                                     << QByteArray("Question: New q\nAnswer: New a\n");
    QTest::newRow("* **Q** item (BenchmarkDotNet)") << QByteArray("* **Q** Why?\n\n    **A** Because.\nMore.\n\n* **Q** How?\n\n    **A** So.\n")
                                                    << QByteArray("* **Q** New q\n\n    **A** New a\n\n* **Q** How?\n\n    **A** So.\n");
    QTest::newRow("**Q: …**<br> (rust-rfc)") << QByteArray("**Q: Why?**<br>\nA: Because.\n\n**Q: How?**<br>\nA: So.\n")
                                             << QByteArray("**Q: New q**<br>\nA: New a\n\n**Q: How?**<br>\nA: So.\n");
}

void TestParserDialects::roundTripAndEdits()
{
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, edited);
    QaDocument doc = loaded(document);
    QCOMPARE(doc.toBytes(), document);
    const QaLabel::Dialect dialect = doc.entry(doc.entryRef(1)).dialect();
    doc.setQuestion(doc.entryRef(1), QStringLiteral("New q"));
    doc.setAnswer(doc.entryRef(1), QStringLiteral("New a"));
    QCOMPARE(doc.toBytes(), edited);
    const QaDocument reloaded = loaded(edited);
    QCOMPARE(reloaded.entryCount(), doc.entryCount());
    QCOMPARE(reloaded.entry(reloaded.entryRef(1)).question(), QStringLiteral("New q"));
    QCOMPARE(reloaded.entry(reloaded.entryRef(1)).answer(), QStringLiteral("New a"));
    QCOMPARE(reloaded.entry(reloaded.entryRef(1)).dialect(), dialect);
}

void TestParserDialects::newEntryTakesNeighboursLabels()
{
    QaDocument doc = loaded("## FAQ\n\nQ: Why?\n\nA: Because.\n");
    doc.addEntry(0, 1, QStringLiteral("How"), QStringLiteral("So"));
    QCOMPARE(doc.toBytes(), QByteArray("## FAQ\n\nQ: Why?\n\nA: Because.\n\n---\n\nQ: How\n\nA: So\n"));
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(describeEntries(reloaded),
             QStringList({QStringLiteral("answered@3 Q[Why?] A[Because.]"), QStringLiteral("answered@9 Q[How] A[So]")}));
    QCOMPARE(reloaded.entry({0, 1}).dialect(), QaLabel::Dialect::PlainLabel);

    QaDocument shortLabels = loaded("## FAQ\n\n**Q.** Why?\n\n**A.** Because.\n");
    shortLabels.addEntry(0, 0, QStringLiteral("First"), QString());
    QVERIFY2(shortLabels.toBytes().startsWith("## FAQ\n\n**Q.** First\n\n**A.**\n"), shortLabels.toBytes().constData());
    QCOMPARE(loaded(shortLabels.toBytes()).entryCount(), 2);
}

void TestParserDialects::newEntryWithoutNeighboursUsesQuiresLabels()
{
    QaDocument doc = loaded("## A\n\nQ: Why?\n\nA: Because.\n\n## B\n\nProse.\n");
    doc.addEntry(1, 0, QStringLiteral("How"), QStringLiteral("So"));
    QVERIFY2(doc.toBytes().contains("**Question:** How\n\n**Answer:** So\n"), doc.toBytes().constData());
}

// A question in the bold of its label keeps that form while its text fits
// there (one line, no `**`, no space at its end); else it takes `**Q:**`,
// and its answer label `**A:**` where it was of another dialect (`A:`):
// read as short labels only, `A:` would be prose
// (setquestion-question-in-bold-emptied-read-as-short-label). A new entry beside it
// is `**Q:**` / `**A:**` (read as short labels only, a plain `A:` would be
// prose: addentry-forced-short-label-beside-question-in-bold). Read as
// another dialect it is prose, its `A:` too.
void TestParserDialects::questionInBoldKeepsItsFormWhileTheTextFits()
{
    const QByteArray bytes = "## FAQ\n\n**Q: Why?**<br>\nA: Because.\n";
    const QList<QPair<QString, QByteArray>> edits = {
        {QStringLiteral("How *now*?"), "**Q: How *now*?**<br>\nA: Because.\n"},
        {QStringLiteral("Two\nlines"), "**Q:** Two\nlines\n**A:** Because.\n"},
        {QStringLiteral("a**b"), "**Q:** a**b\n**A:** Because.\n"},
        {QStringLiteral("ends in a space "), "**Q:** ends in a space \n**A:** Because.\n"},
        {QString(), "**Q:**\n**A:** Because.\n"},
        {QStringLiteral("x\r"), "**Q:** x\r\r\n**A:** Because.\n"},
    };
    DocumentParser::Options shortLabels;
    shortLabels.forced = QaLabel::Dialect::ShortLabel;
    for (const auto &[question, written] : edits) {
        for (const DocumentParser::Options &options : {DocumentParser::Options(), shortLabels}) {
            QaDocument doc = loaded(bytes, options);
            QCOMPARE(doc.toBytes(), bytes);
            doc.setQuestion(doc.entryRef(1), question);
            QCOMPARE(doc.toBytes(), "## FAQ\n\n" + written);
            const QaDocument reloaded = loaded(doc.toBytes(), options);
            QCOMPARE(reloaded.entryCount(), 1);
            QCOMPARE(reloaded.entry(reloaded.entryRef(1)).question(), question);
            QCOMPARE(reloaded.entry(reloaded.entryRef(1)).answer(), QStringLiteral("Because."));
        }
    }
    // A short answer label stays as it was.
    QaDocument dotted = loaded("**Q: Why?**\n**A.** Because.\n");
    dotted.setQuestion(dotted.entryRef(1), QString());
    QCOMPARE(dotted.toBytes(), QByteArray("**Q:**\n**A.** Because.\n"));
    QaDocument doc = loaded(bytes);
    doc.addEntry(0, 1, QStringLiteral("How?"), QStringLiteral("So."));
    QCOMPARE(doc.toBytes(), bytes + "\n---\n\n**Q:** How?\n\n**A:** So.\n");
    QCOMPARE(describeEntries(loaded(doc.toBytes())),
             QStringList({QStringLiteral("answered@3 Q[Why?] A[Because.]"), QStringLiteral("answered@8 Q[How?] A[So.]")}));

    QCOMPARE(describeEntries(loaded(bytes, shortLabels)), QStringList{QStringLiteral("answered@3 Q[Why?] A[Because.]")});
    DocumentParser::Options plainLabels;
    plainLabels.forced = QaLabel::Dialect::PlainLabel;
    const QaDocument plain = loaded(bytes, plainLabels);
    QCOMPARE(plain.entryCount(), 0);
    QCOMPARE(plain.toBytes(), bytes);
}

void TestParserDialects::answeringWritesTheDialectsAnswerLabel()
{
    QaDocument doc = loaded("Question: What is `foo`?\n```js\nvar foo = 1;\n```\n\nQuestion: Next?\n");
    QCOMPARE(doc.entryCount(), 2);
    QCOMPARE(doc.entry(doc.entryRef(1)).status(), EntryStatus::Unanswered);
    doc.setAnswer(doc.entryRef(1), QStringLiteral("One."));
    QCOMPARE(doc.toBytes(),
             QByteArray("Question: What is `foo`?\n```js\nvar foo = 1;\n```\n\nAnswer: One.\n\nQuestion: Next?\n"));
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(reloaded.entryCount(), 2);
    QCOMPARE(reloaded.entry(reloaded.entryRef(1)).answer(), QStringLiteral("One."));

    QaDocument shortDoc = loaded("**Q** Why?\n");
    shortDoc.setAnswer(shortDoc.entryRef(1), QStringLiteral("Because."));
    QCOMPARE(shortDoc.toBytes(), QByteArray("**Q** Why?\n\n**A** Because.\n"));
}

void TestParserDialects::mixedDocumentCountsEachDialect()
{
    const QaDocument doc = loaded("## S\n\n**Question:** a\n\n**Answer:** b\n\nQ: c\n\nA: d\n\n**Q:** e\n\n---\n\n1. f\n2. g\n");
    QCOMPARE(doc.entryCount(), 5);
    const std::array<int, QaLabel::dialectCount> counts = doc.dialectCounts();
    QCOMPARE(counts[size_t(QaLabel::Dialect::QuestionLabel)], 1);
    QCOMPARE(counts[size_t(QaLabel::Dialect::PlainLabel)], 1);
    QCOMPARE(counts[size_t(QaLabel::Dialect::ShortLabel)], 1);
    QCOMPARE(counts[size_t(QaLabel::Dialect::Numbered)], 2);
}

// What View → Read As… will use: a forced dialect reads only its own labels;
// the others are prose that still ends an answer.
void TestParserDialects::forcedDialectReadsOnlyIt()
{
    const QByteArray text("## S\n\n**Question:** a\n\n**Answer:** b\n\nQ: c\n\nA: d\n\n---\n\n1. f\n");
    const QaDocument plain = loaded(text, forced(QaLabel::Dialect::PlainLabel));
    QCOMPARE(describeEntries(plain), QStringList({QStringLiteral("answered@7 Q[c] A[d]")}));
    QCOMPARE(plain.toBytes(), text);
    const QaDocument own = loaded(text, forced(QaLabel::Dialect::QuestionLabel));
    QCOMPARE(describeEntries(own), QStringList({QStringLiteral("answered@3 Q[a] A[b]")}));
    QCOMPARE(own.toBytes(), text);
    const QaDocument numbered = loaded(text, forced(QaLabel::Dialect::Numbered));
    QCOMPARE(describeEntries(numbered),
             QStringList({QStringLiteral("answered@3 Q[a] A[b]"), QStringLiteral("unanswered@13 Q[f]")}));
    QCOMPARE(loaded(text).entryCount(), 3);
}

// After a question, the parser takes an answer label of any dialect the
// reading reads: with the entry between removed, an unanswered question
// would take the prose `**A:**` after it, so a `---` goes between (fuzz
// regression removeentry-lets-question-take-other-dialects-answer).
void TestParserDialects::removalLeavesNoAnswerLabelOfAnotherDialectBelowAQuestion()
{
    QaDocument doc = loaded("**Question:** Why?\n\n!!! question \"How?\"\n    So.\n\n**A:** Yes.\n");
    QCOMPARE(describeEntries(doc), (QStringList{QStringLiteral("unanswered@1 Q[Why?]"),
                                                QStringLiteral("answered@3 Q[How?] A[So.]")}));
    doc.removeEntry(doc.entryRef(2));
    QCOMPARE(describeEntries(loaded(doc.toBytes())), QStringList{QStringLiteral("unanswered@1 Q[Why?]")});
    // Read as labels only, `**A:**` is no answer of a `**Question:**`: no `---`.
    DocumentParser::Options labels;
    labels.forced = QaLabel::Dialect::QuestionLabel;
    const QByteArray text("**Question:** Why?\n\n**A:** Yes.\n");
    QCOMPARE(loaded(text, labels).toBytes(), text);
}

void TestParserDialects::forcedDialectLabelsNewEntries()
{
    QaDocument doc = loaded("## S\n\nProse.\n", forced(QaLabel::Dialect::PlainLabel));
    doc.addEntry(0, 0, QStringLiteral("Why"), QStringLiteral("So"));
    QVERIFY2(doc.toBytes().contains("Q: Why\n\nA: So\n"), doc.toBytes().constData());
    QCOMPARE(loaded(doc.toBytes(), forced(QaLabel::Dialect::PlainLabel)).entryCount(), 1);
}

// ../shared/corpus, counted by hand (grep for the label lines, then read;
// the heading files: tst_parser_headings_corpus). The last two rows are in
// a shape not read yet, question lists with answers in their items (issue
// 15, rule 4): what Quire finds today stands beside the hand count, so any
// change to it is seen.
void TestParserDialects::corpusCounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("answered");
    // 8 `**Q.**` paragraphs in the README's `## FAQ`, each split off by a
    // bare `##` (an empty section); every one has its `**A.**`.
    QTest::newRow("kip") << QStringLiteral("a_kip-readme-faq-section.md") << 8 << 8;
    // 5 plain `Q:` paragraphs under `## Alternatives considered`, 5 `A:`.
    QTest::newRow("swift") << QStringLiteral("a_swift-se0277-float16-plain-qa.md") << 5 << 5;
    // 12 `Question:` lines, each followed by its code; no answers.
    QTest::newRow("h5bp") << QStringLiteral("a_h5bp-coding-questions-plain-label.md") << 12 << 0;
    // 11 `**Q: …?**<br>` lines under `## FAQ`, each with its `A:` on the
    // next line (the answers run to the next question, code included).
    QTest::newRow("rust-rfc") << QStringLiteral("a_rust-rfc-1884-unstable-sort.md") << 11 << 11;
    // 12 `* **Q**` bullet items after the front matter and `# FAQ`, each
    // with its `    **A**` in the item (two after the item's code block).
    QTest::newRow("benchmarkdotnet") << QStringLiteral("a_benchmarkdotnet-faq.md") << 12 << 12;
    // Hand count 116, none answered: 29 `1.` items (all numbered 1) after a
    // paragraph of prose, then 87 `- ` items under per-company `## `
    // headings, 59 of them ending in `?`. Today: 0 (a question list starts
    // only right after a heading or `---`; bullet items are no questions).
    QTest::newRow("tih (hand count 116, not read yet)") << QStringLiteral("c_tih-behavioral-questions-numbered.md") << 0 << 0;
    // Hand count 416, all answered: `N.  ### Question?` items (415 `###`,
    // one `####`), each answer the item's indented lines. Today: the first
    // 60 items of `## Core React` as numbered questions without answer (the
    // item's lines, answer and all, are their question text).
    QTest::newRow("reactjs (hand count 416, not read yet)")
        << QStringLiteral("c_reactjs-interview-questions-large.md") << 60 << 0;
}

void TestParserDialects::corpusCounts()
{
    QFETCH(QString, file);
    QFETCH(int, expected);
    QFETCH(int, answered);
    const QByteArray bytes = readFile(QStringLiteral(QUIRE_CORPUS_DIR "/") + file);
    const QaDocument doc = loaded(bytes);
    QCOMPARE(doc.entryCount(), expected);
    int withAnswer = 0;
    for (const EntryRef &ref : doc.allEntries())
        withAnswer += doc.entry(ref).status() == EntryStatus::Answered ? 1 : 0;
    QCOMPARE(withAnswer, answered);
    QCOMPARE(doc.toBytes(), bytes);
}

// Ordinary markdown: this repository's own documents (READMEs with
// `## Installation`-like headings, a design document, a changelog, each
// with examples of every dialect in code and tables) hold no entries.
void TestParserDialects::ordinaryDocumentsHaveNoEntries_data()
{
    QTest::addColumn<QString>("path");
    const QString root = QStringLiteral(QUIRE_SAMPLE).section(QLatin1Char('/'), 0, -3);
    for (const char *file : {"README.md", "CHANGELOG.md", "docs/architecture.md", "tests/fuzz/README.md", "bench/README.md",
                             "tests/README.md"})
        QTest::newRow(file) << root + QLatin1Char('/') + QLatin1String(file);
}

void TestParserDialects::ordinaryDocumentsHaveNoEntries()
{
    QFETCH(QString, path);
    const QByteArray bytes = readFile(path);
    const QaDocument doc = loaded(bytes);
    QStringList found = describeEntries(doc);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    QCOMPARE(doc.toBytes(), bytes);
}

QTEST_GUILESS_MAIN(TestParserDialects)
#include "tst_parser_dialects.moc"
