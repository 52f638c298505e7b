// The `details` dialect (README, "Dialects"): `<details>` blocks whose
// summary is a question; both sides of each rule, byte-identical round trips
// (also CRLF), edits and new entries in the dialect, the escaping that keeps
// a question's text, and the corpus counts.

#include "tests/document/parserdescriptions.h"

#include "app/document/qadocument.h"

#include <QtTest>

using namespace ParserDescriptions;

class TestParserDetails : public QObject
{
    Q_OBJECT

private slots:
    void recognised_data();
    void recognised();
    void dialectName();
    void editsStayDetails_data();
    void editsStayDetails();
    void questionTextsRoundTrip_data();
    void questionTextsRoundTrip();
    void emptyQuestionAndAnswerReadBack();
    void answerTagsCannotBreakTheBlock();
    void newEntryBesideDetailsIsDetails();
    void forcedDetails();
    void removedBlockLeavesNeighboursApart();
    void unclosedDetailsStaysUnclosed();
    void questionBlockOrBoldLineEndsTheSearch();
    void removedEntryLetsNoBlockCloseOverADetailsEntry();
    void removedEntryLetsNoDetailsInAQuestionClose();
    void corpusSysadmin();
    void corpusAnswerSummariesAreNotQuestions();
};

void TestParserDetails::recognised_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QStringList>("entries");
    const QString qa = QStringLiteral("answered@1 Q[Why?] A[Because.]");
    QTest::newRow("summary on its own line") << QByteArray("<details>\n<summary>Why?</summary>\n\nBecause.\n\n</details>\n")
                                             << QStringList{qa};
    QTest::newRow("summary on the details line") << QByteArray("<details><summary>Why?</summary>\nBecause.\n</details>\n")
                                                 << QStringList{qa};
    QTest::newRow("one line") << QByteArray("<details><summary>Why?</summary>Because.</details>\n") << QStringList{qa};
    QTest::newRow("<b> and <br> (sysadmin)")
        << QByteArray("<details>\n<summary><b>Why?</b></summary><br>\n\nBecause.\n\n</details>\n") << QStringList{qa};
    QTest::newRow("<strong>, attributes, upper case")
        << QByteArray("<DETAILS open>\n<Summary class=\"x\"><strong> Why? </strong></Summary>\nBecause.\n</Details>\n")
        << QStringList{qa};
    QTest::newRow("summary over two lines")
        << QByteArray("<details>\n<summary><b>Why\nnot?</b></summary>\nBecause.\n</details>\n")
        << QStringList{QStringLiteral("answered@1 Q[Why\nnot?] A[Because.]")};
    QTest::newRow("markdown inside: blank lines, a fence with tags in it")
        << QByteArray("<details><summary>Why?</summary>\n\nOne.\n\n```\n</details>\n```\n\nTwo.\n</details>\n")
        << QStringList{QStringLiteral("answered@1 Q[Why?] A[One.\n\n```\n</details>\n```\n\nTwo.]")};
    QTest::newRow("a nested details that is no question is answer text")
        << QByteArray("<details><summary>Why?</summary>\n<details><summary>Code</summary>Inner.</details>\nOuter.\n</details>\n")
        << QStringList{QStringLiteral(
               "answered@1 Q[Why?] A[<details><summary>Code</summary>Inner.</details>\nOuter.]")};
    QTest::newRow("a nested question block ends the search: the outer one is prose")
        << QByteArray("<details><summary>Why?</summary>\n<details><summary>How?</summary>Inner.</details>\nOuter.\n</details>\n")
        << QStringList{QStringLiteral("answered@2 Q[How?] A[Inner.]")};
    QTest::newRow("task word starts a sentence")
        << QByteArray("<details><summary>Routing. Explain it.</summary>\nSo.\n</details>\n")
        << QStringList{QStringLiteral("answered@1 Q[Routing. Explain it.] A[So.]")};
    QTest::newRow("empty content: unanswered")
        << QByteArray("<details>\n<summary>Why?</summary>\n\n</details>\n")
        << QStringList{QStringLiteral("unanswered@1 Q[Why?]")};
    QTest::newRow("entities decoded in the question")
        << QByteArray("<details><summary>Is a &lt; b &amp;&amp; c?</summary>\nYes.\n</details>\n")
        << QStringList{QStringLiteral("answered@1 Q[Is a < b && c?] A[Yes.]")};
    QTest::newRow("the marker makes any summary a question")
        << QByteArray("<details><summary><!-- question -->Screenshots</summary>\nHere.\n</details>\n")
        << QStringList{QStringLiteral("answered@1 Q[Screenshots] A[Here.]")};
    QTest::newRow("ends a label answer, then prose")
        << QByteArray("**Q:** A\n\n**A:** B\n<details><summary>Why?</summary>Because.</details>\nProse.\n")
        << QStringList{QStringLiteral("answered@1 Q[A] A[B]"), QStringLiteral("answered@4 Q[Why?] A[Because.]")};
    // The other side of each rule.
    QTest::newRow("Answer summary is not a question (lydiahallie): the heading's answer")
        << QByteArray("###### 1. What's the output?\n\n<details><summary><b>Answer</b></summary>\n<p>B</p>\n</details>\n")
        << QStringList{QStringLiteral("answered@1 Q[1. What's the output?] A[<details><summary><b>Answer</b></summary>\n<p>B</p>\n</details>]")};
    QTest::newRow("summary without ? or task word") << QByteArray("<details><summary>Screenshots</summary>\nx\n</details>\n")
                                                    << QStringList{};
    QTest::newRow("task word not starting a sentence")
        << QByteArray("<details><summary>How we Explain things</summary>\nx\n</details>\n") << QStringList{};
    QTest::newRow("lower-case task word") << QByteArray("<details><summary>explain</summary>\nx\n</details>\n")
                                          << QStringList{};
    QTest::newRow("unclosed details is prose")
        << QByteArray("<details><summary>Why?</summary>\n\nNever closed.\n\n**Q:** Real\n\n**A:** Yes\n")
        << QStringList{QStringLiteral("answered@5 Q[Real] A[Yes]")};
    QTest::newRow("a question label ends the search: unclosed")
        << QByteArray("<details><summary>Why?</summary>\n**Q:** a\n\n**A:** b\n</details>\n")
        << QStringList{QStringLiteral("answered@2 Q[a] A[b\n</details>]")};
    QTest::newRow("--- ends the search: unclosed")
        << QByteArray("<details><summary>Why?</summary>\nx\n\n---\n\n</details>\n") << QStringList{};
    QTest::newRow("## ends the search: unclosed")
        << QByteArray("<details><summary>Why?</summary>\nx\n## S\n</details>\n") << QStringList{};
    QTest::newRow("a details tag after the closing one: not closed")
        << QByteArray("<details><summary>Why?</summary>x</details><details>\n") << QStringList{};
    QTest::newRow("closing tag only inside code: unclosed")
        << QByteArray("<details><summary>Why?</summary>\n```\n</details>\n```\n") << QStringList{};
    QTest::newRow("a fence line in the summary")
        << QByteArray("<details><summary>Why\n```\n?</summary>\nx\n</details>\n") << QStringList{};
    QTest::newRow("summary not right after details")
        << QByteArray("<details>\n\n<summary>Why?</summary>\nx\n</details>\n") << QStringList{};
    QTest::newRow("blank line before </summary>")
        << QByteArray("<details><summary>Why\n\n?</summary>\nx\n</details>\n") << QStringList{};
    QTest::newRow("indented four spaces") << QByteArray("    <details><summary>Why?</summary>x</details>\n")
                                          << QStringList{};
    QTest::newRow("in a code block") << QByteArray("```\n<details><summary>Why?</summary>x</details>\n```\n")
                                     << QStringList{};
    QTest::newRow("<detailsx> is another tag") << QByteArray("<detailsx><summary>Why?</summary>x</details>\n")
                                               << QStringList{};
}

