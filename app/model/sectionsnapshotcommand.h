#pragma once

#include "app/model/documentedits.h"

#include <QUndoCommand>
#include <functional>
#include <vector>

// A structural edit (add, delete, move entries; rename a section) undone by
// restoring the sections it touched exactly as they were, byte for byte.
class SectionSnapshotCommand : public QUndoCommand
{
public:
    SectionSnapshotCommand(DocumentEdits *edits, const QString &text, std::vector<int> sections,
                           std::function<EntryRef()> operation);

    void undo() override;
    void redo() override;
    EntryRef result() const { return m_result; }

private:
    void restore(const std::vector<QaSection> &snapshots);

    DocumentEdits *m_edits;
    std::vector<int> m_sections;
    std::function<EntryRef()> m_operation;
    std::vector<QaSection> m_before;
    std::vector<QaSection> m_after;
    EntryRef m_result;
    bool m_done = false;
};
