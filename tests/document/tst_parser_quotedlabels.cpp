// Labels in a block quote (README, "Dialects", labels): `> **Answer:** …`
// after a question, a question and its answer both quoted, lazy lines and
// empty quote lines; the other side of the rule (a quote in a quote, code);
// byte-identical round trips; edits written back into the quote, and an
// answer to a quoted question quoted like it.

#include "tests/document/parserdescriptions.h"

#include "app/document/qadocument.h"
#include "app/document/questionkey.h"

#include <QtTest>

using namespace ParserDescriptions;

class TestParserQuotedLabels : public QObject
{
    Q_OBJECT

private slots:
    void recognised_data();
    void recognised();
    void edits_data();
    void edits();
    void answeringAQuotedQuestionQuotesTheAnswer();
};

void TestParserQuotedLabels::recognised_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QStringList>("entries");
    QTest::newRow("an answer in a quote") << QByteArray("**Question:** Why?\n\n> **Answer:** Because.\n> More.\n")
                                          << QStringList{QStringLiteral("answered@1 Q[Why?] A[Because.\nMore.]")};
    QTest::newRow("both quoted, an empty quote line between")
        << QByteArray("> **Q:** Why?\n>\n> **A:** Because.\n>\n> Second paragraph.\n")
        << QStringList{QStringLiteral("answered@1 Q[Why?] A[Because.\n\nSecond paragraph.]")};
    QTest::newRow("a lazy line") << QByteArray("**Q:** Why?\n\n> **A:** Because\nlazy.\n")
                                 << QStringList{QStringLiteral("answered@1 Q[Why?] A[Because\nlazy.]")};
    QTest::newRow("plain labels, no space after >") << QByteArray(">Q: Why?\n>A: Because.\n")
                                                    << QStringList{QStringLiteral("answered@1 Q[Why?] A[Because.]")};
    QTest::newRow("label alone, its text on the next quote line")
        << QByteArray("**Question:** Why?\n\n> **Answer:**\n> Because.\n")
        << QStringList{QStringLiteral("answered@1 Q[Why?] A[Because.]")};
    QTest::newRow("a question of two quoted lines") << QByteArray("> **Q:** Why\n> Not?\n>\n> **A:** So.\n")
                                                    << QStringList{QStringLiteral("answered@1 Q[Why\nNot?] A[So.]")};
    QTest::newRow("CRLF") << QByteArray("> **Q:** Why?\r\n>\r\n> **A:** Because.\r\n> More.\r\n")
                          << QStringList{QStringLiteral("answered@1 Q[Why?] A[Because.\nMore.]")};
    // The other side of the rule.
    QTest::newRow("a quote in a quote is prose") << QByteArray("**Question:** Why?\n\n>> **Answer:** No.\n")
                                                 << QStringList{QStringLiteral("unanswered@1 Q[Why?]")};
    QTest::newRow("an answer label alone is prose") << QByteArray("> **A:** Because.\n") << QStringList{};
    QTest::newRow("in a code block") << QByteArray("```\n> **Q:** Why?\n> **A:** No.\n```\n") << QStringList{};
    QTest::newRow("indented four spaces is code") << QByteArray("    > **Q:** Why?\n") << QStringList{};
    QTest::newRow("an empty quote line under an unquoted question is text")
        << QByteArray("**Q:** Why?\n>\n\n**A:** Because.\n")
        << QStringList{QStringLiteral("answered@1 Q[Why?\n>] A[Because.]")};
}

void TestParserQuotedLabels::recognised()
{
    QFETCH(QByteArray, document);
    QFETCH(QStringList, entries);
    const QaDocument doc = loaded(document);
    QCOMPARE(describeEntries(doc), entries);
    QCOMPARE(doc.toBytes(), document);
    // What `quire check --json`, the exports and the similar-questions key
    // take: the text without `> ` (the key: fuzz regression
    // quoted-question-key-of-two-lines).
    for (const EntryRef &ref : doc.allEntries()) {
        const QaEntry &entry = doc.entry(ref);
        QCOMPARE(entry.questionTextUtf8(), entry.question().toUtf8());
        QCOMPARE(entry.answerUtf8(), entry.answer().toUtf8());
        QCOMPARE(QuestionKey::of(entry), QuestionKey::ofQuestion(entry.question()).toUtf8());
    }
}

void TestParserQuotedLabels::edits_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QByteArray>("edited");
    QTest::newRow("both quoted") << QByteArray("> **Q:** Why?\n>\n> **A:** Because.\n")
                                 << QStringLiteral("Line one\nline two?") << QStringLiteral("One.\n\nTwo\n  code")
                                 << QByteArray("> **Q:** Line one\n> line two?\n>\n> **A:** One.\n>\n> Two\n>   code\n");
    QTest::newRow("answer label alone on its line")
        << QByteArray("**Question:** Why?\n\n> **Answer:**\n> Because.\n") << QStringLiteral("Why?")
        << QStringLiteral("A\nB") << QByteArray("**Question:** Why?\n\n> **Answer:**\n> A\n> B\n");
    QTest::newRow("CRLF") << QByteArray("**Question:** Why?\r\n\r\n> **Answer:** Because.\r\n")
                          << QStringLiteral("Why?") << QStringLiteral("A\n\nB")
                          << QByteArray("**Question:** Why?\r\n\r\n> **Answer:** A\r\n>\r\n> B\r\n");
}

void TestParserQuotedLabels::edits()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, question);
    QFETCH(QString, answer);
    QFETCH(QByteArray, edited);
    QaDocument doc = loaded(document);
    const QaLabel::Dialect dialect = doc.entry(doc.entryRef(1)).dialect();
    doc.setQuestion(doc.entryRef(1), question);
    doc.setAnswer(doc.entryRef(1), answer);
    QCOMPARE(doc.toBytes(), edited);
    const QaDocument reloaded = loaded(edited);
    QCOMPARE(reloaded.entryCount(), 1);
    const QaEntry &e = reloaded.entry(reloaded.entryRef(1));
    QCOMPARE(e.question(), question);
    QCOMPARE(e.answer(), answer);
    QCOMPARE(e.dialect(), dialect);
}

void TestParserQuotedLabels::answeringAQuotedQuestionQuotesTheAnswer()
{
    QaDocument doc = loaded("> **Q:** Why?\n");
    doc.setAnswer(doc.entryRef(1), QStringLiteral("So.\nAnd so."));
    QCOMPARE(doc.toBytes(), QByteArray("> **Q:** Why?\n\n> **A:** So.\n> And so.\n"));
    const QaDocument reloaded = loaded(doc.toBytes());
    QCOMPARE(describeEntries(reloaded), QStringList{QStringLiteral("answered@1 Q[Why?] A[So.\nAnd so.]")});
}

QTEST_GUILESS_MAIN(TestParserQuotedLabels)
#include "tst_parser_quotedlabels.moc"
