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
