#pragma once

#include "app/rehearsal/verdict.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// One answered (or failed) question of a run, one line in NAME.runs.jsonl.
struct AnswerRecord
{
    QString run;     // RunRecord::id
    int entry = 0;   // 1-based, as quire check --json numbers entries
    int line = 0;    // the question's line in the document
    QString section;
    QString question;
    QString questionKey; // QuestionKey: finds the entry again after edits and moves
    bool probe = false;
    QString authored;
    QString answer;
    Verdict verdict = Verdict::Error;
    double score = -1; // -1: null
    qint64 promptTokens = -1; // as the server counted; -1: null
    qint64 completionTokens = -1;
    qint64 latencyMs = 0;
    QString finishReason;
    QString error; // empty: null

    QByteArray toJsonLine() const;
    static std::optional<AnswerRecord> fromJson(const QJsonObject &object);
};
