#pragma once

#include <QObject>

#include <functional>

class QTimer;
class QWidget;

// Refreshes a panel once changes settle, and only while it is visible: a
// change made while it is hidden refreshes it when it is next shown. Panels
// that follow the whole document (overview, similar questions, candidates)
// would otherwise redo their work on every keystroke, seen or not.
class VisibleRefresher : public QObject
{
    Q_OBJECT
public:
    VisibleRefresher(QWidget *panel, int settleMs, std::function<void()> refresh);

    void schedule();   // something changed
    void markFresh();  // the panel has just refreshed itself
    void markStale();  // refresh when next shown (e.g. never shown yet)
    bool isPending() const; // a refresh is due: settling, or waiting to be shown

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_panel;
    QTimer *m_settle;
    std::function<void()> m_refresh;
    bool m_stale = false;
};
