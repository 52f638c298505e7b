// Raw HTML headings in the `heading` dialect (README, "Dialects", heading):
// `<h3>Why?</h3>`, or `<h3 name="x">` / `Why?` / `</h3>` over three lines as
// ripgrep's FAQ writes them. Both sides of the rule, byte-identical round
// trips (also CRLF), edits in the form and what it cannot hold, answers
// that would end early, new entries beside them, every removal and move,
// forced dialects (the ripgrep file itself: tst_parser_headings_corpus).

#include "tests/document/parserdescriptions.h"

#include "app/document/qadocument.h"

#include <QtTest>

using namespace ParserDescriptions;

class TestParserHtmlHeadings : public QObject
{
    Q_OBJECT

private slots:
    void recognised_data();
    void recognised();
    void editsKeepTheTags();
    void questionTheFormCannotHoldReadsBack_data();
    void questionTheFormCannotHoldReadsBack();
    void answersAndNewEntries();
    void everyRemovalAndMoveReadsBack();
    void forcedDialects();
};

void TestParserHtmlHeadings::recognised_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QStringList>("entries");
    const QStringList why{QStringLiteral("answered@1 Q[Why?] A[Because.]")};
    const QStringList none;
    QTest::newRow("one line") << QByteArray("<h3>Why?</h3>\n\nBecause.\n") << why;
    QTest::newRow("three lines, attributes (ripgrep)")
        << QByteArray("<h3 name=\"config\">\nWhy?\n</h3>\n\nBecause.\n") << why;
    QTest::newRow("three lines, CRLF") << QByteArray("<h3 name=\"x\">\r\nWhy?\r\n</h3>\r\n\r\nBecause.\r\n") << why;
    QTest::newRow("text after the opening tag") << QByteArray("<h3>Why?\n</h3>\n\nBecause.\n") << why;
    QTest::newRow("text before the closing tag") << QByteArray("<h3>\n  Why?  </h3>\n\nBecause.\n") << why;
    QTest::newRow("upper case, spaces after the closing tag") << QByteArray("<H4 id=\"a\">Why?</H4>  \n\nBecause.\n") << why;
    QTest::newRow("<h2> is an entry, not a section") << QByteArray("<h2>Why?</h2>\n\nBecause.\n") << why;
    QTest::newRow("no answer") << QByteArray("<h3>Why?</h3>\n") << QStringList{QStringLiteral("unanswered@1 Q[Why?]")};
    QTest::newRow("one level under <h2>FAQ</h2>")
        << QByteArray("<h2>FAQ</h2>\n\n<h3>Install</h3>\n\nRun it.\n")
        << QStringList{QStringLiteral("answered@3 Q[Install] A[Run it.]")};
    QTest::newRow("<h2> under # FAQ") << QByteArray("# FAQ\n\n<h2>Install</h2>\n\nRun it.\n")
                                      << QStringList{QStringLiteral("answered@3 Q[Install] A[Run it.]")};
    QTest::newRow("a heading of its level that is no question ends the answer")
        << QByteArray("<h3>Why?</h3>\n\nA.\n\n<h3>Setup</h3>\n\nText.\n")
        << QStringList{QStringLiteral("answered@1 Q[Why?] A[A.]")};
    QTest::newRow("a deeper one is part of it")
        << QByteArray("<h3>Why?</h3>\n\nA.\n\n<h4>Setup</h4>\n\nText.\n")
        << QStringList{QStringLiteral("answered@1 Q[Why?] A[A.\n\n<h4>Setup</h4>\n\nText.]")};
    QTest::newRow("next to ATX headings")
        << QByteArray("### How?\n\nA.\n\n<h3 name=\"b\">\nWhy?\n</h3>\n\nB.\n\n## Setup\n\n### When?\n\nC.\n")
        << QStringList{QStringLiteral("answered@1 Q[How?] A[A.]"), QStringLiteral("answered@5 Q[Why?] A[B.]"),
                       QStringLiteral("answered@13 Q[When?] A[C.]")};
    QTest::newRow("ends a numbered question") << QByteArray("## S\n\n1. One?\n<h3>Why?</h3>\n\nB.\n")
                                              << QStringList{QStringLiteral("unanswered@3 Q[One?]"), QStringLiteral("answered@4 Q[Why?] A[B.]")};
    // Prose: each rule's other side.
    QTest::newRow("<h1> is a title") << QByteArray("<h1>Why?</h1>\n\nBecause.\n") << none;
    QTest::newRow("no question, no FAQ") << QByteArray("<h3>Install</h3>\n\nRun it.\n") << none;
    QTest::newRow("indented") << QByteArray(" <h3>Why?</h3>\n\nBecause.\n") << none;
    QTest::newRow("another level closes it") << QByteArray("<h3>Why?</h4>\n\nBecause.\n") << none;
    QTest::newRow("text after the closing tag") << QByteArray("<h3>Why?</h3> Really\n\nBecause.\n") << none;
    QTest::newRow("a blank line before the closing tag") << QByteArray("<h3>\nWhy?\n\n</h3>\n\nBecause.\n") << none;
    QTest::newRow("text on two lines") << QByteArray("<h3>\nWhy\nnot?\n</h3>\n\nBecause.\n") << none;
    QTest::newRow("closed four lines down") << QByteArray("<h3>\nWhy?\n<!-- -->\n</h3>\n\nBecause.\n") << none;
    QTest::newRow("never closed") << QByteArray("<h3>Why?\n") << none;
    QTest::newRow("<h7>, <hr>, <header>")
        << QByteArray("<h7>Why?</h7>\n\n<hr>Why?</hr>\n\n<header>Why?</header>\n\nText.\n") << none;
    QTest::newRow("in a code block") << QByteArray("```\n<h3>Why?</h3>\n```\n") << none;
}

