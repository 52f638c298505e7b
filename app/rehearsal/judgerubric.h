#pragma once

#include "app/rehearsal/verdict.h"

#include <QString>

// The optional judge: a second model asked to compare the model's answer
// with the authored one and to return exactly
// {"verdict": "...", "score": 0..1, "reason": "..."}. Output that is not
// that (not JSON, a verdict outside the rubric, a score out of range) is
// Verdict::Invalid: shown as such, never guessed.
class JudgeRubric
{
public:
    struct Judgement
    {
        bool valid = false;
        Verdict verdict = Verdict::Invalid;
        double score = -1;
        QString reason; // the judge's reason, or why its output is invalid
    };

    static QString systemPrompt(bool probe);
    static QString userMessage(const QString &question, const QString &authored, const QString &answer, bool probe);
    static Judgement parse(const QString &output, bool probe);
};
