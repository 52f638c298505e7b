#pragma once

#include <QStringList>

class QTextStream;

// quire check FILE [--json]: counts of the document's entries by status and
// review, the entries that need attention and the similar questions, as text
// or JSON. Exits NeedsAttention when some entry is empty, a placeholder or
// unanswered.
class CheckCommand
{
public:
    // `args`: what follows the command's name. Returns a Command::ExitCode.
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};
