#include "app/rehearsal/overriderecord.h"

#include "app/rehearsal/jsonline.h"

QByteArray OverrideRecord::toJsonLine() const
{
    JsonLine json;
    json.add("type", QStringLiteral("override"))
        .add("run", run)
        .add("entry", entry)
        .add("question_key", questionKey)
        .add("verdict", Verdicts::name(verdict))
        .add("at", at);
    return json.line();
}

std::optional<OverrideRecord> OverrideRecord::fromJson(const QJsonObject &o)
{
    if (o.value(QLatin1String("type")).toString() != QLatin1String("override"))
        return std::nullopt;
    const std::optional<Verdict> verdict = Verdicts::fromName(o.value(QLatin1String("verdict")).toString());
    if (!verdict || !o.value(QLatin1String("run")).isString() || !o.value(QLatin1String("question_key")).isString())
        return std::nullopt;
    OverrideRecord r;
    r.run = o.value(QLatin1String("run")).toString();
    r.entry = o.value(QLatin1String("entry")).toInt();
    r.questionKey = o.value(QLatin1String("question_key")).toString();
    r.verdict = *verdict;
    r.at = o.value(QLatin1String("at")).toString();
    return r;
}
