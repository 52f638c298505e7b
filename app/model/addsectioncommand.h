#pragma once

#include "app/model/documentedits.h"

#include <QUndoCommand>

// Adds a section at the end of the document.
class AddSectionCommand : public QUndoCommand
{
public:
    AddSectionCommand(DocumentEdits *edits, const QString &title);
    void undo() override;
    void redo() override;
    int section() const { return m_section; }

private:
    DocumentEdits *m_edits;
    QString m_title;
    int m_section = -1;
    bool m_done = false;
    QaSection m_snapshot;
};
