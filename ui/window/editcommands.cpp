#include "ui/window/editcommands.h"

#include "app/model/qamodel.h"
#include "ui/common/entryselection.h"
#include "ui/editor/entryeditor.h"
#include "ui/editor/markdowneditor.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QStatusBar>

EditCommands::EditCommands(EntrySelection *selection, QaModel *model, EntryEditor *editor, QStatusBar *statusBar,
                           QWidget *dialogParent)
    : QObject(dialogParent), m_selection(selection), m_model(model), m_editor(editor), m_statusBar(statusBar),
      m_dialogParent(dialogParent)
{
}

void EditCommands::addQuestion()
{
    const int section = m_selection->currentSection();
    if (section < 0 || section >= m_model->document().sectionCount()) {
        addSection();
        return;
    }
    const EntryRef current = m_selection->currentEntry();
    const int index = current.isValid() ? current.index + 1 : m_model->document().section(section).entryCount();
    const EntryRef added = m_model->addEntry(section, index);
    m_selection->selectEntry(added);
    m_editor->questionEditor()->setFocus(Qt::ShortcutFocusReason);
}

void EditCommands::deleteEntry()
{
    const EntryRef ref = m_selection->currentEntry();
    if (!ref.isValid())
        return;
    m_model->removeEntry(ref);
    const int count = m_model->document().section(ref.section).entryCount();
    if (count > 0)
        m_selection->selectEntry({ref.section, qMin(ref.index, count - 1)});
    else
        m_selection->showSection(ref.section);
    m_statusBar->showMessage(tr("Entry deleted. Undo brings it back."), 4000);
}

void EditCommands::moveEntryBy(int delta)
{
    const EntryRef ref = m_selection->currentEntry();
    if (!ref.isValid())
        return;
    const int target = ref.index + delta;
    if (target < 0 || target >= m_model->document().section(ref.section).entryCount())
        return;
    m_selection->selectEntry(m_model->moveEntry(ref, ref.section, target));
}

void EditCommands::moveToSection()
{
    const EntryRef ref = m_selection->currentEntry();
    if (!ref.isValid())
        return;
    QStringList titles;
    for (int s = 0; s < m_model->document().sectionCount(); ++s)
        titles << QStringLiteral("%1. %2").arg(s + 1).arg(m_model->document().section(s).title());
    bool ok = false;
    const QString choice = QInputDialog::getItem(m_dialogParent, tr("Move to Section"), tr("Move this entry to:"), titles,
                                                 ref.section, false, &ok);
    const int target = int(titles.indexOf(choice));
    if (!ok || target < 0 || target == ref.section)
        return;
    m_selection->selectEntry(m_model->moveEntry(ref, target, m_model->document().section(target).entryCount()));
}

void EditCommands::addSection()
{
    bool ok = false;
    const QString title = QInputDialog::getText(m_dialogParent, tr("Add Section"), tr("Section heading:"),
                                                QLineEdit::Normal, QString(), &ok).simplified();
    if (!ok || title.isEmpty())
        return;
    m_selection->showSection(m_model->addSection(title));
}

void EditCommands::renameSection()
{
    const int section = m_selection->currentSection();
    if (section < 0 || section >= m_model->document().sectionCount()
        || !m_model->document().section(section).hasHeading())
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(m_dialogParent, tr("Rename Section"), tr("Section heading:"), QLineEdit::Normal,
                                                m_model->document().section(section).title(), &ok);
    if (ok)
        m_model->renameSection(section, title);
}
