#include "ui/overview/stackedbar.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

StackedBar::StackedBar(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
}

void StackedBar::setSegments(const QList<Segment> &segments)
{
    m_segments = segments;
    if (m_focused >= m_segments.size())
        m_focused = -1;
    updateAccessibleText();
    update();
}

void StackedBar::updateAccessibleText()
{
    QStringList parts;
    for (const Segment &s : m_segments)
        parts << tr("%1: %2").arg(s.name).arg(s.count);
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
    setToolTip(parts.join(QStringLiteral(" · ")));
}

QSize StackedBar::sizeHint() const
{
    return {360, fontMetrics().height() + 16};
}

QSize StackedBar::minimumSizeHint() const
{
    return {120, fontMetrics().height() + 16};
}

QList<QRect> StackedBar::rects() const
{
    QList<QRect> out;
    int total = 0;
    for (const Segment &s : m_segments)
        total += s.count;
    const QRect area = rect().adjusted(1, 1, -1, -1);
    int x = area.left();
    int done = 0;
    for (const Segment &s : m_segments) {
        if (total == 0 || s.count == 0) {
            out.append(QRect());
            continue;
        }
        done += s.count;
        // Edges from cumulative counts: no gap or overlap from rounding.
        const int right = area.left() + int(qint64(area.width()) * done / total);
        out.append(QRect(x, area.top(), qMax(1, right - x), area.height()));
        x = right;
    }
    return out;
}

QRect StackedBar::segmentRect(int key) const
{
    const QList<QRect> r = rects();
    for (int i = 0; i < m_segments.size(); ++i) {
        if (m_segments[i].key == key)
            return r[i];
    }
    return {};
}

void StackedBar::paintSwatch(QPainter &painter, const QRect &rect, const Segment &segment)
{
    painter.fillRect(rect, segment.color);
    if (segment.pattern != Qt::SolidPattern && segment.pattern != Qt::NoBrush)
        painter.fillRect(rect, QBrush(QColor(0, 0, 0, 70), segment.pattern));
}

void StackedBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QList<QRect> r = rects();
    bool any = false;
    for (int i = 0; i < m_segments.size(); ++i) {
        if (r[i].isEmpty())
            continue;
        any = true;
        const Segment &s = m_segments[i];
        paintSwatch(painter, r[i], s);
        painter.setPen(palette().color(QPalette::Base));
        painter.drawLine(r[i].topRight(), r[i].bottomRight()); // a seam between segments
        // The count, and the name too when it fits, on a readable colour.
        const QString full = tr("%1 %2").arg(s.count).arg(s.name.toLower());
        const QString shortText = QString::number(s.count);
        const QString text = painter.fontMetrics().horizontalAdvance(full) + 8 <= r[i].width() ? full
            : painter.fontMetrics().horizontalAdvance(shortText) + 4 <= r[i].width()            ? shortText
                                                                                                 : QString();
        if (!text.isEmpty()) {
            painter.setPen(s.color.lightness() > 140 ? Qt::black : Qt::white);
            painter.drawText(r[i], Qt::AlignCenter, text);
        }
        if (hasFocus() && i == m_focused) {
            QPen pen(palette().color(QPalette::Highlight), 3);
            painter.setPen(pen);
            painter.drawRect(r[i].adjusted(1, 1, -2, -2));
        }
    }
    if (!any) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("no entries"));
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void StackedBar::mousePressEvent(QMouseEvent *event)
{
    const QList<QRect> r = rects();
    for (int i = 0; i < m_segments.size(); ++i) {
        if (r[i].contains(event->position().toPoint())) {
            m_focused = i;
            update();
            emit segmentClicked(m_segments[i].key);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void StackedBar::keyPressEvent(QKeyEvent *event)
{
    const QList<QRect> r = rects();
    auto step = [&](int direction) {
        for (int i = m_focused + direction; i >= 0 && i < m_segments.size(); i += direction) {
            if (!r[i].isEmpty()) {
                m_focused = i;
                update();
                return;
            }
        }
    };
    switch (event->key()) {
    case Qt::Key_Right: step(+1); break;
    case Qt::Key_Left: step(m_focused < 0 ? +1 : -1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_focused < 0)
            step(+1);
        if (m_focused >= 0)
            emit segmentClicked(m_segments[m_focused].key);
        break;
    default: QWidget::keyPressEvent(event); return;
    }
}

bool StackedBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QList<QRect> r = rects();
        for (int i = 0; i < m_segments.size(); ++i) {
            if (r[i].contains(help->pos())) {
                QToolTip::showText(help->globalPos(),
                                   tr("%1: %2 — click to list them").arg(m_segments[i].name).arg(m_segments[i].count), this);
                return true;
            }
        }
    }
    return QWidget::event(event);
}
