#include "app/model/addsectioncommand.h"

#include <QCoreApplication>

AddSectionCommand::AddSectionCommand(QaModel *model, const QString &title)
    : m_model(model), m_title(title)
{
    setText(QCoreApplication::translate("AddSectionCommand", "Add Section"));
}

void AddSectionCommand::redo()
{
    QaDocument &document = m_model->mutableDocument();
    if (!m_done) {
        m_section = document.addSection(document.sectionCount(), m_title);
        m_done = true;
    } else {
        document.insertSectionSnapshot(m_section, m_snapshot);
        emit m_model->navigateRequested({m_section, -1});
    }
    m_model->afterStructureChange();
}

void AddSectionCommand::undo()
{
    QaDocument &document = m_model->mutableDocument();
    m_snapshot = document.sectionSnapshot(m_section);
    document.removeSection(m_section);
    m_model->afterStructureChange();
    emit m_model->navigateRequested({qMax(0, m_section - 1), -1});
}
