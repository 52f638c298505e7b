// The `admonition` dialect (README, "Dialects"): MkDocs / Material
// `??? question "Title"` blocks with an indented body; both sides of each
// rule, byte-identical round trips (also CRLF), edits and new entries in the
// dialect (the body stays indented, a title with quotes round-trips).

#include "tests/document/parserdescriptions.h"

#include "app/document/qadocument.h"

#include <QtTest>

using namespace ParserDescriptions;

class TestParserAdmonitions : public QObject
{
    Q_OBJECT

private slots:
    void recognised_data();
    void recognised();
    void edits_data();
    void edits();
    void titleWithQuotesRoundTrips();
    void emptyQuestionAndAnswerReadBack();
    void newEntryBesideAdmonitionsIsOne();
    void removedBlockDoesNotLetTextJoinABody();
};

void TestParserAdmonitions::recognised_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QStringList>("entries");
    const QString qa = QStringLiteral("answered@1 Q[Why?] A[Because.]");
    QTest::newRow("??? question") << QByteArray("??? question \"Why?\"\n    Because.\n") << QStringList{qa};
    QTest::newRow("!!! question") << QByteArray("!!! question \"Why?\"\n    Because.\n") << QStringList{qa};
    QTest::newRow("???+ question, tab") << QByteArray("???+ question \"Why?\"\n\tBecause.\n") << QStringList{qa};
    QTest::newRow("faq and help types") << QByteArray("!!! faq \"Why?\"\n    Because.\n\n!!! help \"How\"\n    So.\n")
                                        << QStringList{qa, QStringLiteral("answered@4 Q[How] A[So.]")};
    QTest::newRow("title ending in ? on another type")
        << QByteArray("!!! note \"Why?\"\n    Because.\n") << QStringList{qa};
    QTest::newRow("extra classes") << QByteArray("??? question inline end \"Why?\"\n    Because.\n") << QStringList{qa};
    QTest::newRow("body: blank lines, deeper indentation, code")
        << QByteArray("??? question \"Why?\"\n\n    One.\n\n        code\n    ```\n    x\n    ```\n\nAfter.\n")
        << QStringList{QStringLiteral("answered@1 Q[Why?] A[One.\n\n    code\n```\nx\n```]")};
    QTest::newRow("no body: unanswered") << QByteArray("??? question \"Why?\"\nNot indented.\n")
                                         << QStringList{QStringLiteral("unanswered@1 Q[Why?]")};
    QTest::newRow("no title") << QByteArray("!!! question\n    Because.\n")
                              << QStringList{QStringLiteral("answered@1 Q[] A[Because.]")};
    QTest::newRow("ends a label answer") << QByteArray("**Q:** a\n\n**A:** b\n!!! question \"Why?\"\n    Because.\n")
                                         << QStringList{QStringLiteral("answered@1 Q[a] A[b]"),
                                                        QStringLiteral("answered@4 Q[Why?] A[Because.]")};
    // The other side of each rule.
    QTest::newRow("note without ?") << QByteArray("!!! note \"Careful\"\n    Text.\n") << QStringList{};
    QTest::newRow("warning, no title") << QByteArray("!!! warning\n    Text.\n") << QStringList{};
    QTest::newRow("indented marker") << QByteArray(" ??? question \"Why?\"\n    x\n") << QStringList{};
    QTest::newRow("no space after the marker") << QByteArray("???question \"Why?\"\n    x\n") << QStringList{};
    QTest::newRow("!! is not a marker") << QByteArray("!! question \"Why?\"\n    x\n") << QStringList{};
    QTest::newRow("unquoted title") << QByteArray("!!! question Why?\n    x\n") << QStringList{};
    QTest::newRow("in a code block") << QByteArray("```\n??? question \"Why?\"\n    x\n```\n") << QStringList{};
}

void TestParserAdmonitions::recognised()
{
    QFETCH(QByteArray, document);
    QFETCH(QStringList, entries);
    const QaDocument doc = loaded(document);
    QCOMPARE(describeEntries(doc), entries);
    QCOMPARE(doc.toBytes(), document);
    if (!entries.isEmpty())
        QCOMPARE(doc.entry(doc.entryRef(1)).dialect(), entries.size() && document.contains("**Q:**")
                                                           ? QaLabel::Dialect::ShortLabel
                                                           : QaLabel::Dialect::Admonition);
    QByteArray crlf = document;
    crlf.replace("\n", "\r\n");
    QCOMPARE(loaded(crlf).toBytes(), crlf);
    QCOMPARE(loaded(crlf).entryCount(), entries.size());
}

