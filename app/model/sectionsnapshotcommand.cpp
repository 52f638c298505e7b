#include "app/model/sectionsnapshotcommand.h"

SectionSnapshotCommand::SectionSnapshotCommand(QaModel *model, const QString &text,
                                               std::vector<int> sections,
                                               std::function<EntryRef()> operation)
    : QUndoCommand(text), m_model(model), m_sections(std::move(sections)), m_operation(std::move(operation))
{
    for (int s : m_sections)
        m_before.push_back(m_model->document().sectionSnapshot(s));
}

void SectionSnapshotCommand::redo()
{
    if (!m_done) {
        m_result = m_operation();
        for (int s : m_sections)
            m_after.push_back(m_model->document().sectionSnapshot(s));
        m_operation = nullptr; // holds copies we no longer need
        m_done = true;
        m_model->afterStructureChange();
        return;
    }
    restore(m_after);
    emit m_model->navigateRequested(m_result.isValid() ? m_result : EntryRef{m_sections.front(), -1});
}

void SectionSnapshotCommand::undo()
{
    restore(m_before);
    emit m_model->navigateRequested({m_sections.front(), -1});
}

void SectionSnapshotCommand::restore(const std::vector<QaSection> &snapshots)
{
    for (size_t i = 0; i < m_sections.size(); ++i)
        m_model->mutableDocument().restoreSection(m_sections[i], snapshots[i]);
    m_model->afterStructureChange();
}
