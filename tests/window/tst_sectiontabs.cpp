// The section tabs when they do not all fit (the Context dock open beside a
// narrow window): short headings stay whole, long ones are shortened at
// their end to a fair share of the width, the attention count is never cut
// off, and the tabs fit without scrolling while that is possible.

#include "app/document/qadocument.h"
#include "app/model/qamodel.h"
#include "ui/list/sectiontabbar.h"
#include "tests/support/testsupport.h"

#include <QTabBar>
#include <QTest>

class TestSectionTabs : public QObject
{
    Q_OBJECT

    std::unique_ptr<QaModel> m_model;
    std::unique_ptr<SectionTabBar> m_tabs;

    QTabBar *bar() const { return m_tabs->findChild<QTabBar *>(); }

    int tabsWidth() const
    {
        int width = 0;
        for (int i = 0; i < bar()->count(); ++i)
            width += bar()->tabRect(i).width();
        return width;
    }

    QStringList shown() const
    {
        QStringList texts;
        for (int i = 0; i < m_tabs->count(); ++i)
            texts << m_tabs->shownText(i);
        return texts;
    }

private slots:
    void init()
    {
        m_model = std::make_unique<QaModel>();
        std::optional<QaDocument> document = QaDocument::fromBytes(TestSupport::sampleBytes(), QStringLiteral("portfolio-qa"));
        QVERIFY(document);
        m_tabs = std::make_unique<SectionTabBar>(m_model.get());
        m_model->setDocument(std::move(*document));
        m_tabs->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tabs.get()));
    }

    void cleanup()
    {
        m_tabs.reset();
        m_model.reset();
    }

    void wideEnoughShowsEveryLabelWhole()
    {
        m_tabs->resize(3000, m_tabs->sizeHint().height());
        QCoreApplication::processEvents();
        for (int i = 0; i < m_tabs->count(); ++i)
            QCOMPARE(m_tabs->shownText(i), m_tabs->tabText(i));
    }

    void narrowKeepsShortHeadingsAndEveryCount()
    {
        // Two thirds of what the whole labels need (fonts differ from
        // machine to machine; the rule does not).
        m_tabs->resize(3000, m_tabs->sizeHint().height());
        QCoreApplication::processEvents();
        const int whole = tabsWidth();
        m_tabs->resize(whole * 2 / 3, m_tabs->height());
        QCoreApplication::processEvents();
        const QStringList texts = shown();
        const QString all = texts.join(QStringLiteral(" | "));
        QCOMPARE(texts.value(0), QStringLiteral("Background")); // short: whole
        QVERIFY2(texts.value(1).contains(QChar(0x2026)), qPrintable(all)); // the longest: shortened
        const QStringList suffixes = {QString(), QStringLiteral("  ✓"), QStringLiteral("  (6)"), QStringLiteral("  (11)")};
        for (int i = 0; i < 4; ++i) {
            const QString full = m_tabs->tabText(i);
            QVERIFY2(texts[i].endsWith(suffixes[i]), qPrintable(all)); // the count is never cut off
            if (texts[i] == full)
                continue;
            // Shortened at the heading's end: its beginning, "…", the count.
            const QString head = texts[i].chopped(suffixes[i].size() + 1);
            QVERIFY2(texts[i].chopped(suffixes[i].size()).endsWith(QChar(0x2026)), qPrintable(all));
            QVERIFY2(head.size() >= 4 && full.startsWith(head), qPrintable(all));
        }
        QVERIFY2(tabsWidth() <= m_tabs->width(), qPrintable(QStringLiteral("%1 > %2").arg(tabsWidth()).arg(m_tabs->width())));
        // The whole label is still what the tab stands for (tests, tool tips).
        QCOMPARE(m_tabs->tabText(3), QStringLiteral("User: Asking Out-of-Scope Questions  (11)"));
    }

    void aCountChangeRefitsTheTabs()
    {
        m_tabs->resize(3000, m_tabs->sizeHint().height());
        QCoreApplication::processEvents();
        m_tabs->resize(tabsWidth() * 2 / 3, m_tabs->height());
        QCoreApplication::processEvents();
        const EntryRef first = m_model->document().section(3).entryCount() > 0 ? EntryRef{3, 0} : EntryRef{};
        QVERIFY(first.isValid());
        m_model->setAnswer(first, QStringLiteral("Satya Nadella."));
        QCoreApplication::processEvents();
        QVERIFY2(m_tabs->shownText(3).endsWith(QStringLiteral("  (10)")), qPrintable(m_tabs->shownText(3)));
        QVERIFY(tabsWidth() <= m_tabs->width());
        m_tabs->resize(3000, m_tabs->height());
        QCoreApplication::processEvents();
        QCOMPARE(m_tabs->shownText(3), QStringLiteral("User: Asking Out-of-Scope Questions  (10)"));
    }
};

QTEST_MAIN(TestSectionTabs)
#include "tst_sectiontabs.moc"
