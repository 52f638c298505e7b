#include "app/rehearsal/runhistory.h"

#include <QHash>

RunHistory::RunHistory(RunsFile::Content content) : m_content(std::move(content)) {}

const RunsFile::Run *RunHistory::run(const QString &id) const
{
    for (const RunsFile::Run &r : m_content.runs) {
        if (r.run.id == id)
            return &r;
    }
    return nullptr;
}

std::vector<RunHistory::Past> RunHistory::answersTo(const QString &questionKey) const
{
    std::vector<Past> past;
    for (auto run = m_content.runs.crbegin(); run != m_content.runs.crend(); ++run) {
        for (const AnswerRecord &answer : run->answers) {
            if (answer.questionKey == questionKey)
                past.push_back(Past{&run->run, &answer, m_content.verdictOf(answer)});
        }
    }
    return past;
}

QSet<QString> RunHistory::different(const QString &runA, const QString &runB) const
{
    const RunsFile::Run *a = run(runA);
    const RunsFile::Run *b = run(runB);
    QSet<QString> keys;
    if (!a || !b)
        return keys;
    QHash<QString, const AnswerRecord *> inB;
    for (const AnswerRecord &answer : b->answers)
        inB.insert(answer.questionKey, &answer);
    QSet<QString> seen;
    for (const AnswerRecord &answer : a->answers) {
        seen.insert(answer.questionKey);
        const AnswerRecord *other = inB.value(answer.questionKey);
        if (!other || m_content.verdictOf(answer) != m_content.verdictOf(*other) || answer.answer != other->answer)
            keys.insert(answer.questionKey);
    }
    for (const AnswerRecord &answer : b->answers) {
        if (!seen.contains(answer.questionKey))
            keys.insert(answer.questionKey);
    }
    return keys;
}

QMap<QString, QMap<Verdict, int>> RunHistory::verdictsBySection(const QString &runId) const
{
    QMap<QString, QMap<Verdict, int>> tally;
    if (const RunsFile::Run *r = run(runId)) {
        for (const AnswerRecord &answer : r->answers)
            tally[answer.section][m_content.verdictOf(answer)] += 1;
    }
    return tally;
}
