// Review mode in the real main window on a copy of the sample, driven with
// keystrokes: the bar, the status shortcuts, Ctrl+Return, the note, the
// review filter, the counts, "changed since approval", orphans, and a
// corrupt sidecar reported in the message bar.

#include "ui/editor/entryeditor.h"
#include "ui/export/exportdialog.h"
#include "app/export/exportpreferences.h"
#include "app/model/entrylistmodel.h"
#include "ui/list/entrylistpanel.h"
#include "ui/window/mainwindow.h"
#include "ui/editor/markdowneditor.h"
#include "ui/common/messagebar.h"
#include "ui/review/orphanpanel.h"
#include "app/model/qamodel.h"
#include "ui/review/reviewbar.h"
#include "ui/review/reviewcontroller.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewstore.h"
#include "tests/support/testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

class TestReviewMode : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    ReviewController *review() const { return m_window->review(); }
    ReviewBar *bar() const { return review()->bar(); }
    QWidget *focused() const { return QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(); }
    void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier) { QTest::keyClick(focused(), Qt::Key(k), mods); }
    QString question() const
    {
        return m_window->model()->document().entry(m_window->currentEntry()).question();
    }
    ReviewRecord currentRecord() const { return m_window->reviews()->record(m_window->currentEntry()); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openFile(m_path));
        // The sidecar loads in a worker; review input waits for it.
        QTRY_VERIFY(m_window->reviews()->availability() != ReviewStore::Availability::Loading);
    }
    void closeWindow()
    {
        m_window->model()->undoStack()->setClean();
        m_window->close();
        m_window.reset();
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
        QFile::remove(ReviewFile::sidecarPath(m_path));
        QVERIFY(TestSupport::writeFile(m_path, TestSupport::sampleBytes()));
        openWindow();
    }

    void cleanup()
    {
        if (m_window)
            closeWindow();
    }

    void toggleShowsTheBar()
    {
        QVERIFY(!bar()->isVisible());
        QVERIFY(!review()->reviewFilter()->isVisible());
        QVERIFY(!bar()->accessibleName().isEmpty());
        key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(review()->isReviewMode());
        QVERIFY(bar()->isVisible());
        QVERIFY(review()->reviewFilter()->isVisible());
        QVERIFY(review()->countsLabel()->isVisible());
        QCOMPARE(review()->countsLabel()->text(), QStringLiteral("Review: 0 approved · 0 needs work · 45 unreviewed"));
        // Background (prose) is shown first: nothing to review.
        QVERIFY(!bar()->isEnabled());
        key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!bar()->isVisible());
        QVERIFY(!QFileInfo::exists(ReviewFile::sidecarPath(m_path))); // looking is not reviewing
    }

    // The acceptance pass: every entry of the first section by keyboard,
    // statuses and notes, then reopened.
    void keyboardPassThroughASection()
    {
        key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        key(Qt::Key_Down, Qt::AltModifier); // the first entry
        QCOMPARE(question(), QStringLiteral("Who is Vishal Bakshi? Give me a two-sentence summary."));
        QVERIFY(bar()->isEnabled());

        // Ctrl+1 approves, Ctrl+2 needs work, Ctrl+0 back to unreviewed.
        key(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(currentRecord().status, ReviewStatus::NeedsWork);
        QVERIFY(bar()->button(ReviewStatus::NeedsWork)->isChecked());
        QVERIFY(bar()->reviewedLabel()->text().startsWith(QStringLiteral("Last reviewed")));
        key(Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(currentRecord().status, ReviewStatus::Unreviewed);
        key(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(currentRecord().status, ReviewStatus::Approved);

        // F4 goes to the note; typing is kept; Ctrl+Return from the note
        // approves and moves on to the next unreviewed entry.
        key(Qt::Key_F4);
        QCOMPARE(QApplication::focusWidget(), bar()->noteEdit());
        QTest::keyClicks(bar()->noteEdit(), QStringLiteral("short and right"));
        QCOMPARE(currentRecord().note, QStringLiteral("short and right"));
        key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(question(), QStringLiteral("What is he passionate about?"));
        QCOMPARE(bar()->noteText(), QString()); // the next entry's (empty) note
        QTest::keyClicks(bar()->noteEdit(), QStringLiteral("add an example"));
        key(Qt::Key_2, Qt::ControlModifier);
        key(Qt::Key_Down, Qt::AltModifier);
        // Ctrl+Return from the answer editor works too.
        m_window->editor()->answerEditor()->setFocus();
        key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(question(), QStringLiteral("What is his core professional thesis or focus?"));
        QCOMPARE(m_window->editor()->answerEditor()->toPlainText().contains(QLatin1Char('\n')), false);
        key(Qt::Key_Return, Qt::ControlModifier);
        key(Qt::Key_Return, Qt::ControlModifier);
        key(Qt::Key_Return, Qt::ControlModifier); // the section's last, on to the next section
        QCOMPARE(m_window->currentEntry(), (EntryRef{2, 0}));
        // Alt+Up back to the one that needs work: its note is there.
        for (int i = 0; i < 5; ++i)
            key(Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(question(), QStringLiteral("What is he passionate about?"));
        QCOMPARE(bar()->noteText(), QStringLiteral("add an example"));
        QCOMPARE(review()->countsLabel()->text(), QStringLiteral("Review: 5 approved · 1 needs work · 39 unreviewed"));

        // The review filter lists only what matches.
        EntryListModel *list = m_window->listPanel()->listModel();
        review()->reviewFilter()->setCurrentIndex(review()->reviewFilter()->findText(QStringLiteral("Needs work")));
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->entryAt(0), m_window->currentEntry());
        review()->reviewFilter()->setCurrentIndex(review()->reviewFilter()->findText(QStringLiteral("Approved")));
        QCOMPARE(list->rowCount(), 5);
        review()->reviewFilter()->setCurrentIndex(0);
        QCOMPARE(list->rowCount(), 6);

        // Closed and opened again: all there.
        closeWindow();
        openWindow();
        const QaDocument &document = m_window->model()->document();
        int approved = 0;
        for (int i = 0; i < document.section(1).entryCount(); ++i) {
            const ReviewRecord record = m_window->reviews()->record(EntryRef{1, i});
            approved += record.status == ReviewStatus::Approved;
            if (i == 0)
                QCOMPARE(record.note, QStringLiteral("short and right"));
            if (i == 1) {
                QCOMPARE(record.status, ReviewStatus::NeedsWork);
                QCOMPARE(record.note, QStringLiteral("add an example"));
            }
        }
        QCOMPARE(approved, 5);
    }

    void changedSinceApprovalIsShown()
    {
        key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        key(Qt::Key_Down, Qt::AltModifier);
        key(Qt::Key_1, Qt::ControlModifier);
        QVERIFY(!bar()->changedMarker()->isVisible());
        MarkdownEditor *answer = m_window->editor()->answerEditor();
        answer->setFocus();
        answer->moveCursor(QTextCursor::End);
        QTest::keyClicks(answer, QStringLiteral(" More."));
        QTRY_VERIFY(bar()->changedMarker()->isVisible());
        QVERIFY(review()->countsLabel()->text().contains(QStringLiteral("1 changed since approval")));
        key(Qt::Key_1, Qt::ControlModifier); // approved again
        QVERIFY(!bar()->changedMarker()->isVisible());
    }

    // A question changed in another editor beyond recognition: its review is
    // an orphan in the panel; re-attach and delete work.
    void orphansCanBeReattachedOrDeleted()
    {
        key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        key(Qt::Key_Down, Qt::AltModifier);
        key(Qt::Key_2, Qt::ControlModifier);
        key(Qt::Key_F4);
        QTest::keyClicks(bar()->noteEdit(), QStringLiteral("keep me"));
        key(Qt::Key_Down, Qt::AltModifier);
        key(Qt::Key_1, Qt::ControlModifier);
        QVERIFY(m_window->reviews()->flush());
        closeWindow();

        QByteArray bytes = TestSupport::sampleBytes();
        bytes.replace("Who is Vishal Bakshi? Give me a two-sentence summary.", "Favourite colour?");
        bytes.replace("What is he passionate about?", "What is Vishal passionate about?"); // clear re-match
        QVERIFY(TestSupport::writeFile(m_path, bytes));
        openWindow();
        OrphanPanel *panel = review()->orphanPanel();
        QTRY_VERIFY(panel->isVisible()); // shown by itself when reviews lose their question
        QCOMPARE(panel->count(), 1);
        QVERIFY(panel->itemText(0).contains(QStringLiteral("keep me")));
        QCOMPARE(m_window->reviews()->record(EntryRef{1, 1}).status, ReviewStatus::Approved); // re-matched
        QVERIFY(m_window->messageBar()->isHidden() || m_window->messageBar()->kind() != MessageBar::Kind::Error);

        m_window->selectEntry(EntryRef{1, 0});
        QVERIFY(panel->reattachButton()->isEnabled());
        panel->reattachButton()->click();
        QCOMPARE(panel->count(), 0);
        QCOMPARE(m_window->reviews()->record(EntryRef{1, 0}).note, QStringLiteral("keep me"));

        // Delete: the entry goes, its review becomes an orphan, then deleted (confirmed).
        m_window->model()->removeEntry(EntryRef{1, 0});
        QCOMPARE(panel->count(), 1);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(QMessageBox::Yes)->click();
        });
        panel->deleteButton()->click();
        QCOMPARE(panel->count(), 0);
        QVERIFY(m_window->reviews()->flush());
        QVERIFY(!TestSupport::readFile(ReviewFile::sidecarPath(m_path)).contains("keep me"));
    }

    // The Export dialog's "Only approved answers": the live text follows it,
    // the choice is remembered for the document, and the list shows marks.
    void exportOnlyApproved()
    {
        key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        key(Qt::Key_Down, Qt::AltModifier);
        key(Qt::Key_Down, Qt::AltModifier);
        key(Qt::Key_1, Qt::ControlModifier); // "What is he passionate about?"
        key(Qt::Key_Down, Qt::AltModifier);
        key(Qt::Key_2, Qt::ControlModifier); // "What are his main projects?"
        EntryListModel *list = m_window->listPanel()->listModel();
        QCOMPARE(list->data(list->index(1), EntryListModel::ReviewMarkRole).toString(), QStringLiteral("✔"));
        QCOMPARE(list->data(list->index(2), EntryListModel::ReviewMarkRole).toString(), QStringLiteral("✎"));
        QCOMPARE(list->data(list->index(0), EntryListModel::ReviewMarkRole).toString(), QString());
        {
            ExportDialog dialog(m_window->session(), m_window.get(), m_window->reviews());
            QCheckBox *only = nullptr;
            for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
                if (box->text().remove(QLatin1Char('&')) == QStringLiteral("Only approved answers"))
                    only = box;
            }
            QVERIFY(only);
            QVERIFY(!only->isChecked());
            QVERIFY(dialog.previewText()->toPlainText().contains(QStringLiteral("What are his main projects?")));
            only->setChecked(true);
            const QString text = dialog.previewText()->toPlainText();
            QVERIFY(text.contains(QStringLiteral("What is he passionate about?")));
            QVERIFY(!text.contains(QStringLiteral("What are his main projects?")));
            QVERIFY(!text.contains(QStringLiteral("Who is Vishal Bakshi")));
            QVERIFY(dialog.preferences().onlyApproved);
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click(); // as a person closes it
        }
        QVERIFY(ExportPreferences::load(m_path).onlyApproved);
        // Leaving Review mode takes the marks away.
        key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(list->data(list->index(1), EntryListModel::ReviewMarkRole).toString(), QString());
    }

    void corruptSidecarIsReportedInTheWindow()
    {
        closeWindow();
        QVERIFY(TestSupport::writeFile(ReviewFile::sidecarPath(m_path), "{\"records\": oops"));
        openWindow();
        MessageBar *messages = m_window->messageBar();
        QVERIFY(messages->isVisible());
        QCOMPARE(messages->kind(), MessageBar::Kind::Error);
        QVERIFY2(messages->text().contains(QStringLiteral("could not be parsed")), qPrintable(messages->text()));
        QVERIFY(messages->text().contains(QStringLiteral(".corrupt-")));
        QVERIFY(!QFileInfo::exists(ReviewFile::sidecarPath(m_path))); // set aside, not overwritten
    }
};

QTEST_MAIN(TestReviewMode)
#include "tst_reviewmode.moc"
