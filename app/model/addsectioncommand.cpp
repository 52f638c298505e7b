#include "app/model/addsectioncommand.h"

#include <QCoreApplication>

AddSectionCommand::AddSectionCommand(DocumentEdits *edits, const QString &title)
    : m_edits(edits), m_title(title)
{
    setText(QCoreApplication::translate("AddSectionCommand", "Add Section"));
}

void AddSectionCommand::redo()
{
    if (!m_done) {
        m_section = m_edits->insertSection(m_edits->document().sectionCount(), m_title);
        m_done = true;
    } else {
        m_edits->insertSectionSnapshot(m_section, m_snapshot);
        m_edits->navigateTo({m_section, -1});
    }
    m_edits->structureEdited();
}

void AddSectionCommand::undo()
{
    m_snapshot = m_edits->document().sectionSnapshot(m_section);
    m_edits->removeSection(m_section);
    m_edits->structureEdited();
    m_edits->navigateTo({qMax(0, m_section - 1), -1});
}
