#pragma once

#include "app/document/qadocument.h"
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
    // Whether there is an authored answer to compare the model's with.
    bool hasAuthoredAnswer() const { return status == EntryStatus::Answered; }
};
