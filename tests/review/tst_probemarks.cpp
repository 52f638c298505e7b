// Probe marks in the real main window on a copy of the sample: "Mark Section
// as Probe" on its out-of-scope section, then the status bar counts probes
// apart, the list shows the probe mark, F8 skips them, the sidecar keeps
// the mark; the editor's badge and the list's filters treat probes apart;
// Ctrl+Shift+P unmarks one entry of the section, and marks one entry and
// unmarks it again.

#include "app/model/entrylistmodel.h"
#include "app/model/qamodel.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewstore.h"
#include "ui/compare/comparetools.h"
#include "ui/list/entrylistpanel.h"
#include "ui/list/sectiontabbar.h"
#include "ui/overview/overviewpanel.h"
#include "ui/review/probecontroller.h"
#include "ui/window/mainwindow.h"
#include "tests/support/testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
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
        QVERIFY(action("markProbeAction")->isChecked()); // its entries are probes through the section
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

    // The editor's badge says what the list shows: a probe, not "Unanswered".
    void editorBadgeSaysProbe()
    {
        const int scope = sectionNamed(QStringLiteral("User: Asking Out-of-Scope Questions"));
        m_window->showSection(scope);
        m_window->selectEntry(EntryRef{scope, 0});
        auto *badge = m_window->findChild<QLabel *>(QStringLiteral("entryStatus"));
        QVERIFY(badge);
        QCOMPARE(badge->text(), QStringLiteral("Probe"));
        QCOMPARE(badge->accessibleName(), QStringLiteral("Status: Probe"));
        // An entry elsewhere keeps its status.
        m_window->selectEntry(m_window->model()->document().entryRef(1));
        QVERIFY(badge->text() != QStringLiteral("Probe"));
    }

    // The list's filters count as `quire check` does: a probe without an
    // answer is under Probes, under no gap filter.
    void filtersListProbesApart()
    {
        const int scope = sectionNamed(QStringLiteral("User: Asking Out-of-Scope Questions"));
        m_window->showSection(scope);
        EntryListModel *list = m_window->listPanel()->listModel();
        QComboBox *filter = m_window->listPanel()->statusFilter();
        const auto listed = [&](StatusFilter f) {
            filter->setCurrentIndex(filter->findData(int(f)));
            return list->rowCount();
        };
        QCOMPARE(listed(StatusFilter::All), 11);
        QCOMPARE(listed(StatusFilter::Unanswered), 0);
        QCOMPARE(listed(StatusFilter::NeedsAttention), 0);
        QCOMPARE(listed(StatusFilter::Probes), 11);
        // Over the whole document (a search lists every section): the Probes
        // filter lists counts.probes entries, the gap filters the rest.
        m_window->listPanel()->searchField()->setText(QStringLiteral(" "));
        const StatusCounts counts = m_window->reviews()->withProbes(m_window->model()->counts());
        QCOMPARE(listed(StatusFilter::Probes), counts.probes);
        const int unanswered = listed(StatusFilter::Unanswered);
        QVERIFY(unanswered <= counts.unanswered); // only those with a space
        for (int row = 0; row < list->rowCount(); ++row)
            QVERIFY(list->entryAt(row).section != scope);
        m_window->listPanel()->searchField()->clear();
        QCOMPARE(listed(StatusFilter::All), 11);

        // The overview's segments choose the same: "Unanswered" of the whole
        // document goes to a section with an unanswered gap, not to the
        // probes; "Probe" to the probes.
        OverviewPanel *overview = m_window->compareTools()->overviewPanel();
        emit overview->statusSegmentClicked(-1, StatusFilter::Unanswered);
        QVERIFY(m_window->currentSection() != scope);
        QVERIFY(list->rowCount() > 0);
        emit overview->statusSegmentClicked(-1, StatusFilter::Probes);
        QCOMPARE(m_window->currentSection(), scope);
        QCOMPARE(list->rowCount(), 11);
        filter->setCurrentIndex(filter->findData(int(StatusFilter::All)));
    }

    // Ctrl+Shift+P on one question of the probe section unmarks it alone:
    // a gap again in the counts, the list, the editor and the sidecar
    // ("probe": false); pressed again, a probe again.
    void oneEntryOfTheProbeSectionUnmarked()
    {
        const int scope = sectionNamed(QStringLiteral("User: Asking Out-of-Scope Questions"));
        m_window->showSection(scope);
        const EntryRef ceo{scope, 0};
        m_window->selectEntry(ceo);
        QAction *markEntry = action("markProbeAction");
        QVERIFY(markEntry->isEnabled() && markEntry->isChecked());
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(focus, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!m_window->reviews()->isProbe(ceo));
        QVERIFY(!markEntry->isChecked());
        QVERIFY(action("markSectionProbeAction")->isChecked()); // the others still are
        QVERIFY(m_window->reviews()->isProbe(EntryRef{scope, 1}));
        const QString counts = m_window->countsLabel()->text();
        QVERIFY2(counts.endsWith(QStringLiteral(" · 10 probes")), qPrintable(counts));
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("entryStatus"))->text(), QStringLiteral("Unanswered"));
        QComboBox *filter = m_window->listPanel()->statusFilter();
        filter->setCurrentIndex(filter->findData(int(StatusFilter::Unanswered)));
        QCOMPARE(m_window->listPanel()->listModel()->rowCount(), 1);
        filter->setCurrentIndex(filter->findData(int(StatusFilter::All)));
        QVERIFY(m_window->reviews()->flush());
        QVERIFY(TestSupport::readFile(ReviewFile::sidecarPath(m_path)).contains("\"probe\": false}"));

        focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(focus, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->reviews()->isProbe(ceo));
        QVERIFY(m_window->countsLabel()->text().endsWith(QStringLiteral(" · 11 probes")));
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
