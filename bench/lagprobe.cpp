#include "lagprobe.h"

#include <cstdio>
#include <ctime>

namespace {
constexpr int intervalMs = 5;

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}
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
    m_lastMonotonicNs = monotonicNs();
    m_timer.start();
}

double LagProbe::stop()
{
    tick(); // the time since the last tick counts too
    m_timer.stop();
    if (qEnvironmentVariableIsSet("QUIRE_BENCH_STALL_WINDOW"))
        std::printf("  (longest stall %.1f ms: CLOCK_MONOTONIC %.6f,%.6f)\n", m_longestMs,
                    double(m_longestBeganNs) / 1e9, double(m_longestEndedNs) / 1e9);
    return m_longestMs;
}

void LagProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    // Lateness beyond the interval the timer was asked for.
    const double stallMs = double(now - m_lastNs) / 1e6 - intervalMs;
    const qint64 monotonic = monotonicNs();
    if (stallMs > m_longestMs) {
        m_longestMs = stallMs;
        m_longestBeganNs = m_lastMonotonicNs;
        m_longestEndedNs = monotonic;
    }
    m_lastNs = now;
    m_lastMonotonicNs = monotonic;
    ++m_ticks;
}
