#pragma once

#include "app/base/coalescingjob.h"
#include "app/review/reviewsnapshot.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

// Writes the review sidecar soon after each change, through AtomicFileWriter
// in a worker thread, so that it is on disk within a second without costing
// the typing path.
//
// Debounced: a burst of changes (note keystrokes) is one write, but further
// changes never postpone a write past `delayMs`. One write at a time, in
// order (CoalescingJob); changes made while one runs are written by exactly
// one more write right after it, from the state current then (the last
// state wins). The worker orders the snapshot, serializes it and writes it
// (AtomicFileWriter: temporary file, fsync, rename); the GUI thread only
// takes the snapshot. A failed write is retried every `retryMs` while the
// reviews stay in memory, and reported once until a write succeeds.
class SidecarWriter : public QObject
{
    Q_OBJECT
public:
    static constexpr int delayMs = 300;
    static constexpr int retryMs = 2000;

    // What to write, taken on the owner's thread when a write starts (in
    // constant time: see ReviewSnapshot); nothing when no file is needed
    // (nothing was ever reviewed and there is no sidecar yet).
    using Snapshot = std::function<std::optional<ReviewSnapshot>()>;

    explicit SidecarWriter(Snapshot snapshot, QObject *parent = nullptr);

    // Where to write; empty: nowhere yet (reviews stay in memory).
    void setPath(const QString &path) { m_path = path; }
    QString path() const { return m_path; }
    // False for a read-only store and for a sidecar that could not be read
    // (unread reviews must not be overwritten).
    void setWritable(bool writable) { m_writable = writable; }

    // The reviews changed: write them soon.
    void changed();
    // Pending changes are no longer to be written (another sidecar is loaded).
    void forgetPending();
    bool hasPending() const { return m_dirty; }

    // Writes pending changes now (after any write in progress). True when
    // nothing is pending afterwards and the last write succeeded.
    bool flush();

signals:
    void written(const QString &path);
    // A write failed (each distinct reason once until a write succeeds).
    void failed(const QString &reason);

private:
    // Orders, serializes and writes a snapshot (any thread); the error, or empty.
    static QString write(const QString &path, const ReviewSnapshot &snapshot);
    void schedule();
    void writeInBackground();
    bool finished(const QString &error);

    Snapshot m_snapshot;
    QString m_path;
    bool m_writable = true;
    bool m_dirty = false;
    QString m_lastError; // the last failed write, so a retry does not repeat it
    QTimer m_timer;
    CoalescingJob<QString> m_job; // the write in progress; empty result: written
};
