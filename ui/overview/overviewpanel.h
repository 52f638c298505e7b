#pragma once

#include "app/model/statusfilter.h"
#include "app/review/reviewstatus.h"
#include "app/status/statuscounts.h"

#include <QWidget>
#include <array>
#include <functional>

class QGridLayout;
class QLabel;
class QaModel;
class StackedBar;
class VisibleRefresher;
struct ExportSize;

// How far the document is, at a glance: per section a bar of answered /
// placeholder / empty / unanswered entries and, with reviews, one of
// approved / needs work / unreviewed. Clicking a segment lists those
// entries. Totals and the export's size and approximate tokens below.
class OverviewPanel : public QWidget
{
    Q_OBJECT
public:
    // Review counts per section: approved, needs work, unreviewed.
    using ReviewCounts = std::array<int, 3>;

    // The last rehearsal's verdicts per section: good (agrees, declined),
    // partial, wrong (differs, answered probe), no answer (error, invalid).
    using RehearsalCounts = std::array<int, 4>;

    explicit OverviewPanel(QaModel *model, QWidget *parent = nullptr);

    // Without a provider only the status bars are shown.
    void setReviewProvider(std::function<ReviewCounts(int section)> provider);
    // Status counts of a section (-1: the document) as the reviews see them:
    // probes without an answer counted apart (StatusCounts::probes).
    void setProbeCounter(std::function<StatusCounts(const StatusCounts &, int section)> counter);
    // Without one (or before any run) no rehearsal bars are shown.
    void setRehearsalProvider(std::function<RehearsalCounts(int section)> provider);
    void setExportSize(const ExportSize &size);
    void refresh();
    // Refreshes once changes settle (and only when shown).
    void scheduleRefresh();

    // For tests and keyboard users: the bars of a section (nullptr if none).
    StackedBar *statusBar(int section) const;
    StackedBar *reviewBar(int section) const;
    StackedBar *rehearsalBar(int section) const;
    StackedBar *wholeDocumentBar() const { return m_totalBar; }
    QLabel *totalsLabel() const { return m_totals; }

signals:
    // section -1: the whole document's bar.
    void statusSegmentClicked(int section, StatusFilter filter);
    void reviewSegmentClicked(int section, ReviewStatus status);

private:
    void rebuildRows();

    QaModel *m_model;
    std::function<ReviewCounts(int)> m_reviews;
    std::function<StatusCounts(const StatusCounts &, int)> m_probeCounter;
    std::function<RehearsalCounts(int)> m_rehearsal;
    QGridLayout *m_rows;
    QWidget *m_rowsWidget;
    QWidget *m_reviewLegend;
    QLabel *m_totalName;
    StackedBar *m_totalBar;
    StackedBar *m_totalReviewBar;
    QLabel *m_totals;
    QLabel *m_export;
    QList<QLabel *> m_names;
    QList<bool> m_layoutKey; // per section: prose or not, as the rows were built
    bool m_rowsHaveReviews = false;
    bool m_rowsHaveRehearsal = false;
    QList<StackedBar *> m_rehearsalBars;
    QList<StackedBar *> m_statusBars;
    QList<StackedBar *> m_reviewBars;
    VisibleRefresher *m_later;
};
