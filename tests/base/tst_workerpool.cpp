// WorkerPool in the window: every thread of the pool runs below the GUI
// thread, also the ones a burst of jobs needs, and they never expire (a new
// thread would not be lowered).

#include "app/base/workerpool.h"

#include <QTest>
#include <QtConcurrent>

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
        QList<QFuture<int>> jobs;
        for (int i = 0; i < 4 * pool->maxThreadCount(); ++i)
            jobs << QtConcurrent::run(pool, [] {
                QThread::msleep(20);
                return niceOfThisThread();
            });
        for (QFuture<int> &job : jobs)
            QCOMPARE(job.result(), 10);
        QCOMPARE(niceOfThisThread(), 0);
        QTRY_COMPARE(pool->activeThreadCount(), 0); // a thread counts itself idle just after its result
    }
};

QTEST_GUILESS_MAIN(TestWorkerPool)
#include "tst_workerpool.moc"
