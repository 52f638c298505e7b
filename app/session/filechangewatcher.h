#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

// Notices when another program changes, replaces (by rename, as editors and
// sync tools do) or deletes the document. Bytes equal to what Quire itself
// last loaded or saved are not a change, so Quire's own saves never trigger it.
class FileChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FileChangeWatcher(QObject *parent = nullptr);

    void watch(const QString &path, const QByteArray &knownBytes);
    void stop();
    // After a save, a reload or "keep mine": these bytes are Quire's view of the file.
    void setKnownBytes(const QByteArray &bytes);
    QString path() const { return m_path; }

signals:
    void changedOnDisk(const QByteArray &bytes);
    void removedFromDisk();
    // The file is there but cannot be read (permissions changed, say): its
    // changes cannot be followed until it can. Said once per stretch.
    void unreadable(const QString &reason);

private:
    void check();
    bool m_reportedUnreadable = false;
    void rewatch();

    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QString m_path;
    QByteArray m_knownHash;
    QByteArray m_reportedHash;
    bool m_reportedRemoved = false;
};
