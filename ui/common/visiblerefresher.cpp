#include "ui/common/visiblerefresher.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

VisibleRefresher::VisibleRefresher(QWidget *panel, int settleMs, std::function<void()> refresh)
    : QObject(panel), m_panel(panel), m_settle(new QTimer(this)), m_refresh(std::move(refresh))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(settleMs);
    connect(m_settle, &QTimer::timeout, this, [this] {
        if (m_panel->isVisible())
            m_refresh();
        else
            m_stale = true;
    });
    panel->installEventFilter(this);
}

void VisibleRefresher::schedule()
{
    m_settle->start();
}

void VisibleRefresher::markFresh()
{
    m_stale = false;
}

bool VisibleRefresher::isPending() const
{
    return m_stale || m_settle->isActive();
}

void VisibleRefresher::markStale()
{
    m_stale = true;
}

bool VisibleRefresher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_panel && event->type() == QEvent::Show && m_stale)
        m_refresh();
    return QObject::eventFilter(watched, event);
}
