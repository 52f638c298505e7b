#include "app/rehearsal/truncationguard.h"

#include <QCoreApplication>

QString TruncationGuard::before(qint64 promptTokens, qint64 maxTokens, qint64 contextWindow)
{
    if (fits(promptTokens, maxTokens, contextWindow))
        return QString();
    return QCoreApplication::translate("Rehearsal",
                                       "the prompt (%1 tokens) and the answer's budget (%2 tokens) do not fit the "
                                       "model's context window of %3 tokens: the server may cut the context")
        .arg(promptTokens)
        .arg(maxTokens)
        .arg(contextWindow);
}

QString TruncationGuard::cutMessage(qint64 sentTokens, qint64 reportedPromptTokens)
{
    return QCoreApplication::translate("Rehearsal", "context was cut by the server (it read %1 prompt tokens of about %2 sent)")
        .arg(reportedPromptTokens)
        .arg(sentTokens);
}
