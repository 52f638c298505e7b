#include "app/model/sectionsnapshotcommand.h"

SectionSnapshotCommand::SectionSnapshotCommand(DocumentEdits *edits, const QString &text,
                                               std::vector<int> sections,
                                               std::function<EntryRef()> operation)
    : QUndoCommand(text), m_edits(edits), m_sections(std::move(sections)), m_operation(std::move(operation))
{
    for (int s : m_sections)
        m_before.push_back(m_edits->document().sectionSnapshot(s));
}

void SectionSnapshotCommand::redo()
{
    if (!m_done) {
        m_result = m_operation();
        for (int s : m_sections)
            m_after.push_back(m_edits->document().sectionSnapshot(s));
        m_operation = nullptr; // holds copies we no longer need
        m_done = true;
        m_edits->structureEdited();
        return;
    }
    restore(m_after);
    m_edits->navigateTo(m_result.isValid() ? m_result : EntryRef{m_sections.front(), -1});
}

void SectionSnapshotCommand::undo()
{
    restore(m_before);
    m_edits->navigateTo({m_sections.front(), -1});
}

void SectionSnapshotCommand::restore(const std::vector<QaSection> &snapshots)
{
    for (size_t i = 0; i < m_sections.size(); ++i)
        m_edits->restoreSection(m_sections[i], snapshots[i]);
    m_edits->structureEdited();
}
