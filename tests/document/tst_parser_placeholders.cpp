// The placeholder rules: which answers are stand-ins, through the linter and
// through the parser, and that the rules come from data/placeholder-rules.json.

#include "tests/support/testsupport.h"

#include "app/lint/linter.h"
#include "app/status/placeholderrules.h"
#include "app/document/qadocument.h"

#include <QtTest>

using namespace TestSupport;

Q_DECLARE_METATYPE(EntryStatus)

namespace {

EntryStatus statusOfAnswer(const QString &answer)
{
    return Linter::classify(QaEntry(QStringLiteral("A question?"), answer));
}

QString words(int count, const QString &first)
{
    QStringList list{first};
    for (int i = 1; i < count; ++i)
        list.append(QStringLiteral("word%1").arg(i));
    return list.join(QLatin1Char(' '));
}

} // namespace

class TestParserPlaceholders : public QObject
{
    Q_OBJECT

private slots:
    void placeholderRules_data();
    void placeholderRules();
    void placeholderStatusesThroughTheParser();
    void placeholderRulesComeFromData();
};

void TestParserPlaceholders::placeholderRules_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<EntryStatus>("status");

    const auto P = EntryStatus::Placeholder;
    const auto A = EntryStatus::Answered;
    const auto E = EntryStatus::Empty;

    // Phrases, anywhere, any case.
    QTest::newRow("phrase") << QStringLiteral("I have some thoughts and will fill this in later.") << P;
    QTest::newRow("phrase, other case") << QStringLiteral("WILL Fill This In Later") << P;
    QTest::newRow("lorem ipsum") << QStringLiteral("Lorem ipsum dolor sit amet.") << P;
    QTest::newRow("coming soon in a long answer")
        << QStringLiteral("A full paragraph about the project, its goals and its results. More coming soon.") << P;
    // Markers: whole words in capitals.
    QTest::newRow("TODO marker") << QStringLiteral("See the benchmark. TODO: add the link.") << P;
    QTest::newRow("TBD marker") << QStringLiteral("The release date is TBD.") << P;
    QTest::newRow("FIXME marker") << QStringLiteral("FIXME") << P;
    QTest::newRow("lowercase todo in a sentence") << QStringLiteral("I keep a todo list for that, and the answer is yes.") << A;
    QTest::newRow("TODOs is another word") << QStringLiteral("TODOs are tracked in the issue tracker.") << A;
    // Whole-answer stand-ins.
    QTest::newRow("ellipsis character") << QStringLiteral("…") << P;
    QTest::newRow("three dots with spaces") << QStringLiteral("  ...  \n") << P;
    QTest::newRow("question mark") << QStringLiteral("?") << P;
    QTest::newRow("n/a") << QStringLiteral("N/A") << P;
    QTest::newRow("lowercase todo alone") << QStringLiteral("todo") << P;
    QTest::newRow("dots inside a real answer") << QStringLiteral("It depends... on the data.") << A;
    // Notes to self: short, one paragraph, starting with an opener.
    QTest::newRow("Talk about") << QStringLiteral("Talk about the phased approach.") << P;
    QTest::newRow("Mention") << QStringLiteral("Mention the benchmark results and the Imagenette runs.") << P;
    QTest::newRow("mention, lower case") << QStringLiteral("mention the paper") << P;
    QTest::newRow("Mention, 40 words") << words(40, QStringLiteral("Mention")) << P;
    QTest::newRow("Mention, 41 words") << words(41, QStringLiteral("Mention")) << A;
    QTest::newRow("Mention, long answer")
        << QStringLiteral("Mention of the result came late: we trained forty small models over six weeks, scored "
                          "every output by hand, aligned an LLM judge with those scores, and found that the "
                          "instabilities we saw in training predicted the weaker capabilities in evaluation, "
                          "which is the finding the whole project was built to test and it held up.")
        << A;
    QTest::newRow("Talk about, two paragraphs") << QStringLiteral("Talk about X.\n\nAnd here is more text.") << A;
    QTest::newRow("Mentioned is not an opener") << QStringLiteral("Mentioned in the paper.") << A;
    QTest::newRow("opener not at the start") << QStringLiteral("I will talk about it.") << A;
    // Empty is its own status.
    QTest::newRow("empty") << QString() << E;
    QTest::newRow("blank") << QStringLiteral(" \n\t \n") << E;
    QTest::newRow("real answer") << QStringLiteral("Yes.") << A;
}

void TestParserPlaceholders::placeholderRules()
{
    QFETCH(QString, answer);
    QFETCH(EntryStatus, status);
    QCOMPARE(statusOfAnswer(answer), status);
    // Through a parsed document as well.
    const QByteArray bytes = "## S\n\n**Question:** Q?\n\n**Answer:** " + answer.toUtf8() + "\n\n---\n";
    const auto doc = load(bytes);
    QVERIFY(doc);
    QCOMPARE(doc->entryCount(), 1);
    QCOMPARE(doc->entry({0, 0}).status(), status);
}

void TestParserPlaceholders::placeholderStatusesThroughTheParser()
{
    const auto doc = QaDocument::fromFile(samplePath());
    QVERIFY(doc);
    const QaEntry &first = doc->entry(doc->entryRef(7));
    const QaEntry &second = doc->entry(doc->entryRef(8));
    QCOMPARE(first.line(), 44);
    QCOMPARE(second.line(), 50);
    QVERIFY(first.answer().contains(QStringLiteral("will fill this in later")));
    QVERIFY(second.answer().startsWith(QStringLiteral("Talk about")));
}

void TestParserPlaceholders::placeholderRulesComeFromData()
{
    QString error;
    const PlaceholderRules rules = PlaceholderRules::fromJson(
        R"({"phrases": {"list": ["Xyzzy Plugh"]}, "markers": {"list": ["HOLE"]},
            "standIns": {"list": ["tk"]}, "notesToSelf": {"maxWords": 3, "openers": ["cover"]}})",
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rules.phrases(), QList<QByteArray>{"xyzzy plugh"});
    QVERIFY(rules.matches("text with xyzzy plugh in it"));
    QVERIFY(rules.matches("a HOLE here"));
    QVERIFY(!rules.matches("a hole here"));
    QVERIFY(rules.matches("TK"));
    QVERIFY(rules.matches("Cover the results"));
    QVERIFY(!rules.matches("Cover the results please now"));
    QVERIFY(!rules.matches("will fill this in later")); // not in these rules
    QVERIFY(!rules.matches("   "));

    QaEntry entry(QStringLiteral("Q?"), QStringLiteral("TK"));
    QCOMPARE(Linter::classify(entry, rules), EntryStatus::Placeholder);
    QCOMPARE(Linter::classify(entry), EntryStatus::Answered);

    PlaceholderRules::fromJson("not json", &error);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestParserPlaceholders)
#include "tst_parser_placeholders.moc"
