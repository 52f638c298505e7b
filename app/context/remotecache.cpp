#include "app/context/remotecache.h"

#include "app/base/atomicfilewriter.h"
#include "app/base/jsonreader.h"
#include "app/base/regularfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {
constexpr qint64 maxCachedBytes = qint64(64) << 20; // far above the fetch cap
}

RemoteCache::RemoteCache(const QString &folder) : m_folder(folder) {}

QString RemoteCache::defaultFolder()
{
    // XDG_CACHE_HOME first: the CLI has no application name when a test or a
    // script runs it, and QStandardPaths honours the variable anyway.
    const QString xdg = qEnvironmentVariable("XDG_CACHE_HOME");
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg))
        return QDir(xdg).filePath(QStringLiteral("quire/context"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
        .filePath(QStringLiteral("quire/context"));
}

QString RemoteCache::pathOf(const QString &url, const char *suffix) const
{
    const QByteArray hash = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(m_folder).filePath(QString::fromLatin1(hash + suffix));
}

std::optional<RemoteCache::Entry> RemoteCache::find(const QString &url) const
{
    QByteArray meta;
    QString error;
    if (!RegularFile::readAll(pathOf(url, ".json"), &meta, &error, 1 << 20))
        return std::nullopt;
    const QJsonObject json = JsonReader::fromJson(meta).object();
    if (json.value(QStringLiteral("url")).toString() != url)
        return std::nullopt;
    Entry entry;
    entry.bodyPath = pathOf(url, ".body");
    if (!RegularFile::readAll(entry.bodyPath, &entry.body, &error, maxCachedBytes))
        return std::nullopt;
    const QByteArray sha = QCryptographicHash::hash(entry.body, QCryptographicHash::Sha256).toHex();
    if (json.value(QStringLiteral("sha256")).toString() != QString::fromLatin1(sha))
        return std::nullopt; // body and validators from different fetches
    entry.etag = json.value(QStringLiteral("etag")).toString();
    entry.lastModified = json.value(QStringLiteral("lastModified")).toString();
    entry.fetched = QDateTime::fromString(json.value(QStringLiteral("fetched")).toString(), Qt::ISODate);
    return entry;
}

bool RemoteCache::store(const QString &url, const Entry &entry, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder").arg(m_folder);
        return false;
    }
    QJsonObject json;
    json.insert(QStringLiteral("url"), url);
    json.insert(QStringLiteral("etag"), entry.etag);
    json.insert(QStringLiteral("lastModified"), entry.lastModified);
    json.insert(QStringLiteral("fetched"), entry.fetched.toUTC().toString(Qt::ISODate));
    json.insert(QStringLiteral("sha256"),
                QString::fromLatin1(QCryptographicHash::hash(entry.body, QCryptographicHash::Sha256).toHex()));
    return AtomicFileWriter::write(pathOf(url, ".body"), entry.body, error)
        && AtomicFileWriter::write(pathOf(url, ".json"), QJsonDocument(json).toJson(), error);
}

bool RemoteCache::touch(const QString &url, QString *error) const
{
    std::optional<Entry> entry = find(url);
    if (!entry)
        return false;
    entry->fetched = QDateTime::currentDateTimeUtc();
    return store(url, *entry, error);
}
