#include "ui/preview/focusescape.h"

#include <QKeyEvent>
#include <QWidget>

FocusEscape::FocusEscape(QWidget *widget) : QObject(widget), m_widget(widget) {}

void FocusEscape::install(QWidget *widget)
{
    auto *escape = new FocusEscape(widget);
    widget->installEventFilter(escape);
    for (QWidget *child : widget->findChildren<QWidget *>())
        child->installEventFilter(escape);
}

QWidget *FocusEscape::neighbour(QWidget *widget, bool next)
{
    QWidget *candidate = widget;
    // The chain is a cycle through every widget of the window.
    for (int guard = 0; guard < 10000; ++guard) {
        candidate = next ? candidate->nextInFocusChain() : candidate->previousInFocusChain();
        if (candidate == widget)
            return nullptr;
        if (widget->isAncestorOf(candidate) || candidate->window() != widget->window())
            continue;
        if ((candidate->focusPolicy() & Qt::TabFocus) && candidate->isVisible() && candidate->isEnabled()
            && !candidate->focusProxy())
            return candidate;
    }
    return nullptr;
}

bool FocusEscape::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ChildAdded) {
        QObject *child = static_cast<QChildEvent *>(event)->child();
        if (child->isWidgetType())
            child->installEventFilter(this);
    } else if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (tab && !(key->modifiers() & Qt::AltModifier)) {
            const bool next = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            if (QWidget *target = neighbour(m_widget, next)) {
                target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}
