#pragma once

#include "app/model/documentedits.h"

#include <QUndoCommand>

// One typing burst in one text field (question, answer or prose) of one entry.
// Consecutive commands merge while they carry the same burst number; the
// model starts a new burst when typing should begin a new undo step.
class EditTextCommand : public QUndoCommand
{
public:
    EditTextCommand(DocumentEdits *edits, DocumentEdits::TextField field, EntryRef ref, const QString &before,
                    const QString &after, quint64 burst);

    void undo() override;
    void redo() override;
    int id() const override { return 1; } // merges only with its own kind
    bool mergeWith(const QUndoCommand *other) override;

private:
    DocumentEdits *m_edits;
    DocumentEdits::TextField m_field;
    EntryRef m_ref;
    QString m_before;
    QString m_after;
    quint64 m_burst;
    bool m_firstRedo = true;
};