void TestParserAdmonitions::edits_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QByteArray>("edited");
    const QByteArray tail("\nProse.\n");
    QTest::newRow("question type") << QByteArray("??? question \"Why?\"\n    Because.\n    More.\n") + tail
                                   << QStringLiteral("How") << QStringLiteral("One.\n\nTwo:\n\n    code")
                                   << QByteArray("??? question \"How\"\n    One.\n\n    Two:\n\n        code\n") + tail;
    QTest::newRow("tab body stays tabbed") << QByteArray("!!! faq \"Why?\"\n\tBecause.\n") + tail
                                           << QStringLiteral("Why?") << QStringLiteral("A\nB")
                                           << QByteArray("!!! faq \"Why?\"\n\tA\n\tB\n") + tail;
    QTest::newRow("a note whose title loses its ? becomes a question")
        << QByteArray("!!! note \"Why?\"\n    Because.\n") + tail << QStringLiteral("Statement")
        << QStringLiteral("Because.") << QByteArray("!!! question \"Statement\"\n    Because.\n") + tail;
    QTest::newRow("answering one without body") << QByteArray("??? question \"Why?\"\n") + tail
                                                << QStringLiteral("Why?") << QStringLiteral("Now.")
                                                << QByteArray("??? question \"Why?\"\n    Now.\n") + tail;
    QTest::newRow("a title where there was none") << QByteArray("!!! question\n    x\n") << QStringLiteral("Why")
                                                  << QStringLiteral("x") << QByteArray("!!! question \"Why\"\n    x\n");
    // Its spaces stay: written as an empty line, it read back without them.
    QTest::newRow("a line of only spaces keeps them")
        << QByteArray("??? question \"Why?\"\n    Because.\n") + tail << QStringLiteral("Why?")
        << QStringLiteral("A\n  \nB") << QByteArray("??? question \"Why?\"\n    A\n      \n    B\n") + tail;
    QTest::newRow("CRLF") << QByteArray("??? question \"Why?\"\r\n    Because.\r\n")
                          << QStringLiteral("How?") << QStringLiteral("A\nB")
                          << QByteArray("??? question \"How?\"\r\n    A\r\n    B\r\n");
}

void TestParserAdmonitions::edits()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, question);
    QFETCH(QString, answer);
    QFETCH(QByteArray, edited);
    QaDocument doc = loaded(document);
    doc.setQuestion(doc.entryRef(1), question);
    doc.setAnswer(doc.entryRef(1), answer);
    QCOMPARE(doc.toBytes(), edited);
    const QaDocument reloaded = loaded(edited);
    QCOMPARE(reloaded.entryCount(), 1);
    const QaEntry &e = reloaded.entry(reloaded.entryRef(1));
    QCOMPARE(e.dialect(), QaLabel::Dialect::Admonition);
    QCOMPARE(e.question(), question);
    QCOMPARE(e.answer(), answer);
}

void TestParserAdmonitions::titleWithQuotesRoundTrips()
{
    for (const QString &title : {QStringLiteral("Why \"quoted\"?"), QStringLiteral("\"Starts and ends\""),
                                 QStringLiteral("Ends with a quote\""), QStringLiteral("</summary>?")}) {
        QaDocument doc = loaded("??? question \"Why?\"\n    Because.\n");
        doc.setQuestion(doc.entryRef(1), title);
        const QaDocument reloaded = loaded(doc.toBytes());
        QCOMPARE(reloaded.entryCount(), 1);
        QCOMPARE(reloaded.entry(reloaded.entryRef(1)).question(), title);
    }
}

void TestParserAdmonitions::emptyQuestionAndAnswerReadBack()
{
    QaDocument doc = loaded("??? question \"Why?\"\n    Because.\nNext.\n\n!!! note \"How?\"\n    So.\n");
    doc.setQuestion(doc.entryRef(1), QString());
    doc.setAnswer(doc.entryRef(1), QString());
    doc.setQuestion(doc.entryRef(2), QString());
    const QByteArray out = doc.toBytes();
    QCOMPARE(out, QByteArray("??? question \"\"\nNext.\n\n!!! question \"\"\n    So.\n"));
    QCOMPARE(describeEntries(loaded(out)),
             QStringList({QStringLiteral("unanswered@1 Q[]"), QStringLiteral("answered@4 Q[] A[So.]")}));
}

void TestParserAdmonitions::newEntryBesideAdmonitionsIsOne()
{
    QaDocument doc = loaded("## FAQ\n\n??? question \"Why?\"\n    Because.\n");
    doc.addEntry(0, 1, QStringLiteral("How"), QStringLiteral("One\n\nTwo"));
    doc.addEntry(0, 2, QStringLiteral("When"), QString());
    const QByteArray out = doc.toBytes();
    QCOMPARE(out, QByteArray("## FAQ\n\n??? question \"Why?\"\n    Because.\n\n---\n\n"
                             "??? question \"How\"\n    One\n\n    Two\n\n---\n\n??? question \"When\"\n"));
    const QaDocument reloaded = loaded(out);
    QCOMPARE(describeEntries(reloaded),
             QStringList({QStringLiteral("answered@3 Q[Why?] A[Because.]"),
                          QStringLiteral("answered@8 Q[How] A[One\n\nTwo]"), QStringLiteral("unanswered@15 Q[When]")}));
}

// Indented text after a details block, the block removed: the admonition
// before it must not take the text into its body.
void TestParserAdmonitions::removedBlockDoesNotLetTextJoinABody()
{
    QaDocument doc = loaded("??? question \"Why?\"\n    Because.\n<details><summary>How?</summary>So.</details>\n"
                            "    indented prose\n");
    QCOMPARE(doc.entryCount(), 2);
    doc.removeEntry(doc.entryRef(2));
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(describeEntries(reloaded), QStringList{QStringLiteral("answered@1 Q[Why?] A[Because.]")});
}

QTEST_GUILESS_MAIN(TestParserAdmonitions)
#include "tst_parser_admonitions.moc"
