#pragma once

#include <QString>

// How far an entry is from being a real answer. Everything but Answered
// "needs attention".
enum class EntryStatus {
    Answered,
    Empty,       // an answer label with nothing after it
    Placeholder, // a stand-in, see PlaceholderRules
    Unanswered,  // a question with no answer field at all
};

inline bool needsAttention(EntryStatus status) { return status != EntryStatus::Answered; }

// Stable lower-case names used by the CLI and JSON output.
QString entryStatusName(EntryStatus status);
