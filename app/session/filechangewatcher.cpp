#include "app/session/filechangewatcher.h"

#include <QFile>
#include <QFileInfo>
#include <QHashFunctions>

namespace {
// Size and a 64-bit hash: enough to tell our own bytes from someone else's,
// and ~100 times faster than SHA-256, which held up opening a 65 MB
// document on the main thread for a third of a second.
QByteArray hashOf(const QByteArray &bytes)
{
    const quint64 parts[] = {quint64(bytes.size()), quint64(qHashBits(bytes.constData(), size_t(bytes.size()), 0))};
    return QByteArray(reinterpret_cast<const char *>(parts), sizeof parts);
}
} // namespace

FileChangeWatcher::FileChangeWatcher(QObject *parent) : QObject(parent)
{
    // Writers often touch a file several times in a row; look once it settles.
    m_settle.setSingleShot(true);
    m_settle.setInterval(250);
    connect(&m_settle, &QTimer::timeout, this, &FileChangeWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
}

void FileChangeWatcher::watch(const QString &path, const QByteArray &knownBytes)
{
    stop();
    m_path = QFileInfo(path).absoluteFilePath();
    setKnownBytes(knownBytes);
    rewatch();
}

void FileChangeWatcher::stop()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_path.clear();
    m_settle.stop();
}

void FileChangeWatcher::setKnownBytes(const QByteArray &bytes)
{
    m_knownHash = hashOf(bytes);
    m_reportedHash.clear();
    m_reportedRemoved = false;
}

void FileChangeWatcher::rewatch()
{
    if (m_path.isEmpty())
        return;
    // A file replaced by rename is a new inode: watch the path again, and the
    // folder so that the rename itself is seen.
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(dir))
        m_watcher.addPath(dir);
}

void FileChangeWatcher::check()
{
    if (m_path.isEmpty())
        return;
    rewatch();
    QFile file(m_path);
    if (!file.exists()) {
        if (!m_reportedRemoved) {
            m_reportedRemoved = true;
            emit removedFromDisk();
        }
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (!m_reportedUnreadable) {
            m_reportedUnreadable = true;
            emit unreadable(file.errorString());
        }
        return;
    }
    m_reportedUnreadable = false;
    const QByteArray bytes = file.readAll();
    const QByteArray hash = hashOf(bytes);
    m_reportedRemoved = false;
    if (hash == m_knownHash || hash == m_reportedHash)
        return;
    m_reportedHash = hash;
    emit changedOnDisk(bytes);
}
