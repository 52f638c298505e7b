#pragma once

#include "app/rehearsal/runsfile.h"

#include <QMap>
#include <QSet>
#include <QString>

#include <vector>

// What the runs file says across runs, for the window: every earlier answer
// to one question (found by its question key, so edits and moves keep the
// history), the questions whose verdict or answer changed between two runs,
// and a run's verdicts per section. Verdicts are the user's where they
// overrode one.
class RunHistory
{
public:
    struct Past
    {
        const RunRecord *run = nullptr;
        const AnswerRecord *answer = nullptr;
        Verdict verdict = Verdict::Error; // with the override applied
    };

    RunHistory() = default;
    explicit RunHistory(RunsFile::Content content);

    const RunsFile::Content &content() const { return m_content; }
    bool isEmpty() const { return m_content.runs.empty(); }
    const RunsFile::Run *run(const QString &id) const;

    // Newest run first.
    std::vector<Past> answersTo(const QString &questionKey) const;
    // Keys of the questions asked in both runs whose verdict or answer
    // differ, and of those asked in only one of them.
    QSet<QString> different(const QString &runA, const QString &runB) const;
    // Per section title: how many answers of the run had each verdict.
    QMap<QString, QMap<Verdict, int>> verdictsBySection(const QString &runId) const;

private:
    RunsFile::Content m_content;
};
