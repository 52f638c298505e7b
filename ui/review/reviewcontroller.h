#pragma once

#include "app/document/qadocument.h"
#include "app/review/reviewstatus.h"

#include <QObject>

class EntryListPanel;
class EntrySelection;
class OrphanPanel;
class QMainWindow;
class QaModel;
class QAction;
class QComboBox;
class QLabel;
class QMenu;
class ReviewBar;
class QaEntry;
class ReviewStore;

// Review mode: the menu commands and shortcuts, the review bar under the
// editor, the entry list's review filter, the counts in the status bar and
// the orphaned-reviews panel. It reads and writes the window's ReviewStore;
// the window only places the bar and gives it the View and Review menus.
class ReviewController : public QObject
{
    Q_OBJECT
public:
    // Review Mode and Orphaned Reviews go into `viewMenu`; the review
    // commands into `reviewMenu` and onto a tool bar.
    ReviewController(QMainWindow *window, EntrySelection *selection, QaModel *model, ReviewStore *reviews,
                     EntryListPanel *list, QMenu *viewMenu, QMenu *reviewMenu);

    ReviewBar *bar() const { return m_bar; }
    OrphanPanel *orphanPanel() const { return m_orphans; }
    QComboBox *reviewFilter() const { return m_filter; }
    QLabel *countsLabel() const { return m_counts; }
    QAction *reviewModeAction() const { return m_modeAction; }
    bool isReviewMode() const;

    void setReviewMode(bool on);
    void setStatus(ReviewStatus status);
    void approveAndNext();
    // The next entry (document order, wrapping) not yet reviewed.
    void nextUnreviewed();
    void editNote();
    // Review mode with the list showing the section's entries of that review
    // status (section -1: the next section that has any, from the current one).
    void showReviewed(int section, ReviewStatus status);

    static QString countsText(const ReviewCounts &counts, int orphans);
    // The entry list's mark: ✔ approved, ⚠ changed since approval, ✎ needs work.
    static QString markOf(const ReviewStore &reviews, EntryRef ref);

private:
    enum class Filter { All, Unreviewed, Approved, NeedsWork, Changed };
    void createActions(QMenu *view, QMenu *review);
    void enableReviewActions(); // in Review mode, when the store accepts reviews
    void refreshBar();
    void refreshCounts();
    void applyFilter();
    EntryRef current() const;

    QMainWindow *m_window;
    EntrySelection *m_selection;
    QaModel *m_model;
    ReviewStore *m_reviews;
    EntryListPanel *m_list;
    ReviewBar *m_bar;
    OrphanPanel *m_orphans;
    QComboBox *m_filter;
    QLabel *m_counts;
    QAction *m_modeAction = nullptr;
    QList<QAction *> m_reviewActions; // enabled in Review mode only
    int m_lastOrphanCount = 0;
    bool m_justLoaded = false; // a document came in; the next records update is its load
};
