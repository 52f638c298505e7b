#pragma once

#include <QStringList>

class QTextStream;

// quire export FILE [--format ctx|markdown|jsonl|source] [-o OUT] [--include-
// prose] [--include-unanswered] [--only-approved]: the export, to standard
// output or atomically to OUT.
class ExportCommand
{
public:
    // `args`: what follows the command's name. Returns a Command::ExitCode.
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};
