#pragma once

#include <QByteArray>
#include <QString>

// One JSON object on one line, its keys in the order they are added (so a
// run file reads the same way for people every time; QJsonObject would
// sort them).
class JsonLine
{
public:
    JsonLine &add(const char *key, const QString &value);
    JsonLine &add(const char *key, qint64 value);
    JsonLine &add(const char *key, int value) { return add(key, qint64(value)); }
    JsonLine &add(const char *key, bool value);
    JsonLine &addNumber(const char *key, double value, int decimals); // -1 or NaN: null
    JsonLine &addNull(const char *key);
    JsonLine &addRaw(const char *key, const QByteArray &json); // already JSON
    // The object, with "\n" at the end.
    QByteArray line() const { return m_text + "}\n"; }

private:
    void key(const char *name);
    QByteArray m_text = "{";
};
