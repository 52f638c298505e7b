#include "ui/list/entrylistpanel.h"

#include "ui/list/entryitemdelegate.h"
#include "app/model/entrylistmodel.h"
#include "ui/common/statusicons.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

EntryListPanel::EntryListPanel(QaModel *model, QWidget *parent) : QWidget(parent)
{
    m_listModel = new EntryListModel(model, this);
    m_listModel->setIconProvider([](EntryStatus status) { return QVariant(StatusIcons::icon(status)); });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search questions and answers (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search questions and answers"));
    // Qt's clear button has an icon and no name of its own.
    if (auto *clear = m_search->findChild<QToolButton *>())
        clear->setAccessibleName(tr("Clear search"));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All"), int(StatusFilter::All));
    m_status->addItem(tr("Needs attention"), int(StatusFilter::NeedsAttention));
    m_status->addItem(StatusIcons::icon(EntryStatus::Answered), tr("Answered"), int(StatusFilter::Answered));
    m_status->addItem(StatusIcons::icon(EntryStatus::Empty), tr("Empty"), int(StatusFilter::Empty));
    m_status->addItem(StatusIcons::icon(EntryStatus::Placeholder), tr("Placeholder"), int(StatusFilter::Placeholder));
    m_status->addItem(StatusIcons::icon(EntryStatus::Unanswered), tr("Unanswered"), int(StatusFilter::Unanswered));
    // Probes without an answer: not gaps, so listed here and under no gap filter.
    m_status->addItem(tr("Probes"), int(StatusFilter::Probes));

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("entryList"));
    m_view->setAccessibleName(tr("Entries"));
    m_view->setModel(m_listModel);
    m_view->setUniformItemSizes(true);
    m_view->setItemDelegate(new EntryItemDelegate(m_view));
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setIconSize(QSize(18, 18));
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_listModel, &EntryListModel::setSearchText);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_listModel->setStatusFilter(StatusFilter(m_status->currentData().toInt()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit entryActivated(m_listModel->entryAt(current.row()));
            });
}

bool EntryListPanel::selectEntry(EntryRef ref)
{
    const int row = m_listModel->rowOf(ref);
    if (row < 0) {
        m_view->selectionModel()->clearCurrentIndex();
        m_view->clearSelection();
        return false;
    }
    const QModelIndex index = m_listModel->index(row);
    if (m_view->currentIndex() != index) {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_view->viewport()->update();
    }
    m_view->scrollTo(index);
    return true;
}

void EntryListPanel::addFilterWidget(QWidget *widget)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_view), widget);
}

EntryRef EntryListPanel::selectedEntry() const
{
    return m_listModel->entryAt(m_view->currentIndex().row());
}
