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
    const QByteArray bytes = current.readAll();
    const QString folder = folderFor(documentPath);
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QCoreApplication::translate("BackupStore", "%1: cannot create the backup folder").arg(folder);
        return false;
    }
    const QStringList existing = backupsOf(documentPath);
    if (!existing.isEmpty()) {
        QFile newest(existing.first());
        if (newest.open(QIODevice::ReadOnly) && newest.readAll() == bytes)
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
    if (!AtomicFileWriter::write(name, bytes, error))
        return false;
    const QStringList all = backupsOf(documentPath);
    for (int i = keep; i < all.size(); ++i)
        QFile::remove(all[i]);
    return true;
}
