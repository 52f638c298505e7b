#pragma once

#include "app/review/reviewkeys.h"
#include "app/review/reviewstatus.h"
#include "app/status/statuscounts.h"

#include <functional>

// Counts review statuses over the entries of a document: a record per
// entry key, no record is "unreviewed", and an approved answer whose hash
// is no longer the entry's is "changed since approval".
class ReviewTally
{
public:
    static ReviewCounts section(const ReviewKeys::Records &records, const ReviewKeys &keys, int section);
    static ReviewCounts document(const ReviewKeys::Records &records, const ReviewKeys &keys);
    // `counts` of a section (or the whole document when `section` is -1)
    // with each probe that has no authored answer moved from its status's
    // count to `probes`.
    static StatusCounts withProbes(StatusCounts counts, const QaDocument &document, int section,
                                   const std::function<bool(EntryRef)> &isProbe);
};
