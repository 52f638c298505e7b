#pragma once

#include <QString>

// A reviewer's judgment of one answer. Independent of EntryStatus (how
// complete the answer is): an answered entry may still need work.
enum class ReviewStatus {
    Unreviewed,
    Approved,
    NeedsWork,
};

// Stable names used in the sidecar and the CLI's JSON: "unreviewed",
// "approved", "needs_work".
QString reviewStatusName(ReviewStatus status);
// false for an unknown name.
bool parseReviewStatus(const QString &name, ReviewStatus *status);

// How many entries have each review status.
struct ReviewCounts
{
    int approved = 0;
    int needsWork = 0;
    int unreviewed = 0;
    int changedSinceApproval = 0; // among the approved ones
    int total() const { return approved + needsWork + unreviewed; }
    bool operator==(const ReviewCounts &o) const
    {
        return approved == o.approved && needsWork == o.needsWork && unreviewed == o.unreviewed
            && changedSinceApproval == o.changedSinceApproval;
    }
};
