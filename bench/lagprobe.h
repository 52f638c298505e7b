#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how responsive the GUI thread is: a timer due every 5 ms records
// how late each tick arrives. A tick that comes 120 ms after the one before
// means the event loop could not run for about 115 ms: a stall the user sees
// as a frozen window. Start it, do the work (keep the event loop running,
// e.g. with QTest::qWaitFor), then read the longest stall.
//
// With QUIRE_BENCH_STALL_WINDOW set, stop() also prints when the longest
// stall began and ended on CLOCK_MONOTONIC, for `perf record -k
// CLOCK_MONOTONIC` and `perf report --time BEGIN,END`: the samples of the
// GUI thread in that window are the work that stalled it.
class LagProbe : public QObject
{
    Q_OBJECT
public:
    explicit LagProbe(QObject *parent = nullptr);

    void start();
    // Stops the probe; the longest stall since start(), in milliseconds.
    double stop();
    double longestStallMs() const { return m_longestMs; }
    int ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_longestMs = 0;
    qint64 m_lastMonotonicNs = 0;
    qint64 m_longestBeganNs = 0; // CLOCK_MONOTONIC, for perf
    qint64 m_longestEndedNs = 0;
    int m_ticks = 0;
};
