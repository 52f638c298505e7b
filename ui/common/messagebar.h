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
    // What a failure is about, so that the success that answers it can take
    // it away (a later save clears "Not saved"); None: only the user closes it.
    enum class Topic { None, Save, CandidateImport };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, Topic topic = Topic::None);
    // Hides the bar when it shows a message about `topic`.
    void clear(Topic topic);
    // Adds a button to the current message; clicking it runs `action` and closes the bar.
    QPushButton *addAction(const QString &text, std::function<void()> action);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_label;
    QHBoxLayout *m_buttons;
    Kind m_kind = Kind::Info;
    Topic m_topic = Topic::None;
};
