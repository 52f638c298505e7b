#pragma once

#include "app/compare/answercomparison.h"
#include "app/rehearsal/answerrecord.h"
#include "app/rehearsal/rehearsalquestion.h"
#include "app/rehearsal/runhistory.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class DiffBrowser;
class PreviewView;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

// One question of a rehearsal side by side: the question, the authored
// answer and the model's (streaming in while it comes), both rendered by
// the locked-down PreviewView (model output is untrusted: no scripts, no
// network), a word diff on demand (AnswerComparison, in a worker), the
// verdict and its numbers, the user's own verdict and "Use as Candidate".
class AnswerView : public QWidget
{
    Q_OBJECT
public:
    explicit AnswerView(QWidget *parent = nullptr);

    // Nothing shown (no question chosen).
    void clear();
    // A question: what the model said so far, its record once complete,
    // and the user's verdict when there is one.
    void showQuestion(const RehearsalQuestion &question, const QString &modelAnswer,
                      const std::optional<AnswerRecord> &record, std::optional<Verdict> override);
    // Earlier runs' answers to the question shown, newest first.
    void setHistory(const std::vector<RunHistory::Past> &earlier);
    QTreeWidget *historyList() const { return m_history; }
    // More of the model's answer arrived for the question shown.
    void setStreamingAnswer(const QString &modelAnswer);

    PreviewView *authoredPreview() const { return m_authored; }
    PreviewView *modelPreview() const { return m_model; }
    QLabel *questionLabel() const { return m_question; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *warningLabel() const { return m_warning; }
    QComboBox *verdictChoice() const { return m_verdict; }
    QPushButton *diffButton() const { return m_diffButton; }
    QPushButton *useButton() const { return m_use; }
    DiffBrowser *authoredDiff() const { return m_authoredDiff; }
    DiffBrowser *modelDiff() const { return m_modelDiff; }

    static QString verdictText(Verdict verdict);

signals:
    void verdictOverridden(Verdict verdict);
    void useAsCandidateRequested();
    void diffShown();

private:
    void showDiff(bool on);
    void diffReady();
    void updateDetails();

    QLabel *m_question;
    QLabel *m_details;
    QLabel *m_warning;
    QStackedWidget *m_pages;
    PreviewView *m_authored;
    PreviewView *m_model;
    DiffBrowser *m_authoredDiff;
    DiffBrowser *m_modelDiff;
    QComboBox *m_verdict;
    QPushButton *m_diffButton;
    QPushButton *m_use;
    QTreeWidget *m_history;
    QFutureWatcher<AnswerComparison::Result> m_diffJob;

    RehearsalQuestion m_shown;
    QString m_modelAnswer;
    std::optional<AnswerRecord> m_record;
    std::optional<Verdict> m_override;
};
