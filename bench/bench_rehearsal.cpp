// Typing while a rehearsal streams in (the real MainWindow, the tests' fake
// model server in this process on 127.0.0.1):
//
//   bench_rehearsal [DOCUMENT.md]   (default: the sample)
//
// Prints the main-thread cost of each keystroke in an answer and the longest
// stall of the GUI thread (LagProbe) while every question of the document is
// answered, streamed a chunk every 15 ms, four at a time, into the Rehearsal
// dock's locked-down preview; then the wall time of the same rehearsal with a
// server that answers at once. Figures only, no pass or fail.

#include "bench/lagprobe.h"

#include "app/model/qamodel.h"
#include "app/session/documentsession.h"
#include "tests/rehearsal/fakemodelserver.h"
#include "ui/editor/entryeditor.h"
#include "ui/editor/markdowneditor.h"
#include "ui/rehearsal/endpointstore.h"
#include "ui/rehearsal/rehearsalcontroller.h"
#include "ui/rehearsal/rehearsalpanel.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <numeric>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the bench's profile stays out of the user's settings
    qputenv("QUIRE_API_KEY", "sk-bench"); // no keyring asked
    const QString original = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(QUIRE_SAMPLE);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.md"));
    QFile::copy(original, path);

    FakeModelServer server;
    if (!server.listen())
        return 1;
    server.behaviour.answer = [](const FakeModelServer::Request &request) {
        return QStringLiteral("Here is what the context says about that. ").repeated(12) + request.question();
    };
    server.behaviour.chunkDelayMs = 15;
    EndpointProfile profile;
    profile.name = QStringLiteral("bench");
    profile.baseUrl = QUrl(server.baseUrl());
    profile.model = QStringLiteral("bench-model");
    profile.contextWindow = 1'000'000;
    profile.concurrency = 4;
    EndpointStore::save({profile});
    EndpointStore::setCurrentName(profile.name);

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openFile(path))
        return 1;
    RehearsalController *rehearsal = window.rehearsal();
    rehearsal->dock()->show();
    window.nextNeedingAttention();
    MarkdownEditor *answer = window.editor()->answerEditor();
    answer->setFocus();
    QTest::qWait(500);

    LagProbe probe;
    probe.start();
    rehearsal->askAction(RehearsalPanel::Scope::Document)->trigger();
    std::vector<double> keyMs;
    int i = 0;
    while (rehearsal->isRunning() || keyMs.empty()) {
        QElapsedTimer t;
        t.start();
        QTest::keyClick(answer, char('a' + i++ % 26));
        keyMs.push_back(double(t.nsecsElapsed()) / 1e6);
        QTest::qWait(30); // a fast typist: about 30 keys a second
    }
    const double stall = probe.stop();
    std::sort(keyMs.begin(), keyMs.end());
    const double mean = std::accumulate(keyMs.begin(), keyMs.end(), 0.0) / double(keyMs.size());
    const int questions = rehearsal->panel()->questionCount();
    std::printf("typing while %d answers stream in (15 ms a chunk, 4 at a time): %zu keystrokes, mean %.2f ms, "
                "median %.2f ms, p95 %.2f ms, max %.2f ms; longest GUI stall %.1f ms\n",
                questions, keyMs.size(), mean, keyMs[keyMs.size() / 2], keyMs[size_t(double(keyMs.size()) * 0.95)],
                keyMs.back(), stall);

    server.behaviour.chunkDelayMs = 0;
    // An event loop of its own: QTest::qWaitFor sleeps between rounds,
    // which would be counted as the rehearsal's time.
    QEventLoop loop;
    QObject::connect(rehearsal, &RehearsalController::runFinished, &loop, &QEventLoop::quit);
    QElapsedTimer whole;
    whole.start();
    rehearsal->askAction(RehearsalPanel::Scope::Document)->trigger();
    loop.exec();
    std::printf("whole document (%d questions) against a server answering at once (in this process, its time included): %.0f ms in the window\n",
                questions, double(whole.nsecsElapsed()) / 1e6);
    window.model()->undoStack()->setClean();
    return 0;
}
