#include "ui/list/entryitemdelegate.h"

#include "app/model/entrylistmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

QSize EntryItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        size.setWidth(view->viewport()->width());
    size.setHeight(qMax(size.height(), 24));
    return size;
}

void EntryItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString mark = index.data(EntryListModel::ReviewMarkRole).toString();
    if (mark.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    // The whole row's background, then the usual item in the row less the
    // mark's room, so a long question is elided before the mark.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
    const int room = opt.fontMetrics.horizontalAdvance(mark) + 12;
    const QRect markRect(opt.rect.right() - room + 1, opt.rect.top(), room, opt.rect.height());
    opt.rect.setRight(markRect.left() - 1);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    // Shape first (✔ ✎ ⚠), colour second: readable without colour too.
    // Lighter tones on a dark list, so the marks keep their contrast.
    const bool dark = opt.palette.color(QPalette::Base).lightness() < 128;
    QColor color(dark ? QStringLiteral("#bdbdbd") : QStringLiteral("#616161"));
    if (mark.startsWith(QChar(0x2714)))
        color = QColor(dark ? QStringLiteral("#81c784") : QStringLiteral("#2e7d32"));
    else if (mark.startsWith(QChar(0x270E)))
        color = QColor(dark ? QStringLiteral("#ef9a9a") : QStringLiteral("#c62828"));
    else if (mark.startsWith(QChar(0x26A0)))
        color = QColor(dark ? QStringLiteral("#ffb74d") : QStringLiteral("#ef6c00"));
    if (opt.state & QStyle::State_Selected)
        color = opt.palette.color(QPalette::HighlightedText);
    painter->save();
    QFont font = opt.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(markRect.adjusted(0, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter, mark);
    painter->restore();
}
