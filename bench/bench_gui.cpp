// GUI timings with QElapsedTimer on a real MainWindow (not Google Benchmark:
// what matters here is wall time seen by the user, including WebEngine).
//
//   bench_gui DOCUMENT.md
//
// Prints: time from process start to the window shown with its first tab
// interactive; the cost of switching tabs; the main-thread cost of one
// keystroke in an answer; peak memory (VmHWM) of the process; then the
// longest stalls of the GUI thread while saving, reloading, opening the Tools
// menu and typing in review mode (GuiStalls), on a copy of the document.

#include "bench/guistalls.h"

#include "app/session/documentsession.h"
#include "ui/editor/entryeditor.h"
#include "ui/window/mainwindow.h"
#include "ui/editor/markdowneditor.h"
#include "app/model/qamodel.h"
#include "ui/list/sectiontabbar.h"

#include "benchapplication.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QTemporaryDir>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

QElapsedTimer processClock;

double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double elapsedMs()
{
    return double(processClock.nsecsElapsed()) / 1e6;
}

// CPU time of the whole process (all threads), for comparing runs on a busy
// machine where wall time depends on the other load.
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Stats
{
    double mean = 0, median = 0, max = 0;
};

Stats stats(std::vector<double> ms)
{
    Stats s;
    if (ms.empty())
        return s;
    std::sort(ms.begin(), ms.end());
    for (double v : ms)
        s.mean += v;
    s.mean /= double(ms.size());
    s.median = ms[ms.size() / 2];
    s.max = ms.back();
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    processClock.start();
    BenchApplication app(argc, argv); // in a folder of its own
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui DOCUMENT.md\n");
        return 64;
    }
    // A copy, in a folder of its own: the benchmark saves it, changes it as
    // another program would and makes the folder a git repository.
    const QString original = QString::fromLocal8Bit(argv[1]);
    const QString path = QDir(BenchApplication::home()).filePath(QStringLiteral("document/") + QFileInfo(original).fileName());
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !QFile::copy(original, path)) {
        std::fprintf(stderr, "bench_gui: cannot copy %s\n", argv[1]);
        return 2;
    }
    const double fileMiB = double(QFile(path).size()) / (1024.0 * 1024.0);

    const double appMs = elapsedMs();
    MainWindow window;
    const double constructedMs = elapsedMs();
    window.show();
    const double shownMs = elapsedMs();
    if (!window.openFile(path))
        return 2;
    // Large files load in the background: wait until the document is in.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QTest::qWaitFor([&] { return window.session()->filePath() == absolute; }, 120000))
        return 2;
    window.selectEntry({1 < window.model()->document().sectionCount() ? 1 : 0, 0});
    if (!QTest::qWaitForWindowExposed(&window))
        return 2;
    QCoreApplication::processEvents();
    const double startupMs = elapsedMs();
    const double startupCpuMs = processCpuMs();
    if (qEnvironmentVariableIsSet("QUIRE_BENCH_STARTUP_ONLY")) { // e.g. for profiling start-up alone
        std::printf("startup to first tab interactive: %.0f ms (process CPU time %.0f ms)\n", startupMs, startupCpuMs);
        window.model()->undoStack()->setClean();
        return 0;
    }

    if (qEnvironmentVariableIsSet("QUIRE_BENCH_STALL")) { // one stall alone, for profiling it
        GuiStalls(&window, path).run();
        window.model()->undoStack()->setClean();
        return 0;
    }

    // Tab switches: the click's work, measured to the end of event processing.
    SectionTabBar *tabs = window.tabBar();
    std::vector<double> tabMs;
    QRandomGenerator rng(42);
    for (int i = 0; i < 40 && tabs->count() > 1; ++i) {
        const int target = int(rng.bounded(tabs->count()));
        QElapsedTimer t;
        t.start();
        tabs->setCurrentIndex(target);
        QCoreApplication::processEvents();
        tabMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    // Keystrokes in an answer (the preview renders later, off this path).
    window.nextNeedingAttention();
    MarkdownEditor *answer = window.editor()->answerEditor();
    answer->setFocus();
    std::vector<double> keyMs;
    for (int i = 0; i < 300; ++i) {
        QElapsedTimer t;
        t.start();
        QTest::keyClick(answer, char('a' + i % 26));
        keyMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    QTest::qWait(1500); // let the preview and the export size catch up (for the memory peak)

    const Stats tab = stats(tabMs);
    const Stats key = stats(keyMs);
    std::printf("document: %s (%.1f MiB, %d entries, %d sections)\n", qPrintable(original), fileMiB,
                window.model()->document().entryCount(), window.model()->document().sectionCount());
    std::printf("startup to first tab interactive: %.0f ms (QApplication %.0f, window built %.0f, shown %.0f; "
                "process CPU time until then %.0f ms)\n",
                startupMs, appMs, constructedMs, shownMs, startupCpuMs);
    std::printf("tab switch (40 random): mean %.1f ms, median %.1f ms, max %.1f ms\n", tab.mean, tab.median, tab.max);
    std::printf("keystroke in an answer (300): mean %.2f ms, median %.2f ms, max %.2f ms\n", key.mean, key.median, key.max);
    std::printf("peak memory (VmHWM): %.0f MiB (%.1fx the file)\n", peakMemoryMiB(),
                fileMiB > 0 ? peakMemoryMiB() / fileMiB : 0.0);
    GuiStalls(&window, path).run();
    window.model()->undoStack()->setClean();
    return 0;
}
