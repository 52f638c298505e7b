#include "lagprobe.h"

namespace {
constexpr int intervalMs = 5;
}

LagProbe::LagProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LagProbe::tick);
}

void LagProbe::start()
{
    m_longestMs = 0;
    m_ticks = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

double LagProbe::stop()
{
    tick(); // the time since the last tick counts too
    m_timer.stop();
    return m_longestMs;
}

void LagProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    // Lateness beyond the interval the timer was asked for.
    const double stallMs = double(now - m_lastNs) / 1e6 - intervalMs;
    if (stallMs > m_longestMs)
        m_longestMs = stallMs;
    m_lastNs = now;
    ++m_ticks;
}
