#include "app/review/sidecarloader.h"

#include "app/base/regularfile.h"
#include "app/base/workerpool.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

SidecarLoader::SidecarLoader(QObject *parent) : QObject(parent)
{
}

SidecarLoader::Result SidecarLoader::read(const QString &sidecar)
{
    Result result;
    result.sidecar = sidecar;
    if (sidecar.isEmpty() || !QFileInfo::exists(sidecar))
        return result;
    QByteArray bytes;
    if (!RegularFile::readAll(sidecar, &bytes, &result.reason)) {
        result.outcome = Result::Outcome::Unreadable;
        return result;
    }
    ReviewFile::Content content;
    switch (ReviewFile::parse(bytes, &content, &result.reason)) {
    case ReviewFile::ParseResult::Ok: break;
    case ReviewFile::ParseResult::TooNew: result.outcome = Result::Outcome::TooNew; return result;
    case ReviewFile::ParseResult::Corrupt: result.outcome = Result::Outcome::Corrupt; return result;
    }
    bytes.clear(); // the text is in `content` now: half the memory back before keying
    result.outcome = Result::Outcome::Loaded;
    result.records.reserve(qsizetype(content.records.size()));
    for (ReviewRecord &record : content.records) {
        const QString base = ReviewRecord::keyOf(record.question);
        QString key = base;
        for (int n = 2; result.records.contains(key); ++n)
            key = base + QChar(0x1) + QString::number(n);
        result.records.insert(key, std::move(record));
    }
    for (const ReviewFile::Pair &pair : content.dismissed)
        result.dismissed.insert(ReviewKeys::pairKey(pair.first, pair.second));
    for (const QString &key : content.probeSections)
        result.probeSections.insert(ReviewRecord::sectionKeyOf(key)); // a hand-edited title works too
    return result;
}

void SidecarLoader::match(Result &result, const ReviewKeys::Entries &entries, int keysGeneration)
{
    result.keysGeneration = keysGeneration;
    result.rematched = ReviewKeys::rematch(result.records, entries);
    result.orphans = std::make_shared<const std::vector<ReviewKeys::Orphan>>(
        ReviewKeys::orphansOf(result.records, entries.keys));
}

template<typename Work>
void SidecarLoader::run(Work work)
{
    const int job = ++m_job;
    m_running = true;
    // A watcher per job: a stale job may still be running when the next starts.
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (job != m_job)
            return; // started again or cancelled meanwhile
        m_running = false;
        emit finished(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run(WorkerPool::instance(), std::move(work)));
}

void SidecarLoader::start(const QString &sidecar, ReviewKeys::Entries entries, int keysGeneration)
{
    run([sidecar, entries = std::move(entries), keysGeneration] {
        Result result = read(sidecar);
        if (result.outcome == Result::Outcome::Loaded)
            match(result, entries, keysGeneration);
        return result;
    });
}

void SidecarLoader::startMatch(ReviewKeys::Records records, QSet<ReviewFile::Pair> dismissed,
                               ReviewKeys::Entries entries, int keysGeneration)
{
    run([records = std::move(records), dismissed = std::move(dismissed), entries = std::move(entries),
         keysGeneration]() mutable {
        Result result;
        result.outcome = Result::Outcome::Kept;
        result.records = std::move(records);
        result.dismissed = std::move(dismissed);
        match(result, entries, keysGeneration);
        return result;
    });
}

void SidecarLoader::cancel()
{
    ++m_job;
    m_running = false;
}
