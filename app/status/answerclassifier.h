#pragma once

#include "app/status/entrystatus.h"

#include <QByteArray>

class PlaceholderRules;

// Decides an entry's status from its answer alone, so that the document can
// keep statuses current on every edit without knowing the linter.
class AnswerClassifier
{
public:
    // `answer` is the answer's UTF-8 bytes; without an answer field the entry
    // is Unanswered whatever they hold. Uses the built-in placeholder rules.
    static EntryStatus classify(bool hasAnswerField, const QByteArray &answer);
    static EntryStatus classify(bool hasAnswerField, const QByteArray &answer, const PlaceholderRules &rules);
};
