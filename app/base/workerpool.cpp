#include "app/base/workerpool.h"

#include <QCoreApplication>
#include <QSemaphore>

#include <memory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

QThreadPool *pool = nullptr;
bool yielding = false;
constexpr int yieldingNiceness = 10;

void waitForJobs()
{
    // As Qt does for its global pool: no job outlives the application object.
    if (pool)
        pool->waitForDone();
}

// Lowers every thread the pool will ever have. QThreadPool has no hook for
// a new thread, and a QThread's priority means nothing to Linux's normal
// scheduler (only SCHED_IDLE, too low beside a build), so: one job per
// thread, each lowering its own (Linux's nice is per thread) and holding it
// until all have one, and threads that never expire.
void lowerEveryThread(QThreadPool *threads)
{
#ifdef Q_OS_LINUX
    threads->setExpiryTimeout(-1);
    const int count = threads->maxThreadCount();
    struct Gate
    {
        QSemaphore lowered;
        QSemaphore release;
    };
    const auto gate = std::make_shared<Gate>(); // the last job to leave frees it
    for (int i = 0; i < count; ++i) {
        threads->start([gate] {
            setpriority(PRIO_PROCESS, id_t(gettid()), yieldingNiceness);
            gate->lowered.release();
            gate->release.acquire();
        });
    }
    gate->lowered.acquire(count);
    gate->release.release(count);
#else
    Q_UNUSED(threads);
#endif
}

} // namespace

QThreadPool *WorkerPool::instance()
{
    static QThreadPool *const made = [] {
        pool = new QThreadPool;
        pool->setObjectName(QStringLiteral("QuireWorkerPool"));
        if (yielding)
            lowerEveryThread(pool);
        qAddPostRoutine(waitForJobs);
        return pool;
    }();
    return made;
}

void WorkerPool::yieldToTheWindow()
{
    Q_ASSERT(!pool); // threads made before would keep the window's priority
    yielding = true;
}

int WorkerPool::threadNiceness()
{
    return yielding ? yieldingNiceness : 0;
}
