// The window's notices answer what happened last: a success takes away the
// failure bar it answers (a save after "Not saved", an import after
// "Candidates not imported"), while unrelated bars stay; a click on a link
// the preview cannot open says so in the status bar.

#include "app/model/qamodel.h"
#include "app/session/documentsession.h"
#include "tests/support/testsupport.h"
#include "ui/common/messagebar.h"
#include "ui/compare/comparetools.h"
#include "ui/editor/entryeditor.h"
#include "ui/preview/previewview.h"
#include "ui/window/mainwindow.h"

#include <QDir>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

class TestWindowNotices : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    void editSomething()
    {
        const EntryRef ref = m_window->model()->document().allEntries().front();
        m_window->model()->setAnswer(ref, QStringLiteral("An answer typed while the folder was gone."));
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
            m_window->model()->undoStack()->setClean();
            m_window->close();
        }
        m_window.reset();
        QDir(m_folder).removeRecursively();
    }

    void aSaveTakesAwayTheFailureItAnswers()
    {
        editSomething();
        // The folder vanishes (even root cannot write there): the save fails loudly.
        QVERIFY(QDir(m_folder).removeRecursively());
        QVERIFY(m_window->save());
        QTRY_VERIFY(!m_window->session()->isSaving());
        MessageBar *bar = m_window->messageBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().startsWith(QStringLiteral("Not saved")), qPrintable(bar->text()));
        QVERIFY(m_window->isWindowModified());
        // The folder is back; the next save succeeds and the bar goes.
        QVERIFY(QDir().mkpath(m_folder));
        QVERIFY(m_window->save());
        QTRY_VERIFY(!m_window->session()->isSaving());
        QVERIFY(!bar->isVisible());
        QVERIFY(!m_window->isWindowModified());
    }

    void aSaveLeavesOtherNoticesAlone()
    {
        MessageBar *bar = m_window->messageBar();
        bar->showMessage(MessageBar::Kind::Warning, QStringLiteral("Something else the user must read."));
        editSomething();
        QVERIFY(m_window->save());
        QTRY_VERIFY(!m_window->session()->isSaving());
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->text(), QStringLiteral("Something else the user must read."));
    }

    void anImportTakesAwayTheFailedImport()
    {
        MessageBar *bar = m_window->messageBar();
        QVERIFY(!m_window->compareTools()->importCandidatesFrom(QDir(m_folder).filePath(QStringLiteral("missing.jsonl"))));
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().startsWith(QStringLiteral("Candidates not imported")), qPrintable(bar->text()));
        const QString good = QDir(m_folder).filePath(QStringLiteral("good.jsonl"));
        QVERIFY(TestSupport::writeFile(good, "{\"question\": \"Anything?\", \"answer\": \"Yes.\"}\n"));
        QVERIFY(m_window->compareTools()->importCandidatesFrom(good));
        QVERIFY(!bar->isVisible());
    }

    void anIgnoredLinkIsSaidInTheStatusBar()
    {
        PreviewView *preview = m_window->editor()->preview();
        emit preview->linkIgnored(QUrl(QStringLiteral("foo.html")));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("foo.html")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        emit preview->linkIgnored(QUrl());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("empty or unsafe")));
    }
};

QTEST_MAIN(TestWindowNotices)
#include "tst_windownotices.moc"
