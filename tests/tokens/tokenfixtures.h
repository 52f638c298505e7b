#pragma once

// Reads tests/tokens/fixtures/expected.json: js-tiktoken's tokens (count,
// FNV-1a hash of the ids, the ids for small texts) for both encodings.

#include "app/tokens/tokenencoding.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <vector>

struct TokenFixture
{
    QString name;
    QByteArray bytes;
    struct Expected
    {
        qsizetype count = -1;
        quint32 hash = 0;
        bool hasIds = false;
        std::vector<int> ids;
        std::vector<qsizetype> pieces; // the split pattern's matches, UTF-8 lengths
    } o200k, cl100k;

    const Expected &expected(TokenEncoding encoding) const
    {
        return encoding == TokenEncoding::O200kBase ? o200k : cl100k;
    }
};

namespace TokenFixtures {

inline QJsonObject document()
{
    QFile file(QStringLiteral(QUIRE_TOKEN_FIXTURES "/expected.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline quint32 idsHash(const std::vector<int> &ids)
{
    quint32 h = 2166136261u;
    for (int id : ids)
        h = (h ^ quint32(id)) * 16777619u;
    return h;
}

inline TokenFixture::Expected expected(const QJsonObject &object)
{
    TokenFixture::Expected e;
    e.count = object.value(QLatin1String("count")).toInteger(-1);
    e.hash = quint32(object.value(QLatin1String("hash")).toInteger());
    if (object.contains(QLatin1String("ids"))) {
        e.hasIds = true;
        for (const QJsonValue &id : object.value(QLatin1String("ids")).toArray())
            e.ids.push_back(id.toInt());
        for (const QJsonValue &length : object.value(QLatin1String("pieces")).toArray())
            e.pieces.push_back(length.toInteger());
    }
    return e;
}

inline TokenFixture fixture(const QString &name, const QByteArray &bytes, const QJsonObject &object)
{
    TokenFixture f;
    f.name = name;
    f.bytes = bytes;
    f.o200k = expected(object.value(QLatin1String("o200k_base")).toObject());
    f.cl100k = expected(object.value(QLatin1String("cl100k_base")).toObject());
    return f;
}

// Where a file fixture lives: the sample, ../shared/corpus, fixtures/exports.
inline QString pathOf(const QString &file)
{
    if (file == QLatin1String("sample"))
        return QStringLiteral(QUIRE_SAMPLE);
    if (file.startsWith(QLatin1String("corpus/")))
        return QStringLiteral(QUIRE_CORPUS_DIR) + file.mid(6);
    return QStringLiteral(QUIRE_TOKEN_FIXTURES "/") + file;
}

} // namespace TokenFixtures
