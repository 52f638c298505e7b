#pragma once

#include <QByteArray>
#include <QHash>

#include <vector>

class QaEntry;

// The jsonl export's ids, in export order: "q-" and 10 hex digits of the
// SHA-1 of the question key (QuestionKey: case and runs of white space do
// not matter), with "-2", "-3" ... when the same question comes again. The
// hashes are computed up front, on two threads for large documents.
class StableIds
{
public:
    explicit StableIds(const std::vector<const QaEntry *> &entries);
    QByteArray next(); // the id of the next entry, in the order given

private:
    std::vector<quint64> m_hashes;
    size_t m_next = 0;
    QHash<quint64, int> m_seen;
};
