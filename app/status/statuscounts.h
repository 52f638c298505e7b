#pragma once

#include "app/status/entrystatus.h"

// How many entries have each status (a section's or a whole document's).
struct StatusCounts
{
    int entries = 0;
    int answered = 0;
    int empty = 0;
    int placeholder = 0;
    int unanswered = 0;
    // Probes without an authored answer (ReviewStore: questions the model
    // should decline). They are not gaps: counted here instead of as empty,
    // placeholder or unanswered, so the five counts still add up to entries.
    int probes = 0;
    int needingAttention() const { return empty + placeholder + unanswered; }
    void add(EntryStatus status, int delta = 1);
    StatusCounts &operator+=(const StatusCounts &other);
};
