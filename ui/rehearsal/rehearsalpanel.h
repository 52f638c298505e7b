#pragma once

#include "app/rehearsal/answerrecord.h"
#include "app/rehearsal/rehearsalquestion.h"

#include <QWidget>

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
    void updateRow(int question);
    void showCurrent();

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
};
