// The compare view, candidate answers, the similar questions panel and the
// overview in the real main window on a copy of the sample.

#include "ui/compare/answercomparedialog.h"
#include "ui/compare/candidatespanel.h"
#include "ui/compare/comparetools.h"
#include "ui/compare/diffbrowser.h"
#include "app/compare/diffelider.h"
#include "app/session/documentsession.h"
#include "app/model/entrylistmodel.h"
#include "ui/list/entrylistpanel.h"
#include "ui/window/mainwindow.h"
#include "ui/common/messagebar.h"
#include "ui/overview/overviewpanel.h"
#include "app/model/qamodel.h"
#include "ui/review/reviewcontroller.h"
#include "app/review/reviewstore.h"
#include "ui/compare/similarquestionspanel.h"
#include "ui/overview/stackedbar.h"
#include "tests/support/testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextCursor>

class TestCompareView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    EntryRef atLine(int line) const
    {
        const QaDocument &document = m_window->model()->document();
        for (const EntryRef &ref : document.allEntries()) {
            if (document.entry(ref).line() == line)
                return ref;
        }
        return {};
    }
    QaModel *model() const { return m_window->model(); }
    CompareTools *tools() const { return m_window->compareTools(); }
    // The comparison runs in a worker: waits until its result is shown.
    static bool settled(AnswerCompareDialog *dialog)
    {
        return QTest::qWaitFor([dialog] { return !dialog->isComparing(); }, 30000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("portfolio-qa.md"));
        QFile::remove(m_path);
        for (const QString &name : QDir(m_dir.path()).entryList({QStringLiteral("*.review.json*")}, QDir::Files))
            QFile::remove(m_dir.filePath(name)); // each test starts without reviews
        QVERIFY(TestSupport::writeFile(m_path, TestSupport::sampleBytes()));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(m_path));
    }

    void cleanup()
    {
        if (m_window) {
            // The window saves its state on close; other suites share the
            // test settings and expect the docks hidden.
            for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
                dock->hide();
            model()->undoStack()->setClean();
            m_window->close();
        }
        m_window.reset();
    }

    void compareWithSavedHighlightsWordsAndUseIsOneUndoStep()
    {
        const EntryRef ref = atLine(7);
        m_window->selectEntry(ref);
        const QString saved = model()->document().entry(ref).answer();
        QVERIFY(saved.contains(QLatin1String("Vishal")));
        QString edited = saved;
        edited.replace(QLatin1String("Vishal"), QLatin1String("Someone"));
        model()->setAnswer(ref, edited + QStringLiteral(" Extra words."));
        model()->endTypingBurst();
        const int steps = model()->undoStack()->count();

        tools()->compare(AnswerSources::Source::Saved);
        AnswerCompareDialog *dialog = tools()->compareDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(settled(dialog));
        QCOMPARE(dialog->entry(), ref);
        // Left: the current answer, with its own words struck through.
        const QString left = dialog->currentView()->toHtml();
        const QString right = dialog->otherView()->toHtml();
        QVERIFY2(left.contains(QLatin1String("line-through")), qPrintable(left));
        QVERIFY(left.contains(QLatin1String("Someone")));
        QVERIFY2(right.contains(QLatin1String("underline")), qPrintable(right));
        QVERIFY(dialog->summaryLabel()->text().contains(QLatin1String("changed passages")));
        // The highlighted run on the right is the saved word.
        QTextCursor found = dialog->otherView()->document()->find(QStringLiteral("Vishal"));
        QVERIFY(!found.isNull());
        QVERIFY(found.charFormat().fontUnderline());
        QVERIFY(found.charFormat().background().style() != Qt::NoBrush);

        // Source mode shows the markdown exactly.
        dialog->sourceButton()->click();
        QVERIFY(settled(dialog));
        QCOMPARE(dialog->otherView()->toPlainText(), saved);
        QCOMPARE(dialog->currentView()->toPlainText(), edited + QStringLiteral(" Extra words."));

        QVERIFY(dialog->useButton()->isEnabled());
        QTest::mouseClick(dialog->useButton(), Qt::LeftButton);
        QCOMPARE(model()->document().entry(ref).answer(), saved);
        QCOMPARE(model()->undoStack()->count(), steps + 1);
        QVERIFY(settled(dialog));
        QCOMPARE(dialog->summaryLabel()->text(), QStringLiteral("The answers are the same."));
        QVERIFY(!dialog->useButton()->isEnabled());
        model()->undoStack()->undo();
        QCOMPARE(model()->document().entry(ref).answer(), edited + QStringLiteral(" Extra words."));

        // It follows the window to the next entry, which is as saved.
        m_window->nextEntry();
        QCOMPARE(dialog->entry(), atLine(13));
        QVERIFY(settled(dialog));
        QCOMPARE(dialog->summaryLabel()->text(), QStringLiteral("The answers are the same."));
        dialog->close();
    }

    void gitHeadIsGreyedWithTheReasonOutsideARepository()
    {
        m_window->selectEntry(atLine(7));
        tools()->compare(AnswerSources::Source::GitHead);
        AnswerCompareDialog *dialog = tools()->compareDialog();
        auto *reason = dialog->findChild<QLabel *>(QStringLiteral("compareReason"));
        QVERIFY(reason && reason->isVisibleTo(dialog));
        QVERIFY2(reason->text().contains(QLatin1String("git")), qPrintable(reason->text()));
        QVERIFY(!dialog->useButton()->isEnabled());
        QTRY_VERIFY(!tools()->gitAction()->isEnabled()); // git is asked in the background
        QVERIFY(tools()->gitAction()->text().contains(QLatin1String("not in a git repository"))
                || tools()->gitAction()->text().contains(QLatin1String("not installed")));
        dialog->close();
    }

    void candidatesFillEmptyAnswersInOneStep()
    {
        const QString path = m_dir.filePath(QStringLiteral("candidates.jsonl"));
        const QaDocument &document = model()->document();
        const QString empty = document.entry(atLine(68)).question();
        const QString placeholder = document.entry(atLine(44)).question();
        const QString answered = document.entry(atLine(7)).question();
        auto line = [](const QString &q, const QString &a) {
            return QJsonDocument(QJsonObject{{QStringLiteral("input"), q}, {QStringLiteral("target"), a}}).toJson(QJsonDocument::Compact) + '\n';
        };
        QVERIFY(TestSupport::writeFile(path, line(empty, QStringLiteral("Filled empty.")) + line(placeholder, QStringLiteral("Filled placeholder."))
                                                 + line(answered, QStringLiteral("Would replace an answer."))
                                                 + line(QStringLiteral("What is the capital of Mongolia?"), QStringLiteral("Ulaanbaatar."))));
        QVERIFY(tools()->importCandidatesFrom(path));
        CandidatesPanel *panel = tools()->candidatesPanel();
        QVERIFY(tools()->candidatesDock()->isVisible());
        QCOMPARE(panel->matchedList()->count(), 3);
        QCOMPARE(panel->unmatchedList()->count(), 1);
        QVERIFY(panel->unmatchedList()->item(0)->text().contains(QLatin1String("Mongolia")));
        QVERIFY2(panel->summaryLabel()->text().contains(QLatin1String("0.60")), qPrintable(panel->summaryLabel()->text()));

        const int steps = model()->undoStack()->count();
        const QString before = document.entry(atLine(7)).answer();
        QCOMPARE(tools()->fillEmptyAnswers(), 2);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Filled 2 answers")));
        QCOMPARE(document.entry(atLine(68)).answer(), QStringLiteral("Filled empty."));
        QCOMPARE(document.entry(atLine(44)).answer(), QStringLiteral("Filled placeholder."));
        QCOMPARE(document.entry(atLine(7)).answer(), before);
        QCOMPARE(model()->undoStack()->count(), steps + 1);
        model()->undoStack()->undo();
        QCOMPARE(model()->document().toBytes(), TestSupport::sampleBytes());
    }

    void badCandidateFileIsReportedWithItsLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(TestSupport::writeFile(path, "question,answer\nq1,\"open\n"));
        QVERIFY(!tools()->importCandidatesFrom(path));
        QVERIFY(m_window->messageBar()->isVisible());
        QVERIFY(m_window->messageBar()->text().contains(QLatin1String("line 2")));
    }

    void aCandidateWithAHugeUnbrokenTokenOpensAtOnceAndIsShownCut()
    {
        // A pasted 1 MB base64-like line: laid out as one unbreakable line it
        // froze the window for minutes. The view opens at once, the worker
        // compares, and the view shows the run cut with a note.
        const EntryRef ref = atLine(7);
        const QByteArray bytesBefore = model()->document().toBytes();
        const QString question = model()->document().entry(ref).question();
        QString token;
        token.reserve(1 << 20);
        for (int i = 0; i < (1 << 20); ++i)
            token += QChar(u'a' + (i * 7 + i / 26) % 26);
        const QString answer = QStringLiteral("Intro words. ") + token + QStringLiteral(" closing words.");
        const QString path = m_dir.filePath(QStringLiteral("huge-token.jsonl"));
        QVERIFY(TestSupport::writeFile(path, QJsonDocument(QJsonObject{{QStringLiteral("question"), question},
                                                                       {QStringLiteral("answer"), answer}})
                                                     .toJson(QJsonDocument::Compact) + '\n'));
        QVERIFY(tools()->importCandidatesFrom(path));
        m_window->selectEntry(ref);

        tools()->compare(AnswerSources::Source::Candidate);
        AnswerCompareDialog *dialog = tools()->compareDialog();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->summaryLabel()->text(), QStringLiteral("Comparing the answers…"));
        QVERIFY(settled(dialog));
        const QString shown = dialog->otherView()->toPlainText();
        QVERIFY(shown.startsWith(QLatin1String("Intro words. ")));
        QVERIFY(shown.contains(QLatin1String("characters not shown")));
        QVERIFY(shown.size() < 5000);
        qsizetype longestRun = 0, run = 0;
        for (QChar c : shown) {
            run = c.isSpace() ? 0 : run + 1;
            longestRun = std::max(longestRun, run);
        }
        QVERIFY2(longestRun <= DiffElider::maxRunLength, qPrintable(QString::number(longestRun)));
        QVERIFY(dialog->summaryLabel()->text().contains(QLatin1String("not shown")));
        // "Use This Answer" takes the whole answer, not what is shown.
        QVERIFY(dialog->useButton()->isEnabled());
        dialog->useOtherAnswer();
        QCOMPARE(model()->document().entry(ref).answer(), answer);
        model()->undoStack()->undo();
        dialog->close();
        tools()->sources()->clearCandidates();
        QCOMPARE(model()->document().toBytes(), bytesBefore);
    }

    void mergeFromTheSimilarPanelIsOneStepAndOffersTheOtherAnswer()
    {
        tools()->similarDock()->show();
        SimilarQuestionsPanel *panel = tools()->similarPanel();
        panel->refresh();
        QTRY_VERIFY(!panel->isSearching()); // searched in a worker
        QVERIFY(panel->pairList()->count() >= 1);
        panel->pairList()->setCurrentRow(0);
        // The top pair of the sample: the TinyScale Lab hypothesis asked twice (lines 74 and 187).
        const EntryRef first = atLine(74);
        const EntryRef second = atLine(187);
        QVERIFY(panel->pairList()->item(0)->text().contains(QStringLiteral("#%1").arg(model()->document().entryNumber(first))));
        const QString removedAnswer = model()->document().entry(second).answer();
        const int entries = model()->document().entryCount();
        const int steps = model()->undoStack()->count();
        panel->mergeKeeping(true);
        QCOMPARE(model()->document().entryCount(), entries - 1);
        QCOMPARE(model()->undoStack()->count(), steps + 1);
        AnswerCompareDialog *dialog = tools()->compareDialog();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->source(), AnswerSources::Source::Merged);
        QCOMPARE(dialog->entry(), first);
        dialog->sourceButton()->click();
        QVERIFY(settled(dialog));
        QCOMPARE(dialog->otherView()->toPlainText(), removedAnswer);
        QVERIFY(dialog->useButton()->isEnabled());
        dialog->close();
        model()->undoStack()->undo();
        QCOMPARE(model()->document().toBytes(), TestSupport::sampleBytes());
    }

    void notADuplicateIsRememberedInTheSidecar()
    {
        tools()->similarDock()->show();
        SimilarQuestionsPanel *panel = tools()->similarPanel();
        panel->refresh();
        QTRY_VERIFY(!panel->isSearching());
        const int pairs = panel->pairList()->count();
        QVERIFY(pairs >= 2);
        const QString top = panel->pairList()->item(0)->text();
        panel->pairList()->setCurrentRow(0);
        QVERIFY(panel->notDuplicateButton()->isEnabled());
        QTest::mouseClick(panel->notDuplicateButton(), Qt::LeftButton);
        QCOMPARE(panel->pairList()->count(), pairs - 1);
        QVERIFY(panel->pairList()->item(0)->text() != top);
        // On disk within a second, in the sidecar beside the document.
        const QString sidecar = m_window->reviews()->sidecarPath();
        QVERIFY(!sidecar.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(sidecar), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->reviews()->hasPendingWrite(), 2000);
        QVERIFY(QString::fromUtf8(TestSupport::readFile(sidecar)).contains(QLatin1String("tinyscale lab"), Qt::CaseInsensitive));

        // A new window on the same file does not list the pair again.
        cleanup();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(m_path));
        // The sidecar (with the dismissed pair) loads in a worker.
        QTRY_VERIFY(m_window->reviews()->availability() != ReviewStore::Availability::Loading);
        tools()->similarDock()->show();
        tools()->similarPanel()->refresh();
        QTRY_VERIFY(!tools()->similarPanel()->isSearching());
        QCOMPARE(tools()->similarPanel()->pairList()->count(), pairs - 1);
        for (int i = 0; i < tools()->similarPanel()->pairList()->count(); ++i)
            QVERIFY(tools()->similarPanel()->pairList()->item(i)->text() != top);
    }

    void overviewReviewSegmentFiltersByReview()
    {
        ReviewStore *reviews = m_window->reviews();
        reviews->setStatus(atLine(7), ReviewStatus::Approved);
        reviews->setStatus(atLine(13), ReviewStatus::NeedsWork);
        reviews->setStatus(atLine(19), ReviewStatus::NeedsWork);
        tools()->overviewDock()->show();
        OverviewPanel *overview = tools()->overviewPanel();
        QTRY_VERIFY(overview->reviewBar(1) != nullptr);
        StackedBar *bar = overview->reviewBar(1);
        QTRY_VERIFY(bar->isVisible() && bar->width() > 50);
        QTRY_COMPARE(bar->segments().at(1).count, 2); // needs work
        QCOMPARE(bar->segments().at(0).count, 1);     // approved
        QCOMPARE(bar->segments().at(2).count, 3);     // unreviewed
        QVERIFY2(overview->totalsLabel()->text().contains(QStringLiteral("1 approved · 2 need work · 42 unreviewed")),
                 qPrintable(overview->totalsLabel()->text()));
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->segmentRect(int(ReviewStatus::NeedsWork)).center());
        QVERIFY(m_window->review()->isReviewMode());
        EntryListModel *list = m_window->listPanel()->listModel();
        QCOMPARE(list->section(), 1);
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(list->entryAt(0), atLine(13));
        QCOMPARE(list->entryAt(1), atLine(19));
    }

    void overviewSegmentClickFiltersTheList()
    {
        tools()->overviewDock()->show();
        OverviewPanel *overview = tools()->overviewPanel();
        QTRY_VERIFY(overview->statusBar(2) != nullptr);
        StackedBar *bar = overview->statusBar(2);
        QTRY_VERIFY(bar->isVisible() && bar->width() > 50);
        QVERIFY(overview->totalsLabel()->text().contains(QLatin1String("45 questions")));
        const QRect placeholders = bar->segmentRect(int(StatusFilter::Placeholder));
        QVERIFY(!placeholders.isEmpty());
        QTest::mouseClick(bar, Qt::LeftButton, {}, placeholders.center());
        EntryListModel *list = m_window->listPanel()->listModel();
        QCOMPARE(list->section(), 2);
        QCOMPARE(list->statusFilter(), StatusFilter::Placeholder);
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(m_window->currentSection(), 2);
        QCOMPARE(model()->document().entry(list->entryAt(0)).status(), EntryStatus::Placeholder);

        // Keyboard: focus the bar of the last section, Return on its first segment.
        StackedBar *last = overview->statusBar(3);
        last->setFocus();
        QTest::keyClick(last, Qt::Key_Return);
        QCOMPARE(list->section(), 3);
        QCOMPARE(list->statusFilter(), StatusFilter::Unanswered); // its only non-empty segment
        QCOMPARE(list->rowCount(), 11);

        // The whole document's bar: the next section with such entries.
        StackedBar *whole = overview->wholeDocumentBar();
        QTest::mouseClick(whole, Qt::LeftButton, {}, whole->segmentRect(int(StatusFilter::Empty)).center());
        QCOMPARE(list->section(), 2);
        QCOMPARE(list->statusFilter(), StatusFilter::Empty);
        QCOMPARE(list->rowCount(), 1);
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
