#include "ui/window/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

void addMenu(QTreeWidget *tree, QMenu *menu, QTreeWidgetItem *parent)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        if (action->menu()) {
            addMenu(tree, action->menu(), parent);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (keys.isEmpty())
            continue;
        new QTreeWidgetItem(parent, {text, keys.join(QStringLiteral(", "))});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMenuBar *menuBar, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    for (QAction *top : menuBar->actions()) {
        if (!top->menu())
            continue;
        QString title = top->text();
        title.remove(QLatin1Char('&'));
        auto *group = new QTreeWidgetItem(m_tree, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        addMenu(m_tree, top->menu(), group);
        // A menu whose commands have no shortcuts (Tools: only the Spelling
        // submenu) gets no heading either.
        if (group->childCount() == 0) {
            delete group;
            continue;
        }
        group->setExpanded(true);
    }
    // Both columns as wide as their longest text (shortcuts such as
    // "Ctrl+Shift+Delete" were cut off), and the dialog wide enough for both.
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    const int columns = m_tree->header()->sectionSize(0) + m_tree->header()->sectionSize(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    const int chrome = 2 * m_tree->frameWidth() + m_tree->verticalScrollBar()->sizeHint().width()
        + layout->contentsMargins().left() + layout->contentsMargins().right() + 16;
    resize(qMax(520, columns + chrome), 560);
}
