// The Rehearsal dock in the real window against the fake model server:
// answers stream into the locked-down preview, the run is kept in
// NAME.runs.jsonl (as `quire rehearse` keeps it, no key in it), Cancel
// stops every request, the truncation guard before and after, the user's
// verdict as an override line, and "Use as Candidate" through the compare
// dialog (one undo step, nothing written before the user chooses).

#include "app/model/qamodel.h"
#include "app/rehearsal/runsfile.h"
#include "ui/compare/answercomparedialog.h"
#include "ui/compare/comparetools.h"
#include "ui/compare/diffbrowser.h"
#include "ui/overview/overviewpanel.h"
#include "ui/overview/stackedbar.h"
#include "ui/preview/previewview.h"
#include "ui/rehearsal/answerview.h"
#include "ui/rehearsal/endpointstore.h"
#include "ui/rehearsal/rehearsalcontroller.h"
#include "ui/rehearsal/rehearsalpanel.h"
#include "ui/window/mainwindow.h"
#include "tests/support/testsupport.h"
#include "fakemodelserver.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

namespace {
const QByteArray secretKey = "sk-panel-0123456789";
}

class TestRehearsalPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    FakeModelServer *m_server = nullptr;

    RehearsalController *rehearsal() const { return m_window->rehearsal(); }
    RehearsalPanel *panel() const { return rehearsal()->panel(); }

    void useProfile(int contextWindow = 65536, int concurrency = 2)
    {
        EndpointProfile p;
        p.name = QStringLiteral("fake");
        p.baseUrl = QUrl(m_server->baseUrl());
        p.model = QStringLiteral("fake-model");
        p.contextWindow = contextWindow;
        p.concurrency = concurrency;
        p.timeoutSeconds = 20;
        EndpointStore::save({p});
        EndpointStore::setCurrentName(p.name);
    }

    // The model answers with the entry's own answer, or `other` for unanswered ones.
    void echoAuthored(const QString &other = QStringLiteral("I cannot say."))
    {
        m_server->behaviour.answer = [this, other](const FakeModelServer::Request &request) {
            const QaDocument &d = m_window->model()->document();
            for (const EntryRef &ref : d.allEntries()) {
                if (d.entry(ref).question() == request.question() && d.entry(ref).status() == EntryStatus::Answered)
                    return d.entry(ref).answer();
            }
            return other;
        };
    }

    int firstSectionWithEntries() const
    {
        const QaDocument &d = m_window->model()->document();
        for (int s = 0; s < d.sectionCount(); ++s) {
            if (d.section(s).entryCount() > 0)
                return s;
        }
        return -1;
    }

    void waitForEnd()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!rehearsal()->isRunning(), 30000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("QUIRE_API_KEY", secretKey);
    }

    void init()
    {
        QSettings().clear();
        m_server = new FakeModelServer(this);
        QVERIFY(m_server->listen());
        m_path = m_dir.filePath(QStringLiteral("portfolio-qa.md"));
        QFile::remove(m_path);
        QFile::remove(RunsFile::pathFor(m_path));
        QVERIFY(TestSupport::writeFile(m_path, TestSupport::sampleBytes()));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(m_path));
        // The sample opens on its prose section: start at its first question.
        m_window->selectEntry(m_window->model()->document().allEntries().front());
        QVERIFY(m_window->currentEntry().isValid());
    }

    void cleanup()
    {
        if (m_window) {
            m_window->model()->undoStack()->setClean();
            m_window->close();
        }
        m_window.reset();
        delete m_server;
    }

    void sectionStreamsIntoThePreviewAndIsKept()
    {
        useProfile();
        echoAuthored();
        m_server->behaviour.chunkDelayMs = 40; // slow enough to see it stream
        const int section = firstSectionWithEntries();
        m_window->showSection(section);
        const int count = m_window->model()->document().section(section).entryCount();
        rehearsal()->askAction(RehearsalPanel::Scope::Section)->trigger();
        QVERIFY(rehearsal()->dock()->isVisible());
        QCOMPARE(panel()->questionCount(), count);
        // Part of the first answer is shown before the answer is complete.
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->streamed(0).isEmpty() && !panel()->answer(0), 10000);
        QTRY_VERIFY(!panel()->answerView()->modelPreview()->currentHtml().isEmpty());
        waitForEnd();
        QCOMPARE(panel()->progress()->value(), count);
        QVERIFY(!panel()->cancelButton()->isEnabled());
        for (int q = 0; q < count; ++q) {
            QVERIFY(panel()->answer(q));
            QCOMPARE(panel()->answer(q)->verdict, Verdict::Agrees);
        }
        const QString authored = panel()->question(0).authored;
        QCOMPARE(panel()->streamed(0), authored);
        QTRY_COMPARE(panel()->answerView()->modelPreview()->currentHtml(),
                     panel()->answerView()->authoredPreview()->currentHtml());
        QVERIFY(panel()->answerView()->detailsLabel()->text().contains(QStringLiteral("agrees")));
        QVERIFY(panel()->answerView()->detailsLabel()->text().contains(QStringLiteral("latency")));

        const QByteArray bytes = TestSupport::readFile(RunsFile::pathFor(m_path));
        QVERIFY(!bytes.contains(secretKey));
        const RunsFile::Content content = RunsFile::parse(bytes);
        QCOMPARE(content.runs.size(), size_t(1));
        QCOMPARE(int(content.runs[0].answers.size()), count);
        QCOMPARE(content.runs[0].run.model, QStringLiteral("fake-model"));
        // The key went only to the server, in the header.
        QCOMPARE(m_server->requests.first().authorization, QByteArray("Bearer ") + secretKey);

        // The word diff on demand.
        QSignalSpy diffShown(panel()->answerView(), &AnswerView::diffShown);
        panel()->answerView()->diffButton()->click();
        QVERIFY(diffShown.wait(10000));
        QVERIFY(!panel()->answerView()->modelDiff()->toPlainText().isEmpty());
    }

    // Model output is untrusted: rendered by cmark's safe mode in the
    // locked-down page, its raw HTML dropped.
    void modelOutputIsRenderedSafely()
    {
        useProfile();
        m_server->behaviour.answer = [](const FakeModelServer::Request &) {
            return QStringLiteral("**Yes.** <script>document.title='pwned'</script><img src=\"http://127.0.0.1:9/x.png\">");
        };
        rehearsal()->askAction(RehearsalPanel::Scope::Entry)->trigger();
        waitForEnd();
        PreviewView *preview = panel()->answerView()->modelPreview();
        QTRY_VERIFY(preview->currentHtml().contains(QStringLiteral("<strong>Yes.</strong>")));
        QVERIFY(!preview->currentHtml().contains(QStringLiteral("<script")));
        QVERIFY(!preview->currentHtml().contains(QStringLiteral("<img")));
    }

    // Before any run the bar shows no count; the context is prepared in a
    // worker: the ask returns before it is built, the dock says so, nothing
    // is sent yet, and Cancel then stops the run before any question.
    void contextIsPreparedInAWorker()
    {
        QCOMPARE(panel()->progress()->text(), QStringLiteral("No run yet"));
        useProfile();
        echoAuthored();
        rehearsal()->askAction(RehearsalPanel::Scope::Document)->trigger();
        // Control is back here, the context not yet handed to a run.
        QVERIFY(rehearsal()->isPreparingContext());
        QVERIFY(rehearsal()->isRunning());
        QCOMPARE(panel()->statusLabel()->text(), QStringLiteral("Preparing the context…"));
        QVERIFY(panel()->statusLabel()->isVisibleTo(panel()));
        QVERIFY(m_server->requests.isEmpty());
        const int count = panel()->questionCount();
        QCOMPARE(panel()->progress()->text(), QStringLiteral("0 of %1").arg(count));
        QVERIFY(panel()->cancelButton()->isEnabled());
        panel()->cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!rehearsal()->isRunning(), 20000);
        QVERIFY(panel()->statusLabel()->text().contains(QStringLiteral("Cancelled")));
        QVERIFY(!panel()->cancelButton()->isEnabled());
        QVERIFY(panel()->askButton()->isEnabled());
        QVERIFY(m_server->requests.isEmpty());
        QVERIFY(!QFile::exists(RunsFile::pathFor(m_path))); // no run was started

        // Not cancelled: the run starts once the context is there.
        rehearsal()->askAction(RehearsalPanel::Scope::Document)->trigger();
        QVERIFY(rehearsal()->isPreparingContext());
        QTRY_VERIFY_WITH_TIMEOUT(!rehearsal()->isPreparingContext(), 20000);
        waitForEnd();
        QCOMPARE(m_server->requests.size(), count);
        QCOMPARE(panel()->progress()->text(), QStringLiteral("%1 of %1").arg(count));
        const RunsFile::Content content = RunsFile::read(RunsFile::pathFor(m_path));
        QCOMPARE(content.runs.size(), size_t(1));
        QVERIFY(content.runs[0].run.contextTokens > 1000); // counted in the worker
    }

    void cancelStopsEveryRequestAtOnce()
    {
        useProfile(65536, 3);
        m_server->behaviour.neverAnswer = true;
        rehearsal()->askAction(RehearsalPanel::Scope::Document)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requests.size(), 3, 10000);
        QVERIFY(panel()->cancelButton()->isEnabled());
        panel()->cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!rehearsal()->isRunning(), 5000);
        QTRY_COMPARE(m_server->openConnections(), 0);
        QCOMPARE(m_server->requests.size(), 3); // nothing more was sent
        QVERIFY(panel()->statusLabel()->text().contains(QStringLiteral("Cancelled")));
        const RunsFile::Content content = RunsFile::read(RunsFile::pathFor(m_path));
        QCOMPARE(content.runs.size(), size_t(1));
        QCOMPARE(content.runs[0].answers.size(), size_t(0));
    }

    void truncationGuardBeforeAndAfter()
    {
        useProfile(300); // far smaller than the sample's context
        echoAuthored();
        m_server->behaviour.promptTokens = 40; // the server read much less than was sent
        // Slow chunks keep the run going while the status is looked at: on a
        // loaded machine a fast answer replaced it before the first look.
        m_server->behaviour.chunkDelayMs = 100;
        rehearsal()->askAction(RehearsalPanel::Scope::Entry)->trigger();
        // Once the context is prepared, before anything is answered.
        QTRY_VERIFY2(panel()->statusLabel()->text().contains(QStringLiteral("300")), qPrintable(panel()->statusLabel()->text()));
        QVERIFY(panel()->statusLabel()->isVisible());
        waitForEnd();
        QLabel *warning = panel()->answerView()->warningLabel();
        QTRY_VERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("cut")), qPrintable(warning->text()));
    }

    void verdictOverrideIsAppendedToTheRun()
    {
        useProfile();
        echoAuthored();
        rehearsal()->askAction(RehearsalPanel::Scope::Entry)->trigger();
        waitForEnd();
        QComboBox *choice = panel()->answerView()->verdictChoice();
        QVERIFY(choice->isEnabled());
        const int differs = choice->findData(int(Verdict::Differs));
        QVERIFY(differs > 0);
        choice->setCurrentIndex(differs);
        emit choice->activated(differs);
        const RunsFile::Content content = RunsFile::read(RunsFile::pathFor(m_path));
        QCOMPARE(content.overrides.size(), size_t(1));
        QCOMPARE(content.runs[0].answers[0].verdict, Verdict::Agrees);
        QCOMPARE(content.verdictOf(content.runs[0].answers[0]), Verdict::Differs);
        QVERIFY(panel()->questionList()->topLevelItem(0)->text(1).startsWith(AnswerView::verdictText(Verdict::Differs)));
        QVERIFY(panel()->answerView()->detailsLabel()->text().contains(QStringLiteral("yours")));
    }

    void useAsCandidateGoesThroughCompareAsOneUndoStep()
    {
        useProfile();
        const QString drafted = QStringLiteral("A draft from the model.");
        m_server->behaviour.answer = [drafted](const FakeModelServer::Request &) { return drafted; };
        const EntryRef ref = m_window->model()->document().allEntries().front();
        m_window->selectEntry(ref);
        const QString before = m_window->model()->document().entry(ref).answer();
        const QByteArray fileBefore = TestSupport::readFile(m_path);
        rehearsal()->askAction(RehearsalPanel::Scope::Entry)->trigger();
        waitForEnd();
        const int undoBefore = m_window->model()->undoStack()->count();
        QVERIFY(panel()->answerView()->useButton()->isEnabled());
        panel()->answerView()->useButton()->click();
        AnswerCompareDialog *dialog = m_window->compareTools()->compareDialog();
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->source(), AnswerSources::Source::Candidate);
        // Nothing is written until the user chooses.
        QCOMPARE(m_window->model()->document().entry(ref).answer(), before);
        QCOMPARE(m_window->model()->undoStack()->count(), undoBefore);
        QTRY_VERIFY(dialog->useButton()->isEnabled());
        dialog->useButton()->click();
        QCOMPARE(m_window->model()->document().entry(ref).answer(), drafted);
        QCOMPARE(m_window->model()->undoStack()->count(), undoBefore + 1);
        m_window->model()->undoStack()->undo();
        QCOMPARE(m_window->model()->document().entry(ref).answer(), before);
        QCOMPARE(TestSupport::readFile(m_path), fileBefore); // the file is saved only when the user saves
    }

    // Two runs of a section: the question whose answer changed is the only
    // one the Different filter lists, its earlier answer is in its history,
    // and the overview's rehearsal bar counts the newest run.
    void historyDifferentFilterAndOverviewBar()
    {
        useProfile();
        echoAuthored();
        const int section = firstSectionWithEntries();
        m_window->showSection(section);
        const int count = m_window->model()->document().section(section).entryCount();
        QVERIFY(count >= 2);
        QSignalSpy loaded(rehearsal(), &RehearsalController::historyLoaded);
        rehearsal()->askAction(RehearsalPanel::Scope::Section)->trigger();
        waitForEnd();
        QVERIFY(loaded.wait(10000) || loaded.count() > 0);
        const QString firstRun = panel()->shownRun();
        const QString changed = panel()->question(1).question;
        const QString changedKey = panel()->question(1).questionKey;
        const auto authoredAnswer = m_server->behaviour.answer;
        m_server->behaviour.answer = [authoredAnswer, changed](const FakeModelServer::Request &r) {
            return r.question() == changed ? QStringLiteral("Something else entirely.") : authoredAnswer(r);
        };
        loaded.clear();
        rehearsal()->askAction(RehearsalPanel::Scope::Section)->trigger();
        waitForEnd();
        QTRY_VERIFY(loaded.count() > 0);
        QVERIFY(panel()->shownRun() != firstRun);
        QCOMPARE(panel()->runChoice()->count(), 2);
        QCOMPARE(panel()->differentChoice()->count(), 2); // "(no other run)" and the first run

        panel()->showDifferentFrom(firstRun);
        int listed = 0;
        for (int q = 0; q < panel()->questionCount(); ++q)
            listed += panel()->isQuestionListed(q) ? 1 : 0;
        QCOMPARE(listed, 1);
        QVERIFY(panel()->isQuestionListed(1));
        panel()->showDifferentFrom(QString());
        QVERIFY(panel()->isQuestionListed(0));

        panel()->setCurrentQuestion(1);
        QTreeWidget *history = panel()->answerView()->historyList();
        QCOMPARE(history->topLevelItemCount(), 1);
        QCOMPARE(history->topLevelItem(0)->text(2), AnswerView::verdictText(Verdict::Agrees));

        // The first run shown again, from the file.
        panel()->showStoredRun(firstRun);
        QCOMPARE(panel()->questionCount(), count);
        QCOMPARE(panel()->answer(1)->verdict, Verdict::Agrees);
        QCOMPARE(panel()->question(1).questionKey, changedKey);

        OverviewPanel *overview = m_window->compareTools()->overviewPanel();
        overview->refresh();
        StackedBar *bar = overview->rehearsalBar(section);
        QVERIFY(bar);
        int good = 0, wrong = 0;
        for (const StackedBar::Segment &segment : bar->segments()) {
            good += segment.key == 0 ? segment.count : 0;
            wrong += segment.key == 2 ? segment.count : 0;
        }
        QCOMPARE(good, count - 1);
        QCOMPARE(wrong, 1);
    }

    void aWrongKeyStopsTheRunWithAMessage()
    {
        useProfile();
        m_server->behaviour.status = 401;
        m_server->behaviour.echoKeyInError = secretKey;
        rehearsal()->askAction(RehearsalPanel::Scope::Section)->trigger();
        waitForEnd();
        QVERIFY(panel()->statusLabel()->text().contains(QStringLiteral("stopped")));
        QVERIFY(!panel()->statusLabel()->text().contains(QString::fromLatin1(secretKey)));
        QVERIFY(!TestSupport::readFile(RunsFile::pathFor(m_path)).contains(secretKey));
    }
};

QTEST_MAIN(TestRehearsalPanel)
#include "tst_rehearsalpanel.moc"
