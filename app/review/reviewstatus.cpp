#include "app/review/reviewstatus.h"

QString reviewStatusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Unreviewed: return QStringLiteral("unreviewed");
    case ReviewStatus::Approved: return QStringLiteral("approved");
    case ReviewStatus::NeedsWork: return QStringLiteral("needs_work");
    }
    return QStringLiteral("unreviewed");
}

bool parseReviewStatus(const QString &name, ReviewStatus *status)
{
    for (ReviewStatus s : {ReviewStatus::Unreviewed, ReviewStatus::Approved, ReviewStatus::NeedsWork}) {
        if (name == reviewStatusName(s)) {
            *status = s;
            return true;
        }
    }
    return false;
}
