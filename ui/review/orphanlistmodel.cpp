#include "ui/review/orphanlistmodel.h"

#include "app/review/reviewstore.h"

OrphanListModel::OrphanListModel(const ReviewStore *reviews, QObject *parent)
    : QAbstractListModel(parent), m_reviews(reviews), m_rows(reviews->orphanCount())
{
}

int OrphanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant OrphanListModel::data(const QModelIndex &index, int role) const
{
    const std::vector<ReviewStore::Orphan> &orphans = m_reviews->orphans();
    if (!index.isValid() || size_t(index.row()) >= orphans.size())
        return QVariant(); // changed since the last reset(): one is coming
    const ReviewStore::Orphan &orphan = orphans[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        QString text = orphan.record.question.simplified();
        text += QStringLiteral("\n  ") + reviewStatusName(orphan.record.status);
        if (!orphan.record.note.isEmpty())
            text += QStringLiteral(" · ") + orphan.record.note.simplified();
        return text;
    }
    case Qt::ToolTipRole: return orphan.record.note;
    case KeyRole: return orphan.key;
    default: return QVariant();
    }
}

int OrphanListModel::rowOf(const QString &key) const
{
    const std::vector<ReviewStore::Orphan> &orphans = m_reviews->orphans();
    for (size_t i = 0; i < orphans.size(); ++i) {
        if (orphans[i].key == key)
            return int(i);
    }
    return -1;
}

void OrphanListModel::reset()
{
    beginResetModel();
    m_rows = m_reviews->orphanCount();
    endResetModel();
}
