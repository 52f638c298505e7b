#pragma once

#include <QStringList>

class QTextStream;

// The `quire check|export|set` commands (CheckCommand, ExportCommand,
// SetCommand), --help and --version. They use the same core code as the
// window, so what is tested here is what the GUI does.
class CommandLine
{
public:
    // True when `arguments` (without the program name) ask for a command
    // rather than the window.
    static bool isCommand(const QStringList &arguments);
    // Returns a Command::ExitCode.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString helpText();
};
