#pragma once

#include <QStringList>

class QTextStream;

// quire context LLMS_TXT [-o OUT] [--optional] [--only-approved] [--fetch]
// [--encoding o200k_base|cl100k_base] [--json]: the whole context built from
// an llms.txt (ContextBuilder), to standard output or atomically to OUT;
// lint warnings on stderr; with --json the report goes to standard output.
class ContextCommand
{
public:
    // `args`: what follows the command's name. Returns a Command::ExitCode.
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};
