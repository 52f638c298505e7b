#include "commandline.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Quire"));
    QCoreApplication::setOrganizationName(QStringLiteral("Quire"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUIRE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!CommandLine::isCommand(arguments)) {
        err << CommandLine::helpText();
        return CommandLine::UsageError;
    }
    return CommandLine::run(arguments, out, err);
}
