#include "ui/review/probecontroller.h"

#include "app/model/entrylistmodel.h"
#include "app/review/reviewstore.h"
#include "ui/common/entryselection.h"
#include "ui/editor/entryeditor.h"
#include "ui/list/entrylistpanel.h"
#include "ui/list/sectiontabbar.h"
#include "ui/overview/overviewpanel.h"

#include <QAction>
#include <QComboBox>
#include <QListView>
#include <QMenu>
#include <QPainter>

ProbeController::ProbeController(QObject *parent, EntrySelection *selection, ReviewStore *reviews,
                                 EntryListPanel *list, SectionTabBar *tabs, QMenu *reviewMenu)
    : QObject(parent), m_selection(selection), m_reviews(reviews), m_list(list)
{
    reviewMenu->addSeparator();
    m_markEntry = reviewMenu->addAction(tr("Mark as &Probe"));
    m_markEntry->setObjectName(QStringLiteral("markProbeAction"));
    m_markEntry->setCheckable(true);
    m_markEntry->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_markEntry->setShortcutContext(Qt::WindowShortcut);
    m_markEntry->setToolTip(tr("A probe is a question the model should decline or redirect: without an answer "
                               "it is not a gap"));
    m_markSection = reviewMenu->addAction(tr("Mark &Section as Probe"));
    m_markSection->setObjectName(QStringLiteral("markSectionProbeAction"));
    m_markSection->setCheckable(true);
    m_markSection->setToolTip(tr("Every question of this section, and every one added to it later, is a probe, "
                                 "but for those unmarked one by one"));
    connect(m_markEntry, &QAction::triggered, this, &ProbeController::toggleEntry);
    connect(m_markSection, &QAction::triggered, this, &ProbeController::toggleSection);

    // The same commands on the entry list and on the section tabs.
    for (QWidget *widget : {static_cast<QWidget *>(list->view()), static_cast<QWidget *>(tabs)}) {
        widget->setContextMenuPolicy(Qt::ActionsContextMenu);
        widget->addAction(m_markEntry);
        widget->addAction(m_markSection);
    }
    const ReviewStore *store = reviews;
    const auto withProbes = [store](const StatusCounts &counts, int section) { return store->withProbes(counts, section); };
    tabs->setCountsAdjuster(withProbes);
    list->listModel()->setProbeMarks([store](EntryRef ref) { return store->isProbe(ref); }, probeIcon());
    QComboBox *filter = list->statusFilter();
    filter->setItemIcon(filter->findData(int(StatusFilter::Probes)), probeIcon());

    connect(reviews, &ReviewStore::recordsChanged, this, [this, tabs] {
        for (int s = 0; s < tabs->count(); ++s)
            tabs->updateLabel(s);
        m_list->listModel()->refreshRows();
        refreshActions();
    });
    connect(reviews, &ReviewStore::availabilityChanged, this, [this] {
        m_list->listModel()->probesChanged(); // a sidecar read: its marks decide what filters list
        refreshActions();
    });
    connect(selection, &EntrySelection::currentChanged, this, &ProbeController::refreshActions);
    refreshActions();
}

void ProbeController::showInOverview(OverviewPanel *overview)
{
    const ReviewStore *store = m_reviews;
    overview->setProbeCounter(
        [store](const StatusCounts &counts, int section) { return store->withProbes(counts, section); });
    connect(m_reviews, &ReviewStore::recordsChanged, overview, &OverviewPanel::scheduleRefresh);
}

void ProbeController::showInEditor(EntryEditor *editor)
{
    const ReviewStore *store = m_reviews;
    editor->setProbeMark([store](EntryRef ref) { return store->isProbe(ref); }, probeIcon());
    connect(m_reviews, &ReviewStore::recordsChanged, editor, &EntryEditor::refreshStatus);
}

void ProbeController::toggleEntry(bool on)
{
    // In a probe section this unmarks the entry alone (an exception kept
    // in the sidecar); marking it again makes it a probe of its own.
    m_reviews->setProbe(m_selection->currentEntry(), on);
    m_list->listModel()->probesChanged();
    refreshActions();
}

void ProbeController::toggleSection(bool on)
{
    m_reviews->setProbeSection(m_selection->currentSection(), on);
    m_list->listModel()->probesChanged();
    refreshActions();
}

void ProbeController::refreshActions()
{
    const EntryRef ref = m_selection->currentEntry();
    const int section = m_selection->currentSection();
    const bool ready = m_reviews->acceptsReviews();
    // Checked for an entry that is a probe by its own mark or its section's;
    // unchecking one in a probe section makes it the section's exception.
    m_markEntry->setChecked(ref.isValid() && m_reviews->isProbe(ref));
    m_markEntry->setEnabled(ready && ref.isValid());
    m_markSection->setChecked(m_reviews->isProbeSection(section));
    m_markSection->setEnabled(ready && section >= 0);
}

QIcon ProbeController::probeIcon()
{
    static const QIcon icon = [] {
        QIcon made;
        for (int size : {16, 22, 32}) {
            for (qreal dpr : {1.0, 2.0}) {
                QPixmap pixmap(QSize(size, size) * dpr);
                pixmap.setDevicePixelRatio(dpr);
                pixmap.fill(Qt::transparent);
                QPainter painter(&pixmap);
                painter.setRenderHint(QPainter::Antialiasing);
                const QColor color(0x8e, 0x6c, 0xb0);
                painter.setPen(QPen(color, qMax(1.5, size / 10.0)));
                const qreal inset = size / 8.0;
                painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset));
                QFont font;
                font.setBold(true);
                font.setPixelSize(int(size * 0.6));
                painter.setFont(font);
                painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QStringLiteral("?"));
                painter.end();
                made.addPixmap(pixmap);
            }
        }
        return made;
    }();
    return icon;
}
