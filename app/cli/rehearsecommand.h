#pragma once

#include <QStringList>

class QTextStream;

// `quire rehearse FILE --base-url URL --model NAME …`: asks a model the
// document's questions with the document's context (RehearsalRun), appends
// the run to NAME.runs.jsonl, reports progress on stderr and a summary on
// stdout. Exit 0 when every answered entry agrees and every probe is
// declined, 1 when some do not, 2 when an error stopped the run, 64 on
// wrong arguments. The API key comes from QUIRE_API_KEY only.
class RehearseCommand
{
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};
