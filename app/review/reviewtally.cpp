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

StatusCounts ReviewTally::withProbes(StatusCounts counts, const QaDocument &document, int section,
                                     const std::function<bool(EntryRef)> &isProbe)
{
    const int first = section < 0 ? 0 : section;
    const int last = section < 0 ? document.sectionCount() - 1 : qMin(section, document.sectionCount() - 1);
    for (int s = first; s <= last; ++s) {
        for (int e = 0; e < document.section(s).entryCount(); ++e) {
            const EntryStatus status = document.section(s).entry(e).status();
            if (!needsAttention(status) || !isProbe({s, e}))
                continue;
            counts.add(status, -1);
            ++counts.entries; // still an entry, counted as a probe
            ++counts.probes;
        }
    }
    return counts;
}
