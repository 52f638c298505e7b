#include "app/base/regularfile.h"

#include "app/base/displaypath.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

QString RegularFile::tooLarge(qint64 maxBytes)
{
    return QCoreApplication::translate("RegularFile", "larger than the %1 Quire reads")
        .arg(QLocale::c().formattedDataSize(maxBytes, 0, QLocale::DataSizeTraditionalFormat));
}

QString RegularFile::problem(const QString &path, qint64 *size, qint64 maxBytes)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            return QCoreApplication::translate("RegularFile", "no such file");
        if (error == ELOOP)
            return QCoreApplication::translate("RegularFile", "too many levels of symbolic links");
        return QString::fromLocal8Bit(std::strerror(error));
    }
    if (S_ISDIR(info.st_mode))
        return QCoreApplication::translate("RegularFile", "is a directory, not a file");
    if (S_ISFIFO(info.st_mode))
        return QCoreApplication::translate("RegularFile", "is a named pipe (FIFO), not a regular file");
    if (S_ISSOCK(info.st_mode))
        return QCoreApplication::translate("RegularFile", "is a socket, not a regular file");
    if (S_ISCHR(info.st_mode))
        return QCoreApplication::translate("RegularFile", "is a character device, not a regular file");
    if (S_ISBLK(info.st_mode))
        return QCoreApplication::translate("RegularFile", "is a block device, not a regular file");
    if (!S_ISREG(info.st_mode))
        return QCoreApplication::translate("RegularFile", "is not a regular file");
    if (info.st_size > maxBytes)
        return QCoreApplication::translate("RegularFile", "is %1 bytes, %2")
            .arg(QLocale::c().toString(qint64(info.st_size)), tooLarge(maxBytes));
    if (size)
        *size = info.st_size;
    return {};
}

bool RegularFile::readAll(const QString &path, QByteArray *bytes, QString *error, qint64 maxBytes)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(displayPath(path), reason);
        return false;
    };
    qint64 size = 0;
    const QString why = problem(path, &size, maxBytes);
    if (!why.isEmpty())
        return fail(why);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    // One byte past the limit tells a file that grew (or a /proc file of
    // unknown size) beyond it.
    QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    if (data.size() > maxBytes)
        return fail(tooLarge(maxBytes));
    *bytes = std::move(data);
    return true;
}
