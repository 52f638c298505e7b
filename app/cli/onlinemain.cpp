// quire-online (installed under libexec/quire/): `quire context` and
// `quire rehearse`, the commands that may reach the network. `quire`
// becomes this program for them (main.cpp), with the same arguments, so
// that only they map Qt Network and the libraries it brings (Kerberos,
// proxies, brotli...): 115 page faults, 4 ms of every other command's start
// on the 2-core Debian 12 VM of the README's figures.

#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "app/cli/contextcommand.h"
#include "app/cli/rehearsecommand.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CommandLine::setUp(app);
    QStringList arguments = CommandLine::arguments(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (command == QLatin1String("context"))
        return ContextCommand::run(arguments, out, err);
    if (command == QLatin1String("rehearse"))
        return RehearseCommand::run(arguments, out, err);
    err << "quire-online: runs `quire context` and `quire rehearse`; see quire --help\n";
    return Command::UsageError;
}
