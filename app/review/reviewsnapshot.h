#pragma once

#include "app/review/reviewfile.h"
#include "app/review/reviewkeys.h"

#include <QSet>

#include <memory>
#include <vector>

// The reviews as they are at one moment, for a write in a worker thread.
// Every member is implicitly shared (copy-on-write), so taking one on the
// GUI thread costs no more than a few reference counts however large the
// sidecar; putting the records in the file's order and turning them into
// bytes happen in the worker (content()).
struct ReviewSnapshot
{
    ReviewKeys::Records records;
    ReviewKeys::KeysBySection keys; // the document's order
    QSet<ReviewFile::Pair> dismissed;
    QSet<QString> probeSections; // section keys
    // The orphans of `records` under `keys`, sorted, when the store has them
    // already (shared, never copied); null: content() finds them.
    std::shared_ptr<const std::vector<ReviewKeys::Orphan>> orphans;

    // The file's content: records in document order (each key once), then
    // the orphans sorted by key; dismissed pairs and probe sections sorted.
    ReviewFile::Content content() const;
};
