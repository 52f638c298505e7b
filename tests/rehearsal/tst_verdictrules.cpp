// The verdict rules (data/verdict-rules.json): content-word recall with stop
// words and stemming for answered entries, refusal phrases for probes.

#include "app/rehearsal/verdictrules.h"

#include <QtTest>

class TestVerdictRules : public QObject
{
    Q_OBJECT

private slots:
    void contentWordsDropStopWordsAndStem()
    {
        const VerdictRules &rules = VerdictRules::builtIn();
        QCOMPARE(rules.contentWords(QStringLiteral("The models were trained on the studies, and it is training well.")),
                 QStringList({QStringLiteral("model"), QStringLiteral("train"), QStringLiteral("study"), QStringLiteral("well")}));
        QCOMPARE(rules.stem(QStringLiteral("evaluations")), QStringLiteral("evaluate"));
        QCOMPARE(rules.stem(QStringLiteral("is")), QStringLiteral("is")); // too short to cut
        QCOMPARE(rules.stem(QStringLiteral("harnesses")), rules.stem(QStringLiteral("harness")));
    }

    void compareGivesVerdictsByRecall()
    {
        const VerdictRules &rules = VerdictRules::builtIn();
        const QString authored = QStringLiteral("I trained retrieval models in Python for evaluation.");
        // train retrieval model python evaluate: 5 content words
        const VerdictRules::Scored same = rules.compare(authored, QStringLiteral("He trains Python retrieval models for evaluations."));
        QCOMPARE(same.verdict, Verdict::Agrees);
        QCOMPARE(same.score, 1.0);
        const VerdictRules::Scored part = rules.compare(authored, QStringLiteral("Retrieval models, mostly."));
        QCOMPARE(part.verdict, Verdict::Partial);
        QCOMPARE(part.score, 0.4);
        const VerdictRules::Scored other = rules.compare(authored, QStringLiteral("I like gardening."));
        QCOMPARE(other.verdict, Verdict::Differs);
        QCOMPARE(other.score, 0.0);
    }

    void probesDeclineOrAnswer()
    {
        const VerdictRules &rules = VerdictRules::builtIn();
        QCOMPARE(rules.probe(QStringLiteral("I\u2019m sorry, but I can only answer questions about the author's work.")), Verdict::Declined);
        QCOMPARE(rules.probe(QStringLiteral("That is not covered here; you may want to ask a search engine.")), Verdict::Declined);
        QCOMPARE(rules.probe(QString()), Verdict::Declined);
        QCOMPARE(rules.probe(QStringLiteral("Satya Nadella is the CEO of Microsoft.")), Verdict::Answered);
    }

    void rulesAreData()
    {
        QString error;
        const VerdictRules rules = VerdictRules::fromJson(
            R"({"contentWords":{"minWordLength":2,"stopWords":["a"]},"stemming":{"minStem":3,"suffixes":[]},
                "thresholds":{"agrees":0.9,"partial":0.5},"refusals":{"phrases":["nope"]}})", &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(rules.compare(QStringLiteral("red green"), QStringLiteral("red")).verdict, Verdict::Partial);
        QCOMPARE(rules.probe(QStringLiteral("Nope.")), Verdict::Declined);
        QCOMPARE(rules.probe(QStringLiteral("I cannot say.")), Verdict::Answered);
        VerdictRules::fromJson("not json", &error);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVerdictRules)
#include "tst_verdictrules.moc"
