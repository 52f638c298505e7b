#pragma once

#include <QString>

// The programs `quire` hands its work to, installed under libexec/quire/:
// quire-window (no command: the window, with Widgets and WebEngine) and
// quire-online (`context` and `rehearse`, with Qt Network). `quire` itself
// links neither, so a command like `check` maps only the core libraries.
class HelperProgram
{
public:
    // `name` beside `thisProgram` (a build tree), else in ../libexec/quire/
    // as installed. Empty when neither exists.
    static QString find(const QString &thisProgram, const QString &name);

    // The running program's own file (/proc/self/exe: the real file,
    // whatever PATH or link started it).
    static QString thisProgram();

    // Replaces this process with `program` (same process id, arguments
    // `argv` as given). Returns only when that failed, with the reason.
    static QString exec(const QString &program, char **argv);
};
