#include "app/export/stableids.h"

#include "app/base/workerpool.h"
#include "app/document/qaentry.h"
#include "app/document/questionkey.h"

#include <QCryptographicHash>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// The hash part of a question's stable id: the first 40 bits of the SHA-1 of
// question().simplified().toLower(), shown as 10 hex digits.
quint64 questionHash(const QaEntry &entry, QCryptographicHash &sha1)
{
    const QByteArray normalized = QuestionKey::of(entry);
    sha1.reset();
    sha1.addData(normalized);
    const QByteArrayView digest = sha1.resultView();
    quint64 hash = 0;
    for (int i = 0; i < 5; ++i)
        hash = (hash << 8) | uchar(digest[i]);
    return hash;
}

// Question hashes of `entries`, on two threads when there are many: SHA-1
// of 60,000 questions was most of a jsonl export's time. (Waiting on a
// QtConcurrent::run future that has not started runs it here, so this is
// safe from a pool thread too.)
std::vector<quint64> questionHashes(const std::vector<const QaEntry *> &entries)
{
    std::vector<quint64> hashes(entries.size());
    auto range = [&entries, &hashes](size_t from, size_t to) {
        QCryptographicHash sha1(QCryptographicHash::Sha1);
        for (size_t i = from; i < to; ++i)
            hashes[i] = questionHash(*entries[i], sha1);
    };
    if (entries.size() < 4096 || QThread::idealThreadCount() < 2) {
        range(0, entries.size());
        return hashes;
    }
    const size_t half = entries.size() / 2;
    QFuture<void> firstHalf = QtConcurrent::run(WorkerPool::instance(), range, size_t(0), half);
    range(half, entries.size());
    firstHalf.waitForFinished();
    return hashes;
}

} // namespace

StableIds::StableIds(const std::vector<const QaEntry *> &entries)
    : m_hashes(questionHashes(entries))
{
    m_seen.reserve(qsizetype(m_hashes.size()));
}

QByteArray StableIds::next()
{
    const quint64 hash = m_hashes[m_next++];
    static const char hex[] = "0123456789abcdef";
    char id[12] = {'q', '-'};
    for (int i = 0; i < 10; ++i)
        id[2 + i] = hex[(hash >> (36 - 4 * i)) & 0xF];
    const int count = ++m_seen[hash];
    QByteArray result(id, sizeof id);
    if (count > 1)
        result += '-' + QByteArray::number(count);
    return result;
}
