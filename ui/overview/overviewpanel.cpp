#include "ui/overview/overviewpanel.h"

#include "ui/common/visiblerefresher.h"

#include "app/export/exportsize.h"
#include "app/lint/linter.h"
#include "app/model/qamodel.h"
#include "ui/overview/stackedbar.h"
#include "ui/common/statusicons.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QList<StackedBar::Segment> statusSegments(const StatusCounts &c)
{
    // Each status its colour and its own pattern (answered plain).
    return {
        {StatusIcons::label(EntryStatus::Answered), c.answered, StatusIcons::color(EntryStatus::Answered),
         Qt::SolidPattern, int(StatusFilter::Answered)},
        {StatusIcons::label(EntryStatus::Placeholder), c.placeholder, StatusIcons::color(EntryStatus::Placeholder),
         Qt::BDiagPattern, int(StatusFilter::Placeholder)},
        {StatusIcons::label(EntryStatus::Empty), c.empty, StatusIcons::color(EntryStatus::Empty),
         Qt::DiagCrossPattern, int(StatusFilter::Empty)},
        {StatusIcons::label(EntryStatus::Unanswered), c.unanswered, StatusIcons::color(EntryStatus::Unanswered),
         Qt::Dense6Pattern, int(StatusFilter::Unanswered)},
        {OverviewPanel::tr("Probe"), c.probes, QColor(0x8e, 0x6c, 0xb0), Qt::CrossPattern, int(StatusFilter::Probes)},
    };
}

QList<StackedBar::Segment> reviewSegments(const OverviewPanel::ReviewCounts &c)
{
    return {
        {OverviewPanel::tr("Approved"), c[0], QColor(0x1f, 0x7a, 0x8c), Qt::SolidPattern, int(ReviewStatus::Approved)},
        {OverviewPanel::tr("Needs work"), c[1], QColor(0xc2, 0x4e, 0x9b), Qt::FDiagPattern, int(ReviewStatus::NeedsWork)},
        {OverviewPanel::tr("Unreviewed"), c[2], QColor(0xb8, 0xb8, 0xb8), Qt::Dense6Pattern, int(ReviewStatus::Unreviewed)},
    };
}

QList<StackedBar::Segment> rehearsalSegments(const OverviewPanel::RehearsalCounts &c)
{
    return {
        {OverviewPanel::tr("Good"), c[0], QColor(0x2e, 0x7d, 0x32), Qt::SolidPattern, 0},
        {OverviewPanel::tr("Partial"), c[1], QColor(0xd8, 0x9b, 0x1c), Qt::BDiagPattern, 1},
        {OverviewPanel::tr("Wrong"), c[2], QColor(0xc6, 0x28, 0x28), Qt::DiagCrossPattern, 2},
        {OverviewPanel::tr("No answer"), c[3], QColor(0x9e, 0x9e, 0x9e), Qt::Dense6Pattern, 3},
    };
}

// A row of swatches with names: the key to the bars' colours and patterns.
QWidget *legend(const QString &title, const QList<StackedBar::Segment> &segments, QWidget *parent)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(title, widget);
    layout->addWidget(heading);
    for (const StackedBar::Segment &s : segments) {
        QPixmap swatch(16, 16);
        swatch.fill(Qt::transparent);
        QPainter painter(&swatch);
        StackedBar::paintSwatch(painter, swatch.rect(), s);
        painter.setPen(Qt::gray);
        painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
        painter.end();
        auto *icon = new QLabel(widget);
        icon->setPixmap(swatch);
        layout->addWidget(icon);
        layout->addWidget(new QLabel(s.name, widget));
        layout->addSpacing(8);
    }
    layout->addStretch(1);
    return widget;
}

} // namespace

