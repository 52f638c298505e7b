// The dialects in the window: the status bar says how the document is read,
// View → Read As… reads it again as one dialect (in a worker, asking first
// about unsaved changes), remembered per document until Automatic.

#include "app/model/qamodel.h"
#include "app/session/documentsession.h"
#include "app/session/readaspreference.h"
#include "tests/support/testsupport.h"
#include "ui/common/messagebar.h"
#include "ui/window/dialectstatus.h"
#include "ui/window/mainwindow.h"
#include "ui/window/readascontroller.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using Dialect = QaLabel::Dialect;

namespace {

// Two `**Question:**` entries and three `**Q:**` ones.
const QByteArray mixed = "# Mixed\n\n## Labels\n\n**Question:** Why Quire?\n\n**Answer:** For the answers.\n\n"
                         "**Question:** Why markdown?\n\n**Answer:** It diffs.\n\n"
                         "## Short\n\n**Q:** How long?\n\n**A:** A minute.\n\n**Q:** Where?\n\n**A:** Here.\n\n"
                         "**Q:** Who?\n\n**A:** You.\n";

} // namespace

class TestReadAs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    void openWindow(const QString &path)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(path));
    }
    std::optional<Dialect> forced() const { return m_window->model()->document().parseOptions().forced; }
    QString statusText() const { return m_window->dialectLabel()->text(); }
    // Chooses in View → Read As… and waits for the document to be read again.
    bool chooseAndWait(std::optional<Dialect> dialect)
    {
        QSignalSpy finished(m_window->session(), &DocumentSession::readAsFinished);
        m_window->readAs()->action(dialect)->trigger();
        return finished.wait(10000) && finished.first().first().toString().isEmpty();
    }
    // Answers the next "unsaved changes" question with `button`; `asked` says it came.
    void answerPrompt(QMessageBox::StandardButton button, bool *asked)
    {
        QTimer::singleShot(0, this, [this, button, asked] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            *asked = box->text().contains(QStringLiteral("unsaved changes"));
            box->button(button)->click();
        });
    }
    QString firstAnswer() const
    {
        const QaDocument &document = m_window->model()->document();
        return document.entry(document.allEntries().front()).answer();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings stay out of $HOME
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("mixed.md"));
        QFile::remove(m_path);
        QVERIFY(TestSupport::writeFile(m_path, mixed));
        ReadAsPreference::save(m_path, std::nullopt);
        openWindow(m_path);
    }

    void cleanup()
    {
        if (m_window) {
            m_window->session()->waitForSaves();
            m_window->model()->undoStack()->setClean(); // no "save changes?" prompt
            m_window->close();
        }
        m_window.reset();
    }

    void statusBarNamesTheSampleDialects()
    {
        // The sample as `quire check --json` counts it: 31 labelled, 14 numbered.
        const QString sample = m_dir.filePath(QStringLiteral("portfolio-qa.md"));
        QFile::remove(sample);
        QVERIFY(TestSupport::writeFile(sample, TestSupport::sampleBytes()));
        QVERIFY(m_window->openFile(sample));
        QCOMPARE(statusText(), QStringLiteral("Dialects: question-label 31 · numbered 14"));
        QVERIFY(m_window->dialectLabel()->isVisibleTo(m_window.get()));
        QVERIFY(m_window->dialectLabel()->toolTip().contains(QStringLiteral("View → Read As")));
        QVERIFY(m_window->readAs()->action(std::nullopt)->isChecked());
    }

    void statusBarFollowsEdits()
    {
        QCOMPARE(statusText(), QStringLiteral("Dialects: question-label 2 · short-label 3"));
        m_window->model()->addEntry(0, 2, QStringLiteral("When?"), QStringLiteral("Now."));
        QCOMPARE(statusText(), QStringLiteral("Dialects: question-label 3 · short-label 3"));
        m_window->model()->undoStack()->undo();
        QCOMPARE(statusText(), QStringLiteral("Dialects: question-label 2 · short-label 3"));
    }

    void readAsChangesEntriesAndStatusBar()
    {
        QCOMPARE(m_window->model()->document().entryCount(), 5);
        QVERIFY(chooseAndWait(Dialect::ShortLabel));
        QCOMPARE(forced(), std::optional<Dialect>(Dialect::ShortLabel));
        QCOMPARE(m_window->model()->document().entryCount(), 3); // the **Question:** labels are prose now
        QCOMPARE(statusText(), QStringLiteral("Dialects: short-label 3 · read as: short-label"));
        QVERIFY(m_window->readAs()->action(Dialect::ShortLabel)->isChecked());
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(TestSupport::readFile(m_path), mixed); // reading again writes nothing
        QCOMPARE(ReadAsPreference::load(m_path), std::optional<Dialect>(Dialect::ShortLabel));
    }

    void rememberedAfterReopeningUntilAutomatic()
    {
        QVERIFY(chooseAndWait(Dialect::QuestionLabel));
        QCOMPARE(m_window->model()->document().entryCount(), 2);
        cleanup();
        openWindow(m_path);
        // Opened as it was read last time: at once, not guessed first and
        // then read again in a worker.
        QCOMPARE(forced(), std::optional<Dialect>(Dialect::QuestionLabel));
        QSignalSpy readAgain(m_window->session(), &DocumentSession::readAsFinished);
        QTest::qWait(300);
        QCOMPARE(readAgain.count(), 0);
        QCOMPARE(m_window->model()->document().entryCount(), 2);
        QVERIFY(m_window->readAs()->action(Dialect::QuestionLabel)->isChecked());
        QVERIFY(statusText().endsWith(QStringLiteral("read as: question-label")));
        // Automatic forgets it.
        QVERIFY(chooseAndWait(std::nullopt));
        QVERIFY(!forced());
        QCOMPARE(m_window->model()->document().entryCount(), 5);
        QVERIFY(!ReadAsPreference::load(m_path));
        QVERIFY(!statusText().contains(QStringLiteral("read as")));
        cleanup();
        openWindow(m_path);
        QTest::qWait(200);
        QVERIFY(!forced());
        QVERIFY(m_window->readAs()->action(std::nullopt)->isChecked());
    }

    void unsavedChangesCancelKeepsEverything()
    {
        m_window->model()->setAnswer(m_window->model()->document().allEntries().front(), QStringLiteral("Unsaved words."));
        QVERIFY(m_window->isWindowModified());
        bool asked = false;
        answerPrompt(QMessageBox::Cancel, &asked);
        QVERIFY(!m_window->readAs()->readAs(Dialect::ShortLabel));
        QVERIFY(asked);
        QCOMPARE(firstAnswer(), QStringLiteral("Unsaved words."));
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(m_window->model()->undoStack()->count(), 1); // the undo history too
        QVERIFY(!forced());
        QVERIFY(m_window->readAs()->action(std::nullopt)->isChecked());
        QVERIFY(!ReadAsPreference::load(m_path));
        QCOMPARE(TestSupport::readFile(m_path), mixed);
    }

    void unsavedChangesSavedFirst()
    {
        m_window->model()->setAnswer(m_window->model()->document().allEntries().back(), QStringLiteral("Saved words."));
        bool asked = false;
        answerPrompt(QMessageBox::Save, &asked);
        QSignalSpy finished(m_window->session(), &DocumentSession::readAsFinished);
        QVERIFY(m_window->readAs()->readAs(Dialect::ShortLabel));
        QVERIFY(asked);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toString(), QString());
        QVERIFY(TestSupport::readFile(m_path).contains("**A:** Saved words.\n"));
        QCOMPARE(forced(), std::optional<Dialect>(Dialect::ShortLabel));
        QCOMPARE(m_window->model()->document().entryCount(), 3);
        QCOMPARE(m_window->model()->document().entry(m_window->model()->document().allEntries().back()).answer(),
                 QStringLiteral("Saved words."));
        QVERIFY(!m_window->isWindowModified());
    }

    void unsavedChangesDiscarded()
    {
        m_window->model()->setAnswer(m_window->model()->document().allEntries().front(), QStringLiteral("Thrown away."));
        bool asked = false;
        answerPrompt(QMessageBox::Discard, &asked);
        QSignalSpy finished(m_window->session(), &DocumentSession::readAsFinished);
        QVERIFY(m_window->readAs()->readAs(Dialect::QuestionLabel));
        QVERIFY(asked);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toString(), QString());
        QCOMPARE(firstAnswer(), QStringLiteral("For the answers.")); // the file's text
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(m_window->session()->recoveryFile().isEmpty() || !QFile::exists(m_window->session()->recoveryFile()), true);
    }

    void anEditDuringTheReadWins()
    {
        QSignalSpy finished(m_window->session(), &DocumentSession::readAsFinished);
        QVERIFY(m_window->readAs()->readAs(Dialect::ShortLabel));
        // Typed before the worker's result arrives: the edit stays, nothing is replaced.
        m_window->model()->setAnswer(m_window->model()->document().allEntries().front(), QStringLiteral("Typed meanwhile."));
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().first().toString().isEmpty());
        QCOMPARE(firstAnswer(), QStringLiteral("Typed meanwhile."));
        QVERIFY(!forced());
        QVERIFY(m_window->readAs()->action(std::nullopt)->isChecked());
        QVERIFY(m_window->messageBar()->isVisible());
    }

    void newEntriesTakeTheForcedDialect()
    {
        // No labelled neighbour: a new entry is written in the forced dialect.
        const QString path = m_dir.filePath(QStringLiteral("notes.md"));
        QFile::remove(path);
        QVERIFY(TestSupport::writeFile(path, "# Notes\n\n## Only\n\nSome prose.\n"));
        ReadAsPreference::save(path, std::nullopt);
        QVERIFY(m_window->openFile(path));
        QVERIFY(chooseAndWait(Dialect::PlainLabel));
        m_window->model()->addEntry(0, 0, QStringLiteral("Why plain?"), QStringLiteral("Because."));
        QVERIFY(m_window->save());
        m_window->session()->waitForSaves();
        const QByteArray saved = TestSupport::readFile(path);
        QVERIFY2(saved.contains("Q: Why plain?") && saved.contains("A: Because."), saved.constData());
        QVERIFY(!saved.contains("**Question:**"));
    }
};

QTEST_MAIN(TestReadAs)
#include "tst_readas.moc"
