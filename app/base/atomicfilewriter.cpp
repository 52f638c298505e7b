#include "app/base/atomicfilewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
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
    return write(path, [&bytes](const Sink &sink) { sink(bytes); }, error);
}

bool AtomicFileWriter::write(const QString &path, const std::function<void(const Sink &)> &produce, QString *error,
                             const Check &beforeCommit)
{
    const QFileInfo info(path);
    const QString target = info.isSymLink() ? info.symLinkTarget() : path;
    const QFileInfo targetInfo(target);
    const bool existed = targetInfo.exists();
    const QFileDevice::Permissions permissions = targetInfo.permissions();
    struct stat owner;
    const bool keepOwner = existed && ::stat(QFile::encodeName(target).constData(), &owner) == 0;

    QSaveFile file(target);
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, reason);
        file.cancelWriting();
        return false;
    };
    if (targetInfo.isDir())
        return fail(QCoreApplication::translate("AtomicFileWriter", "is a directory"));
    if (!QFileInfo(targetInfo.absolutePath()).isDir())
        return fail(QCoreApplication::translate("AtomicFileWriter", "the folder %1 does not exist").arg(targetInfo.absolutePath()));
    // Unbuffered: QSaveFile::commit() ignores a failure to flush its buffer
    // (Qt 6.4) and would rename a truncated file over the target when the
    // disk is full. Unbuffered, every failed write is seen here.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        QString reason = file.errorString();
        // QSaveFile only says "Existing file ... is not writable"; say why.
        if (existed && ::access(QFile::encodeName(target).constData(), W_OK) != 0)
            reason = QString::fromLocal8Bit(std::strerror(errno));
        return fail(reason);
    }
    // The new file gets the old one's owner and group (when allowed: root
    // may give both, others at least a group they belong to).
    if (keepOwner && ::fchown(file.handle(), owner.st_uid, owner.st_gid) != 0)
        (void)::fchown(file.handle(), uid_t(-1), owner.st_gid);
    // A short write (the disk filled up) is retried: the next one fails and
    // says why.
    QString writeError;
    produce([&](const QByteArray &bytes) {
        for (qint64 done = 0; writeError.isEmpty() && done < bytes.size();) {
            const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
            if (written <= 0)
                writeError = file.error() != QFileDevice::NoError
                    ? file.errorString()
                    : QCoreApplication::translate("AtomicFileWriter", "could not write all bytes");
            done += written;
        }
        return writeError.isEmpty();
    });
    if (!writeError.isEmpty())
        return fail(writeError);
    // commit() syncs too but ignores a failure; the bytes must be on disk
    // before the rename.
    if (::fsync(file.handle()) != 0 && errno != EINVAL)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    if (beforeCommit) {
        QString reason;
        if (!beforeCommit(&reason)) {
            file.cancelWriting();
            if (error)
                *error = reason; // already names the file it is about
            return false;
        }
    }
    if (!file.commit())
        return fail(file.errorString());
    if (existed && QFile::permissions(target) != permissions)
        QFile::setPermissions(target, permissions);
    QString reason;
    if (!syncDirectory(targetInfo.absolutePath(), &reason))
        return fail(QCoreApplication::translate("AtomicFileWriter", "written, but the folder could not be synced: %1").arg(reason));
    return true;
}