void TestParserDetails::recognised()
{
    QFETCH(QByteArray, document);
    QFETCH(QStringList, entries);
    const QaDocument doc = loaded(document);
    QCOMPARE(describeEntries(doc), entries);
    QCOMPARE(doc.toBytes(), document);
    QByteArray crlf = document;
    crlf.replace("\n", "\r\n");
    QCOMPARE(loaded(crlf).toBytes(), crlf);
    QCOMPARE(loaded(crlf).entryCount(), entries.size());
}

void TestParserDetails::dialectName()
{
    const QaDocument doc = loaded("<details><summary>Why?</summary>x</details>\n");
    QCOMPARE(doc.entry(doc.entryRef(1)).dialect(), QaLabel::Dialect::Details);
    QCOMPARE(QaLabel::dialectName(QaLabel::Dialect::Details), QStringLiteral("details"));
    QCOMPARE(QaLabel::dialectNamed(QStringLiteral("details")), std::optional(QaLabel::Dialect::Details));
    QCOMPARE(doc.dialectCounts()[size_t(QaLabel::Dialect::Details)], 1);
}

// setQuestion / setAnswer on the first entry; only its bytes change.
void TestParserDetails::editsStayDetails_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QByteArray>("edited");
    const QByteArray tail("\nProse.\n");
    QTest::newRow("sysadmin form") << QByteArray("<details>\n<summary><b>Why?</b></summary><br>\n\nBecause.\n\n</details>\n") + tail
                                   << QStringLiteral("How?") << QStringLiteral("So.\n\n- a\n- b")
                                   << QByteArray("<details>\n<summary><b>How?</b></summary><br>\n\nSo.\n\n- a\n- b\n\n</details>\n") + tail;
    QTest::newRow("one line") << QByteArray("<details><summary>Why?</summary>Because.</details>\n") + tail
                              << QStringLiteral("How?") << QStringLiteral("So.")
                              << QByteArray("<details><summary>How?</summary>\n\nSo.\n\n</details>\n") + tail;
    QTest::newRow("answering an empty one") << QByteArray("<details>\n<summary>Why?</summary>\n</details>\n") + tail
                                            << QStringLiteral("Why?") << QStringLiteral("Now.")
                                            << QByteArray("<details>\n<summary>Why?</summary>\n\nNow.\n\n</details>\n") + tail;
    QTest::newRow("CRLF") << QByteArray("<details>\r\n<summary>Why?</summary>\r\n\r\nBecause.\r\n\r\n</details>\r\n")
                          << QStringLiteral("How?") << QStringLiteral("One\ntwo")
                          << QByteArray("<details>\r\n<summary>How?</summary>\r\n\r\nOne\r\ntwo\r\n\r\n</details>\r\n");
    QTest::newRow("an open fence is closed")
        << QByteArray("<details><summary>Why?</summary>\nx\n</details>\n") << QStringLiteral("Why?")
        << QStringLiteral("```\ncode")
        << QByteArray("<details><summary>Why?</summary>\n```\ncode\n```\n</details>\n");
}

