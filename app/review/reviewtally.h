#pragma once

#include "app/review/reviewkeys.h"
#include "app/review/reviewstatus.h"

// Counts review statuses over the entries of a document: a record per
// entry key, no record is "unreviewed", and an approved answer whose hash
// is no longer the entry's is "changed since approval".
class ReviewTally
{
public:
    static ReviewCounts section(const ReviewKeys::Records &records, const ReviewKeys &keys, int section);
    static ReviewCounts document(const ReviewKeys::Records &records, const ReviewKeys &keys);
};
