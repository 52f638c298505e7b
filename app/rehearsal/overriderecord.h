#pragma once

#include "app/rehearsal/verdict.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The user's own verdict on one answer of a run, one line in
// NAME.runs.jsonl after the answer it overrides:
// {"type":"override","run","entry","question_key","verdict","at"}.
// Answer lines are never rewritten (the file is only appended to); the last
// override of a (run, question_key) wins.
struct OverrideRecord
{
    QString run;
    int entry = 0; // 1-based, as the answer line numbers it
    QString questionKey;
    Verdict verdict = Verdict::Agrees;
    QString at; // ISO 8601, UTC

    QByteArray toJsonLine() const;
    static std::optional<OverrideRecord> fromJson(const QJsonObject &object);
};
