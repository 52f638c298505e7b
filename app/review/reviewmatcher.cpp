#include "app/review/reviewmatcher.h"

#include "app/lint/similarityfinder.h"

#include <QHash>

namespace {

struct Best
{
    int index = -1;
    double score = 0;
    double second = 0;

    void offer(int candidate, double value)
    {
        if (value > score) {
            second = score;
            score = value;
            index = candidate;
        } else if (value > second) {
            second = value;
        }
    }
    bool clear() const
    {
        return index >= 0 && score >= ReviewMatcher::threshold && score - second >= ReviewMatcher::margin;
    }
};

} // namespace

std::vector<int> ReviewMatcher::match(const QStringList &entryQuestions, const std::vector<bool> &claimed,
                                      const QStringList &orphanQuestions)
{
    std::vector<int> result(size_t(orphanQuestions.size()), -1);
    if (orphanQuestions.isEmpty() || entryQuestions.isEmpty())
        return result;
    QList<QByteArray> all;
    all.reserve(entryQuestions.size() + orphanQuestions.size());
    for (const QString &q : entryQuestions)
        all << q.toUtf8();
    for (const QString &q : orphanQuestions)
        all << q.toUtf8();
    const int entries = int(entryQuestions.size());

    // Scores well below the threshold still count as competitors for the margin.
    const double floor = threshold - margin;
    std::vector<Best> byOrphan(result.size());
    QHash<int, Best> byEntry;
    for (const SimilarityFinder::Pair &pair : SimilarityFinder::find(all, floor)) {
        const bool aEntry = pair.a < entries;
        const bool bEntry = pair.b < entries;
        if (aEntry == bEntry)
            continue; // two entries, or two orphans
        const int entry = aEntry ? pair.a : pair.b;
        const int orphan = (aEntry ? pair.b : pair.a) - entries;
        byOrphan[size_t(orphan)].offer(entry, pair.score);
        byEntry[entry].offer(orphan, pair.score);
    }
    for (size_t orphan = 0; orphan < byOrphan.size(); ++orphan) {
        const Best &best = byOrphan[orphan];
        if (!best.clear() || claimed[size_t(best.index)])
            continue;
        const Best &rival = byEntry[best.index];
        if (rival.index == int(orphan) && rival.clear())
            result[orphan] = best.index;
    }
    return result;
}
