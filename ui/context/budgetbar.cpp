#include "ui/context/budgetbar.h"

#include <QPainter>

BudgetBar::BudgetBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("contextBudgetBar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BudgetBar::setTokens(qsizetype used, qsizetype budget)
{
    m_used = qMax<qsizetype>(0, used);
    m_budget = qMax<qsizetype>(1, budget);
    update();
}

BudgetBar::Level BudgetBar::levelOf(qsizetype used, qsizetype budget)
{
    if (used > budget)
        return Level::Over;
    return used >= qsizetype(double(budget) * nearFraction) ? Level::Near : Level::Fits;
}

BudgetBar::Level BudgetBar::level() const
{
    return levelOf(m_used, m_budget);
}

QColor BudgetBar::colorOf(Level level, const QPalette &palette)
{
    switch (level) {
    case Level::Fits: return palette.color(QPalette::Highlight);
    case Level::Near: return QColor(0xE6, 0x8A, 0x00); // orange, readable on light and dark
    case Level::Over: return QColor(0xD3, 0x2F, 0x2F);
    }
    return {};
}

QSize BudgetBar::sizeHint() const
{
    return {240, fontMetrics().height() / 2 + 8};
}

QSize BudgetBar::minimumSizeHint() const
{
    return {60, fontMetrics().height() / 2 + 8};
}

void BudgetBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(frame, 3, 3);
    const double fraction = qMin(1.0, double(m_used) / double(m_budget));
    if (fraction <= 0)
        return;
    QRectF filled = frame.adjusted(1, 1, -1, -1);
    filled.setWidth(filled.width() * fraction);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colorOf(level(), palette()));
    painter.drawRoundedRect(filled, 2, 2);
}
