#pragma once

#include "app/rehearsal/answerrecord.h"
#include "app/rehearsal/rehearsalquestion.h"
#include "app/rehearsal/runhistory.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class AnswerView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// The Rehearsal dock: which endpoint, what to ask (current entry, section,
// listed entries, whole document), progress and Cancel, the questions of
// the run with their verdicts, and the chosen one side by side (AnswerView).
// It only shows; RehearsalController runs the rehearsal and writes.
class RehearsalPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Scope { Entry, Section, Listed, Document };

    explicit RehearsalPanel(QWidget *parent = nullptr);

    void setProfiles(const QStringList &names, const QString &current);
    // A run starts with these questions (none answered yet).
    void startRun(const std::vector<RehearsalQuestion> &questions);
    void questionStarted(int question);
    void appendAnswer(int question, const QString &text);
    void answerRecorded(int question, const AnswerRecord &answer);
    void setOverride(int question, Verdict verdict);
    void runFinished(const QString &summary);
    void setWarning(const QString &warning); // empty: none
    // The runs file as last read: the runs to choose from, each question's
    // earlier answers.
    void setHistory(std::shared_ptr<const RunHistory> history);
    // Shows a run of the file (its answers, the user's verdicts).
    void showStoredRun(const QString &runId);
    // Only the questions whose verdict or answer differ from `otherRunId`'s
    // (empty: all of them).
    void showDifferentFrom(const QString &otherRunId);
    QString shownRun() const { return m_shownRun; }
    bool isQuestionListed(int question) const;
    QComboBox *runChoice() const { return m_runChoice; }
    QComboBox *differentChoice() const { return m_differentFrom; }

    int questionCount() const { return int(m_rows.size()); }
    int currentQuestion() const;
    void setCurrentQuestion(int question);
    const std::optional<AnswerRecord> &answer(int question) const { return m_rows[size_t(question)].record; }
    const RehearsalQuestion &question(int question) const { return m_rows[size_t(question)].question; }
    QString streamed(int question) const { return m_rows[size_t(question)].streamed; }

    AnswerView *answerView() const { return m_view; }
    QTreeWidget *questionList() const { return m_list; }
    QProgressBar *progress() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *askButton() const { return m_ask; }
    QComboBox *scopeChoice() const { return m_scope; }
    QComboBox *profileChoice() const { return m_profiles; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void askRequested(RehearsalPanel::Scope scope);
    void cancelRequested();
    void endpointsRequested();
    void profileChosen(const QString &name);
    void verdictOverridden(int question, Verdict verdict);
    void useAsCandidateRequested(int question);
    void questionChosen(int question);

private:
    struct Row
    {
        RehearsalQuestion question;
        QString streamed;
        std::optional<AnswerRecord> record;
        std::optional<Verdict> override;
    };
    void addRow(Row row);
    void setProgressIdle();
    void showProgress(int done, int questions);
    void updateRow(int question);
    void showCurrent();
    void fillRunChoices();

    std::vector<Row> m_rows;
    QComboBox *m_profiles;
    QComboBox *m_scope;
    QPushButton *m_ask;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeWidget *m_list;
    AnswerView *m_view;
    int m_recorded = 0;
    bool m_running = false;
    QString m_shownRun;
    QString m_differentRun;
    std::shared_ptr<const RunHistory> m_history;
    QComboBox *m_runChoice;
    QComboBox *m_differentFrom;
};
