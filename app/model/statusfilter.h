#pragma once

#include "app/status/entrystatus.h"

// The entry list's status filter.
enum class StatusFilter { All, NeedsAttention, Answered, Empty, Placeholder, Unanswered };

inline bool statusMatches(StatusFilter filter, EntryStatus status)
{
    switch (filter) {
    case StatusFilter::All: return true;
    case StatusFilter::NeedsAttention: return needsAttention(status);
    case StatusFilter::Answered: return status == EntryStatus::Answered;
    case StatusFilter::Empty: return status == EntryStatus::Empty;
    case StatusFilter::Placeholder: return status == EntryStatus::Placeholder;
    case StatusFilter::Unanswered: return status == EntryStatus::Unanswered;
    }
    return true;
}
