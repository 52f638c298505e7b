#include "app/review/orphanlist.h"

#include <algorithm>
#include <optional>

const std::vector<OrphanList::Orphan> &OrphanList::get(const ReviewKeys::Records &records,
                                                       const ReviewKeys &keys) const
{
    if (!m_list)
        m_list = std::make_shared<const std::vector<Orphan>>(keys.orphansOf(records));
    return *m_list;
}

void OrphanList::set(Shared list)
{
    m_list = std::move(list);
    ++m_revision;
}

void OrphanList::invalidate()
{
    m_list.reset();
    ++m_revision;
}

void OrphanList::patch(const QStringList &changedKeys, const ReviewKeys::Records &records, const ReviewKeys &keys)
{
    if (!m_list) {
        ++m_revision; // not listed yet: get() finds them when asked
        return;
    }
    const auto byKey = [](const Orphan &orphan, const QString &key) { return orphan.key < key; };
    std::optional<std::vector<Orphan>> patched;
    for (const QString &key : changedKeys) {
        const std::vector<Orphan> &now = patched ? *patched : *m_list;
        const auto it = std::lower_bound(now.cbegin(), now.cend(), key, byKey);
        const bool listed = it != now.cend() && it->key == key;
        const bool orphan = records.contains(key) && !keys.isUsed(key);
        if (listed == orphan)
            continue;
        const auto offset = it - now.cbegin();
        if (!patched)
            patched = *m_list; // may be shared with a write's snapshot: copied, once
        if (orphan)
            patched->insert(patched->begin() + offset, Orphan{key, records.value(key)});
        else
            patched->erase(patched->begin() + offset);
    }
    if (patched)
        set(std::make_shared<const std::vector<Orphan>>(std::move(*patched)));
}
