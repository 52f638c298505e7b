#pragma once

#include "app/base/coalescingjob.h"
#include "app/document/qadocument.h"
#include "app/lint/similarityfinder.h"

#include <QWidget>
#include <vector>
#include <functional>

class AnswerSources;
class DiffBrowser;
class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class VisibleRefresher;
class QaModel;

// The linter's similar question pairs, highest first, with both questions
// and answers side by side: go to either, merge them (keep one; the other's
// answer is then offered in the compare view), or mark them as not a
// duplicate so they are not listed again.
//
// The pairs are searched for in a worker thread (seconds on a 60,000-entry
// document), and only after a question or the entries changed: an answer
// keystroke changes no pair.
class SimilarQuestionsPanel : public QWidget
{
    Q_OBJECT
public:
    SimilarQuestionsPanel(QaModel *model, AnswerSources *sources, QWidget *parent = nullptr);
    ~SimilarQuestionsPanel() override;

    // Where "not a duplicate" is remembered (the review sidecar); without
    // it the button is disabled.
    void setDismissal(std::function<bool(const QString &, const QString &)> isDismissed,
                      std::function<void(const QString &, const QString &)> dismiss);

    QListWidget *pairList() const { return m_list; }
    QPushButton *notDuplicateButton() const { return m_dismiss; }
    QPushButton *mergeButton() const { return m_merge; }
    // Searches again for pairs, in a worker; pairsListed() when they are shown.
    void refresh();
    // Lists the pairs found again once changes settle (e.g. a dismissal in
    // the sidecar); no new search.
    void scheduleRefresh();
    bool isSearching() const { return m_searching; }
    // A search is due (after the edits settle, or when the panel is shown).
    bool isSearchPending() const;
    int searchCount() const { return m_searches; } // searches started so far
    // Merges the selected pair keeping its first (true) or second entry.
    void mergeKeeping(bool first);
    void dismissSelected();

signals:
    void pairsListed();
    void goToRequested(EntryRef ref);
    void compareMergedRequested(EntryRef kept);

private:
    struct Pair
    {
        EntryRef a;
        EntryRef b;
        double score = 0;
        QString questionA;
        QString questionB;
        QString line; // as listed
    };
    struct Found
    {
        quint64 generation = 0;
        QList<Pair> pairs;
        std::vector<QString> questions; // by entry number - 1
    };
    void found(const Found &result, bool requestedAgain);
    void relist();
    void onEntryChanged(EntryRef ref);
    void entriesMoved();
    void updateButtons();
    void showSelected();
    const Pair *selected() const;

    QaModel *m_model;
    AnswerSources *m_sources;
    std::function<bool(const QString &, const QString &)> m_isDismissed;
    std::function<void(const QString &, const QString &)> m_dismissFn;
    QList<Pair> m_found;   // the last search's pairs, dismissed ones too
    QList<Pair> m_pairs;   // those listed
    QStringList m_listed;  // their lines in the list
    std::vector<QString> m_questions; // by entry number - 1, as last searched
    quint64 m_generation = 0; // entries added, removed or moved (refs change)
    bool m_searching = false;
    int m_searches = 0;
    CoalescingJob<Found> m_search;
    QListWidget *m_list;
    QLabel *m_summary;
    DiffBrowser *m_left;
    DiffBrowser *m_right;
    QPushButton *m_goA;
    QPushButton *m_goB;
    QPushButton *m_merge;
    QPushButton *m_dismiss;
    QAction *m_keepFirst;
    QAction *m_keepSecond;
    VisibleRefresher *m_later;
    VisibleRefresher *m_relistLater;
};
