#pragma once

#include <QString>
#include <QStringList>

// `quire` without a command opens the window, which is a program of its own
// (quire-window, under libexec; HelperProgram starts it): the command line
// never loads the GUI libraries (Widgets, WebEngine), so `quire check`
// starts like a Unix tool. What the window accepts is checked here first.
class WindowArguments
{
public:
    // Why `arguments` (without the program name) cannot be the window's:
    // an unknown --option or more than one FILE. Empty when they can. Qt's
    // own options (-platform NAME, --style NAME, …) belong to the window.
    static QString usageProblem(const QStringList &arguments);
};
