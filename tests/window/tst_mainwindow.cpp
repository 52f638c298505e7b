// The real main window on a copy of the sample, driven with keystrokes.

#include "app/base/settingswriter.h"
#include "app/session/documentsession.h"
#include "ui/editor/entryeditor.h"
#include "app/export/contextexporter.h"
#include "ui/export/exportdialog.h"
#include "app/export/exportsize.h"
#include "app/export/exportpreferences.h"
#include "app/model/entrylistmodel.h"
#include "ui/list/entrylistpanel.h"
#include "ui/window/mainwindow.h"
#include "ui/editor/markdowneditor.h"
#include "ui/common/messagebar.h"
#include "ui/preview/previewview.h"
#include "app/model/qamodel.h"
#include "ui/list/sectiontabbar.h"
#include "tests/support/testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineScript>

// How long the preview's page may take to answer: its renderer is a process
// of its own, slow to start on a loaded machine (10 s timed out once with two
// fuzzers and `ctest -j2` running); only a failure waits this long.
constexpr int webTimeoutMs = 30000;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    int lineOf(EntryRef ref) const { return m_window->model()->document().entry(ref).line(); }
    int currentLine() const { return lineOf(m_window->currentEntry()); }

    QVariant evaluate(const QString &script)
    {
        QVariant result;
        bool done = false;
        m_window->editor()->preview()->page()->runJavaScript(
            script, QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                result = v;
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, webTimeoutMs))
            return QStringLiteral("<timeout>");
        return result;
    }

    void goToLine(int line)
    {
        for (const EntryRef &ref : m_window->model()->document().allEntries()) {
            if (lineOf(ref) == line) {
                m_window->selectEntry(ref);
                return;
            }
        }
        QFAIL("no entry at that line");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings and app data stay out of $HOME
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("portfolio-qa.md"));
        QFile::remove(m_path);
        QVERIFY(TestSupport::writeFile(m_path, TestSupport::sampleBytes()));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openFile(m_path));
    }

    void cleanup()
    {
        if (m_window) {
            m_window->model()->undoStack()->setClean(); // no "save changes?" prompt
            m_window->close();
        }
        m_window.reset();
    }

    void titleAndTabBadges()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("portfolio-qa.md[*] — Quire"));
        QVERIFY(!m_window->isWindowModified());
        SectionTabBar *tabs = m_window->tabBar();
        QCOMPARE(tabs->count(), 4);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Background"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("User:  First Interaction (Hasn't read `themes.md`)  ✓"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("User: Has Read `themes.md`  (6)"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("User: Asking Out-of-Scope Questions  (11)"));
        QCOMPARE(m_window->countsLabel()->text(),
                 QStringLiteral("28 of 45 answered · 1 empty · 2 placeholders · 14 unanswered"));
    }

    // The status bar counts tokens exactly, in the encoding Tools → Token
    // Encoding chose; the choice is remembered.
    void statusBarTokensFollowTheEncoding()
    {
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("exportSizeLabel"));
        QVERIFY(label);
        QTRY_VERIFY2(label->text().endsWith(QStringLiteral(" · 5,717 tokens (o200k_base)")), qPrintable(label->text()));
        QVERIFY(!label->text().contains(QLatin1Char('~')));
        auto *cl100k = m_window->findChild<QAction *>(QStringLiteral("tokenEncoding_cl100k_base"));
        auto *o200k = m_window->findChild<QAction *>(QStringLiteral("tokenEncoding_o200k_base"));
        QVERIFY(cl100k && o200k);
        QVERIFY(o200k->isChecked());
        cl100k->trigger();
        QTRY_VERIFY2(label->text().endsWith(QStringLiteral(" · 5,757 tokens (cl100k_base)")), qPrintable(label->text()));
        QCOMPARE(QSettings().value(QStringLiteral("export/tokenEncoding")).toString(), QStringLiteral("cl100k_base"));
        cleanup();
        init(); // a new window starts with the remembered encoding
        label = m_window->findChild<QLabel *>(QStringLiteral("exportSizeLabel"));
        QTRY_VERIFY2(label->text().endsWith(QStringLiteral("(cl100k_base)")), qPrintable(label->text()));
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("tokenEncoding_cl100k_base"))->isChecked());
        m_window->findChild<QAction *>(QStringLiteral("tokenEncoding_o200k_base"))->trigger();
        QTRY_VERIFY2(label->text().endsWith(QStringLiteral(" · 5,717 tokens (o200k_base)")), qPrintable(label->text()));
    }

    void f8VisitsEntriesNeedingAttentionInOrder()
    {
        QCOMPARE(m_window->currentSection(), 0); // the start: Background
        const QList<int> expected = {44, 50, 68, 249, 250, 251, 255, 256};
        for (int line : expected) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), Qt::Key_F8);
            QCOMPARE(currentLine(), line);
        }
        // The cursor waits at the end of the answer.
        MarkdownEditor *answer = m_window->editor()->answerEditor();
        QCOMPARE(QApplication::focusWidget(), answer);
        QCOMPARE(answer->textCursor().position(), int(answer->toPlainText().size()));
        QTest::keyClick(answer, Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(currentLine(), 255);
        QTest::keyClick(answer, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(currentLine(), 251);
        QTest::keyClick(answer, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_window->currentSection(), 3);
    }

    void typingIntoTheEmptyEntryAnswersItAndSavesOnlyThatEntry()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F8);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
        QCOMPARE(currentLine(), 68);
        MarkdownEditor *answer = m_window->editor()->answerEditor();
        QCOMPARE(QApplication::focusWidget(), answer);
        const EntryRef ref = m_window->currentEntry();
        QCOMPARE(m_window->model()->document().entry(ref).status(), EntryStatus::Empty);

        QTest::keyClicks(answer, QStringLiteral("Typed **bold** answer"));
        QCOMPARE(m_window->model()->document().entry(ref).answer(), QStringLiteral("Typed **bold** answer"));
        QCOMPARE(m_window->model()->document().entry(ref).status(), EntryStatus::Answered);
        QCOMPARE(m_window->tabBar()->tabText(2), QStringLiteral("User: Has Read `themes.md`  (5)"));
        QCOMPARE(m_window->countsLabel()->text(),
                 QStringLiteral("29 of 45 answered · 0 empty · 2 placeholders · 14 unanswered"));
        EntryListModel *list = m_window->listPanel()->listModel();
        QCOMPARE(list->data(list->index(list->rowOf(ref)), EntryListModel::StatusRole).toInt(),
                 int(EntryStatus::Answered));
        QVERIFY(m_window->isWindowModified());

        // The preview renders the bold text.
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(QStringLiteral("document.body.innerHTML")).toString()
                                     .contains(QStringLiteral("<strong>bold</strong>")), webTimeoutMs);

        // Ctrl+S writes a file in which only that entry's bytes changed.
        QTest::keyClick(answer, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!m_window->isWindowModified()); // written in a worker
        QByteArray expected = TestSupport::sampleBytes();
        const qsizetype at = expected.indexOf("**Answer:** \n\n---\n\n**Question:** What is the core hypothesis");
        QVERIFY(at > 0);
        expected.replace(at, 13, "**Answer:** Typed **bold** answer\n");
        QCOMPARE(TestSupport::readFile(m_path), expected);

        // Undo restores the text and the status.
        QTest::keyClick(answer, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->model()->document().entry(ref).answer(), QString());
        QCOMPARE(answer->toPlainText(), QString());
        QCOMPARE(m_window->model()->document().entry(ref).status(), EntryStatus::Empty);
        QCOMPARE(m_window->tabBar()->tabText(2), QStringLiteral("User: Has Read `themes.md`  (6)"));
        QVERIFY(m_window->isWindowModified());
    }

    void searchFindsAnAnswerByAWordInIt()
    {
        QLineEdit *search = m_window->listPanel()->searchField();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("register_forward_hook"));
        EntryListModel *list = m_window->listPanel()->listModel();
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->data(list->index(0), EntryListModel::LineRole).toInt(), 85);
    }

    void hostileAnswerRunsNothingAndRequestsNothing()
    {
        goToLine(68);
        PreviewView *preview = m_window->editor()->preview();
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(QStringLiteral("document.readyState")).toString()
                                     == QStringLiteral("complete"), webTimeoutMs);
        const QUrl pageUrl = preview->page()->url();
        const int blockedBefore = preview->blockedRequestCount();
        QSignalSpy updated(preview, &PreviewView::contentUpdated);
        const QString hostile = QStringLiteral(
            "<script>document.title='pwned'</script>\n\n"
            "<img src=http://127.0.0.1:9/x.png onerror=\"document.title='pwned'\">\n\n"
            "![remote](http://127.0.0.1:9/a.png)\n\n"
            "[x](javascript:document.title='pwned') [f](file:///etc/passwd)\n");
        m_window->model()->setAnswer(m_window->currentEntry(), hostile);
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(QStringLiteral("document.body.innerHTML")).toString()
                                     .contains(QStringLiteral("remote")), webTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(preview->blockedRequestCount() > blockedBefore, webTimeoutMs);
        QVERIFY(evaluate(QStringLiteral("document.title")).toString() != QStringLiteral("pwned"));
        QCOMPARE(evaluate(QStringLiteral("document.getElementsByTagName('script').length")).toInt(), 0);
        QVERIFY(!evaluate(QStringLiteral("document.body.innerHTML")).toString().contains(QStringLiteral("javascript:")));
        QCOMPARE(preview->page()->url(), pageUrl);
    }

    void failedSaveKeepsTheDocumentModifiedAndSaysWhy()
    {
        QTemporaryDir gone;
        const QString path = gone.filePath(QStringLiteral("doc.md"));
        QVERIFY(TestSupport::writeFile(path, TestSupport::sampleBytes()));
        QVERIFY(m_window->openFile(path));
        goToLine(68);
        QTest::keyClicks(m_window->editor()->answerEditor(), QStringLiteral("words"));
        QVERIFY(gone.remove()); // the folder vanished under the document
        QVERIFY(m_window->save()); // started; it fails in its worker
        QTRY_VERIFY(!m_window->session()->isSaving());
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->messageBar()->isVisible());
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("doc.md")));
    }

    void saveWithExportOnSaveWritesBothFiles()
    {
        ExportPreferences prefs;
        prefs.exportOnSave = true;
        prefs.save(m_path);
        const QString exported = m_dir.filePath(QStringLiteral("llms_ctx.txt"));
        QFile::remove(exported);
        goToLine(68);
        QTest::keyClicks(m_window->editor()->answerEditor(), QStringLiteral("Exported too."));
        QTest::keyClick(m_window->editor()->answerEditor(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!m_window->isWindowModified());
        const QByteArray ctx = TestSupport::readFile(exported);
        QVERIFY(ctx.startsWith("<project title=\"portfolio-qa\">\n"));
        QVERIFY(ctx.contains("**Answer:** Exported too.\n"));
        ExportPreferences().save(m_path); // back to the defaults for the other tests
    }

    void droppingAFileOpensIt()
    {
        const QString other = m_dir.filePath(QStringLiteral("dropped.md"));
        QVERIFY(TestSupport::writeFile(other, "## Dropped\n\n**Question:** Q?\n\n**Answer:** A.\n"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(other)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QCOMPARE(m_window->session()->filePath(), QFileInfo(other).absoluteFilePath());
        QCOMPARE(m_window->tabBar()->tabText(0), QStringLiteral("Dropped  ✓"));
        // Remembered by a worker (SettingsWriter): on disk once it is done.
        SettingsWriter::waitForWrites();
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0),
                 QFileInfo(other).absoluteFilePath());
        QCOMPARE(QSettings().value(QStringLiteral("lastDocument")).toString(), QFileInfo(other).absoluteFilePath());
    }

    void invalidUtf8IsRefusedInTheMessageBar()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.md"));
        QVERIFY(TestSupport::writeFile(bad, "## Ok\n\nabc\xff\xfe\n"));
        QVERIFY(!m_window->openFile(bad));
        QVERIFY(m_window->messageBar()->isVisible());
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("bad.md")));
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("byte offset 10")));
        QCOMPARE(m_window->session()->filePath(), QFileInfo(m_path).absoluteFilePath()); // still on the old one
        QCOMPARE(TestSupport::readFile(bad), QByteArray("## Ok\n\nabc\xff\xfe\n"));
    }

    // The sample's Q&A sections repeated (with unique headings) up to ~200 MB.
    QString writeHugeDocument()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.md"));
        if (QFileInfo(path).size() > 0)
            return path;
        const QByteArray sample = TestSupport::sampleBytes();
        const QByteArray body = sample.mid(sample.indexOf("## User: Has Read"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(sample);
        for (int i = 0; file.size() < 200LL * 1024 * 1024; ++i) {
            QByteArray copy = body;
            copy.replace("## User: ", "## Copy " + QByteArray::number(i) + ": ");
            file.write(copy);
        }
        return path;
    }

    void aHugeDocumentOpensInTheBackgroundWithProgress()
    {
        const QString path = writeHugeDocument();
        QVERIFY(QFileInfo(path).size() >= 200LL * 1024 * 1024);
        int ticks = 0;
        QTimer heartbeat;
        connect(&heartbeat, &QTimer::timeout, this, [&] { ++ticks; });
        heartbeat.start(20);
        // A progress dialog with Cancel is set up while loading; Qt shows it
        // once the load has run for its minimum duration (300 ms), which a
        // fast machine may beat, so its visibility is not asserted.
        bool sawProgress = false;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            if (auto *progress = m_window->findChild<QProgressDialog *>())
                sawProgress = sawProgress || progress->minimumDuration() <= 300;
        });
        watch.start(50);
        QVERIFY(m_window->openFile(path)); // returns at once: loading goes on in the background
        QCOMPARE(m_window->session()->filePath(), QFileInfo(m_path).absoluteFilePath());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->filePath(), QFileInfo(path).absoluteFilePath(), 300000);
        QVERIFY(sawProgress);
        QVERIFY2(ticks >= 10, qPrintable(QStringLiteral("the event loop ran only %1 times while loading").arg(ticks)));
        QVERIFY(m_window->model()->document().entryCount() > 100000);
        QCOMPARE(m_window->model()->document().loadedBytes().size(), QFileInfo(path).size());
    }

    void cancelingAHugeDocumentKeepsTheOpenOne()
    {
        const QString path = writeHugeDocument();
        QVERIFY(m_window->openFile(path));
        QProgressDialog *progress = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((progress = m_window->findChild<QProgressDialog *>()) != nullptr, 10000);
        QPushButton *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click(); // as the user does (QProgressDialog::cancel() would not emit canceled())
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(QStringLiteral("canceled")), 300000);
        QCOMPARE(m_window->session()->filePath(), QFileInfo(m_path).absoluteFilePath());
        QCOMPARE(m_window->model()->document().entryCount(), 45);
    }

    void aTenMegabyteSingleLineAnswerIsShownWithoutFreezingAndKeptIntact()
    {
        const QString path = m_dir.filePath(QStringLiteral("longline.md"));
        QByteArray answer;
        answer.reserve(10 * 1024 * 1024);
        while (answer.size() < 10 * 1024 * 1024)
            answer += "word" + QByteArray::number(answer.size() % 97) + ' ';
        const QByteArray original = "## S\n\n**Question:** Long?\n\n**Answer:** " + answer
            + "\n\n---\n\n**Question:** Short?\n\n**Answer:** \n";
        QVERIFY(TestSupport::writeFile(path, original));
        QVERIFY(m_window->openFile(path));
        m_window->selectEntry({0, 0});
        MarkdownEditor *editor = m_window->editor()->answerEditor();
        QVERIFY(editor->isReadOnly());
        QVERIFY(editor->toPlainText().size() < 30000);
        QVERIFY(m_window->editor()->findChild<QLabel *>(QStringLiteral("tooLongNotice"))->isVisible());
        QTest::keyClicks(editor, QStringLiteral("typed"));
        QCOMPARE(m_window->model()->document().entry({0, 0}).answer().toUtf8(), answer);
        // The other entry is edited normally; the long answer is written back untouched.
        m_window->selectEntry({0, 1});
        QVERIFY(!editor->isReadOnly());
        QTest::keyClicks(editor, QStringLiteral("fine"));
        QVERIFY(m_window->save());
        QTRY_VERIFY(!m_window->session()->isSaving());
        QByteArray expected = original;
        expected.replace("**Answer:** \n", "**Answer:** fine\n");
        QCOMPARE(TestSupport::readFile(path), expected);
    }

    // The export dialog's live view shows the beginning of a huge export
    // (laying out 60 MB would take seconds) and sizes the whole of it.
    void exportDialogShowsTheBeginningOfAHugeExport()
    {
        QByteArray bytes = "# Big\n\n## One\n\n";
        for (int i = 0; i < 3000; ++i)
            bytes += "**Question:** Question " + QByteArray::number(i) + "?\n\n**Answer:** \xc3\xa9" + QByteArray(200, 'x') + "\n\n---\n\n";
        const QString path = m_dir.filePath(QStringLiteral("big.md"));
        QVERIFY(TestSupport::writeFile(path, bytes));
        QVERIFY(m_window->openFile(path));
        QTRY_COMPARE(m_window->session()->filePath(), QFileInfo(path).absoluteFilePath());
        ExportDialog dialog(m_window->session(), m_window.get());
        ExportOptions ctx;
        const QString whole = ContextExporter::exportText(m_window->model()->document(), ctx);
        QVERIFY(whole.size() > 600000);
        const QString shown = dialog.previewText()->toPlainText();
        QVERIFY2(shown.size() < 300000, qPrintable(QString::number(shown.size())));
        const qsizetype note = shown.lastIndexOf(QLatin1Char('['));
        QVERIFY(note > 0);
        QVERIFY(whole.startsWith(shown.left(note - 1)));
        const ExportSize size = ExportSize::of(whole);
        const qsizetype more = size.characters - shown.left(note - 1).toUcs4().size();
        QVERIFY2(shown.mid(note).contains(QString::number(more)), qPrintable(shown.mid(note)));
        bool sizeShown = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            sizeShown = sizeShown || label->text() == size.summary();
        QVERIFY(sizeShown);
    }

    void closingWithUnsavedChangesAsks()
    {
        goToLine(68);
        QTest::keyClicks(m_window->editor()->answerEditor(), QStringLiteral("unsaved"));
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            asked = box->text().contains(QStringLiteral("unsaved changes"));
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!m_window->close());
        QVERIFY(asked);
        QVERIFY(m_window->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
