#pragma once

#include "app/status/entrystatus.h"

// The entry list's status filter.
enum class StatusFilter { All, NeedsAttention, Answered, Empty, Placeholder, Unanswered, Probes };

inline bool statusMatches(StatusFilter filter, EntryStatus status)
{
    switch (filter) {
    case StatusFilter::All: return true;
    case StatusFilter::NeedsAttention: return needsAttention(status);
    case StatusFilter::Answered: return status == EntryStatus::Answered;
    case StatusFilter::Empty: return status == EntryStatus::Empty;
    case StatusFilter::Placeholder: return status == EntryStatus::Placeholder;
    case StatusFilter::Unanswered: return status == EntryStatus::Unanswered;
    case StatusFilter::Probes: return false; // known only with the probe marks
    }
    return true;
}

// The same for an entry that may be a probe. A probe without an answer is
// not a gap: it is listed under Probes and under no gap filter, as
// `quire check` counts it under "probes" and not as empty, placeholder or
// unanswered (an answered probe stays answered there and here).
inline bool statusMatches(StatusFilter filter, EntryStatus status, bool probe)
{
    const bool unansweredProbe = probe && needsAttention(status);
    if (filter == StatusFilter::Probes)
        return unansweredProbe;
    return filter == StatusFilter::All || (!unansweredProbe && statusMatches(filter, status));
}
