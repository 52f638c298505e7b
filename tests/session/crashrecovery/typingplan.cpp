#include "tests/session/crashrecovery/typingplan.h"

#include <iterator>

namespace {

const char *const vocabulary[] = {
    "the", "model", "answer", "data", "training", "loss", "we", "measured", "every", "run",
    "and", "found", "that", "small", "batches", "helped", "less", "than", "expected", "because",
    "noise", "in", "labels", "was", "high", "so", "I", "rewrote", "retrieval", "prompt",
    "with", "fewer", "examples", "evaluation", "showed", "clear", "gains", "on", "long", "questions",
};

} // namespace

Plan makePlan(std::mt19937 &rng, bool whileTyping)
{
    auto uniform = [&rng](int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); };
    Plan plan;
    plan.whileTyping = whileTyping;
    const int targetLength = uniform(30, 170);
    QString text;
    QList<int> burstStarts;
    int wordsLeftInBurst = 0;
    while (text.size() < targetLength) {
        if (wordsLeftInBurst == 0) {
            wordsLeftInBurst = uniform(1, 6);
            burstStarts.append(int(text.size()));
        }
        QString word = QString::fromLatin1(vocabulary[uniform(0, int(std::size(vocabulary)) - 1)]);
        if (text.isEmpty() || text.endsWith(QLatin1String(". ")))
            word[0] = word[0].toUpper();
        text += word;
        --wordsLeftInBurst;
        const int punctuation = uniform(0, 9);
        text += punctuation == 0 ? QStringLiteral(". ") : punctuation == 1 ? QStringLiteral(", ") : QStringLiteral(" ");
    }
    text.chop(1); // no trailing space
    for (int i = 0; i < text.size(); ++i) {
        const bool burstStart = burstStarts.contains(i);
        plan.keys.append({text[i], i == 0 ? 0 : burstStart ? uniform(200, 2500) : uniform(40, 140)});
    }
    if (whileTyping) {
        plan.killAfterKeys = uniform(1, int(plan.keys.size()) - 1);
        plan.killDelayMs = uniform(0, plan.keys[plan.killAfterKeys].delayMs);
    } else {
        plan.killAfterKeys = int(plan.keys.size());
        plan.killDelayMs = uniform(0, 4000);
    }
    return plan;
}

QString typedText(const Plan &plan, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += plan.keys[i].character;
    return text;
}
