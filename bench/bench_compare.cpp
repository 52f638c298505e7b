// The compare view with huge and hostile answers, in the real main window:
// for each case, the time from Compare (Ctrl+Shift+K on an imported
// candidate) until the view shows the comparison, and the longest stall of
// the GUI thread meanwhile (LagProbe), the view's first paint included.
//
//   bench_compare DOCUMENT.md
//
// Cases: 10 MB answers of ordinary words with scattered edits and wholly
// different, a 1 MB unbroken token (a pasted log line or base64) against a
// short answer, two 10 MB unbroken tokens differing in the middle, and an
// ordinary answer with one word changed.

#include "app/compare/answersources.h"
#include "app/model/qamodel.h"
#include "app/session/documentsession.h"
#include "ui/compare/answercomparedialog.h"
#include "ui/compare/comparetools.h"
#include "ui/window/mainwindow.h"
#include "benchapplication.h"
#include "lagprobe.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

QString words(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QString text;
    text.reserve(size + 100);
    int inLine = 0;
    while (text.size() < size) {
        text += QStringLiteral("word%1").arg(random.bounded(5000));
        text += ++inLine % 12 == 0 ? QLatin1Char('\n') : QLatin1Char(' ');
    }
    return text;
}

QString unbroken(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QString text(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        text[i] = QChar(u'a' + random.bounded(26));
    return text;
}

struct Case
{
    const char *name;
    QString current;
    QString candidate;
};

} // namespace

int main(int argc, char *argv[])
{
    BenchApplication app(argc, argv); // in a folder of its own
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_compare DOCUMENT.md\n");
        return 64;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    MainWindow window;
    window.show();
    if (!window.openFile(path)
        || !QTest::qWaitFor([&] { return window.session()->filePath() == QFileInfo(path).absoluteFilePath(); }, 120000))
        return 2;
    if (!QTest::qWaitForWindowExposed(&window))
        return 2;
    const std::vector<EntryRef> entries = window.model()->document().allEntries();
    if (entries.size() < 2)
        return 2;
    const EntryRef ref = entries[0];
    const QString question = window.model()->document().entry(ref).question();
    const QString ordinary = window.model()->document().entry(ref).answer();

    const QString tenMiBWords = words(10'000'000, 1);
    QString tenMiBEdited = tenMiBWords;
    for (qsizetype at = 1000; at < tenMiBEdited.size() - 10; at += 400'000)
        tenMiBEdited.insert(at, QStringLiteral(" INSERTED "));
    const QString tenMiBToken = unbroken(10'000'000, 2);
    QString tenMiBTokenEdited = tenMiBToken;
    tenMiBTokenEdited.replace(5'000'000, 8, QStringLiteral("CHANGED!"));
    QString ordinaryEdited = ordinary;
    ordinaryEdited.replace(ordinaryEdited.indexOf(QLatin1Char(' ')), 1, QStringLiteral(" very "));
    const QList<Case> cases = {
        {"ordinary answer, one word changed", ordinary, ordinaryEdited},
        {"10 MB of words vs the same with 25 insertions", tenMiBWords, tenMiBEdited},
        {"10 MB of words vs 10 MB of other words", tenMiBWords, words(10'000'000, 3)},
        {"short answer vs a 1 MB unbroken token", ordinary, unbroken(1 << 20, 4)},
        {"10 MB unbroken token vs the same changed in the middle", tenMiBToken, tenMiBTokenEdited},
    };

    CompareTools *tools = window.compareTools();
    for (const Case &c : cases) {
        window.model()->setAnswer(ref, c.current);
        window.model()->endTypingBurst();
        tools->sources()->setCandidates({{question, c.candidate, 1}}, QStringLiteral("bench.jsonl"));
        // Another entry is the window's current one, so that the editor and
        // the preview do not take on the huge answer; the compare view is
        // opened for `ref` as Ctrl+Shift+K opens it for the current entry.
        window.selectEntry(entries[1]);
        QTest::qWait(2000); // the list, the counts and the preview settle before the measurement

        LagProbe probe;
        probe.start();
        QElapsedTimer clock;
        clock.start();
        tools->compareEntry(ref, AnswerSources::Source::Candidate);
        AnswerCompareDialog *dialog = tools->compareDialog();
        const double openedMs = double(clock.nsecsElapsed()) / 1e6;
        const bool shown = QTest::qWaitFor([&] { return !dialog->isComparing(); }, 120000);
        const double shownMs = double(clock.nsecsElapsed()) / 1e6;
        QTest::qWait(300); // the first paint of the views
        const double stallMs = probe.stop();
        std::printf("%-56s opened %6.1f ms, shown %7.1f ms%s, longest stall %6.1f ms  [%s]\n", c.name, openedMs,
                    shownMs, shown ? "" : " (TIMED OUT)", stallMs, qPrintable(dialog->summaryLabel()->text()));
        std::fflush(stdout);
        dialog->close();
    }
    window.model()->undoStack()->setClean();
    return 0;
}