void TestParserHtmlHeadings::recognised()
{
    QFETCH(QByteArray, document);
    QFETCH(QStringList, entries);
    const QaDocument doc = loaded(document);
    QCOMPARE(describeEntries(doc), entries);
    for (const EntryRef &ref : doc.allEntries()) {
        if (doc.entry(ref).form() != QaEntry::Form::Numbered)
            QCOMPARE(QaLabel::dialectName(doc.entry(ref).dialect()), QStringLiteral("heading"));
    }
    QCOMPARE(doc.toBytes(), document);
}

// The text between the tags changes; the tags, their attributes, their
// lines and the line endings stay.
void TestParserHtmlHeadings::editsKeepTheTags()
{
    const QByteArray text("<h3 name=\"config\">\r\nWhy?\r\n</h3>\r\n\r\nBecause.\r\n\r\n<h3>How?</h3>\r\n\r\nSo.\r\n");
    QaDocument doc = loaded(text);
    QCOMPARE(doc.entryCount(), 2);
    doc.setQuestion(doc.entryRef(1), QStringLiteral("What now?"));
    doc.setQuestion(doc.entryRef(2), QStringLiteral("And how?"));
    doc.setAnswer(doc.entryRef(1), QStringLiteral("New.\nTwo lines."));
    QCOMPARE(doc.toBytes(), QByteArray("<h3 name=\"config\">\r\nWhat now?\r\n</h3>\r\n\r\nNew.\r\nTwo lines.\r\n\r\n"
                                       "<h3>And how?</h3>\r\n\r\nSo.\r\n"));
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(texts(reloaded), QStringList({QStringLiteral("answered Q[What now?] A[New.\nTwo lines.]"),
                                           QStringLiteral("answered Q[And how?] A[So.]")}));
    QCOMPARE(reloaded.entry(reloaded.entryRef(1)).dialect(), QaLabel::Dialect::Heading);
    // `</` that is not at the end of the text reads back too, but the
    // rule keeps every `</` out of the heading.
    doc.setQuestion(doc.entryRef(1), QStringLiteral("Why?"));
    doc.setQuestion(doc.entryRef(2), QStringLiteral("How?"));
    doc.setAnswer(doc.entryRef(1), QStringLiteral("Because."));
    QCOMPARE(doc.toBytes(), text);
}

void TestParserHtmlHeadings::questionTheFormCannotHoldReadsBack_data()
{
    QTest::addColumn<QString>("question");
    QTest::newRow("no question") << QStringLiteral("Setup");
    QTest::newRow("a closing tag in it") << QStringLiteral("Is </h3> a tag?");
    QTest::newRow("ending in a closing tag") << QStringLiteral("Why?</h3>");
    QTest::newRow("two lines") << QStringLiteral("Why\nnot?");
    QTest::newRow("empty") << QString();
}

