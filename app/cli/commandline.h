#pragma once

#include <QStringList>

class QCoreApplication;
class QTextStream;

// The `quire check|export|set` commands (CheckCommand, ExportCommand,
// SetCommand), --help and --version. They use the same core code as the
// window, so what is tested here is what the GUI does. `context` and
// `rehearse` are commands too, but run in quire-online (onlinemain.cpp),
// the one program of the command line that links Qt Network.
class CommandLine
{
public:
    // True when `arguments` (without the program name) ask for a command
    // rather than the window.
    static bool isCommand(const QStringList &arguments);
    // True for the commands quire-online runs (context, rehearse).
    static bool isOnlineCommand(const QStringList &arguments);
    // The command-line arguments after the program name, as both programs
    // read them (the local 8-bit encoding), so quire-online sees what quire saw.
    static QStringList arguments(int argc, char *argv[]);
    // Names, version and translations, the same in quire and quire-online
    // (settings and caches are found under the application's name).
    static void setUp(QCoreApplication &app);
    // Runs a command of `quire` itself. Returns a Command::ExitCode.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString helpText();
};
