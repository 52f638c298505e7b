#include "ui/common/statusicons.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

QPixmap draw(EntryStatus status, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = StatusIcons::color(status);
    const QRectF r(1.5, 1.5, size - 3, size - 3);
    QPen pen(c, qMax(1.5, size / 8.0));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    switch (status) {
    case EntryStatus::Answered: {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(r);
        QPen white(Qt::white, qMax(1.5, size / 7.0));
        white.setCapStyle(Qt::RoundCap);
        p.setPen(white);
        QPainterPath tick;
        tick.moveTo(size * 0.28, size * 0.52);
        tick.lineTo(size * 0.44, size * 0.68);
        tick.lineTo(size * 0.72, size * 0.34);
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    case EntryStatus::Empty:
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(1, 1, -1, -1));
        break;
    case EntryStatus::Placeholder:
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(1, 1, -1, -1));
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawPie(r.adjusted(1, 1, -1, -1), 90 * 16, 180 * 16);
        break;
    case EntryStatus::Unanswered: {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(r, size / 5.0, size / 5.0);
        QFont font;
        font.setBold(true);
        font.setPixelSize(int(size * 0.8));
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(r, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    }
    return pixmap;
}

} // namespace

QIcon StatusIcons::icon(EntryStatus status)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(status));
    if (it != cache.end())
        return *it;
    QIcon icon;
    for (int size : {16, 22, 32})
        for (qreal dpr : {1.0, 2.0})
            icon.addPixmap(draw(status, size, dpr));
    cache.insert(int(status), icon);
    return icon;
}

QColor StatusIcons::color(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Answered: return QColor(0x2e, 0x9d, 0x4f);
    case EntryStatus::Empty: return QColor(0xd9, 0x3f, 0x3f);
    case EntryStatus::Placeholder: return QColor(0xe0, 0x8a, 0x00);
    case EntryStatus::Unanswered: return QColor(0x5b, 0x6b, 0xd8);
    }
    return {};
}

QString StatusIcons::label(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Answered: return QCoreApplication::translate("StatusIcons", "Answered");
    case EntryStatus::Empty: return QCoreApplication::translate("StatusIcons", "Empty");
    case EntryStatus::Placeholder: return QCoreApplication::translate("StatusIcons", "Placeholder");
    case EntryStatus::Unanswered: return QCoreApplication::translate("StatusIcons", "Unanswered");
    }
    return {};
}
