// `quire`: the commands (check, export, set, --help, --version) run here,
// on the core library alone; anything else is the window's, which this
// process becomes (WindowLauncher). No GUI library is loaded on the way.

#include "app/base/apptranslations.h"
#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "app/cli/windowlauncher.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <unistd.h>

namespace {

QString thisProgram()
{
    // /proc/self/exe: the real file, whatever PATH or link started us.
    char path[4096];
    const ssize_t length = ::readlink("/proc/self/exe", path, sizeof(path) - 1);
    return length > 0 ? QFile::decodeName(QByteArray(path, int(length))) : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (!CommandLine::isCommand(arguments)) {
        const QString problem = WindowLauncher::usageProblem(arguments);
        if (problem.isEmpty()) {
            const QString window = WindowLauncher::windowProgram(thisProgram());
            const QString failure = window.isEmpty() ? QStringLiteral("quire-window is not installed")
                                                     : WindowLauncher::exec(window, argv);
            QTextStream(stderr) << "quire: cannot start the window: " << failure << "\n";
            return 2;
        }
        // A usage error, said like the commands say theirs (in the user's
        // language): no window starts for arguments it would not understand.
        QCoreApplication app(argc, argv);
        AppTranslations::install(&app);
        QTextStream err(stderr);
        return Command::usage(err, WindowLauncher::usageProblem(arguments));
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Quire"));
    QCoreApplication::setOrganizationName(QStringLiteral("Quire"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUIRE_VERSION));
    AppTranslations::install(&app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CommandLine::run(arguments, out, err);
}