void TestParserDetails::editsStayDetails()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, question);
    QFETCH(QString, answer);
    QFETCH(QByteArray, edited);
    QaDocument doc = loaded(document);
    QCOMPARE(doc.toBytes(), document);
    doc.setQuestion(doc.entryRef(1), question);
    doc.setAnswer(doc.entryRef(1), answer);
    QCOMPARE(doc.toBytes(), edited);
    const QaDocument reloaded = loaded(edited);
    QCOMPARE(reloaded.entryCount(), 1);
    const QaEntry &e = reloaded.entry(reloaded.entryRef(1));
    QCOMPARE(e.dialect(), QaLabel::Dialect::Details);
    QCOMPARE(e.question(), question);
    // A code block the answer left open is closed inside the block.
    QCOMPARE(e.answer(), answer.startsWith(QLatin1String("```")) ? answer + QLatin1String("\n```") : answer);
}

// Texts that would end the summary, or read as its `<b>`, the marker or an
// entity, are written so that they read back as themselves.
void TestParserDetails::questionTextsRoundTrip_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QByteArray>("summary");
    QTest::newRow("</summary>") << QStringLiteral("What does </summary> do?")
                                << QByteArray("<summary>What does &lt;/summary> do?</summary>");
    QTest::newRow("quotes") << QStringLiteral("Why \"x\"?") << QByteArray("<summary>Why \"x\"?</summary>");
    QTest::newRow("<b> around it") << QStringLiteral("<b>Bold?</b>") << QByteArray("<summary>&lt;b>Bold?</b></summary>");
    QTest::newRow("entities") << QStringLiteral("Is &lt; an entity & &amp; too?")
                              << QByteArray("<summary>Is &amp;lt; an entity & &amp;amp; too?</summary>");
    QTest::newRow("the marker") << QStringLiteral("<!-- question -->")
                                << QByteArray("<summary><!-- question -->&lt;!-- question --></summary>");
    QTest::newRow("<details> in it") << QStringLiteral("Is <details> a tag?")
                                     << QByteArray("<summary>Is &lt;details> a tag?</summary>");
    QTest::newRow("not a question by its words") << QStringLiteral("Screenshots")
                                                 << QByteArray("<summary><!-- question -->Screenshots</summary>");
}

