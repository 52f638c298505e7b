#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QPushButton;

// A non-modal bar across the top of the window for errors and notices
// (Qt Creator's info bars): it says what happened and stays until closed.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    // Adds a button to the current message; clicking it runs `action` and closes the bar.
    QPushButton *addAction(const QString &text, std::function<void()> action);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_label;
    QHBoxLayout *m_buttons;
    Kind m_kind = Kind::Info;
};
