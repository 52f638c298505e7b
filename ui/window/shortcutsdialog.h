#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

// Help → Keyboard Shortcuts: read from the menu actions themselves, so the
// list cannot go stale.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(QMenuBar *menuBar, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};
