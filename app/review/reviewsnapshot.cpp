#include "app/review/reviewsnapshot.h"

#include <algorithm>

ReviewFile::Content ReviewSnapshot::content() const
{
    ReviewFile::Content content;
    content.records.reserve(size_t(records.size()));
    QSet<QString> written;
    for (const QStringList &section : keys) {
        for (const QString &key : section) {
            const auto it = records.constFind(key);
            if (it != records.cend() && !written.contains(key)) {
                written.insert(key);
                content.records.push_back(*it);
            }
        }
    }
    if (orphans) {
        for (const ReviewKeys::Orphan &orphan : *orphans)
            content.records.push_back(orphan.record);
    } else {
        for (ReviewKeys::Orphan &orphan : ReviewKeys::orphansOf(records, keys))
            content.records.push_back(std::move(orphan.record));
    }
    content.dismissed.assign(dismissed.cbegin(), dismissed.cend());
    std::sort(content.dismissed.begin(), content.dismissed.end());
    content.probeSections.assign(probeSections.cbegin(), probeSections.cend());
    std::sort(content.probeSections.begin(), content.probeSections.end());
    return content;
}
