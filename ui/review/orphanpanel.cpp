#include "ui/review/orphanpanel.h"

#include "app/review/reviewstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
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
    m_list = new QListWidget(body);
    m_list->setObjectName(QStringLiteral("orphanList"));
    m_list->setAccessibleName(tr("Orphaned reviews"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
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
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { setCanReattach(m_canReattach); });
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
    const bool selected = !selectedKey().isNull();
    m_reattach->setEnabled(can && selected);
    m_delete->setEnabled(selected);
}

QString OrphanPanel::selectedKey() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void OrphanPanel::refresh()
{
    const QString current = selectedKey();
    m_list->clear();
    for (const ReviewStore::Orphan &orphan : m_reviews->orphans()) {
        QString text = orphan.record.question;
        text += QStringLiteral("\n  ") + reviewStatusName(orphan.record.status);
        if (!orphan.record.note.isEmpty())
            text += QStringLiteral(" · ") + orphan.record.note.simplified();
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, orphan.key);
        item->setToolTip(orphan.record.note);
        if (orphan.key == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    setWindowTitle(tr("Orphaned Reviews (%1)").arg(m_list->count()));
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
                                  .arg(m_list->currentItem()->text()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_reviews->removeOrphan(key);
}
