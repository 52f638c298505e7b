#pragma once

#include "app/review/reviewkeys.h"

#include <QStringList>

#include <memory>
#include <vector>

// The orphans of a ReviewStore (records whose key no entry has), sorted by
// key and kept until they may have changed. A large sidecar may hold a
// hundred thousand: they are sorted once (in the loading worker, or when
// first asked for), then patched key by key as questions are edited and
// entries come and go, never sorted again on every keystroke. The list is
// shared (never copied) with the snapshots that writes take.
class OrphanList
{
public:
    using Orphan = ReviewKeys::Orphan;
    using Shared = std::shared_ptr<const std::vector<Orphan>>;

    // The orphans of `records` under `keys`: the kept list, else found now.
    const std::vector<Orphan> &get(const ReviewKeys::Records &records, const ReviewKeys &keys) const;
    // The kept list; null when it is not known.
    Shared shared() const { return m_list; }
    // Changes whenever the list may have changed.
    int revision() const { return m_revision; }

    // A list found elsewhere (the loading worker), for these records and keys.
    void set(Shared list);
    // Anything may have changed: found again when next asked for.
    void invalidate();
    // Only these keys may have become used or unused, or lost their record.
    void patch(const QStringList &changedKeys, const ReviewKeys::Records &records, const ReviewKeys &keys);

private:
    mutable Shared m_list;
    int m_revision = 0;
};
