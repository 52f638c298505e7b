#pragma once

#include "app/base/atomicfilewriter.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

class QLockFile;

// Unsaved work, written as plain markdown so that anyone can rescue it with a
// text editor, even without Quire:
//   ~/.local/share/Quire/recovery/<key>.md    the document's text
//   ~/.local/share/Quire/recovery/<key>.json  {"document", "savedAt"}
//   ~/.local/share/Quire/recovery/<key>.lock  held while the writing Quire runs
// A file whose lock is free was
// left by a Quire that crashed or was killed: that is what is offered back.
class RecoveryStore
{
public:
    struct Entry
    {
        QString key;
        QString markdownPath;
        QString documentPath; // empty for a document that was never saved
        QDateTime savedAt;
        qint64 heldByPid = 0; // a copy another running program holds (see heldElsewhere)
    };

    // This session's slot for `documentPath` (empty: an untitled document).
    explicit RecoveryStore(const QString &documentPath);
    ~RecoveryStore();

    bool write(const QByteArray &bytes, QString *error = nullptr);
    // The same for text made piece by piece (see AtomicFileWriter).
    bool write(const std::function<void(const AtomicFileWriter::Sink &)> &produce, QString *error = nullptr);
    void remove();
    QString markdownPath() const;
    bool hasFile() const;

    static QString folder();
    // Work left behind by sessions that are no longer running, newest first.
    // Copies whose lock another live process holds are never taken: they go
    // to `heldElsewhere` (with its pid), so that the user can be told.
    static QList<Entry> orphansFor(const QString &documentPath, QList<Entry> *heldElsewhere = nullptr);
    static QList<Entry> untitledOrphans(QList<Entry> *heldElsewhere = nullptr);
    static QByteArray read(const Entry &entry, bool *ok = nullptr);
    static void discard(const Entry &entry);

private:
    static QList<Entry> orphans(const std::function<bool(const QString &)> &documentMatches,
                                QList<Entry> *heldElsewhere);

    QString m_documentPath;
    QString m_key;
    std::unique_ptr<QLockFile> m_lock;
};
