#include "app/review/sidecarwriter.h"

#include "app/base/atomicfilewriter.h"

SidecarWriter::SidecarWriter(Snapshot snapshot, QObject *parent)
    : QObject(parent), m_snapshot(std::move(snapshot)),
      m_job(this, [this](const QString &error, bool requestedAgain) {
          // After a failure the retry timer decides; after success, what
          // changed meanwhile goes now.
          if (finished(error) && (requestedAgain || m_dirty))
              writeInBackground();
      })
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &SidecarWriter::writeInBackground);
}

void SidecarWriter::changed()
{
    m_dirty = true;
    schedule();
}

void SidecarWriter::forgetPending()
{
    m_timer.stop();
    m_dirty = false;
}

void SidecarWriter::schedule()
{
    // Debounced, but never postponed past delayMs by further changes: a
    // running timer is left to fire.
    if (m_writable && !m_path.isEmpty() && !m_timer.isActive())
        m_timer.start(delayMs);
}

bool SidecarWriter::finished(const QString &error)
{
    if (!error.isEmpty()) {
        if (error != m_lastError) // retried every 2 s: said once
            emit failed(error);
        m_lastError = error;
        m_dirty = true;
        m_timer.start(retryMs); // the reviews stay in memory meanwhile
        return false;
    }
    m_lastError.clear();
    emit written(m_path);
    return true;
}

void SidecarWriter::writeInBackground()
{
    if (!m_dirty || !m_writable || m_path.isEmpty())
        return;
    if (m_job.deferIfRunning())
        return; // one write at a time, in order
    std::optional<ReviewSnapshot> snapshot = m_snapshot();
    m_dirty = false;
    if (!snapshot)
        return; // nothing was ever reviewed: no file
    // The snapshot is taken here; ordering it, turning it into bytes and
    // the fsync happen in a worker, never on the typing path.
    m_job.start([path = m_path, snapshot = std::move(*snapshot)] { return write(path, snapshot); });
}

QString SidecarWriter::write(const QString &path, const ReviewSnapshot &snapshot)
{
    QString error;
    const ReviewFile::Content content = snapshot.content();
    AtomicFileWriter::write(
        path, [&content](const AtomicFileWriter::Sink &sink) { ReviewFile::serialize(content, sink); }, &error);
    return error;
}

bool SidecarWriter::flush()
{
    if (const std::optional<QString> error = m_job.takeResult())
        finished(*error); // a failure makes it dirty again: written below
    if (!m_dirty)
        return m_lastError.isEmpty();
    if (!m_writable || m_path.isEmpty())
        return false;
    m_timer.stop();
    const std::optional<ReviewSnapshot> snapshot = m_snapshot();
    if (!snapshot) {
        m_dirty = false;
        return true;
    }
    const QString error = write(m_path, *snapshot);
    m_dirty = false;
    finished(error);
    return error.isEmpty();
}
