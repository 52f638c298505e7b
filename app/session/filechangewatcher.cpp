#include "app/session/filechangewatcher.h"

#include "app/base/contenthash.h"

#include <QFile>
#include <QFileInfo>
#include <QHashFunctions>

// Size and a 64-bit hash: enough to tell our own bytes from someone else's,
// and ~100 times faster than SHA-256.
QByteArray FileChangeWatcher::hashOf(const QByteArray &bytes)
{
    return ContentHash::of(bytes);
}

FileChangeWatcher::FileChangeWatcher(QObject *parent)
    : QObject(parent), m_look(this, [this](const Look &look, bool again) { looked(look, again); })
{
    // Writers often touch a file several times in a row; look once it settles.
    m_settle.setSingleShot(true);
    m_settle.setInterval(250);
    connect(&m_settle, &QTimer::timeout, this, &FileChangeWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
}

FileChangeWatcher::~FileChangeWatcher()
{
    m_look.waitForFinished();
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
    setKnownHash(hashOf(bytes));
}

void FileChangeWatcher::setKnownHash(const QByteArray &hash)
{
    m_knownHash = hash;
    m_reportedHash.clear();
    m_reportedRemoved = false;
}

void FileChangeWatcher::pause()
{
    m_paused = true;
}

void FileChangeWatcher::resume()
{
    m_paused = false;
    if (std::exchange(m_checkWhenResumed, false))
        m_settle.start();
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
    if (m_paused) {
        m_checkWhenResumed = true;
        return;
    }
    if (m_look.deferIfRunning())
        return;
    const QString path = m_path;
    m_look.start([path] {
        Look look;
        look.path = path;
        QFile file(path);
        if (!file.exists())
            return look;
        if (!file.open(QIODevice::ReadOnly)) {
            look.state = Look::State::Unreadable;
            look.error = file.errorString();
            return look;
        }
        look.state = Look::State::Read;
        look.bytes = file.readAll();
        look.hash = hashOf(look.bytes);
        return look;
    });
}

void FileChangeWatcher::looked(const Look &look, bool requestedAgain)
{
    if (requestedAgain || m_paused || look.path != m_path) {
        // Out of date already: what matters is the next look.
        if (m_paused)
            m_checkWhenResumed = true;
        else
            check();
        return;
    }
    switch (look.state) {
    case Look::State::Missing:
        if (!m_reportedRemoved) {
            m_reportedRemoved = true;
            emit removedFromDisk();
        }
        return;
    case Look::State::Unreadable:
        if (!m_reportedUnreadable) {
            m_reportedUnreadable = true;
            emit unreadable(look.error);
        }
        return;
    case Look::State::Read:
        break;
    }
    m_reportedUnreadable = false;
    m_reportedRemoved = false;
    if (look.hash == m_knownHash || look.hash == m_reportedHash)
        return;
    m_reportedHash = look.hash;
    emit changedOnDisk(look.bytes, look.hash);
}