OverviewPanel::OverviewPanel(QaModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("overviewPanel"));
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(legend(tr("Answers:"), statusSegments({}), this));
    m_reviewLegend = legend(tr("Reviews:"), reviewSegments({}), this);
    m_reviewLegend->hide();
    layout->addWidget(m_reviewLegend);
    auto *hint = new QLabel(tr("Click a part of a bar (or focus a bar and press Return) to list those entries."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    // The whole document first, then one row per section, totals right below.
    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    auto *whole = new QGridLayout;
    whole->setColumnStretch(1, 1);
    m_totalName = new QLabel(content);
    QFont bold = m_totalName->font();
    bold.setBold(true);
    m_totalName->setFont(bold);
    m_totalName->setMinimumWidth(150);
    m_totalBar = new StackedBar(content);
    m_totalBar->setAccessibleName(tr("Answers in the whole document"));
    m_totalBar->setMinimumHeight(m_totalBar->sizeHint().height() + 8);
    m_totalReviewBar = new StackedBar(content);
    m_totalReviewBar->setAccessibleName(tr("Reviews in the whole document"));
    m_totalReviewBar->hide();
    whole->addWidget(m_totalName, 0, 0, 2, 1);
    whole->addWidget(m_totalBar, 0, 1);
    whole->addWidget(m_totalReviewBar, 1, 1);
    connect(m_totalBar, &StackedBar::segmentClicked, this, [this](int key) {
        emit statusSegmentClicked(-1, StatusFilter(key));
    });
    connect(m_totalReviewBar, &StackedBar::segmentClicked, this, [this](int key) {
        emit reviewSegmentClicked(-1, ReviewStatus(key));
    });
    column->addLayout(whole);
    auto *line = new QFrame(content);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    column->addWidget(line);

    m_rowsWidget = new QWidget(content);
    m_rows = new QGridLayout(m_rowsWidget);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setColumnStretch(1, 1);
    m_rows->setVerticalSpacing(8);
    column->addWidget(m_rowsWidget);

    m_totals = new QLabel(content);
    m_totals->setObjectName(QStringLiteral("overviewTotals"));
    m_totals->setWordWrap(true);
    m_export = new QLabel(content);
    m_export->setObjectName(QStringLiteral("overviewExport"));
    m_export->setWordWrap(true);
    m_export->setText(tr("Export: being measured…"));
    column->addSpacing(8);
    column->addWidget(m_totals);
    column->addWidget(m_export);
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Section overview")); // it takes focus to scroll
    layout->addWidget(scroll, 1);

    m_later = new VisibleRefresher(this, 250, [this] { refresh(); });
    m_later->markStale(); // built empty: filled when first shown
    connect(model, &QaModel::documentReset, this, &OverviewPanel::scheduleRefresh);
    connect(model, &QaModel::structureChanged, this, &OverviewPanel::scheduleRefresh);
    connect(model, &QaModel::countsChanged, this, &OverviewPanel::scheduleRefresh);
    connect(model, &QaModel::sectionChanged, this, &OverviewPanel::scheduleRefresh);
}

void OverviewPanel::scheduleRefresh()
{
    m_later->schedule();
}

void OverviewPanel::setReviewProvider(std::function<ReviewCounts(int)> provider)
{
    m_reviews = std::move(provider);
    m_reviewLegend->setVisible(bool(m_reviews));
    refresh();
}

void OverviewPanel::setProbeCounter(std::function<StatusCounts(const StatusCounts &, int)> counter)
{
    m_probeCounter = std::move(counter);
    scheduleRefresh();
}

void OverviewPanel::setExportSize(const ExportSize &size)
{
    m_export->setText(tr("Export (llms_ctx.txt): %1 characters · %2 words · %3")
                           .arg(QLocale().toString(size.characters), QLocale().toString(size.words), size.tokensText()));
}

StackedBar *OverviewPanel::statusBar(int section) const
{
    return section >= 0 && section < m_statusBars.size() ? m_statusBars[section] : nullptr;
}

void OverviewPanel::setRehearsalProvider(std::function<RehearsalCounts(int)> provider)
{
    m_rehearsal = std::move(provider);
    refresh();
}

StackedBar *OverviewPanel::rehearsalBar(int section) const
{
    return section >= 0 && section < m_rehearsalBars.size() ? m_rehearsalBars[section] : nullptr;
}

StackedBar *OverviewPanel::reviewBar(int section) const
{
    return section >= 0 && section < m_reviewBars.size() ? m_reviewBars[section] : nullptr;
}

void OverviewPanel::rebuildRows()
{
    // Rebuilt only when sections come or go: bars keep focus while counts change.
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_names.clear();
    m_statusBars.clear();
    m_reviewBars.clear();
    m_rehearsalBars.clear();
    m_layoutKey.clear();
    const QaDocument &document = m_model->document();
    int row = 0;
    for (int s = 0; s < document.sectionCount(); ++s) {
        const bool prose = document.section(s).isProse();
        m_layoutKey.append(prose);
        auto *name = new QLabel(m_rowsWidget);
        name->setTextFormat(Qt::PlainText);
        name->setWordWrap(true);
        name->setMaximumWidth(260);
        name->setMinimumWidth(150);
        m_names.append(name);
        if (prose) {
            m_rows->addWidget(name, row++, 0, 1, 2);
            m_statusBars.append(nullptr);
            m_reviewBars.append(nullptr);
            m_rehearsalBars.append(nullptr);
            continue;
        }
        auto *bar = new StackedBar(m_rowsWidget);
        connect(bar, &StackedBar::segmentClicked, this, [this, s](int key) {
            emit statusSegmentClicked(s, StatusFilter(key));
        });
        m_rows->addWidget(name, row, 0, 1 + (m_reviews ? 1 : 0) + (m_rehearsal ? 1 : 0), 1);
        m_rows->addWidget(bar, row++, 1);
        m_statusBars.append(bar);
        if (m_reviews) {
            auto *reviewBar = new StackedBar(m_rowsWidget);
            connect(reviewBar, &StackedBar::segmentClicked, this, [this, s](int key) {
                emit reviewSegmentClicked(s, ReviewStatus(key));
            });
            m_rows->addWidget(reviewBar, row++, 1);
            m_reviewBars.append(reviewBar);
        } else {
            m_reviewBars.append(nullptr);
        }
        if (m_rehearsal) {
            auto *rehearsalBar = new StackedBar(m_rowsWidget);
            m_rows->addWidget(rehearsalBar, row++, 1);
            m_rehearsalBars.append(rehearsalBar);
        } else {
            m_rehearsalBars.append(nullptr);
        }
    }
    m_rowsHaveReviews = bool(m_reviews);
    m_rowsHaveRehearsal = bool(m_rehearsal);
}

void OverviewPanel::refresh()
{
    m_later->markFresh();
    const QaDocument &document = m_model->document();
    QList<bool> key;
    for (int s = 0; s < document.sectionCount(); ++s)
        key.append(document.section(s).isProse());
    if (key != m_layoutKey || m_rowsHaveReviews != bool(m_reviews) || m_rowsHaveRehearsal != bool(m_rehearsal) || m_names.size() != key.size())
        rebuildRows();
    ReviewCounts reviewTotal = {0, 0, 0};
    for (int s = 0; s < document.sectionCount(); ++s) {
        const QaSection &section = document.section(s);
        const QString title = section.hasHeading() ? section.title() : tr("(before the first section)");
        if (section.isProse()) {
            m_names[s]->setText(tr("%1 — text, no questions").arg(title));
            continue;
        }
        const StatusCounts counts = m_probeCounter ? m_probeCounter(m_model->sectionCounts(s), s) : m_model->sectionCounts(s);
        m_names[s]->setText(tr("%1\n%2 of %3 answered").arg(title).arg(counts.answered).arg(counts.entries));
        m_statusBars[s]->setAccessibleName(tr("Answers in %1").arg(title));
        m_statusBars[s]->setSegments(statusSegments(counts));
        if (m_reviews) {
            const ReviewCounts reviews = m_reviews(s);
            for (int i = 0; i < 3; ++i)
                reviewTotal[size_t(i)] += reviews[size_t(i)];
            m_reviewBars[s]->setAccessibleName(tr("Reviews in %1").arg(title));
            m_reviewBars[s]->setSegments(reviewSegments(reviews));
        }
        if (m_rehearsal) {
            const RehearsalCounts c = m_rehearsal(s);
            m_rehearsalBars[s]->setAccessibleName(tr("Rehearsals in %1").arg(title));
            m_rehearsalBars[s]->setToolTip(tr("Rehearsal (last run): %1 good · %2 partial · %3 wrong · %4 no answer")
                                               .arg(c[0]).arg(c[1]).arg(c[2]).arg(c[3]));
            m_rehearsalBars[s]->setSegments(rehearsalSegments(c));
        }
    }

    const StatusCounts total = m_probeCounter ? m_probeCounter(m_model->counts(), -1) : m_model->counts();
    m_totalName->setText(tr("Whole document\n%1 of %2 answered (%3%)")
                             .arg(total.answered).arg(total.entries)
                             .arg(total.entries ? qRound(100.0 * total.answered / total.entries) : 0));
    m_totalBar->setSegments(statusSegments(total));
    m_totalReviewBar->setVisible(bool(m_reviews));
    if (m_reviews)
        m_totalReviewBar->setSegments(reviewSegments(reviewTotal));
    QString totals = tr("%1 questions: %2 answered · %3 placeholder · %4 empty · %5 unanswered")
                         .arg(total.entries).arg(total.answered).arg(total.placeholder).arg(total.empty)
                         .arg(total.unanswered);
    if (total.probes)
        totals += tr(" · %1 probes").arg(total.probes);
    if (m_reviews)
        totals += QLatin1Char('\n') + tr("Reviews: %1 approved · %2 need work · %3 unreviewed")
                                          .arg(reviewTotal[0]).arg(reviewTotal[1]).arg(reviewTotal[2]);
    m_totals->setText(totals);
}
