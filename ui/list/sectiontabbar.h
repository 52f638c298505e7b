#pragma once

#include "app/status/statuscounts.h"

#include <functional>

#include <QWidget>

class QComboBox;
class QStackedLayout;
class QTabBar;
class QaModel;

// One tab per `## ` section, labelled with its heading and the number of
// entries that need attention; the number follows every status change.
// When the tabs do not all fit (a dock beside the window's centre), the
// long headings are shortened at their end to a fair share of the width
// and the short ones stay whole; the count is never cut off.
//
// QTabBar lays out all tabs again on every insertion (quadratic: 2,000 tabs
// take seconds), so a document with more than `maxTabs` sections gets a
// searchable drop-down list of its sections in the same place instead.
class SectionTabBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int maxTabs = 60;

    explicit SectionTabBar(QaModel *model, QWidget *parent = nullptr);

    int count() const { return m_count; }
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    QString tabText(int index) const;
    bool isCompact() const { return m_compact; }

    // Counts of a section as the reviews see them (probes are no gaps).
    void setCountsAdjuster(std::function<StatusCounts(const StatusCounts &, int section)> adjust)
    {
        m_countsOf = std::move(adjust);
        rebuild();
    }
    void rebuild();
    void updateLabel(int section);
    static QString labelFor(const QString &title, int needingAttention, bool prose);
    // The text a tab shows now (shortened to fit); tabText() is the whole label.
    QString shownText(int index) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    void currentChanged(int index);

private:
    struct Label
    {
        QString shown; // the title without inline tags
        QString text;  // the label with its count
        QString tip;
        int attention = 0;
        bool prose = false;
    };
    Label labelOf(int section) const;
    void select(int index);
    static QString suffixFor(int needingAttention, bool prose);
    void fitLabels();

    QaModel *m_model;
    QStackedLayout *m_stack;
    QTabBar *m_tabs;
    QComboBox *m_combo;
    std::function<StatusCounts(const StatusCounts &, int)> m_countsOf;
    QStringList m_titles;   // per tab: the heading as shown in full
    QStringList m_suffixes; // per tab: "  (5)", "  ✓" or nothing
    bool m_rebuilding = false;
    int m_count = 0;
    int m_current = -1;
    bool m_compact = false;
};
