#include "app/status/answerclassifier.h"

#include "app/status/placeholderrules.h"

EntryStatus AnswerClassifier::classify(bool hasAnswerField, const QByteArray &answer)
{
    return classify(hasAnswerField, answer, PlaceholderRules::builtIn());
}

EntryStatus AnswerClassifier::classify(bool hasAnswerField, const QByteArray &answer,
                                       const PlaceholderRules &rules)
{
    if (!hasAnswerField)
        return EntryStatus::Unanswered;
    bool blank = true;
    for (char c : answer) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            blank = false;
            break;
        }
    }
    if (blank)
        return EntryStatus::Empty;
    return rules.matches(answer) ? EntryStatus::Placeholder : EntryStatus::Answered;
}
