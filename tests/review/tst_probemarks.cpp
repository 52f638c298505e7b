// Probe marks in the real main window on a copy of the sample: "Mark Section
// as Probe" on its out-of-scope section, then the status bar counts probes
// apart, the list shows the probe mark, F8 skips them, the sidecar keeps
// the mark; Ctrl+Shift+P marks one entry and unmarks it again.

#include "app/model/entrylistmodel.h"
#include "app/model/qamodel.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewstore.h"
#include "ui/list/entrylistpanel.h"
#include "ui/list/sectiontabbar.h"
#include "ui/review/probecontroller.h"
#include "ui/window/mainwindow.h"
#include "tests/support/testsupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestProbeMarks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    int sectionNamed(const QString &title) const
    {
        const QaDocument &document = m_window->model()->document();
        for (int s = 0; s < document.sectionCount(); ++s) {
            if (document.section(s).title() == title)
                return s;
        }
        return -1;
    }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("portfolio-qa.md"));
        QVERIFY(TestSupport::writeFile(m_path, TestSupport::sampleBytes()));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openFile(m_path));
        QTRY_VERIFY(m_window->reviews()->availability() == ReviewStore::Availability::Ready);
    }

    void cleanupTestCase()
    {
        m_window->model()->undoStack()->setClean();
        m_window->close();
        m_window.reset();
    }

    void sectionMarkedAsProbe()
    {
        QVERIFY(!m_window->countsLabel()->text().contains(QStringLiteral("probe")));
        const int scope = sectionNamed(QStringLiteral("User: Asking Out-of-Scope Questions"));
        QVERIFY(scope >= 0);
        m_window->showSection(scope);
        QAction *markSection = action("markSectionProbeAction");
        QVERIFY(markSection && markSection->isEnabled() && !markSection->isChecked());
        markSection->trigger();
        QVERIFY(markSection->isChecked());
        QVERIFY(!action("markProbeAction")->isEnabled()); // its entries are probes through the section
        const QString counts = m_window->countsLabel()->text();
        QVERIFY2(counts.endsWith(QStringLiteral(" · 11 probes")), qPrintable(counts));
        QCOMPARE(m_window->tabBar()->tabText(scope), QStringLiteral("User: Asking Out-of-Scope Questions  ✓"));

        // The list shows the probe mark instead of the "unanswered" icon.
        EntryListModel *list = m_window->listPanel()->listModel();
        QCOMPARE(list->rowCount(), 11);
        const QIcon icon = list->data(list->index(0), Qt::DecorationRole).value<QIcon>();
        QCOMPARE(icon.cacheKey(), ProbeController::probeIcon().cacheKey());

        // F8 never lands on a probe, however often it is pressed.
        for (int i = 0; i < 40; ++i) {
            m_window->nextNeedingAttention();
            QVERIFY(m_window->currentEntry().isValid());
            QVERIFY(m_window->currentEntry().section != scope);
        }

        QVERIFY(m_window->reviews()->flush());
        QVERIFY(TestSupport::readFile(ReviewFile::sidecarPath(m_path))
                    .contains("\"probe_sections\": [\n    \"user: asking out-of-scope questions\"\n  ]"));
    }

    void shortcutMarksOneEntry()
    {
        const QaDocument &document = m_window->model()->document();
        const EntryRef first = document.entryRef(1);
        m_window->selectEntry(first);
        QVERIFY(!m_window->reviews()->isProbe(first));
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), Qt::Key_P,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->reviews()->isMarkedProbe(first));
        QVERIFY(action("markProbeAction")->isChecked());
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), Qt::Key_P,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!m_window->reviews()->isMarkedProbe(first));
    }
};

QTEST_MAIN(TestProbeMarks)
#include "tst_probemarks.moc"
