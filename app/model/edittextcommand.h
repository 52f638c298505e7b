#pragma once

#include "app/model/qamodel.h"

#include <QUndoCommand>

// One typing burst in one text field (question, answer or prose) of one entry.
class EditTextCommand : public QUndoCommand
{
public:
    EditTextCommand(QaModel *model, int field, EntryRef ref, const QString &before,
                    const QString &after);
    ~EditTextCommand() override;

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

    void close() { m_closed = true; }

private:
    QaModel *m_model;
    int m_field;
    EntryRef m_ref;
    QString m_before;
    QString m_after;
    bool m_closed = false;
    bool m_firstRedo = true;
};
