#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>

// QJsonDocument::fromJson without its one loss: Qt 6 drops a U+FEFF that
// starts a string written unescaped (it takes it for a byte order mark), so
// `{"q":"<U+FEFF>x"}` reads as "x", and a text Quire keeps would not survive
// a JSON file (candidates, reviews, runs, model replies). Such a character is
// read as the escape `\ufeff` instead; one at the very start of the bytes
// stays a byte order mark. An error's offset counts the bytes given.
namespace JsonReader {
QJsonDocument fromJson(const QByteArray &json, QJsonParseError *error = nullptr);
}
