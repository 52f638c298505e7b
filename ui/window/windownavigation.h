#pragma once

#include "app/model/entrynavigator.h"

#include "ui/common/entryselection.h"

class EntryEditor;
class EntryListPanel;
class QLabel;
class QStatusBar;
class QaModel;
class SectionTabBar;

// Which entry the window shows, and the Go menu's moves: section tabs, the
// entry list and the editor kept in step, and the position in the status bar.
class WindowNavigation : public EntrySelection
{
    Q_OBJECT
public:
    WindowNavigation(QaModel *model, SectionTabBar *tabs, EntryListPanel *list, EntryEditor *editor,
                     QStatusBar *statusBar, QObject *parent);

    EntryRef currentEntry() const override;
    int currentSection() const override;
    void selectEntry(EntryRef ref) override;
    void showSection(int section) override;
    void showSectionFiltered(int section, StatusFilter filter) override;
    void clearListFilters() override;

    QLabel *positionLabel() const { return m_position; }

    // Entries that are no gap even without an answer (probes): F8 skips them.
    void setNotAGap(EntryNavigator::Skip isProbe) { m_notAGap = std::move(isProbe); }
    void nextNeedingAttention() { jumpToNeedingAttention(true); }
    void previousNeedingAttention() { jumpToNeedingAttention(false); }
    void nextEntry();
    void previousEntry();
    void nextSection();
    void previousSection();
    void focusSearch();

private:
    void onNavigateRequested(EntryRef ref);
    void jumpToNeedingAttention(bool forward);
    int currentPositionNumber() const;
    void updatePosition();

    QaModel *m_model;
    SectionTabBar *m_tabs;
    EntryListPanel *m_list;
    EntryEditor *m_editor;
    QStatusBar *m_statusBar;
    QLabel *m_position;
    EntryNavigator::Skip m_notAGap;
};
