#pragma once

#include <QMenu>

class QActionGroup;
class QStatusBar;

// Tools → Spelling: "Check Spelling" on/off and the installed dictionaries
// to choose from (both remembered by SpellChecker in QSettings). With no
// dictionary installed it holds a disabled "No dictionaries installed".
class SpellMenu : public QMenu
{
    Q_OBJECT
public:
    explicit SpellMenu(QWidget *parent = nullptr);

    // Shows once, for a while, in `bar` that spell check is off when there is
    // no dictionary; does nothing otherwise.
    static void announceIfUnavailable(QStatusBar *bar);

private:
    void refresh(); // the checks; the entries too when the dictionaries changed
    void build();

    QAction *m_check = nullptr;
    QList<QAction *> m_languageActions;
    QStringList m_builtFor;
    bool m_built = false;
};
