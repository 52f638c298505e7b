#pragma once

#include <QObject>

class QWidget;

// Tab and Shift+Tab (with or without Ctrl) leave a widget that would
// otherwise keep them, such as the preview's web page (WebEngine moves Tab
// between links inside the page and never gives it back), so the keyboard
// alone never gets stuck there. It watches the widget and the children it
// creates later (WebEngine's render widget).
class FocusEscape : public QObject
{
    Q_OBJECT
public:
    static void install(QWidget *widget);

    // The next (or previous) widget of the window's Tab chain outside `widget`.
    static QWidget *neighbour(QWidget *widget, bool next);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FocusEscape(QWidget *widget);
    QWidget *m_widget;
};