void TestParserDetails::questionTextsRoundTrip()
{
    QFETCH(QString, question);
    QFETCH(QByteArray, summary);
    QaDocument doc = loaded("Intro.\n\n<details><summary>Why?</summary>\nBecause.\n</details>\n");
    doc.setQuestion(doc.entryRef(1), question);
    const QByteArray out = doc.toBytes();
    QVERIFY2(out.contains("<details>" + summary + "\n"), out.constData());
    const QaDocument reloaded = loaded(out);
    QCOMPARE(reloaded.entryCount(), 1);
    QCOMPARE(reloaded.entry(reloaded.entryRef(1)).question(), question);
    QCOMPARE(reloaded.entry(reloaded.entryRef(1)).answer(), QStringLiteral("Because."));
    // The question's bytes as the similarity search and exports take them
    // (fuzz: details-summary-entity-question-text-utf8).
    QCOMPARE(reloaded.entry(reloaded.entryRef(1)).questionTextUtf8(), question.toUtf8());
}

// An empty question keeps its entry (the marker), an empty answer reads
// back as no answer, and neither takes in what follows.
void TestParserDetails::emptyQuestionAndAnswerReadBack()
{
    const QByteArray text("<details><summary><b>Why?</b></summary>\nBecause.\n</details>\nNext line.\n\n"
                          "<details><summary>How?</summary>\nSo.\n</details>\n");
    QaDocument doc = loaded(text);
    doc.setQuestion(doc.entryRef(1), QString());
    doc.setAnswer(doc.entryRef(1), QString());
    QVERIFY(!doc.entry(doc.entryRef(1)).hasAnswerField());
    const QByteArray out = doc.toBytes();
    QCOMPARE(out, QByteArray("<details><summary><b><!-- question --></b></summary>\n\n</details>\nNext line.\n\n"
                             "<details><summary>How?</summary>\nSo.\n</details>\n"));
    const QaDocument reloaded = loaded(out);
    QCOMPARE(describeEntries(reloaded),
             QStringList({QStringLiteral("unanswered@1 Q[]"), QStringLiteral("answered@6 Q[How?] A[So.]")}));
}

void TestParserDetails::answerTagsCannotBreakTheBlock()
{
    QaDocument doc = loaded("<details><summary>Why?</summary>\nx\n</details>\n\n**Q:** Next\n\n**A:** Yes\n");
    doc.setAnswer(doc.entryRef(1), QStringLiteral("Ends </details> early, opens <details> late"));
    QByteArray out = doc.toBytes();
    QVERIFY2(out.contains("Ends &lt;/details> early, opens &lt;details> late"), out.constData());
    QCOMPARE(loaded(out).entryCount(), 2);
    // Lines that would end the search for the closing tag get a backslash.
    doc.setAnswer(doc.entryRef(1), QStringLiteral("One\n---\n**Q:** x\n## h\n```\n---\n```"));
    out = doc.toBytes();
    QVERIFY2(out.contains("One\n\\---\n\\**Q:** x\n\\## h\n```\n---\n```\n</details>"), out.constData());
    QCOMPARE(loaded(out).entryCount(), 2);
    // Balanced tags stay as written: a nested block (no question: one that
    // is would end the search, and gets a backslash).
    doc.setAnswer(doc.entryRef(1), QStringLiteral("<details><summary>Inner</summary>In.</details>"));
    out = doc.toBytes();
    QVERIFY2(out.contains("\n<details><summary>Inner</summary>In.</details>\n"), out.constData());
    const QaDocument reloaded = loaded(out);
    QCOMPARE(reloaded.entryCount(), 2);
    QCOMPARE(reloaded.entry(reloaded.entryRef(1)).answer(), QStringLiteral("<details><summary>Inner</summary>In.</details>"));
}

