#include "app/session/backupstore.h"

#include "app/base/apppaths.h"

#include "app/base/atomicfilewriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

constexpr qint64 PieceSize = qint64(1) << 20;

// Compared piece by piece: a backup of a 65 MB document must not hold two
// more copies of it in memory.
bool sameContents(QFile &current, const QString &otherPath)
{
    QFile other(otherPath);
    if (other.size() != current.size() || !other.open(QIODevice::ReadOnly) || !current.seek(0))
        return false;
    while (!current.atEnd()) {
        const QByteArray piece = current.read(PieceSize);
        if (piece.isEmpty() || other.read(piece.size()) != piece)
            return false;
    }
    return other.atEnd();
}

} // namespace

QString BackupStore::folderFor(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    const QByteArray folderHash = QCryptographicHash::hash(info.absolutePath().toUtf8(), QCryptographicHash::Sha1)
                                      .toHex().left(8);
    return QDir(AppPaths::dataFolder())
        .filePath(QStringLiteral("backups/%1-%2").arg(info.fileName(), QString::fromLatin1(folderHash)));
}

QStringList BackupStore::backupsOf(const QString &documentPath)
{
    QDir dir(folderFor(documentPath));
    QStringList names = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &name : names)
        name = dir.filePath(name);
    return names;
}

bool BackupStore::backUp(const QString &documentPath, QString *error)
{
    QFile current(documentPath);
    if (!QFileInfo(documentPath).exists())
        return true; // nothing to keep yet (also: a link to a file not created yet)
    if (!current.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("BackupStore", "%1: cannot read it to make a backup: %2").arg(documentPath, current.errorString());
        return false;
    }
    const QString folder = folderFor(documentPath);
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QCoreApplication::translate("BackupStore", "%1: cannot create the backup folder").arg(folder);
        return false;
    }
    const QStringList existing = backupsOf(documentPath);
    if (!existing.isEmpty()) {
        if (sameContents(current, existing.first()))
            return true; // already kept
    }
    // Names sort by time. A save within the same millisecond as the last
    // one, or a clock set back, must neither reuse a name (overwriting a kept
    // version) nor sort below the newest: go one millisecond past it.
    const QString format = QStringLiteral("yyyyMMdd-HHmmss-zzz");
    QDateTime stamp = QDateTime::currentDateTime();
    if (!existing.isEmpty()) {
        const QDateTime newest = QDateTime::fromString(QFileInfo(existing.first()).completeBaseName(), format);
        if (newest.isValid() && stamp <= newest)
            stamp = newest.addMSecs(1);
    }
    QString name = QDir(folder).filePath(stamp.toString(format) + QStringLiteral(".md"));
    while (QFileInfo::exists(name)) {
        stamp = stamp.addMSecs(1);
        name = QDir(folder).filePath(stamp.toString(format) + QStringLiteral(".md"));
    }
    QString readError;
    const bool copied = AtomicFileWriter::write(
        name,
        [&](const AtomicFileWriter::Sink &sink) {
            if (!current.seek(0)) {
                readError = current.errorString();
                return;
            }
            while (!current.atEnd()) {
                const QByteArray piece = current.read(PieceSize);
                if (piece.isEmpty()) {
                    readError = current.errorString();
                    return;
                }
                if (!sink(piece))
                    return;
            }
        },
        error,
        [&](QString *reason) {
            // A copy cut short by a read error is no backup.
            *reason = QCoreApplication::translate("BackupStore", "%1: cannot read it to make a backup: %2")
                          .arg(documentPath, readError);
            return readError.isEmpty();
        });
    if (!copied)
        return false;
    const QStringList all = backupsOf(documentPath);
    for (int i = keep; i < all.size(); ++i)
        QFile::remove(all[i]);
    return true;
}
