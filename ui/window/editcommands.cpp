#include "ui/window/editcommands.h"

#include "ui/editor/entryeditor.h"
#include "ui/window/mainwindow.h"
#include "ui/editor/markdowneditor.h"
#include "app/model/qamodel.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QStatusBar>

EditCommands::EditCommands(MainWindow *window, QaModel *model)
    : QObject(window), m_window(window), m_model(model)
{
}

void EditCommands::addQuestion()
{
    const int section = m_window->currentSection();
    if (section < 0 || section >= m_model->document().sectionCount()) {
        addSection();
        return;
    }
    const EntryRef current = m_window->currentEntry();
    const int index = current.isValid() ? current.index + 1 : m_model->document().section(section).entryCount();
    const EntryRef added = m_model->addEntry(section, index);
    m_window->selectEntry(added);
    m_window->editor()->questionEditor()->setFocus(Qt::ShortcutFocusReason);
}

void EditCommands::deleteEntry()
{
    const EntryRef ref = m_window->currentEntry();
    if (!ref.isValid())
        return;
    m_model->removeEntry(ref);
    const int count = m_model->document().section(ref.section).entryCount();
    if (count > 0)
        m_window->selectEntry({ref.section, qMin(ref.index, count - 1)});
    else
        m_window->showSection(ref.section);
    m_window->statusBar()->showMessage(tr("Entry deleted. Undo brings it back."), 4000);
}

void EditCommands::moveEntryBy(int delta)
{
    const EntryRef ref = m_window->currentEntry();
    if (!ref.isValid())
        return;
    const int target = ref.index + delta;
    if (target < 0 || target >= m_model->document().section(ref.section).entryCount())
        return;
    m_window->selectEntry(m_model->moveEntry(ref, ref.section, target));
}

void EditCommands::moveToSection()
{
    const EntryRef ref = m_window->currentEntry();
    if (!ref.isValid())
        return;
    QStringList titles;
    for (int s = 0; s < m_model->document().sectionCount(); ++s)
        titles << QStringLiteral("%1. %2").arg(s + 1).arg(m_model->document().section(s).title());
    bool ok = false;
    const QString choice = QInputDialog::getItem(m_window, tr("Move to Section"), tr("Move this entry to:"), titles,
                                                 ref.section, false, &ok);
    const int target = int(titles.indexOf(choice));
    if (!ok || target < 0 || target == ref.section)
        return;
    m_window->selectEntry(m_model->moveEntry(ref, target, m_model->document().section(target).entryCount()));
}

void EditCommands::addSection()
{
    bool ok = false;
    const QString title = QInputDialog::getText(m_window, tr("Add Section"), tr("Section heading:"),
                                                QLineEdit::Normal, QString(), &ok).simplified();
    if (!ok || title.isEmpty())
        return;
    m_window->showSection(m_model->addSection(title));
}

void EditCommands::renameSection()
{
    const int section = m_window->currentSection();
    if (section < 0 || section >= m_model->document().sectionCount()
        || !m_model->document().section(section).hasHeading())
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(m_window, tr("Rename Section"), tr("Section heading:"), QLineEdit::Normal,
                                                m_model->document().section(section).title(), &ok);
    if (ok)
        m_model->renameSection(section, title);
}
