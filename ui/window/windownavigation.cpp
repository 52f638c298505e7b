#include "ui/window/windownavigation.h"

#include "app/model/entrylistmodel.h"
#include "app/model/entrynavigator.h"
#include "app/model/qamodel.h"
#include "ui/editor/entryeditor.h"
#include "ui/list/entrylistpanel.h"
#include "ui/list/sectiontabbar.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>

WindowNavigation::WindowNavigation(QaModel *model, SectionTabBar *tabs, EntryListPanel *list, EntryEditor *editor,
                                   QStatusBar *statusBar, QObject *parent)
    : EntrySelection(parent), m_model(model), m_tabs(tabs), m_list(list), m_editor(editor), m_statusBar(statusBar)
{
    m_position = new QLabel(statusBar);
    m_position->setObjectName(QStringLiteral("positionLabel"));
    connect(m_tabs, &SectionTabBar::currentChanged, this, &WindowNavigation::showSection);
    connect(m_list, &EntryListPanel::entryActivated, this, &WindowNavigation::selectEntry);
    connect(m_model, &QaModel::navigateRequested, this, &WindowNavigation::onNavigateRequested);
    connect(m_model, &QaModel::documentReset, this, [this] {
        m_tabs->setCurrentIndex(0);
        showSection(0);
    });
    connect(m_editor, &EntryEditor::shownChanged, this, &EntrySelection::currentChanged);
}

EntryRef WindowNavigation::currentEntry() const
{
    return m_editor->entry();
}

int WindowNavigation::currentSection() const
{
    return m_tabs->currentIndex();
}

void WindowNavigation::showSection(int section)
{
    const QaDocument &document = m_model->document();
    m_model->endTypingBurst();
    if (section < 0 || section >= document.sectionCount()) {
        m_editor->showNothing(tr("This document has no sections yet. Use Edit → Add Section."));
        updatePosition();
        return;
    }
    if (m_tabs->currentIndex() != section) {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(section);
    }
    m_list->listModel()->setSection(section);
    const QaSection &s = document.section(section);
    if (s.isProse()) {
        m_list->selectEntry({});
        m_editor->showProse(section);
    } else {
        const EntryRef first = m_list->listModel()->rowCount() > 0 && m_list->searchField()->text().isEmpty()
            ? m_list->listModel()->entryAt(0) : EntryRef{section, 0};
        m_list->selectEntry(first);
        m_editor->showEntry(first);
    }
    updatePosition();
}

void WindowNavigation::showSectionFiltered(int section, StatusFilter filter)
{
    m_list->searchField()->clear();
    m_list->statusFilter()->setCurrentIndex(qMax(0, m_list->statusFilter()->findData(int(filter))));
    showSection(section);
}

void WindowNavigation::clearListFilters()
{
    m_list->searchField()->clear();
    m_list->statusFilter()->setCurrentIndex(0);
}

void WindowNavigation::selectEntry(EntryRef ref)
{
    if (!m_model->document().contains(ref))
        return;
    if (ref != m_editor->entry())
        m_model->endTypingBurst(); // switching entries ends an undo step
    if (m_tabs->currentIndex() != ref.section) {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(ref.section);
        m_list->listModel()->setSection(ref.section);
    }
    m_list->selectEntry(ref);
    m_editor->showEntry(ref);
    updatePosition();
}

void WindowNavigation::onNavigateRequested(EntryRef ref)
{
    if (ref.index >= 0)
        selectEntry(ref);
    else if (ref.section >= 0 && ref.section < m_model->document().sectionCount())
        showSection(ref.section);
}

void WindowNavigation::updatePosition()
{
    const EntryRef ref = currentEntry();
    const QaDocument &document = m_model->document();
    if (!ref.isValid()) {
        m_position->setText(currentSection() >= 0 && currentSection() < document.sectionCount()
                                ? tr("Section %1 of %2").arg(currentSection() + 1).arg(document.sectionCount())
                                : QString());
        return;
    }
    const int line = document.entry(ref).line();
    QString text = tr("Entry %1 of %2").arg(document.entryNumber(ref)).arg(document.entryCount());
    if (line > 0)
        text += tr(" · line %1").arg(line);
    m_position->setText(text);
}

int WindowNavigation::currentPositionNumber() const
{
    const EntryRef ref = currentEntry();
    if (ref.isValid())
        return m_model->document().entryNumber(ref);
    return EntryNavigator::entriesBefore(m_model->document(), qMax(0, currentSection()));
}

void WindowNavigation::jumpToNeedingAttention(bool forward)
{
    bool wrapped = false;
    const QaDocument &document = m_model->document();
    const int position = currentPositionNumber();
    const EntryRef target = forward
        ? EntryNavigator::nextNeedingAttention(document, position, &wrapped, m_notAGap)
        : EntryNavigator::previousNeedingAttention(document, currentEntry().isValid() ? position : position + 1, &wrapped,
                                                   m_notAGap);
    if (!target.isValid()) {
        m_statusBar->showMessage(tr("No entry needs attention."), 4000);
        return;
    }
    if (!m_list->searchField()->text().isEmpty() || m_list->listModel()->statusFilter() != StatusFilter::All) {
        if (m_list->listModel()->rowOf(target) < 0)
            clearListFilters();
    }
    selectEntry(target);
    m_editor->focusAnswerAtEnd();
    if (wrapped)
        m_statusBar->showMessage(forward ? tr("Continued from the start.") : tr("Continued from the end."), 3000);
}

void WindowNavigation::nextEntry()
{
    const EntryRef ref = m_model->document().entryRef(currentPositionNumber() + 1);
    if (ref.isValid())
        selectEntry(ref);
}

void WindowNavigation::previousEntry()
{
    const int number = currentEntry().isValid() ? currentPositionNumber() - 1 : currentPositionNumber();
    const EntryRef ref = m_model->document().entryRef(number);
    if (ref.isValid())
        selectEntry(ref);
}

void WindowNavigation::nextSection()
{
    if (m_tabs->count() > 0)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
}

void WindowNavigation::previousSection()
{
    if (m_tabs->count() > 0)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
}

void WindowNavigation::focusSearch()
{
    m_list->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_list->searchField()->selectAll();
}