void TestParserDetails::newEntryBesideDetailsIsDetails()
{
    QaDocument doc = loaded("## FAQ\n\n<details><summary>Why?</summary>\nBecause.\n</details>\n");
    doc.addEntry(0, 1, QStringLiteral("How"), QStringLiteral("So"));
    doc.addEntry(0, 2, QStringLiteral("When?"), QString());
    const QByteArray out = doc.toBytes();
    QCOMPARE(out, QByteArray("## FAQ\n\n<details><summary>Why?</summary>\nBecause.\n</details>\n\n---\n\n"
                             "<details>\n<summary><!-- question -->How</summary>\n\nSo\n\n</details>\n\n---\n\n"
                             "<details>\n<summary>When?</summary>\n</details>\n"));
    const QaDocument reloaded = loaded(out);
    QCOMPARE(describeEntries(reloaded),
             QStringList({QStringLiteral("answered@3 Q[Why?] A[Because.]"), QStringLiteral("answered@9 Q[How] A[So]"),
                          QStringLiteral("unanswered@18 Q[When?]")}));
    for (const EntryRef &ref : reloaded.allEntries())
        QCOMPARE(reloaded.entry(ref).dialect(), QaLabel::Dialect::Details);
}

void TestParserDetails::forcedDetails()
{
    DocumentParser::Options options;
    options.forced = QaLabel::Dialect::Details;
    const QByteArray text("**Q:** a\n\n**A:** b\n\n<details><summary>Why?</summary>x</details>\n");
    const QaDocument doc = loaded(text, options);
    QCOMPARE(describeEntries(doc), QStringList{QStringLiteral("answered@5 Q[Why?] A[x]")});
    QCOMPARE(doc.toBytes(), text);
    // Read as a label dialect, the block is prose (here: the answer's).
    options.forced = QaLabel::Dialect::ShortLabel;
    QCOMPARE(describeEntries(loaded(text, options)),
             QStringList{QStringLiteral("answered@1 Q[a] A[b\n\n<details><summary>Why?</summary>x</details>]")});
    // A new entry in a document read as details, without neighbours.
    QaDocument fresh = loaded("## S\n\nProse.\n", forced(QaLabel::Dialect::Details));
    fresh.addEntry(0, 0, QStringLiteral("New?"), QStringLiteral("Yes."));
    QCOMPARE(loaded(fresh.toBytes(), fresh.parseOptions()).entryCount(), 1);
}

// A question block ends a question paragraph, an answer or a list right
// above it; removed, the text after it must not join them.
void TestParserDetails::removedBlockLeavesNeighboursApart()
{
    const QByteArray block("<details><summary>Why?</summary>x</details>\n");
    for (const QByteArray &before : {QByteArray("**Q:** Unanswered\n"), QByteArray("**Q:** a\n\n**A:** b\n"),
                                     QByteArray("## S\n\n1. Item\n")}) {
        QaDocument doc = loaded(before + block + "Text after.\n");
        const int entries = doc.entryCount();
        const QStringList kept = describeEntries(doc).mid(0, entries - 1);
        doc.removeEntry(doc.entryRef(entries));
        const QaDocument reloaded = loaded(doc.toBytes());
        QCOMPARE(describeEntries(reloaded), kept);
        QVERIFY2(doc.toBytes().contains("Text after.\n"), doc.toBytes().constData());
    }
}

