#pragma once

#include "app/document/qadocument.h"
#include "app/lint/similarityfinder.h"

#include <QWidget>
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
class SimilarQuestionsPanel : public QWidget
{
    Q_OBJECT
public:
    SimilarQuestionsPanel(QaModel *model, AnswerSources *sources, QWidget *parent = nullptr);

    // Where "not a duplicate" is remembered (the review sidecar); without
    // it the button is disabled.
    void setDismissal(std::function<bool(const QString &, const QString &)> isDismissed,
                      std::function<void(const QString &, const QString &)> dismiss);

    QListWidget *pairList() const { return m_list; }
    QPushButton *notDuplicateButton() const { return m_dismiss; }
    QPushButton *mergeButton() const { return m_merge; }
    void refresh();
    void scheduleRefresh();
    // Merges the selected pair keeping its first (true) or second entry.
    void mergeKeeping(bool first);
    void dismissSelected();

signals:
    void goToRequested(EntryRef ref);
    void compareMergedRequested(EntryRef kept);

private:
    struct Pair
    {
        EntryRef a;
        EntryRef b;
        double score = 0;
    };
    void showSelected();
    const Pair *selected() const;

    QaModel *m_model;
    AnswerSources *m_sources;
    std::function<bool(const QString &, const QString &)> m_isDismissed;
    std::function<void(const QString &, const QString &)> m_dismissFn;
    QList<Pair> m_pairs;
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
};
