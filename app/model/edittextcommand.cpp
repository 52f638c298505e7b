#include "app/model/edittextcommand.h"

#include <QCoreApplication>

EditTextCommand::EditTextCommand(DocumentEdits *edits, DocumentEdits::TextField field, EntryRef ref,
                                 const QString &before, const QString &after, quint64 burst)
    : m_edits(edits), m_field(field), m_ref(ref), m_before(before), m_after(after), m_burst(burst)
{
    switch (field) {
    case DocumentEdits::TextField::Question:
        setText(QCoreApplication::translate("EditTextCommand", "Edit Question"));
        break;
    case DocumentEdits::TextField::Answer:
        setText(QCoreApplication::translate("EditTextCommand", "Edit Answer"));
        break;
    case DocumentEdits::TextField::Prose:
        setText(QCoreApplication::translate("EditTextCommand", "Edit Section Text"));
        break;
    }
}

void EditTextCommand::undo()
{
    m_edits->applyText(m_field, m_ref, m_before);
    m_edits->navigateTo(m_ref);
}

void EditTextCommand::redo()
{
    m_edits->applyText(m_field, m_ref, m_after);
    if (!m_firstRedo)
        m_edits->navigateTo(m_ref);
    m_firstRedo = false;
}

bool EditTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditTextCommand *>(other); // same id(): same class
    if (next->m_burst != m_burst || next->m_field != m_field || next->m_ref != m_ref)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before); // typed and deleted again: nothing to undo
    return true;
}
