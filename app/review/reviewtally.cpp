#include "app/review/reviewtally.h"

ReviewCounts ReviewTally::section(const ReviewKeys::Records &records, const ReviewKeys &keys, int section)
{
    ReviewCounts counts;
    const QaDocument *document = keys.document();
    if (!document || section < 0 || section >= document->sectionCount())
        return counts;
    const QaSection &s = document->section(section);
    for (int i = 0; i < s.entryCount(); ++i) {
        const auto it = records.constFind(keys.keyAt({section, i}));
        if (it == records.cend() || it->status == ReviewStatus::Unreviewed) {
            ++counts.unreviewed;
        } else if (it->status == ReviewStatus::NeedsWork) {
            ++counts.needsWork;
        } else {
            ++counts.approved;
            if (it->approvedHash != keys.answerHash({section, i}))
                ++counts.changedSinceApproval;
        }
    }
    return counts;
}

ReviewCounts ReviewTally::document(const ReviewKeys::Records &records, const ReviewKeys &keys)
{
    ReviewCounts total;
    if (!keys.document())
        return total;
    for (int s = 0; s < keys.document()->sectionCount(); ++s) {
        const ReviewCounts c = section(records, keys, s);
        total.approved += c.approved;
        total.needsWork += c.needsWork;
        total.unreviewed += c.unreviewed;
        total.changedSinceApproval += c.changedSinceApproval;
    }
    return total;
}
