#include "atomicfilewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

// fsync the directory so that the rename is on disk, not only in the cache.
bool syncDirectory(const QString &dir, QString *reason)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        *reason = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const bool ok = ::fsync(fd) == 0 || errno == EINVAL; // some file systems cannot sync directories
    if (!ok)
        *reason = QString::fromLocal8Bit(std::strerror(errno));
    ::close(fd);
    return ok;
}

} // namespace

bool AtomicFileWriter::write(const QString &path, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(path);
    const QString target = info.isSymLink() ? info.symLinkTarget() : path;
    const QFileInfo targetInfo(target);
    const bool existed = targetInfo.exists();
    const QFileDevice::Permissions permissions = targetInfo.permissions();

    QSaveFile file(target);
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, reason);
        file.cancelWriting();
        return false;
    };
    if (targetInfo.isDir())
        return fail(QStringLiteral("is a directory"));
    if (!QFileInfo(targetInfo.absolutePath()).isDir())
        return fail(QStringLiteral("the folder %1 does not exist").arg(targetInfo.absolutePath()));
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size())
        return fail(file.errorString());
    if (!file.commit()) // flushes and fsyncs before the rename
        return fail(file.errorString());
    if (existed && QFile::permissions(target) != permissions)
        QFile::setPermissions(target, permissions);
    QString reason;
    if (!syncDirectory(targetInfo.absolutePath(), &reason))
        return fail(QStringLiteral("written, but the folder could not be synced: %1").arg(reason));
    return true;
}
