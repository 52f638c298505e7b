#pragma once

#include "app/compare/answercomparison.h"
#include "app/compare/answersources.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class DiffBrowser;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QaModel;

// The current answer next to another one (saved on disk, git HEAD, an
// imported candidate, a merged entry's answer) with word differences
// highlighted, both rendered or both as markdown source. "Use This Answer"
// replaces the current answer in one undo step. Not modal: it follows
// edits of the entry it shows. The comparison runs in a worker thread
// (AnswerComparison): the dialog opens at once with "Comparing…", a newer
// request or closing the dialog cancels a comparison still running.
class AnswerCompareDialog : public QDialog
{
    Q_OBJECT
public:
    AnswerCompareDialog(QaModel *model, AnswerSources *sources, QWidget *parent = nullptr);

    void showFor(EntryRef ref, AnswerSources::Source source);
    // While shown, moves to another entry (the window's current one) without taking focus.
    void follow(EntryRef ref);
    EntryRef entry() const { return m_ref; }
    AnswerSources::Source source() const;

    DiffBrowser *currentView() const { return m_left; }
    DiffBrowser *otherView() const { return m_right; }
    QPushButton *useButton() const { return m_use; }
    QComboBox *sourceBox() const { return m_source; }
    QRadioButton *renderedButton() const { return m_rendered; }
    QRadioButton *sourceButton() const { return m_markdown; }
    QLabel *summaryLabel() const { return m_summary; }
    // From a request until its comparison is shown.
    // Also while the saved file is still being read: the comparison shown
    // then is not the final one.
    bool isComparing() const;

    void useOtherAnswer();

signals:
    // The views show the comparison last asked for.
    void comparisonShown();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void refresh();
    void cancelComparison();
    void showComparison();
    void updateSourceAvailability();

    QaModel *m_model;
    AnswerSources *m_sources;
    EntryRef m_ref;
    QString m_otherText;
    bool m_otherAvailable = false;
    QLabel *m_question;
    QComboBox *m_source;
    QRadioButton *m_rendered;
    QRadioButton *m_markdown;
    QLabel *m_reason;
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    DiffBrowser *m_left;
    DiffBrowser *m_right;
    QLabel *m_summary;
    QPushButton *m_use;
    QFutureWatcher<AnswerComparison::Result> m_job;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_comparing = false;
};
