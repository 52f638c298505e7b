#pragma once

#include "app/model/qamodel.h"

#include <QUndoCommand>
#include <functional>
#include <vector>

// A structural edit (add, delete, move entries; rename a section) undone by
// restoring the sections it touched exactly as they were, byte for byte.
class SectionSnapshotCommand : public QUndoCommand
{
public:
    SectionSnapshotCommand(QaModel *model, const QString &text, std::vector<int> sections,
                           std::function<EntryRef()> operation);

    void undo() override;
    void redo() override;
    EntryRef result() const { return m_result; }

private:
    void restore(const std::vector<QaSection> &snapshots);

    QaModel *m_model;
    std::vector<int> m_sections;
    std::function<EntryRef()> m_operation;
    std::vector<QaSection> m_before;
    std::vector<QaSection> m_after;
    EntryRef m_result;
    EntryRef m_origin;
    bool m_done = false;
};
