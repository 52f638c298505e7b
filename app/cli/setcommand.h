#pragma once

#include <QStringList>

class QTextStream;

// quire set FILE --entry N (--answer TEXT | --answer-file PATH) [--question
// TEXT] [-o OUT]: one entry changed and the file saved with a backup
// (DocumentSaver); a question changed in place takes its review along.
class SetCommand
{
public:
    // `args`: what follows the command's name. Returns a Command::ExitCode.
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};
