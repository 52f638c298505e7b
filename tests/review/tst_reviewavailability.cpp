// When the window cannot take reviews, it says so and takes none (issue 14):
// while the sidecar loads in a worker the review bar says "Loading reviews…"
// and review input is off; a sidecar written by a newer Quire is neither
// read nor overwritten, and the bar says reviews are read-only instead of
// accepting reviews it would never save. A real MainWindow, offscreen.

#include "app/model/qamodel.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewstore.h"
#include "ui/review/reviewbar.h"
#include "ui/review/reviewcontroller.h"
#include "ui/window/mainwindow.h"
#include "tests/support/testsupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestReviewAvailability : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    ReviewBar *bar() const { return m_window->review()->bar(); }
    // The review commands of the Review menu, by their shortcuts.
    QList<QAction *> reviewActions() const
    {
        QList<QAction *> actions;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence(Qt::CTRL | Qt::Key_2),
                                            QKeySequence(Qt::CTRL | Qt::Key_0), QKeySequence(Qt::Key_F4)}) {
                if (action->shortcut() == key)
                    actions << action;
            }
        }
        return actions;
    }
    bool reviewInputEnabled() const
    {
        const QList<QAction *> actions = reviewActions();
        return std::all_of(actions.begin(), actions.end(), [](QAction *a) { return a->isEnabled(); })
            && bar()->isEnabled() && bar()->noteEdit()->isEnabled()
            && bar()->button(ReviewStatus::Approved)->isEnabled();
    }
    bool reviewInputDisabled() const
    {
        const QList<QAction *> actions = reviewActions();
        return std::none_of(actions.begin(), actions.end(), [](QAction *a) { return a->isEnabled(); })
            && (!bar()->isEnabled() || !bar()->noteEdit()->isEnabled());
    }

    // The window in Review mode on the first entry, then the document opened.
    void openInReviewMode()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->review()->setReviewMode(true);
        QVERIFY(m_window->openFile(m_path));
        m_window->selectEntry(EntryRef{1, 0});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("portfolio-qa.md"));
        QVERIFY(TestSupport::writeFile(m_path, TestSupport::sampleBytes()));
    }

    void cleanup()
    {
        if (m_window) {
            m_window->model()->undoStack()->setClean();
            m_window->close();
            m_window.reset();
        }
        QFile::remove(ReviewFile::sidecarPath(m_path));
    }

    // Review input waits for the sidecar; the bar says why.
    void loadingDisablesReviewInput()
    {
        const std::optional<QaDocument> document = QaDocument::fromFile(m_path);
        ReviewFile::Content content;
        ReviewRecord record;
        record.question = document->entry(EntryRef{1, 0}).question();
        record.status = ReviewStatus::NeedsWork;
        record.note = QStringLiteral("from the sidecar");
        content.records.push_back(record);
        QVERIFY(TestSupport::writeFile(ReviewFile::sidecarPath(m_path), ReviewFile::serialize(content)));

        openInReviewMode();
        QCOMPARE(m_window->reviews()->availability(), ReviewStore::Availability::Loading);
        QVERIFY(bar()->availabilityLabel()->isVisible());
        QCOMPARE(bar()->availabilityLabel()->text(), QStringLiteral("Loading reviews…"));
        QVERIFY(reviewInputDisabled());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier); // nothing happens
        QVERIFY(!m_window->reviews()->hasPendingWrite());

        QTRY_VERIFY(m_window->reviews()->acceptsReviews());
        QVERIFY(!bar()->availabilityLabel()->isVisible());
        QVERIFY(reviewInputEnabled());
        QCOMPARE(bar()->noteEdit()->toPlainText(), QStringLiteral("from the sidecar"));
        QVERIFY(bar()->button(ReviewStatus::NeedsWork)->isChecked());
    }

    void newerSidecarIsReadOnlyAndSaysSo()
    {
        const QByteArray newer = "{\"format\": \"quire-review\", \"version\": 99, \"records\": [], \"future\": 1}\n";
        QVERIFY(TestSupport::writeFile(ReviewFile::sidecarPath(m_path), newer));
        openInReviewMode();
        QTRY_COMPARE(m_window->reviews()->availability(), ReviewStore::Availability::ReadOnly);
        QVERIFY(bar()->isVisible());
        QVERIFY(bar()->availabilityLabel()->isVisible());
        const QString note = bar()->availabilityLabel()->text();
        QVERIFY2(note.contains(QStringLiteral("read-only")) && note.contains(QStringLiteral("newer version of Quire")),
                 qPrintable(note));
        QVERIFY(reviewInputDisabled());

        // Every way in refuses: shortcuts, the bar's buttons, typing a note.
        m_window->activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        bar()->button(ReviewStatus::Approved)->click();
        QTest::keyClicks(bar()->noteEdit(), QStringLiteral("lost"));
        QCOMPARE(m_window->reviews()->record(EntryRef{1, 0}).status, ReviewStatus::Unreviewed);
        QVERIFY(m_window->reviews()->record(EntryRef{1, 0}).note.isEmpty());
        QVERIFY(!m_window->reviews()->hasPendingWrite());

        // Another entry: still read-only.
        m_window->selectEntry(EntryRef{1, 1});
        QVERIFY(reviewInputDisabled());
        QVERIFY(bar()->availabilityLabel()->isVisible());
        m_window->reviews()->flush();
        QCOMPARE(TestSupport::readFile(ReviewFile::sidecarPath(m_path)), newer);
    }
};

QTEST_MAIN(TestReviewAvailability)
#include "tst_reviewavailability.moc"
