#include "app/model/edittextcommand.h"

#include <QCoreApplication>

EditTextCommand::EditTextCommand(QaModel *model, int field, EntryRef ref, const QString &before,
                                 const QString &after)
    : m_model(model), m_field(field), m_ref(ref), m_before(before), m_after(after)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("EditTextCommand", "Edit Question"),
        QT_TRANSLATE_NOOP("EditTextCommand", "Edit Answer"),
        QT_TRANSLATE_NOOP("EditTextCommand", "Edit Section Text"),
    };
    setText(QCoreApplication::translate("EditTextCommand", names[field]));
}

EditTextCommand::~EditTextCommand()
{
    if (m_model->m_openBurst == this)
        m_model->m_openBurst = nullptr;
}

void EditTextCommand::undo()
{
    m_model->applyText(QaModel::TextField(m_field), m_ref, m_before);
    emit m_model->navigateRequested(m_ref);
}

void EditTextCommand::redo()
{
    m_model->applyText(QaModel::TextField(m_field), m_ref, m_after);
    if (!m_firstRedo)
        emit m_model->navigateRequested(m_ref);
    m_firstRedo = false;
}

bool EditTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditTextCommand *>(other);
    if (m_closed || next->m_field != m_field || next->m_ref != m_ref)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before); // typed and deleted again: nothing to undo
    return true;
}
