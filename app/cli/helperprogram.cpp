#include "app/cli/helperprogram.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

QString HelperProgram::find(const QString &thisProgram, const QString &name)
{
    const QString folder = QFileInfo(thisProgram).absolutePath();
    for (const QString &candidate : {folder + QLatin1Char('/') + name,
                                     folder + QStringLiteral("/" QUIRE_LIBEXEC_FROM_BINDIR "/") + name}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).absoluteFilePath();
    }
    return {};
}

QString HelperProgram::thisProgram()
{
    char path[4096];
    const ssize_t length = ::readlink("/proc/self/exe", path, sizeof(path) - 1);
    return length > 0 ? QFile::decodeName(QByteArray(path, int(length))) : QString();
}

QString HelperProgram::exec(const QString &program, char **argv)
{
    const QByteArray file = QFile::encodeName(program);
    ::execv(file.constData(), argv);
    return QString::fromLocal8Bit(std::strerror(errno));
}
