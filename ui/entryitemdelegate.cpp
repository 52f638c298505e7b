#include "entryitemdelegate.h"

#include <QAbstractItemView>

QSize EntryItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        size.setWidth(view->viewport()->width());
    size.setHeight(qMax(size.height(), 24));
    return size;
}
