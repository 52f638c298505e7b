#pragma once

#include "app/base/workerpool.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <optional>
#include <utility>

// One background job at a time; a request that arrives while it runs is not
// started beside it but remembered, and however many arrive, the owner is
// told once, with that job's result, that it should run again (from what is
// current by then). ReviewStore's sidecar writes (SidecarWriter),
// DocumentSession's autosave and ExportSizeEstimator work this way: each
// writes or measures a snapshot in a worker thread, in order, never two at
// once.
//
// Each job's result reaches `finished` exactly once: from the event loop of
// `context`'s thread, unless the owner took it first with takeResult().
template<typename Result>
class CoalescingJob
{
public:
    // `requestedAgain`: requests were deferred while the job ran.
    using Finished = std::function<void(const Result &result, bool requestedAgain)>;

    CoalescingJob(QObject *context, Finished finished)
    {
        QObject::connect(&m_watcher, &QFutureWatcher<Result>::finished, context,
                         [this, finished = std::move(finished)] {
                             if (!std::exchange(m_unhandled, false))
                                 return; // takeResult() had it already
                             finished(m_watcher.result(), std::exchange(m_requestedAgain, false));
                         });
    }
    CoalescingJob(const CoalescingJob &) = delete;
    CoalescingJob &operator=(const CoalescingJob &) = delete;

    bool isRunning() const { return m_watcher.isRunning(); }

    // True when a job is running: the request is then remembered, to be
    // reported with that job's result. False when the caller may start().
    bool deferIfRunning()
    {
        if (!m_watcher.isRunning())
            return false;
        m_requestedAgain = true;
        return true;
    }

    // Runs `work` (a callable returning Result) in the WorkerPool. Only
    // when no job is running (see deferIfRunning()).
    template<typename Work>
    void start(Work &&work)
    {
        Q_ASSERT(!m_watcher.isRunning());
        m_unhandled = true;
        m_watcher.setFuture(QtConcurrent::run(WorkerPool::instance(), std::forward<Work>(work)));
    }

    // Waits for the running job; its result still comes through `finished`.
    void waitForFinished() { m_watcher.waitForFinished(); }

    // Waits for the running job and hands its result over here instead of
    // to `finished` (nothing when it was handled already). Requests made
    // meanwhile stay remembered for the next job's result.
    std::optional<Result> takeResult()
    {
        m_watcher.waitForFinished();
        if (!std::exchange(m_unhandled, false))
            return std::nullopt;
        return m_watcher.result();
    }

    // Lets go of the last job's result (when none runs): a big result, such
    // as a parsed document, is not kept alive until the next job.
    void forgetResult()
    {
        if (!m_watcher.isRunning() && !m_unhandled)
            m_watcher.setFuture(QFuture<Result>());
    }

private:
    QFutureWatcher<Result> m_watcher;
    bool m_unhandled = false;      // the last job's result has not been handled yet
    bool m_requestedAgain = false; // requests arrived while a job ran
};
