#include "app/status/statuscounts.h"

void StatusCounts::add(EntryStatus status, int delta)
{
    entries += delta;
    switch (status) {
    case EntryStatus::Answered: answered += delta; break;
    case EntryStatus::Empty: empty += delta; break;
    case EntryStatus::Placeholder: placeholder += delta; break;
    case EntryStatus::Unanswered: unanswered += delta; break;
    }
}

StatusCounts &StatusCounts::operator+=(const StatusCounts &other)
{
    entries += other.entries;
    answered += other.answered;
    empty += other.empty;
    placeholder += other.placeholder;
    unanswered += other.unanswered;
    probes += other.probes;
    return *this;
}
