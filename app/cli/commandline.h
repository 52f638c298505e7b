#pragma once

#include <QStringList>

class QTextStream;

// The `quire check|export|set` commands. They use the same core code as the
// window, so what is tested here is what the GUI does.
class CommandLine
{
public:
    enum ExitCode {
        Ok = 0,
        NeedsAttention = 1, // check: some entry is empty, a placeholder or unanswered
        FileError = 2,      // the file cannot be read, parsed or written
        UsageError = 64,    // wrong arguments (sysexits' EX_USAGE)
    };

    // True when `arguments` (without the program name) ask for a command
    // rather than the window.
    static bool isCommand(const QStringList &arguments);
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString helpText();
};
