// WorkerPool in the window: every thread of the pool runs below the GUI
// thread, also the ones a burst of jobs needs, and they never expire (a new
// thread would not be lowered).

#include "app/base/workerpool.h"

#include <QTest>
#include <QSemaphore>
#include <QThread>

#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>

namespace {

int niceOfThisThread()
{
    errno = 0;
    return getpriority(PRIO_PROCESS, id_t(gettid()));
}

} // namespace

class TestWorkerPool : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCOMPARE(WorkerPool::threadNiceness(), 0);
        WorkerPool::yieldToTheWindow();
        QCOMPARE(WorkerPool::threadNiceness(), 10);
    }

    void everyJobRunsBelowTheCallingThread()
    {
        QThreadPool *pool = WorkerPool::instance();
        QCOMPARE(pool->expiryTimeout(), -1);
        // More jobs than threads, each long enough that all threads work.
        // Waited for with a semaphore: waiting on a QFuture would run a job
        // not yet started on this thread (Qt takes it from the queue).
        const int jobs = 4 * pool->maxThreadCount();
        QList<int> nice(jobs, -1);
        QSemaphore done;
        for (int i = 0; i < jobs; ++i)
            pool->start([&nice, &done, i] {
                QThread::msleep(20);
                nice[i] = niceOfThisThread();
                done.release();
            });
        QVERIFY(done.tryAcquire(jobs, 30000));
        QCOMPARE(nice, QList<int>(jobs, 10));
        QCOMPARE(niceOfThisThread(), 0);
        QTRY_COMPARE(pool->activeThreadCount(), 0); // a thread counts itself idle just after its job
    }
};

QTEST_GUILESS_MAIN(TestWorkerPool)
#include "tst_workerpool.moc"
