#include "app/status/entrystatus.h"

QString entryStatusName(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Answered: return QStringLiteral("answered");
    case EntryStatus::Empty: return QStringLiteral("empty");
    case EntryStatus::Placeholder: return QStringLiteral("placeholder");
    case EntryStatus::Unanswered: return QStringLiteral("unanswered");
    }
    return {};
}
