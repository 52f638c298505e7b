#pragma once

#include <QString>
#include <QStringList>

// `quire` without a command opens the window, which is a program of its own
// (quire-window, under libexec): the command line never loads the GUI
// libraries (Widgets, WebEngine), so `quire check` starts like a Unix tool.
class WindowLauncher
{
public:
    // Why `arguments` (without the program name) cannot be the window's:
    // an unknown --option or more than one FILE. Empty when they can. Qt's
    // own options (-platform NAME, --style NAME, …) belong to the window.
    static QString usageProblem(const QStringList &arguments);

    // The window's program beside this one: the same folder in a build tree,
    // else ../libexec/quire/ as installed. Empty when neither exists.
    static QString windowProgram(const QString &thisProgram);

    // Replaces this process with the window (same process id, arguments as
    // given). Returns only when that failed, with the reason.
    static QString exec(const QString &windowProgram, char **argv);
};
