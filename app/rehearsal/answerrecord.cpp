#include "app/rehearsal/answerrecord.h"

#include "app/rehearsal/jsonline.h"

namespace {

qint64 countOrNull(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 1e15 ? qint64(v.toDouble()) : -1;
}

} // namespace

QByteArray AnswerRecord::toJsonLine() const
{
    JsonLine json;
    json.add("type", QStringLiteral("answer"))
        .add("run", run)
        .add("entry", entry)
        .add("line", line)
        .add("section", section)
        .add("question", question)
        .add("question_key", questionKey)
        .add("probe", probe)
        .add("authored", authored)
        .add("answer", answer)
        .add("verdict", Verdicts::name(verdict))
        .addNumber("score", score, 3)
        .addNumber("prompt_tokens", double(promptTokens), 0)
        .addNumber("completion_tokens", double(completionTokens), 0)
        .add("latency_ms", latencyMs);
    if (finishReason.isEmpty())
        json.addNull("finish_reason");
    else
        json.add("finish_reason", finishReason);
    if (error.isEmpty())
        json.addNull("error");
    else
        json.add("error", error);
    return json.line();
}

std::optional<AnswerRecord> AnswerRecord::fromJson(const QJsonObject &o)
{
    if (o.value(QLatin1String("type")).toString() != QLatin1String("answer"))
        return std::nullopt;
    const std::optional<Verdict> verdict = Verdicts::fromName(o.value(QLatin1String("verdict")).toString());
    if (!verdict || !o.value(QLatin1String("run")).isString())
        return std::nullopt;
    AnswerRecord a;
    a.run = o.value(QLatin1String("run")).toString();
    a.entry = o.value(QLatin1String("entry")).toInt();
    a.line = o.value(QLatin1String("line")).toInt();
    a.section = o.value(QLatin1String("section")).toString();
    a.question = o.value(QLatin1String("question")).toString();
    a.questionKey = o.value(QLatin1String("question_key")).toString();
    a.probe = o.value(QLatin1String("probe")).toBool();
    a.authored = o.value(QLatin1String("authored")).toString();
    a.answer = o.value(QLatin1String("answer")).toString();
    a.verdict = *verdict;
    a.score = o.value(QLatin1String("score")).isDouble() ? o.value(QLatin1String("score")).toDouble() : -1;
    a.promptTokens = countOrNull(o.value(QLatin1String("prompt_tokens")));
    a.completionTokens = countOrNull(o.value(QLatin1String("completion_tokens")));
    a.latencyMs = countOrNull(o.value(QLatin1String("latency_ms")));
    a.finishReason = o.value(QLatin1String("finish_reason")).toString();
    a.error = o.value(QLatin1String("error")).toString();
    return a;
}
