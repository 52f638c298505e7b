// `quire`: the commands check, export, set, --help and --version run here,
// on the core library alone. `context` and `rehearse` (Qt Network) are
// quire-online's and anything else is the window's (quire-window): this
// process becomes that program (HelperProgram). Neither Qt Network nor a GUI
// library is loaded on the way, so `quire check` starts like a Unix tool.

#include "app/base/apptranslations.h"
#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "app/cli/helperprogram.h"
#include "app/cli/windowarguments.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

// Becomes `name`'s program; returns only when that failed, after saying so.
int becomeHelper(const QString &name, const QString &what, char **argv)
{
    const QString program = HelperProgram::find(HelperProgram::thisProgram(), name);
    const QString failure = program.isEmpty() ? name + QStringLiteral(" is not installed")
                                              : HelperProgram::exec(program, argv);
    QTextStream(stderr) << "quire: cannot start " << what << ": " << failure << "\n";
    return Command::FileError;
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = CommandLine::arguments(argc, argv);

    if (CommandLine::isOnlineCommand(arguments))
        return becomeHelper(QStringLiteral("quire-online"), QStringLiteral("quire ") + arguments.first(), argv);
    if (!CommandLine::isCommand(arguments)) {
        const QString problem = WindowArguments::usageProblem(arguments);
        if (problem.isEmpty())
            return becomeHelper(QStringLiteral("quire-window"), QStringLiteral("the window"), argv);
        // A usage error, said like the commands say theirs (in the user's
        // language): no window starts for arguments it would not understand.
        QCoreApplication app(argc, argv);
        AppTranslations::install(&app);
        QTextStream err(stderr);
        return Command::usage(err, problem);
    }
    QCoreApplication app(argc, argv);
    CommandLine::setUp(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CommandLine::run(arguments, out, err);
}
