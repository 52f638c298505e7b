// Long work runs beside the window, not in it: a save writes a snapshot in a
// worker (the title's `*` goes only once the write succeeded; edits made
// meanwhile stay unsaved; a second save waits for the first; closing waits
// for it; a failure is said in the bar), the Tools menu does not wait for
// git, and an answer keystroke does not search for similar questions again.
//
// "During a save" is exact here: a save's outcome is handled by the event
// loop, so whatever the test does right after starting it, without letting
// the loop run, happens while it is in flight.

#include "app/compare/githeadprobe.h"
#include "app/model/qamodel.h"
#include "app/session/documentsession.h"
#include "tests/support/testsupport.h"
#include "ui/common/messagebar.h"
#include "ui/compare/answercomparedialog.h"
#include "ui/compare/comparetools.h"
#include "ui/compare/similarquestionspanel.h"
#include "ui/editor/entryeditor.h"
#include "ui/editor/markdowneditor.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QListWidget>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestBackgroundWork : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    QaModel *model() const { return m_window->model(); }
    DocumentSession *session() const { return m_window->session(); }
    EntryRef firstEntry() const { return model()->document().allEntries().front(); }
    void setFirstAnswer(const QString &text) { model()->setAnswer(firstEntry(), text); }
    QByteArray onDisk() const { return TestSupport::readFile(m_path); }
    bool waitForSaves()
    {
        return QTest::qWaitFor([this] { return !session()->isSaving(); }, 20000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_folder = m_dir.filePath(QStringLiteral("work"));
        QDir(m_folder).removeRecursively();
        QVERIFY(QDir().mkpath(m_folder));
        m_path = QDir(m_folder).filePath(QStringLiteral("portfolio-qa.md"));
        QVERIFY(TestSupport::writeFile(m_path, TestSupport::sampleBytes()));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(m_path));
    }

    void cleanup()
    {
        if (m_window) {
            QVERIFY(waitForSaves());
            model()->undoStack()->setClean();
            m_window->close();
        }
        m_window.reset();
        QDir(m_folder).removeRecursively();
    }

    void theStarGoesOnlyOnceTheWriteSucceeded()
    {
        setFirstAnswer(QStringLiteral("Saved in a worker."));
        QVERIFY(m_window->isWindowModified());
        QSignalSpy finished(session(), &DocumentSession::saveFinished);
        QVERIFY(m_window->save());
        QVERIFY(session()->isSaving());
        QVERIFY(m_window->isWindowModified()); // in flight: not saved yet
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().value<DocumentSession::SaveOutcome>().ok());
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(onDisk().contains("Saved in a worker."));
        QCOMPARE(onDisk(), model()->document().toBytes());
    }

    void anEditDuringASaveStaysUnsavedUntilTheNextSave()
    {
        setFirstAnswer(QStringLiteral("Before the save."));
        QVERIFY(m_window->save());
        // Typed while the save is in flight: not in its snapshot.
        MarkdownEditor *answer = m_window->editor()->answerEditor();
        m_window->selectEntry(firstEntry());
        answer->setFocus();
        answer->moveCursor(QTextCursor::End);
        QTest::keyClicks(answer, QStringLiteral(" And during it."));
        QVERIFY(waitForSaves());
        QVERIFY(onDisk().contains("Before the save."));
        QVERIFY(!onDisk().contains("And during it."));
        QVERIFY(m_window->isWindowModified()); // the keystrokes are not on disk
        QVERIFY(session()->isModified());
        QVERIFY(m_window->save());
        QVERIFY(waitForSaves());
        QVERIFY(onDisk().contains("Before the save. And during it."));
        QVERIFY(!m_window->isWindowModified());
    }

    void aSecondSaveWaitsForTheFirst()
    {
        QSignalSpy finished(session(), &DocumentSession::saveFinished);
        QSignalSpy saving(session(), &DocumentSession::savingChanged);
        setFirstAnswer(QStringLiteral("First save."));
        QVERIFY(m_window->save());
        setFirstAnswer(QStringLiteral("Second save."));
        QVERIFY(m_window->save()); // while the first is in flight
        QVERIFY(finished.wait(20000));
        // The first one's outcome; the second runs only now, from the newest text.
        QCOMPARE(finished.count(), 1);
        QVERIFY(session()->isSaving());
        QVERIFY(m_window->isWindowModified());
        QVERIFY(waitForSaves());
        QCOMPARE(finished.count(), 2);
        QCOMPARE(saving.count(), 2); // on once, off once: never two at a time
        QVERIFY(onDisk().contains("Second save."));
        QVERIFY(!m_window->isWindowModified());
    }

    void closingWaitsForTheSaveInFlight()
    {
        setFirstAnswer(QStringLiteral("Saved before closing."));
        const QByteArray expected = model()->document().toBytes();
        QVERIFY(m_window->save());
        QVERIFY(session()->isSaving());
        QVERIFY(m_window->close()); // waits, then closes: nothing left unsaved to ask about
        QVERIFY(!m_window->isVisible());
        QVERIFY(!session()->isSaving());
        QCOMPARE(onDisk(), expected);
    }

    void aFailedSaveStaysModifiedAndSaysWhy()
    {
        setFirstAnswer(QStringLiteral("Cannot be written."));
        // The folder vanishes (even root cannot write there).
        QVERIFY(QDir(m_folder).removeRecursively());
        QSignalSpy finished(session(), &DocumentSession::saveFinished);
        QVERIFY(m_window->save());
        QVERIFY(finished.wait(20000));
        const auto outcome = finished.first().first().value<DocumentSession::SaveOutcome>();
        QVERIFY(!outcome.ok());
        QVERIFY(m_window->isWindowModified());
        MessageBar *bar = m_window->messageBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().startsWith(QStringLiteral("Not saved")), qPrintable(bar->text()));
        QVERIFY(QDir().mkpath(m_folder)); // for cleanup
    }

    // A git that takes 10 s per command: the menu opens at once, git still
    // at work behind it.
    void theToolsMenuDoesNotWaitForGit()
    {
        GitHeadProbe *git = m_window->compareTools()->gitProbe();
        QTRY_VERIFY_WITH_TIMEOUT(!git->isAsking(), 20000); // the question asked on opening, by the real git
        QTemporaryDir bin;
        QVERIFY(TestSupport::writeFile(QDir(bin.path()).filePath(QStringLiteral("git")), "#!/bin/sh\nexec sleep 10\n"));
        QVERIFY(QFile::setPermissions(QDir(bin.path()).filePath(QStringLiteral("git")),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", bin.path().toLocal8Bit() + ':' + path);
        QMenu *tools = nullptr;
        for (QAction *action : m_window->menuBar()->actions()) {
            if (action->menu() && action->text().remove(QLatin1Char('&')) == QLatin1String("Tools"))
                tools = action->menu();
        }
        QVERIFY(tools);
        emit tools->aboutToShow(); // what opening the menu runs
        // Returned while git still sleeps: nothing waited for it. The action
        // shows the last answer meanwhile.
        QVERIFY(git->isAsking());
        QCOMPARE(git->lastPath(), session()->filePath());
        qputenv("PATH", path);
    }

    // Compare with Saved on disk opens at once: the saved file (65 MB for
    // the large document) is read and parsed in a worker, as git HEAD is.
    void theCompareDialogDoesNotReadTheSavedFile()
    {
        AnswerSources *sources = m_window->compareTools()->sources();
        QVERIFY(!sources->isReadingSaved());
        m_window->selectEntry(firstEntry());
        m_window->compareTools()->compare(AnswerSources::Source::Saved);
        AnswerCompareDialog *dialog = m_window->compareTools()->compareDialog();
        QVERIFY(dialog && dialog->isVisible());
        // Returned before the read could be taken in (that needs the event
        // loop): the dialog asked and did not read the file itself.
        QVERIFY(sources->isReadingSaved());
        auto *reason = dialog->findChild<QLabel *>(QStringLiteral("compareReason"));
        QVERIFY(reason);
        QVERIFY2(reason->text().contains(QLatin1String("Reading the saved file")), qPrintable(reason->text()));
        // Then it arrives and is shown.
        QTRY_VERIFY_WITH_TIMEOUT(!sources->isReadingSaved(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!reason->isVisible() || !reason->text().contains(QLatin1String("Reading")), 5000);
        QVERIFY(sources->other(AnswerSources::Source::Saved, firstEntry()).available);
        QVERIFY(!sources->isReadingSaved()); // cached: asked again, not read again
        dialog->close();
    }

    // The same git: Compare with Git HEAD opens at once and says it is
    // asking; it used to run git on the GUI thread (up to 15 s a command).
    void theCompareDialogDoesNotWaitForGit()
    {
        GitHeadProbe *git = m_window->compareTools()->gitProbe();
        QTRY_VERIFY_WITH_TIMEOUT(!git->isAsking(), 20000);
        QTemporaryDir bin;
        QVERIFY(TestSupport::writeFile(QDir(bin.path()).filePath(QStringLiteral("git")), "#!/bin/sh\nexec sleep 10\n"));
        QVERIFY(QFile::setPermissions(QDir(bin.path()).filePath(QStringLiteral("git")),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", bin.path().toLocal8Bit() + ':' + path);
        m_window->selectEntry(firstEntry());
        m_window->compareTools()->compare(AnswerSources::Source::GitHead);
        AnswerCompareDialog *dialog = m_window->compareTools()->compareDialog();
        QVERIFY(dialog && dialog->isVisible());
        // Returned while git still sleeps: the dialog asked and did not wait.
        QVERIFY(git->isAsking());
        auto *reason = dialog->findChild<QLabel *>(QStringLiteral("compareReason"));
        QVERIFY(reason);
        QVERIFY2(!reason->text().contains(QLatin1String("in time")), qPrintable(reason->text()));
        // Alt+Down to another source and back does not wait either.
        dialog->sourceBox()->setCurrentIndex(dialog->sourceBox()->findData(int(AnswerSources::Source::Saved)));
        dialog->sourceBox()->setCurrentIndex(dialog->sourceBox()->findData(int(AnswerSources::Source::GitHead)));
        QVERIFY(git->isAsking());
        dialog->close();
        qputenv("PATH", path);
    }

    void anAnswerKeystrokeDoesNotSearchForSimilarQuestions()
    {
        m_window->compareTools()->similarDock()->show();
        SimilarQuestionsPanel *panel = m_window->compareTools()->similarPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isSearching() && !panel->isSearchPending(), 20000);
        QVERIFY(panel->pairList()->count() > 0);
        const int searches = panel->searchCount();
        m_window->selectEntry(firstEntry());
        MarkdownEditor *answer = m_window->editor()->answerEditor();
        answer->setFocus();
        QTest::keyClicks(answer, QStringLiteral("more"));
        QVERIFY(!panel->isSearchPending());
        QVERIFY(!panel->isSearching());
        QCOMPARE(panel->searchCount(), searches);
        // A question keystroke does: the pairs may change.
        MarkdownEditor *question = m_window->editor()->questionEditor();
        question->setFocus();
        QTest::keyClicks(question, QStringLiteral(" really"));
        QVERIFY(panel->isSearchPending());
        QTRY_VERIFY_WITH_TIMEOUT(panel->searchCount() > searches && !panel->isSearching(), 20000);
    }
};

QTEST_MAIN(TestBackgroundWork)
#include "tst_backgroundwork.moc"
