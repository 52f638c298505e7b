#pragma once

#include <QString>

// Whether the context fits the model's window, before a question is sent
// (exact counts: TokenCounter), and whether the server kept all of it,
// after (its prompt_tokens clearly below what was sent means it cut the
// prompt, as Ollama's OpenAI endpoint does to fit its default window).
class TruncationGuard
{
public:
    // prompt_tokens below this share of the counted prompt is a cut. Servers
    // count with their own tokenizer, which differs from o200k_base by
    // some percent, never by a third.
    static constexpr double cutRatio = 0.7;

    // System prompt + question + max tokens over the window: a warning for
    // people, empty when it fits.
    static QString before(qint64 promptTokens, qint64 maxTokens, qint64 contextWindow);
    static bool fits(qint64 promptTokens, qint64 maxTokens, qint64 contextWindow)
    {
        return contextWindow <= 0 || promptTokens + maxTokens <= contextWindow;
    }
    // True when the server's `reportedPromptTokens` say it read clearly
    // less than `sentTokens` (-1: the server did not say, so no verdict).
    static bool wasCut(qint64 sentTokens, qint64 reportedPromptTokens)
    {
        return reportedPromptTokens >= 0 && sentTokens > 0 && double(reportedPromptTokens) < cutRatio * double(sentTokens);
    }
    static QString cutMessage(qint64 sentTokens, qint64 reportedPromptTokens);
};
