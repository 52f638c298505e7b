#pragma once

#include "app/model/qamodel.h"

#include <QUndoCommand>

// Adds a section at the end of the document.
class AddSectionCommand : public QUndoCommand
{
public:
    AddSectionCommand(QaModel *model, const QString &title);
    void undo() override;
    void redo() override;
    int section() const { return m_section; }

private:
    QaModel *m_model;
    QString m_title;
    int m_section = -1;
    bool m_done = false;
    QaSection m_snapshot;
};
