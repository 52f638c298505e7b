#include "ui/review/orphanpanel.h"

#include "app/review/reviewstore.h"
#include "ui/review/orphanlistmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

OrphanPanel::OrphanPanel(ReviewStore *reviews, QWidget *parent)
    : QDockWidget(tr("Orphaned Reviews"), parent), m_reviews(reviews)
{
    setObjectName(QStringLiteral("orphanPanel"));
    setAccessibleName(tr("Orphaned reviews"));
    auto *body = new QWidget(this);
    auto *intro = new QLabel(tr("These reviews belong to questions that are no longer in the document. "
                                "Re-attach one to the current entry, or delete it."),
                             body);
    intro->setWordWrap(true);
    m_model = new OrphanListModel(m_reviews, this);
    m_list = new QListView(body);
    m_list->setObjectName(QStringLiteral("orphanList"));
    m_list->setAccessibleName(tr("Orphaned reviews"));
    // Two lines a row, elided: rows of one height are laid out without
    // measuring each of a hundred thousand.
    m_list->setUniformItemSizes(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setAlternatingRowColors(true);
    m_list->setModel(m_model);
    m_reattach = new QPushButton(tr("&Re-attach to Current Entry"), body);
    m_reattach->setAccessibleName(tr("Re-attach to the current entry"));
    m_delete = new QPushButton(tr("&Delete Review…"), body);
    m_delete->setAccessibleName(tr("Delete the review"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reattach);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_reviews, &ReviewStore::recordsChanged, this, &OrphanPanel::refresh);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { setCanReattach(m_canReattach); });
    connect(m_reviews, &ReviewStore::availabilityChanged, this, [this] { setCanReattach(m_canReattach); });
    connect(m_reattach, &QPushButton::clicked, this, [this] {
        const QString key = selectedKey();
        if (!key.isNull())
            emit reattachRequested(key);
    });
    connect(m_delete, &QPushButton::clicked, this, &OrphanPanel::deleteSelected);
    refresh();
}

void OrphanPanel::setCanReattach(bool can)
{
    m_canReattach = can;
    const bool selected = !selectedKey().isNull() && m_reviews->acceptsReviews();
    m_reattach->setEnabled(can && selected);
    m_delete->setEnabled(selected);
}

QString OrphanPanel::selectedKey() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(OrphanListModel::KeyRole).toString() : QString();
}

int OrphanPanel::count() const
{
    return m_model->rowCount();
}

QString OrphanPanel::itemText(int row) const
{
    return m_model->index(row).data().toString();
}

void OrphanPanel::refresh()
{
    if (m_reviews->orphansRevision() == m_revision)
        return; // a status or a note changed: no orphan did
    m_revision = m_reviews->orphansRevision();
    const QString current = selectedKey();
    m_model->reset();
    const int row = current.isNull() ? -1 : m_model->rowOf(current);
    if (row >= 0 || m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(qMax(row, 0)));
    setWindowTitle(tr("Orphaned Reviews (%1)").arg(m_model->rowCount()));
    setCanReattach(m_canReattach);
}

void OrphanPanel::deleteSelected()
{
    const QString key = selectedKey();
    if (key.isNull())
        return;
    // A review is the user's work: deleting one is never a single slip.
    if (QMessageBox::question(this, tr("Delete Review"),
                              tr("Delete this review and its note for good?\n\n%1")
                                  .arg(m_list->currentIndex().data().toString()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_reviews->removeOrphan(key);
}
