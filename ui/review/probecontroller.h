#pragma once

#include <QIcon>
#include <QObject>

class EntryEditor;
class EntryListPanel;
class EntrySelection;
class OverviewPanel;
class QAction;
class QMenu;
class QWidget;
class ReviewStore;
class SectionTabBar;

// Probe marks in the window: "Mark as Probe" and "Mark Section as Probe"
// (Review menu, the entry list's and the section tabs' context menus), the
// probe mark in the entry list (and its Probes filter), the editor and the
// probes in the overview. The marks
// live in the ReviewStore (the sidecar): like review statuses they are
// saved at once and are not on the undo stack; each command is undone by
// choosing it again (the actions are checkable).
class ProbeController : public QObject
{
    Q_OBJECT
public:
    ProbeController(QObject *parent, EntrySelection *selection, ReviewStore *reviews, EntryListPanel *list,
                    SectionTabBar *tabs, QMenu *reviewMenu);

    void showInOverview(OverviewPanel *overview);
    // The editor's status badge says "Probe" for a probe, with its mark.
    void showInEditor(EntryEditor *editor);
    QAction *markEntryAction() const { return m_markEntry; }
    QAction *markSectionAction() const { return m_markSection; }
    // A question mark in a ring: shape, not colour alone, tells it apart.
    static QIcon probeIcon();

private:
    void toggleEntry(bool on);
    void toggleSection(bool on);
    void refreshActions();

    EntrySelection *m_selection;
    ReviewStore *m_reviews;
    EntryListPanel *m_list;
    QAction *m_markEntry;
    QAction *m_markSection;
};
