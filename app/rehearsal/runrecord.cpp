#include "app/rehearsal/runrecord.h"

#include "app/rehearsal/jsonline.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

QByteArray RunRecord::toJsonLine() const
{
    return JsonLine()
        .add("type", QStringLiteral("run"))
        .add("id", id)
        .add("started_at", startedAt)
        .add("profile", profile)
        .add("base_url", baseUrl)
        .add("model", model)
        .add("context_sha256", contextSha256)
        .add("context_tokens", contextTokens)
        .add("encoding", encoding)
        .add("system_prompt_sha256", systemPromptSha256)
        .addRaw("params", QJsonDocument(params).toJson(QJsonDocument::Compact))
        .line();
}

std::optional<RunRecord> RunRecord::fromJson(const QJsonObject &o)
{
    if (o.value(QLatin1String("type")).toString() != QLatin1String("run") || !o.value(QLatin1String("id")).isString())
        return std::nullopt;
    RunRecord run;
    run.id = o.value(QLatin1String("id")).toString();
    run.startedAt = o.value(QLatin1String("started_at")).toString();
    run.profile = o.value(QLatin1String("profile")).toString();
    run.baseUrl = o.value(QLatin1String("base_url")).toString();
    run.model = o.value(QLatin1String("model")).toString();
    run.contextSha256 = o.value(QLatin1String("context_sha256")).toString();
    run.contextTokens = qint64(o.value(QLatin1String("context_tokens")).toDouble());
    run.encoding = o.value(QLatin1String("encoding")).toString();
    run.systemPromptSha256 = o.value(QLatin1String("system_prompt_sha256")).toString();
    run.params = o.value(QLatin1String("params")).toObject();
    return run;
}

QString RunRecord::newId()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'-"))
        + QString::number(QRandomGenerator::global()->generate() & 0xffffff, 16).rightJustified(6, QLatin1Char('0'));
}
