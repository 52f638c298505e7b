// JsonReader: JSON as Qt reads it, but a U+FEFF starting a string stays
// text (Qt 6.4 drops it when it is not escaped), and error offsets count
// the bytes given.

#include "app/base/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void byteOrderMarkStartingAStringIsText()
    {
        const QJsonDocument json = JsonReader::fromJson("{\"q\":\"\xEF\xBB\xBFWhy?\",\"a\":[\"\xEF\xBB\xBF\"]}");
        QCOMPARE(json.object().value("q").toString(), QString(QChar(0xFEFF)) + "Why?");
        QCOMPARE(json.object().value("a").toArray().first().toString(), QString(QChar(0xFEFF)));
    }

    void writtenByQtAndReadAgainKeepsIt()
    {
        const QString text = QString(QChar(0xFEFF)) + "x" + QChar(0xFEFF);
        const QByteArray written = QJsonDocument(QJsonObject{{"t", text}}).toJson();
        QCOMPARE(JsonReader::fromJson(written).object().value("t").toString(), text);
    }

    void byteOrderMarkOfTheBytesIsNoText()
    {
        QJsonParseError error;
        const QJsonDocument json = JsonReader::fromJson("\xEF\xBB\xBF{\"q\":\"x\"}", &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.object().value("q").toString(), QStringLiteral("x"));
    }

    void byteOrderMarkOutsideAStringIsAnError()
    {
        QJsonParseError error;
        JsonReader::fromJson("{\"q\":\"x\"\xEF\xBB\xBF}", &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void byteOrderMarkAfterABackslashIsAnInvalidEscape()
    {
        // `\` then the character: an invalid escape, not `\\ufeff` (text).
        QJsonParseError ours, qts;
        const QByteArray bytes = "{\"q\":\"a\\\xEF\xBB\xBF\"}";
        JsonReader::fromJson(bytes, &ours);
        QJsonDocument::fromJson(bytes, &qts);
        QVERIFY(ours.error != QJsonParseError::NoError);
        QCOMPARE(ours.error, qts.error);
        // An escaped backslash before it: the character is text.
        const QJsonDocument json = JsonReader::fromJson("{\"q\":\"a\\\\\xEF\xBB\xBF\"}");
        QCOMPARE(json.object().value("q").toString(), QStringLiteral("a\\") + QChar(0xFEFF));
    }

    void errorOffsetCountsTheBytesGiven()
    {
        // The same error Qt reports for these bytes, at the same offset.
        const QByteArray bytes = "{\"q\":\"a\xEF\xBB\xBF\",\"r\":\"\xEF\xBB\xBF\xEF\xBB\xBF\" \"s\"}";
        QJsonParseError ours, qts;
        JsonReader::fromJson(bytes, &ours);
        QJsonDocument::fromJson(bytes, &qts);
        QCOMPARE(ours.error, qts.error);
        QCOMPARE(ours.offset, qts.offset);
    }
};

QTEST_APPLESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
