#pragma once

#include <QStyledItemDelegate>

// Entry rows as wide as the list, so long questions are elided ("…")
// instead of growing a horizontal scroll bar. A review mark
// (EntryListModel::ReviewMarkRole) is drawn at the row's end.
class EntryItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
