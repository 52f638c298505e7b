#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

// Remote documents of context projects, kept under the XDG cache folder
// ($XDG_CACHE_HOME/quire/context): one body and one small JSON of validators
// (ETag, Last-Modified, when fetched) per URL, named by the URL's SHA-256.
// Both are written atomically; a copy whose files disagree is not used.
class RemoteCache
{
public:
    struct Entry
    {
        QByteArray body;
        QString etag;
        QString lastModified;
        QDateTime fetched;
        QString bodyPath;
    };

    explicit RemoteCache(const QString &folder = defaultFolder());
    static QString defaultFolder();
    QString folder() const { return m_folder; }

    std::optional<Entry> find(const QString &url) const;
    // False (and `error`) when the copy could not be written.
    bool store(const QString &url, const Entry &entry, QString *error = nullptr) const;
    // After a 304: the same body, fetched again now.
    bool touch(const QString &url, QString *error = nullptr) const;

private:
    QString pathOf(const QString &url, const char *suffix) const;
    QString m_folder;
};
