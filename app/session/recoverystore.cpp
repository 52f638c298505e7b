#include "app/session/recoverystore.h"
#include "app/base/apppaths.h"
#include "app/base/jsonreader.h"

#include "app/base/atomicfilewriter.h"
#include "app/base/workerpool.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace {

QString documentHash(const QString &documentPath)
{
    if (documentPath.isEmpty())
        return QStringLiteral("untitled");
    return QString::fromLatin1(QCryptographicHash::hash(QFileInfo(documentPath).absoluteFilePath().toUtf8(),
                                                        QCryptographicHash::Sha1).toHex().left(12));
}

QString pathFor(const QString &key, const char *suffix)
{
    return QDir(RecoveryStore::folder()).filePath(key + QLatin1String(suffix));
}

const char discardedSuffix[] = ".md.discarded";

} // namespace

QString RecoveryStore::folder()
{
    return AppPaths::dataFile(QStringLiteral("recovery"));
}

RecoveryStore::RecoveryStore(const QString &documentPath)
    : m_documentPath(documentPath.isEmpty() ? QString() : QFileInfo(documentPath).absoluteFilePath()),
      m_key(documentHash(documentPath) + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    QDir().mkpath(folder());
    m_lock = std::make_unique<QLockFile>(pathFor(m_key, ".lock"));
    m_lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    // Taken by the first write(), in the autosave worker: a slot without a
    // copy needs no lock, and taking one syncs the lock file to disk (QLockFile
    // calls fdatasync), which froze the window for 3–100 ms on every open.
}

RecoveryStore::~RecoveryStore()
{
    // The files stay unless remove() was called: a normal quit with unsaved
    // changes already asked the user; reaching here otherwise means work to keep.
    m_lock->unlock();
    QFile::remove(pathFor(m_key, ".lock"));
}

QString RecoveryStore::markdownPath() const
{
    return pathFor(m_key, ".md");
}

bool RecoveryStore::hasFile() const
{
    return QFileInfo::exists(markdownPath());
}

bool RecoveryStore::write(const QByteArray &bytes, QString *error)
{
    return write([&bytes](const AtomicFileWriter::Sink &sink) { sink(bytes); }, error);
}

bool RecoveryStore::write(const std::function<void(const AtomicFileWriter::Sink &)> &produce, QString *error)
{
    if (!QDir().mkpath(folder())) {
        if (error)
            *error = QCoreApplication::translate("RecoveryStore", "%1: cannot create the recovery folder").arg(folder());
        return false;
    }
    // Unlocked, another Quire would take this live copy for an orphan and
    // offer (or discard) it: no copy is better than a copy that is not ours.
    if (!m_lock->isLocked() && !m_lock->tryLock(0)) {
        if (error) {
            *error = QCoreApplication::translate("RecoveryStore", "%1: cannot lock the recovery copy (%2)")
                         .arg(pathFor(m_key, ".lock"),
                              m_lock->error() == QLockFile::PermissionError
                                  ? QCoreApplication::translate("RecoveryStore", "permission denied")
                                  : QCoreApplication::translate("RecoveryStore", "the lock is taken"));
        }
        return false;
    }
    QJsonObject meta;
    meta.insert(QStringLiteral("document"), m_documentPath);
    meta.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    // Metadata first: a copy is only offered when both files exist, and a
    // kill between the two writes must not leave text that is never offered.
    return AtomicFileWriter::write(pathFor(m_key, ".json"), QJsonDocument(meta).toJson(), error)
        && AtomicFileWriter::write(markdownPath(), produce, error);
}

void RecoveryStore::remove()
{
    QFile::remove(pathFor(m_key, ".json"));
    // The kernel frees a 65 MB copy's pages when its last name goes, which
    // held the window 30-50 ms after a save: here the name goes (a rename),
    // in a worker the bytes. A copy left by a crash in between is removed
    // by the next look for orphans.
    const QString markdown = markdownPath();
    const QString discarded = pathFor(m_key + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128),
                                      discardedSuffix);
    if (!QFile::rename(markdown, discarded)) {
        QFile::remove(markdown);
        return;
    }
    WorkerPool::instance()->start([discarded] { QFile::remove(discarded); });
}

QList<RecoveryStore::Entry> RecoveryStore::orphans(const std::function<bool(const QString &)> &documentMatches,
                                                   QList<Entry> *heldElsewhere)
{
    QList<Entry> found;
    QDir dir(folder());
    // Copies a crash left half removed (see remove()): nobody's work.
    for (const QString &name : dir.entryList({QLatin1Char('*') + QLatin1String(discardedSuffix)}, QDir::Files))
        QFile::remove(dir.filePath(name));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString key = name.chopped(5);
        QFile metaFile(dir.filePath(name));
        if (!metaFile.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject meta = JsonReader::fromJson(metaFile.readAll()).object();
        const QString document = meta.value(QStringLiteral("document")).toString();
        if (!documentMatches(document) || !QFileInfo::exists(pathFor(key, ".md")))
            continue;
        Entry entry;
        entry.key = key;
        entry.markdownPath = pathFor(key, ".md");
        entry.documentPath = document;
        entry.savedAt = QDateTime::fromString(meta.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs).toLocalTime();
        QLockFile lock(pathFor(key, ".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0)) {
            // Its Quire is still running: never ours to take. Our own
            // session's slot is not news; another process's is.
            qint64 pid = 0;
            QString hostName, appName;
            if (lock.getLockInfo(&pid, &hostName, &appName) && pid == QCoreApplication::applicationPid())
                continue;
            if (heldElsewhere) {
                entry.heldByPid = pid;
                heldElsewhere->append(entry);
            }
            continue;
        }
        lock.unlock();
        found.append(entry);
    }
    std::sort(found.begin(), found.end(), [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return found;
}

QList<RecoveryStore::Entry> RecoveryStore::orphansFor(const QString &documentPath, QList<Entry> *heldElsewhere)
{
    const QString absolute = QFileInfo(documentPath).absoluteFilePath();
    return orphans([&](const QString &document) { return document == absolute; }, heldElsewhere);
}

QList<RecoveryStore::Entry> RecoveryStore::untitledOrphans(QList<Entry> *heldElsewhere)
{
    return orphans([](const QString &document) { return document.isEmpty(); }, heldElsewhere);
}

QByteArray RecoveryStore::read(const Entry &entry, bool *ok)
{
    QFile file(entry.markdownPath);
    const bool opened = file.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? file.readAll() : QByteArray();
}

void RecoveryStore::discard(const Entry &entry)
{
    QFile::remove(pathFor(entry.key, ".json"));
    QFile::remove(entry.markdownPath);
    QFile::remove(pathFor(entry.key, ".lock"));
}
