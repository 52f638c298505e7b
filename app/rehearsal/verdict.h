#pragma once

#include <QString>

#include <optional>

// What a rehearsal says about one answer.
enum class Verdict {
    Agrees,   // the model's answer says what the authored one says
    Partial,  // some of it
    Differs,  // little or none of it
    Declined, // a probe the model declined or redirected (as it should)
    Answered, // a probe the model answered (it should not have)
    Unscored, // no authored answer to compare with (empty, placeholder, unanswered)
    Invalid,  // the judge's output was not the JSON asked for
    Error,    // no answer came
};

namespace Verdicts {
QString name(Verdict verdict); // "agrees", ... as in run files and --json
std::optional<Verdict> fromName(const QString &name);
// Whether the run's exit code (and the summary) counts it as fine.
bool isGood(Verdict verdict);
}
