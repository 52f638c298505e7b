// Start-up never fails quietly: without a last document the window opens a
// copy of the sample, and says so when that copy cannot be made; a large last
// document that fails to load in the background still leaves the sample open
// and the reason in the message bar.

#include "app/base/apppaths.h"
#include "app/base/settingswriter.h"
#include "app/model/qamodel.h"
#include "app/session/documentsession.h"
#include "tests/support/testsupport.h"
#include "ui/common/messagebar.h"
#include "ui/window/filecommands.h"
#include "ui/window/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestStartupFallback : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> startWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings and data stay out of $HOME
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        SettingsWriter::waitForWrites(); // the last test's window remembered its document
        QSettings().remove(QStringLiteral("lastDocument"));
        const QString data = AppPaths::dataFolder();
        QFileInfo(data).isDir() ? void(QDir(data).removeRecursively()) : void(QFile::remove(data));
    }

    void firstRunCopiesTheSample()
    {
        auto window = startWindow();
        window->openStartupDocument(QString());
        const QString copy = AppPaths::dataFile(QStringLiteral("portfolio-qa.md"));
        QCOMPARE(window->session()->filePath(), copy);
        QCOMPARE(TestSupport::readFile(copy), TestSupport::sampleBytes());
        QVERIFY(!window->messageBar()->isVisible());
        window->model()->undoStack()->setClean();
    }

    void aCopyThatCannotBeMadeIsSaid()
    {
        // A file where the data folder should be: the folder cannot be made.
        const QString data = AppPaths::dataFolder();
        QVERIFY(QDir().mkpath(QFileInfo(data).absolutePath()));
        QVERIFY(TestSupport::writeFile(data, "not a folder"));
        auto window = startWindow();
        window->openStartupDocument(QString());
        QVERIFY(window->messageBar()->isVisible());
        QVERIFY2(window->messageBar()->text().contains(QStringLiteral("copy of the sample")),
                 qPrintable(window->messageBar()->text()));
        QFile::remove(data);
    }

    void aLargeLastDocumentThatFailsLeavesTheSample()
    {
        // Over the size from which documents load in the background, and
        // not UTF-8 at its end: the load fails after start-up has returned.
        const QString large = m_dir.filePath(QStringLiteral("large.md"));
        QFile file(large);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray line("**Question:** Padding?\n\n**Answer:** Yes.\n\n---\n\n");
        for (qint64 written = 0; written <= FileCommands::largeFileBytes; written += line.size())
            file.write(line);
        file.write("\xff\xfe");
        file.close();
        QSettings().setValue(QStringLiteral("lastDocument"), large);

        auto window = startWindow();
        window->openStartupDocument(QString());
        const QString copy = AppPaths::dataFile(QStringLiteral("portfolio-qa.md"));
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->filePath(), copy, 60000);
        QTRY_VERIFY(window->messageBar()->isVisible());
        QVERIFY2(window->messageBar()->text().contains(QStringLiteral("large.md")),
                 qPrintable(window->messageBar()->text()));
        window->model()->undoStack()->setClean();
    }
};

QTEST_MAIN(TestStartupFallback)
#include "tst_startupfallback.moc"
