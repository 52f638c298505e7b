#pragma once

#include "app/document/qadocument.h"
#include "app/rehearsal/answerrecord.h"
#include "app/status/entrystatus.h"

#include <QString>

// One question of a rehearsal, taken from the document when the run starts
// (the run keeps its own copy: edits meanwhile do not change what was asked).
struct RehearsalQuestion
{
    int entry = 0; // 1-based, as quire check --json numbers entries
    int line = 0;
    QString section;
    QString question;
    QString questionKey;
    QString authored;
    EntryStatus status = EntryStatus::Unanswered;
    bool probe = false;

    static RehearsalQuestion of(const QaDocument &document, EntryRef ref, bool probe);
    // The question a kept answer was given to (a run of the runs file shown
    // again): answered when the answer was compared with an authored one.
    static RehearsalQuestion of(const AnswerRecord &answer);
    // An answer record of `run` to this question, with the question's
    // fields filled in; the model's side is the caller's.
    AnswerRecord answerRecord(const QString &run) const;
    // Whether there is an authored answer to compare the model's with.
    bool hasAuthoredAnswer() const { return status == EntryStatus::Answered; }
};