// An unclosed question block before entries: moving or removing them must
// not let it find a closing tag (fuzz: moveentry-label-after-unclosed-details).
void TestParserDetails::unclosedDetailsStaysUnclosed()
{
    const QByteArray text("<details><summary>Why?</summary>\n\n**Q:** Unanswered\n\nText </details>\n\n"
                          "<details><summary>How?</summary>So.</details>\n");
    QaDocument doc = loaded(text);
    QCOMPARE(describeEntries(doc), QStringList({QStringLiteral("unanswered@3 Q[Unanswered]"),
                                                QStringLiteral("answered@7 Q[How?] A[So.]")}));
    QaDocument removed = doc;
    removed.removeEntry(removed.entryRef(1));
    QCOMPARE(describeEntries(loaded(removed.toBytes())).size(), 1);
    QVERIFY2(removed.toBytes().contains("Text </details>"), removed.toBytes().constData());
    QaDocument moved = doc;
    moved.moveEntry(moved.entryRef(1), 0, 1);
    QCOMPARE(loaded(moved.toBytes()).entryCount(), 2);
}

// The search for a closing tag gives up at another question block and at a
// bold question, like at every other entry's first line: an unclosed block
// is prose and the next one an entry, whatever closes later.
void TestParserDetails::questionBlockOrBoldLineEndsTheSearch()
{
    QCOMPARE(describeEntries(loaded("<details><summary>Why?</summary>\n\n<details><summary>How?</summary>So.</details>\n\n"
                                    "Text </details>\n")),
             QStringList{QStringLiteral("answered@3 Q[How?] A[So.]")});
    QCOMPARE(describeEntries(loaded("<details><summary>Why?</summary>\n\n**What?**\n\nThat.\n")),
             QStringList{QStringLiteral("answered@3 Q[What?] A[That.]")});
    // Nested blocks that are not questions are fine.
    QCOMPARE(describeEntries(loaded("<details><summary>Why?</summary>\n\n<details><summary>Code</summary>x</details>\n\n"
                                    "</details>\n")),
             QStringList{QStringLiteral("answered@1 Q[Why?] A[<details><summary>Code</summary>x</details>]")});
    // An answer's bold question is written behind a space (it stays bold),
    // a nested question block behind a backslash.
    QaDocument doc = loaded("<details><summary>Why?</summary>x</details>\n");
    doc.setAnswer(doc.entryRef(1), QStringLiteral("**Bold?**\n\n<details><summary>How?</summary>So.</details>"));
    const QByteArray out = doc.toBytes();
    QVERIFY2(out.contains("\n **Bold?**\n\n\\<details><summary>How?</summary>So.</details>\n"), out.constData());
    QCOMPARE(loaded(out).entryCount(), 1);
}

// Fuzz finding removeentry-after-details-lets-unclosed-details-close: an
// unclosed question block, a details entry, a labelled entry whose label
// ended the search, text with a closing tag. Removing the labelled entry
// must not let the first block close over the details entry.
void TestParserDetails::removedEntryLetsNoBlockCloseOverADetailsEntry()
{
    QaDocument doc = loaded("<details><summary>Why?</summary>\n\n<details><summary>How?</summary>So.</details>\n\n"
                            "**Q:** Label\n\n**A:** Yes.\n\nText </details>\n");
    QCOMPARE(doc.entryCount(), 2);
    const QStringList first = describeEntries(doc).mid(0, 1);
    doc.removeEntry(doc.entryRef(2));
    QCOMPARE(describeEntries(loaded(doc.toBytes())), first);
}

// A `<details>` line inside a question paragraph is no block while the
// search for its closing tag stops at the next entry; with that entry
// removed it would find the tag after it and split the question: a `---`
// keeps them apart (fuzz regression
// removeentry-lets-details-in-a-question-close).
void TestParserDetails::removedEntryLetsNoDetailsInAQuestionClose()
{
    QaDocument doc = loaded("**Q:** Why?\n<details><summary>Explain DNS.</summary>Name\n**Q:** Other?\n\n</details>\n");
    QCOMPARE(describeEntries(doc), (QStringList{QStringLiteral("unanswered@1 Q[Why?\n<details><summary>Explain DNS.</summary>Name]"),
                                                QStringLiteral("unanswered@3 Q[Other?]")}));
    const QStringList first = describeEntries(doc).mid(0, 1);
    doc.removeEntry(doc.entryRef(2));
    QVERIFY2(doc.toBytes().contains("Name\n\n---\n"), doc.toBytes().constData());
    QCOMPARE(describeEntries(loaded(doc.toBytes())), first);
}

