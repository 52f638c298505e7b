#include "app/base/workerpool.h"

#include <QCoreApplication>

namespace {

QThreadPool *pool = nullptr;

void waitForJobs()
{
    // As Qt does for its global pool: no job outlives the application object.
    if (pool)
        pool->waitForDone();
}

} // namespace

QThreadPool *WorkerPool::instance()
{
    static QThreadPool *const made = [] {
        pool = new QThreadPool;
        pool->setObjectName(QStringLiteral("QuireWorkerPool"));
        qAddPostRoutine(waitForJobs);
        return pool;
    }();
    return made;
}
