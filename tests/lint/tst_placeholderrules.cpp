// Placeholder rules that parse but do not say what they must are an error,
// not empty rules (with empty rules every placeholder would count as an
// answer and be exported); the built-in rules load.

#include "app/status/placeholderrules.h"

#include <QTest>

class TestPlaceholderRules : public QObject
{
    Q_OBJECT

private slots:
    void rulesWithoutTheirListsAreAnError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("named");
        const QByteArray lists = R"("markers": {"list": ["TODO"]}, "standIns": {"list": ["tk"]},
                                    "notesToSelf": {"maxWords": 3, "openers": ["cover"]})";
        QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("phrases.list");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("not JSON") << QByteArray("{phrases") << QString();
        QTest::newRow("phrases missing") << ("{" + lists + "}") << QStringLiteral("phrases.list");
        QTest::newRow("phrases a string") << (R"({"phrases": {"list": "later"}, )" + lists + "}")
                                          << QStringLiteral("phrases.list");
        QTest::newRow("phrases not text") << (R"({"phrases": {"list": ["later", 3]}, )" + lists + "}")
                                          << QStringLiteral("phrases.list");
        QTest::newRow("openers missing")
            << QByteArray(R"({"phrases": {"list": ["later"]}, "markers": {"list": []}, "standIns": {"list": []},
                             "notesToSelf": {"maxWords": 3}})")
            << QStringLiteral("notesToSelf.openers");
        QTest::newRow("maxWords text")
            << QByteArray(R"({"phrases": {"list": ["later"]}, "markers": {"list": []}, "standIns": {"list": []},
                             "notesToSelf": {"maxWords": "3", "openers": []}})")
            << QStringLiteral("notesToSelf.maxWords");
        QTest::newRow("every list empty")
            << QByteArray(R"({"phrases": {"list": []}, "markers": {"list": []}, "standIns": {"list": []},
                             "notesToSelf": {"maxWords": 3, "openers": []}})")
            << QStringLiteral("every list is empty");
    }

    void rulesWithoutTheirListsAreAnError()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, named);
        QString error;
        const PlaceholderRules rules = PlaceholderRules::fromJson(json, &error);
        QVERIFY2(!error.isEmpty(), json.constData());
        QVERIFY2(error.contains(named), qPrintable(error));
        QVERIFY(rules.phrases().isEmpty());
    }

    void completeRulesLoad()
    {
        QString error = QStringLiteral("stale");
        const PlaceholderRules rules = PlaceholderRules::fromJson(
            R"({"phrases": {"list": ["Later"]}, "markers": {"list": []}, "standIns": {"list": []},
                "notesToSelf": {"maxWords": 3, "openers": []}})",
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rules.phrases(), QList<QByteArray>{"later"});
        QVERIFY(PlaceholderRules::builtIn().phrases().size() >= 5);
        QVERIFY(PlaceholderRules::builtIn().matches("I will fill this in later."));
    }
};

QTEST_GUILESS_MAIN(TestPlaceholderRules)
#include "tst_placeholderrules.moc"
