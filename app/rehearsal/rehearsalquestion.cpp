#include "app/rehearsal/rehearsalquestion.h"

#include "app/document/questionkey.h"

RehearsalQuestion RehearsalQuestion::of(const QaDocument &document, EntryRef ref, bool probe)
{
    const QaEntry &entry = document.entry(ref);
    RehearsalQuestion q;
    q.entry = document.entryNumber(ref);
    q.line = entry.line();
    q.section = document.section(ref.section).title();
    q.question = entry.question();
    q.questionKey = QString::fromUtf8(QuestionKey::of(entry));
    q.authored = entry.answer();
    q.status = entry.status();
    q.probe = probe;
    return q;
}

RehearsalQuestion RehearsalQuestion::of(const AnswerRecord &answer)
{
    RehearsalQuestion q;
    q.entry = answer.entry;
    q.line = answer.line;
    q.section = answer.section;
    q.question = answer.question;
    q.questionKey = answer.questionKey;
    q.authored = answer.authored;
    q.probe = answer.probe;
    const bool compared = answer.verdict == Verdict::Agrees || answer.verdict == Verdict::Partial
        || answer.verdict == Verdict::Differs;
    q.status = compared || !answer.authored.trimmed().isEmpty() ? EntryStatus::Answered : EntryStatus::Unanswered;
    return q;
}

AnswerRecord RehearsalQuestion::answerRecord(const QString &run) const
{
    AnswerRecord a;
    a.run = run;
    a.entry = entry;
    a.line = line;
    a.section = section;
    a.question = question;
    a.questionKey = questionKey;
    a.probe = probe;
    a.authored = authored;
    return a;
}
