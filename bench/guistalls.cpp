#include "bench/guistalls.h"

#include "bench/lagprobe.h"

#include "app/model/qamodel.h"
#include "app/review/reviewstore.h"
#include "app/session/documentsession.h"
#include "ui/compare/comparetools.h"
#include "ui/editor/entryeditor.h"
#include "ui/editor/markdowneditor.h"
#include "ui/review/reviewcontroller.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <thread>

namespace {

bool runGit(const QString &dir, const QStringList &arguments)
{
    QProcess git;
    git.setWorkingDirectory(dir);
    git.start(QStringLiteral("git"), arguments);
    return git.waitForFinished(120000) && git.exitCode() == 0;
}

QMenu *toolsMenu(MainWindow *window)
{
    for (QAction *action : window->menuBar()->actions()) {
        if (action->menu() && action->text().remove(QLatin1Char('&')) == QLatin1String("Tools"))
            return action->menu();
    }
    return nullptr;
}

} // namespace

GuiStalls::GuiStalls(MainWindow *window, const QString &path) : m_window(window), m_path(path) {}

void GuiStalls::run()
{
    // QUIRE_BENCH_STALL=review (say) measures that one alone, for profiling it.
    const QByteArray only = qgetenv("QUIRE_BENCH_STALL");
    if (only == "review") {
        std::printf("  type in review mode (60 keys, similar questions shown): %.0f ms\n", typeInReviewMode());
        return;
    }
    if (only == "reload") {
        std::printf("  reload after a change by another program: %.0f ms\n", reloadAfterOutsideChange());
        return;
    }
    makeRepository();
    std::printf("longest stall of the GUI thread (LagProbe, 5 ms timer; target: none over 50 ms):\n");
    std::printf("  save after one edit: %.0f ms\n", save());
    std::printf("  reload after a change by another program: %.0f ms\n", reloadAfterOutsideChange());
    std::printf("  open the Tools menu (file committed in git): %.0f ms\n", openToolsMenu());
    // A git that takes a second to answer (a slow disk, a big repository, a
    // network file system): the menu must still open at once.
    QTemporaryDir bin;
    QFile fake(QDir(bin.path()).filePath(QStringLiteral("git")));
    fake.open(QIODevice::WriteOnly);
    fake.write("#!/bin/sh\nsleep 1\nexec /usr/bin/git \"$@\"\n");
    fake.close();
    fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", bin.path().toLocal8Bit() + ':' + path);
    std::printf("  open the Tools menu (git answering after 1 s): %.0f ms\n", openToolsMenu());
    qputenv("PATH", path);
    std::printf("  type in review mode (60 keys, similar questions shown): %.0f ms\n", typeInReviewMode());
}

void GuiStalls::makeRepository()
{
    const QString dir = QFileInfo(m_path).absolutePath();
    const QString name = QFileInfo(m_path).fileName();
    if (!runGit(dir, {QStringLiteral("init"), QStringLiteral("-q")})
        || !runGit(dir, {QStringLiteral("add"), name})
        || !runGit(dir, {QStringLiteral("-c"), QStringLiteral("user.name=bench"), QStringLiteral("-c"),
                         QStringLiteral("user.email=bench@example.org"), QStringLiteral("commit"), QStringLiteral("-qm"),
                         QStringLiteral("bench")}))
        std::printf("(git repository not made: the Tools menu figures are without git)\n");
}

double GuiStalls::save()
{
    QaModel *model = m_window->model();
    const EntryRef ref = m_window->currentEntry().isValid() ? m_window->currentEntry() : EntryRef{0, 0};
    model->setAnswer(ref, model->document().entry(ref).answer() + QStringLiteral(" One more sentence."));
    QTest::qWait(100);
    LagProbe probe;
    probe.start();
    m_window->save();
    // Done when the title's `*` has gone: the write has succeeded.
    QTest::qWaitFor([this] { return !m_window->session()->isModified(); }, 120000);
    QTest::qWait(300); // what follows a save (git, the watcher) is part of it
    return probe.stop();
}

double GuiStalls::reloadAfterOutsideChange()
{
    QFile current(m_path);
    current.open(QIODevice::ReadOnly);
    QByteArray bytes = current.readAll();
    current.close();
    bytes.append("\n## Added by another program\n\n**Question:** Was this noticed?\n\n**Answer:** Yes.\n");
    QSignalSpy reset(m_window->model(), &QaModel::documentReset);
    LagProbe probe;
    probe.start();
    // Written by another thread, as another program would: the 65 MB write
    // itself is not the window's work and must not stall the probed thread.
    std::thread writer([this, bytes] {
        QSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            std::printf("(the outside change could not be written)\n");
    });
    if (!reset.wait(120000))
        std::printf("(the change on disk was not reloaded)\n");
    writer.join();
    QTest::qWait(300);
    return probe.stop();
}

double GuiStalls::openToolsMenu()
{
    QMenu *menu = toolsMenu(m_window);
    if (!menu)
        return -1;
    QTest::qWait(100);
    LagProbe probe;
    probe.start();
    menu->popup(m_window->mapToGlobal(QPoint(40, 40)));
    QTest::qWait(300);
    menu->hide();
    QTest::qWait(1700); // a late answer from git is handled within the probe
    return probe.stop();
}

double GuiStalls::typeInReviewMode()
{
    QaModel *model = m_window->model();
    const EntryRef here = m_window->currentEntry().isValid() ? m_window->currentEntry() : EntryRef{0, 0};
    // Approved rows show whether their answer changed since: the list asks
    // that of every row it paints.
    const int count = model->document().section(here.section).entryCount();
    for (int e = 0; e < count; ++e)
        m_window->reviews()->setStatus({here.section, e}, ReviewStatus::Approved);
    m_window->review()->setReviewMode(true);
    m_window->compareTools()->similarDock()->show();
    m_window->selectEntry(here);
    QTest::qWait(3000); // the similar questions are listed once before typing starts
    MarkdownEditor *answer = m_window->editor()->answerEditor();
    answer->setFocus();
    LagProbe probe;
    probe.start();
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(answer, char('a' + i % 26));
        QTest::qWait(30);
    }
    QTest::qWait(2000); // what settles after typing (previews, panels, autosave)
    return probe.stop();
}