// ../shared/corpus/d_sysadmin-skills-details-large.md, counted by hand:
// 271 `<details>` blocks (grep -c '^<details>$' and '^</details>$' both
// give 271), every one a question in `<summary><b>…</b></summary><br>`
// (one summary spans two lines, line 4924) with its answer, some of them
// only "To be completed." or similar. The rule (a `?` or a sentence
// starting with a task word) reads all but the 4 summaries that have
// neither: "Your first 5 commands on a *nix server after login.", "10 quick
// points about web server hardening." and two whose task word is "Use"
// ("Developer reports a problem ... Use /dev for troubleshooting.",
// "Using a Linux system ... Use sysfs virtual filesystem ..."). 267.
// One more is prose: the answer of "Can you give a particular example when
// is indicated to use <code>nobody</code> account? ..." (line 2355) holds
// the line `**When should I use `nobody` account?**`, a bold question, which
// ends the search for the closing tag as every entry's first line does (as
// it ends a labelled answer); that line is an entry with the text after it
// as its answer. 266 details + 1 bold question = 267.
void TestParserDetails::corpusSysadmin()
{
    const QByteArray bytes = readFile(QStringLiteral(QUIRE_CORPUS_DIR "/d_sysadmin-skills-details-large.md"));
    const QaDocument doc = loaded(bytes);
    const int expected = 271;
    const int found = doc.entryCount();
    int answered = 0;
    for (const EntryRef &ref : doc.allEntries())
        answered += doc.entry(ref).status() == EntryStatus::Answered ? 1 : 0;
    qInfo("sysadmin: expected %d, found %d, answered %d", expected, found, answered);
    QCOMPARE(found, 267); // the 4 without `?` or a task word are missed
    int details = 0;
    for (const EntryRef &ref : doc.allEntries())
        details += doc.entry(ref).dialect() == QaLabel::Dialect::Details ? 1 : 0;
    QCOMPARE(details, 266); // and one holds a bold question (above)
    // 3 are placeholders by the marker rule (`XXX.XXX.XXX.XXX` in an iptables
    // example, ...); 33 more say only "To be completed.", which no placeholder
    // rule names: answered.
    QCOMPARE(answered, 264);
    QVERIFY(found * 100 >= expected * 95 && found <= expected); // within 5%, none extra
    QCOMPARE(doc.toBytes(), bytes);
    QByteArray crlf = bytes;
    crlf.replace("\n", "\r\n");
    QCOMPARE(loaded(crlf).entryCount(), found);
    QCOMPARE(loaded(crlf).toBytes(), crlf);
}

// lydiahallie (155 `###### N.` questions, each answer in a details block
// with the summary "Answer") and 123-essential-js (120 "Answer" summaries):
// the question is the heading, not read by this dialect; the blocks are
// not questions, so no entries, rather than 275 entries asking "Answer".
void TestParserDetails::corpusAnswerSummariesAreNotQuestions()
{
    for (const char *file : {"d_lydiahallie-javascript-questions.md", "d_123-essential-js-questions.md",
                             "c_reactjs-interview-questions-large.md"}) {
        const QByteArray bytes = readFile(QStringLiteral(QUIRE_CORPUS_DIR "/") + QLatin1String(file));
        const QaDocument doc = loaded(bytes);
        int details = 0;
        for (const EntryRef &ref : doc.allEntries())
            details += doc.entry(ref).dialect() == QaLabel::Dialect::Details ? 1 : 0;
        QVERIFY2(details == 0, file);
        QCOMPARE(doc.toBytes(), bytes);
    }
}

QTEST_GUILESS_MAIN(TestParserDetails)
#include "tst_parser_details.moc"
