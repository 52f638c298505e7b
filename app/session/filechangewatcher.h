#pragma once

#include "app/base/coalescingjob.h"

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

// Notices when another program changes, replaces (by rename, as editors and
// sync tools do) or deletes the document. Bytes equal to what Quire itself
// last loaded or saved are not a change, so Quire's own saves never trigger it.
//
// The file is read and hashed in a worker thread (a 65 MB document took the
// GUI thread a quarter of a second), one look at a time; changes noticed
// meanwhile are looked at once more afterwards.
class FileChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FileChangeWatcher(QObject *parent = nullptr);
    ~FileChangeWatcher() override;

    // ContentHash of `bytes`: how the watcher tells versions apart.
    static QByteArray hashOf(const QByteArray &bytes);

    void watch(const QString &path, const QByteArray &knownBytes);
    void stop();
    // After a save, a reload or "keep mine": these bytes are Quire's view of the file.
    void setKnownBytes(const QByteArray &bytes);
    void setKnownHash(const QByteArray &hash); // hashOf() of them, computed elsewhere
    // While Quire itself writes the file, what is seen there is not a
    // change by another program: looks wait until resume().
    void pause();
    void resume();
    QString path() const { return m_path; }

signals:
    // `hash` is hashOf(bytes).
    void changedOnDisk(const QByteArray &bytes, const QByteArray &hash);
    void removedFromDisk();
    // The file is there but cannot be read (permissions changed, say): its
    // changes cannot be followed until it can. Said once per stretch.
    void unreadable(const QString &reason);

private:
    struct Look
    {
        enum class State { Missing, Unreadable, Read } state = State::Missing;
        QString path;
        QString error;
        QByteArray bytes;
        QByteArray hash;
    };
    void check();
    void looked(const Look &look, bool requestedAgain);
    void rewatch();

    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QString m_path;
    QByteArray m_knownHash;
    QByteArray m_reportedHash;
    bool m_reportedRemoved = false;
    bool m_reportedUnreadable = false;
    bool m_paused = false;
    bool m_checkWhenResumed = false;
    CoalescingJob<Look> m_look;
};
