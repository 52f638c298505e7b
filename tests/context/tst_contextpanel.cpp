// The Context dock in the real window on the real example: the project is
// found (or chosen, and remembered), its documents and counts shown, the
// budget bar's colours, missing and not-fetched documents marked, warnings
// with their line, export on save, a double-click opening a Q&A document.

#include "tests/context/contextproject.h"

#include "app/context/contextbuilder.h"
#include "app/context/contextprojectjob.h"
#include "app/model/qamodel.h"
#include "app/session/documentsession.h"
#include "app/tokens/tokencounter.h"
#include "ui/context/budgetbar.h"
#include "ui/context/contextcontroller.h"
#include "ui/context/contextpanel.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QPushButton>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

class TestContextPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ContextProject> m_project;
    std::unique_ptr<MainWindow> m_window;

    ContextController *context() const { return m_window->context(); }
    ContextPanel *panel() const { return context()->panel(); }

    QString qaPath() const { return m_project->path(QStringLiteral("portfolio-qa.md")); }

    void openWindow(const QString &document)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(document));
        context()->dock()->show();
        context()->waitForIdle();
    }

    QTreeWidgetItem *row(const QString &section, const QString &doc = QString()) const
    {
        for (int s = 0; s < panel()->tree()->topLevelItemCount(); ++s) {
            QTreeWidgetItem *item = panel()->tree()->topLevelItem(s);
            if (item->text(0) != section)
                continue;
            if (doc.isEmpty())
                return item;
            for (int d = 0; d < item->childCount(); ++d)
                if (item->child(d)->text(0) == doc)
                    return item->child(d);
        }
        return nullptr;
    }

    void closeWindow()
    {
        if (m_window) {
            m_window->model()->undoStack()->setClean();
            m_window->close();
        }
        m_window.reset();
    }

    static QString number(qsizetype n) { return QLocale().toString(qlonglong(n)); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        m_project = std::make_unique<ContextProject>();
    }

    void cleanup()
    {
        closeWindow();
        m_project.reset();
    }

    void findsTheProjectAndCounts()
    {
        openWindow(qaPath());
        QCOMPARE(context()->llmsTxt(), m_project->llms());
        QCOMPARE(context()->projectLabel()->text(), QStringLiteral("Context: Portfolio context"));
        ContextOptions options;
        const ContextResult built = ContextBuilder::build(m_project->llms(), options);
        options.includeOptional = true;
        const ContextResult full = ContextBuilder::build(m_project->llms(), options);
        QTreeWidgetItem *qa = row(QStringLiteral("Docs"), QStringLiteral("Portfolio Q&A"));
        QVERIFY(qa);
        QCOMPARE(qa->text(1), number(full.sections[0].docs[0].tokens));
        QCOMPARE(qa->text(2), QStringLiteral("Q&A document"));
        QCOMPARE(row(QStringLiteral("Docs"))->text(1), number(full.sections[0].tokens));
        QVERIFY(row(QStringLiteral("Optional"), QStringLiteral("Old talks")));
        QCOMPARE(row(QStringLiteral("Optional"))->text(2), QStringLiteral("full context only"));
        QCOMPARE(panel()->budgetBar()->used(), TokenCounter::count(QByteArrayView(built.text), built.encoding));
        QVERIFY(panel()->totalLabel()->text().startsWith(number(built.tokens) + QStringLiteral(" of 32,000 tokens (o200k_base)")));
        QVERIFY(panel()->totalLabel()->text().contains(number(full.tokens)));
        QCOMPARE(panel()->warnings()->item(0)->text(), QStringLiteral("The llms.txt has no problems."));
    }

    void followsTheTokenEncoding()
    {
        // Tools → Token Encoding counts the Context panel too, at once and
        // in the next window (the setting is remembered).
        openWindow(qaPath());
        ContextOptions options;
        options.encoding = TokenEncoding::Cl100kBase;
        const ContextResult cl100k = ContextBuilder::build(m_project->llms(), options);
        options.encoding = TokenEncoding::O200kBase;
        const ContextResult o200k = ContextBuilder::build(m_project->llms(), options);
        QVERIFY(cl100k.tokens != o200k.tokens);
        QCOMPARE(panel()->budgetBar()->used(), o200k.tokens);
        auto *action = m_window->findChild<QAction *>(QStringLiteral("tokenEncoding_cl100k_base"));
        QVERIFY(action);
        action->trigger();
        QCOMPARE(context()->encoding(), TokenEncoding::Cl100kBase);
        context()->waitForIdle();
        QCOMPARE(panel()->budgetBar()->used(), cl100k.tokens);
        QVERIFY2(panel()->totalLabel()->text().startsWith(number(cl100k.tokens) + QStringLiteral(" of 32,000 tokens (cl100k_base)")),
                 qPrintable(panel()->totalLabel()->text()));
        QCOMPARE(row(QStringLiteral("Docs"), QStringLiteral("Portfolio Q&A"))->text(1),
                 number(cl100k.sections[0].docs[0].tokens));
        QCOMPARE(row(QStringLiteral("Docs"))->text(1), number(cl100k.sections[0].tokens));
        closeWindow();
        openWindow(qaPath());
        QCOMPARE(panel()->budgetBar()->used(), cl100k.tokens);
        QVERIFY(panel()->totalLabel()->text().contains(QStringLiteral("(cl100k_base)")));
    }

    void budgetColours()
    {
        QCOMPARE(BudgetBar::levelOf(7999, 10000), BudgetBar::Level::Fits);
        QCOMPARE(BudgetBar::levelOf(8000, 10000), BudgetBar::Level::Near);
        QCOMPARE(BudgetBar::levelOf(10000, 10000), BudgetBar::Level::Near);
        QCOMPARE(BudgetBar::levelOf(10001, 10000), BudgetBar::Level::Over);
        openWindow(qaPath());
        const qsizetype used = panel()->budgetBar()->used();
        QVERIFY(used > 0);
        panel()->setBudget(used - 1);
        QCOMPARE(panel()->budgetBar()->level(), BudgetBar::Level::Over);
        QVERIFY(panel()->totalLabel()->text().contains(QStringLiteral("over the budget by 1")));
        QCOMPARE(BudgetBar::colorOf(BudgetBar::Level::Over, panel()->palette()), QColor(0xD3, 0x2F, 0x2F));
        panel()->setBudget(used + used / 10);
        QCOMPARE(panel()->budgetBar()->level(), BudgetBar::Level::Near);
        panel()->setBudget(128000);
        QCOMPARE(panel()->budgetBar()->level(), BudgetBar::Level::Fits);
    }

    void marksMissingAndNotFetched()
    {
        QVERIFY(m_project->writeLlms(ContextProject::llmsTxt() + "- [Web](https://127.0.0.1:9/never.md)\n"));
        QVERIFY(QFile::remove(m_project->path(QStringLiteral("themes.md"))));
        openWindow(qaPath());
        QTreeWidgetItem *themes = row(QStringLiteral("Docs"), QStringLiteral("Themes"));
        QVERIFY(themes);
        QCOMPARE(themes->text(2), QStringLiteral("missing"));
        QCOMPARE(themes->text(1), QStringLiteral("—"));
        QTreeWidgetItem *web = row(QStringLiteral("Optional"), QStringLiteral("Web"));
        QVERIFY(web);
        QCOMPARE(web->text(2), QStringLiteral("remote, not fetched"));
        QStringList lines;
        for (int i = 0; i < panel()->warnings()->count(); ++i)
            lines << panel()->warnings()->item(i)->text();
        QVERIFY2(lines.value(0).startsWith(QStringLiteral("Line 9: error: ")), qPrintable(lines.join('\n')));
        QVERIFY2(lines.value(1).startsWith(QStringLiteral("Line 13: https://127.0.0.1:9/never.md was never fetched")),
                 qPrintable(lines.join('\n')));
    }

    void chosenProjectIsRemembered()
    {
        // A document no llms.txt links to: no project until one is chosen.
        const QString lonely = m_project->path(QStringLiteral("notes/lonely.md"));
        QVERIFY(TestSupport::writeFile(lonely, TestSupport::sampleBytes()));
        openWindow(lonely);
        QVERIFY(context()->llmsTxt().isEmpty());
        QVERIFY(context()->projectLabel()->text().isEmpty());
        QVERIFY(!panel()->fetchButton()->isEnabled());
        QVERIFY(context()->setChosenProject(m_project->llms()));
        context()->waitForIdle();
        QCOMPARE(context()->llmsTxt(), m_project->llms());
        QVERIFY(panel()->fetchButton()->isEnabled());
        closeWindow();
        openWindow(lonely); // remembered for this document
        QCOMPARE(context()->llmsTxt(), m_project->llms());
        QCOMPARE(context()->projectLabel()->text(), QStringLiteral("Context: Portfolio context"));
    }

    void writesTheContextOnSave()
    {
        openWindow(qaPath());
        const QString ctx = ContextProjectJob::contextPath(m_project->llms());
        const QString full = ContextProjectJob::fullContextPath(m_project->llms());
        QVERIFY(!QFile::exists(ctx));
        QVERIFY(m_window->save());
        QTRY_VERIFY(!m_window->session()->isSaving());
        context()->waitForIdle();
        QVERIFY(!QFile::exists(ctx)); // not chosen: nothing written
        panel()->findChild<QCheckBox *>(QStringLiteral("contextWriteOnSave"))->setChecked(true);
        const EntryRef first = m_window->model()->document().allEntries().front();
        m_window->model()->setAnswer(first, QStringLiteral("A new answer, in the context after the save."));
        QVERIFY(m_window->save());
        QTRY_VERIFY(!m_window->session()->isSaving());
        QTRY_VERIFY(QFile::exists(full));
        context()->waitForIdle();
        ContextOptions options;
        QCOMPARE(TestSupport::readFile(ctx), ContextBuilder::build(m_project->llms(), options).text);
        QVERIFY(TestSupport::readFile(ctx).contains("A new answer, in the context after the save."));
        options.includeOptional = true;
        QCOMPARE(TestSupport::readFile(full), ContextBuilder::build(m_project->llms(), options).text);
    }

    void doubleClickOpensAQaDocument()
    {
        QVERIFY(TestSupport::writeFile(m_project->path(QStringLiteral("second.md")), TestSupport::sampleBytes()));
        QVERIFY(m_project->writeLlms(ContextProject::llmsTxt() + "\n## More\n- [Second](second.md)\n"));
        openWindow(qaPath());
        QTreeWidgetItem *second = row(QStringLiteral("More"), QStringLiteral("Second"));
        QVERIFY(second);
        QCOMPARE(second->text(2), QStringLiteral("Q&A document"));
        emit panel()->tree()->itemDoubleClicked(second, 0);
        QTRY_COMPARE(m_window->session()->filePath(), m_project->path(QStringLiteral("second.md")));
        context()->waitForIdle();
        QCOMPARE(context()->llmsTxt(), m_project->llms()); // the same project, found from the other document
    }
};

QTEST_MAIN(TestContextPanel)
#include "tst_contextpanel.moc"