// Written in another form (Quire's labels), the entry reads back with the
// question as typed and the answer as it was.
void TestParserHtmlHeadings::questionTheFormCannotHoldReadsBack()
{
    QFETCH(QString, question);
    for (const QByteArray &text : {QByteArray("<h3 name=\"a\">\nWhy?\n</h3>\n\nBecause.\n\n<h3>How?</h3>\n\nSo.\n"),
                                   QByteArray("<h3>Why?</h3>\n\nBecause.\n\n<h3>How?</h3>\n\nSo.\n")}) {
        QaDocument doc = loaded(text);
        doc.setQuestion(doc.entryRef(1), question);
        QVERIFY2(!doc.toBytes().contains("<h3") || doc.toBytes().indexOf("<h3") > doc.toBytes().indexOf("Because."),
                 doc.toBytes().constData());
        QCOMPARE(reloadedEntries(doc), texts(doc));
        QCOMPARE(doc.entry(doc.entryRef(1)).question(), question);
    }
}

// A typed answer whose line would end it early gets a backslash; answering
// an unanswered heading writes a paragraph after it; a new entry beside
// HTML headings is an ATX heading of their level.
void TestParserHtmlHeadings::answersAndNewEntries()
{
    QaDocument doc = loaded("<h3 name=\"a\">\nWhy?\n</h3>\n\n<h3>How?</h3>\n\nSo.\n");
    QCOMPARE(texts(doc), QStringList({QStringLiteral("unanswered Q[Why?]"), QStringLiteral("answered Q[How?] A[So.]")}));
    doc.setAnswer(doc.entryRef(1), QStringLiteral("Because.\n\n<h3>Really?</h3>\n\n<h3>Setup</h3>"));
    QVERIFY2(doc.toBytes().contains("</h3>\n\nBecause.\n\n\\<h3>Really?</h3>\n\n\\<h3>Setup</h3>\n"), doc.toBytes().constData());
    QCOMPARE(reloadedEntries(doc).size(), 2);
    QCOMPARE(loaded(doc.toBytes()).entry(doc.entryRef(2)).question(), QStringLiteral("How?"));
    doc.addEntry(0, 2, QStringLiteral("When?"), QStringLiteral("Now."));
    QVERIFY2(doc.toBytes().contains("### When?\n\nNow.\n"), doc.toBytes().constData());
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(reloaded.entryCount(), 3);
    QCOMPARE(texts(reloaded).last(), QStringLiteral("answered Q[When?] A[Now.]"));
    QCOMPARE(reloaded.entry(reloaded.entryRef(3)).dialect(), QaLabel::Dialect::Heading);
}

// Each entry removed, and moved to every place: the entries read back as
// they are in memory.
void TestParserHtmlHeadings::everyRemovalAndMoveReadsBack()
{
    const QByteArray text("<h2>FAQ</h2>\n\n<h3 name=\"i\">\nInstall\n</h3>\n\nRun it.\n\n<h4>Deeper</h4>\n\nMore.\n\n"
                          "<h3>Why?</h3>\n\n1. one\n2. two\n\n<h3>Notes</h3>\n\n**Bold?**\n\nB.\n\n<h3>How?</h3>\n\n"
                          "<h2>Part two</h2>\n\n## Section\n\n<h3>Three?</h3>\n\nT.\n\n2. e\n3. f\n");
    const QaDocument original = loaded(text);
    QCOMPARE(original.toBytes(), text);
    const int count = original.entryCount();
    QCOMPARE(count, 6); // Install, Why?, Notes, Bold?, How?, Three? (its answer takes the list)
    QCOMPARE(firstRemovalOrMoveNotReadBack(original), QString());
}

// Read as another dialect an HTML question heading is prose that ends an
// answer, its other lines read as they are; read as headings only it is a
// question.
void TestParserHtmlHeadings::forcedDialects()
{
    const QByteArray text("**Q:** b\n\n**A:** c\n<h3 name=\"x\">\nWhy?\n</h3>\n\nD.\n");
    QCOMPARE(loaded(text).entryCount(), 2);
    const QaDocument labels = loaded(text, forced(QaLabel::Dialect::ShortLabel));
    QCOMPARE(describeEntries(labels), QStringList({QStringLiteral("answered@1 Q[b] A[c]")}));
    QCOMPARE(labels.toBytes(), text);
    QCOMPARE(describeEntries(loaded(text, forced(QaLabel::Dialect::Heading))),
             QStringList({QStringLiteral("answered@4 Q[Why?] A[D.]")}));
}

QTEST_GUILESS_MAIN(TestParserHtmlHeadings)
#include "tst_parser_htmlheadings.moc"
