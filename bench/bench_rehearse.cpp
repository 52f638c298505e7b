// `quire rehearse` of the whole sample (45 questions) against a fake model
// server that answers at once (tests/rehearsal/fakemodelserver, in this
// process): the whole quire process from start to exit, its wall time and
// its own CPU (user + sys of the child, from getrusage), five runs.
// Target (issue 13): < 2 s of Quire's own time. Prints figures only; no
// test asserts on them.
//   bench_rehearse QUIRE DOCUMENT

#include "tests/rehearsal/fakemodelserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_rehearse QUIRE DOCUMENT\n");
        return 64;
    }
    const QString quire = QString::fromLocal8Bit(argv[1]);
    const QString document = QString::fromLocal8Bit(argv[2]);
    FakeModelServer server;
    server.behaviour.promptTokens = 1000000; // the server counts nothing: only Quire's work is timed
    if (!server.listen()) {
        std::fprintf(stderr, "bench_rehearse: the fake server could not listen\n");
        return 2;
    }
    QTemporaryDir dir;
    std::vector<double> walls, cpus;
    int questions = 0;
    for (int run = 1; run <= 5; ++run) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        const double cpuBefore = childCpuSeconds();
        QElapsedTimer wall;
        wall.start();
        process.start(quire, {QStringLiteral("rehearse"), document, QStringLiteral("--base-url"), server.baseUrl(),
                              QStringLiteral("--model"), QStringLiteral("fake-model"), QStringLiteral("--json"),
                              QStringLiteral("-o"), dir.filePath(QStringLiteral("runs-%1.jsonl").arg(run))});
        // The fake server lives in this event loop: keep it turning until quire exits.
        while (process.state() != QProcess::NotRunning)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        const double cpu = childCpuSeconds() - cpuBefore;
        const QJsonObject summary = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        questions = summary.value(QStringLiteral("questions")).toInt();
        const int errors = summary.value(QStringLiteral("errors")).toInt();
        if (errors > 0) {
            std::fprintf(stderr, "bench_rehearse: %d questions ended in an error\n", errors);
            return 2;
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() == 2 || questions == 0) {
            std::fprintf(stderr, "bench_rehearse: quire rehearse failed (exit %d): %s\n", process.exitCode(),
                         process.readAllStandardError().constData());
            return 2;
        }
        std::printf("   run %d: %d questions, %.3f s wall, %.3f s CPU (user + sys)\n", run, questions, seconds, cpu);
        walls.push_back(seconds);
        cpus.push_back(cpu);
    }
    std::printf("   the server answered %lld requests\n", static_cast<long long>(server.requests.size()));
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    const double worst = std::max(walls.back(), cpus.back());
    std::printf("rehearse %d questions: wall median %.3f s (best %.3f, worst %.3f), CPU median %.3f s (worst %.3f)"
                "   (target < 2 s)   %s\n",
                questions, walls[2], walls.front(), walls.back(), cpus[2], cpus.back(), worst < 2.0 ? "OK" : "MISSED");
    return 0;
}
