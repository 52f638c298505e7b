#include "ui/rehearsal/endpointstore.h"

#include <QSettings>

namespace {
const QString group = QStringLiteral("rehearsal/endpoints");
const QString currentKey = QStringLiteral("rehearsal/currentEndpoint");
}

QList<EndpointProfile> EndpointStore::load()
{
    QSettings settings;
    QList<EndpointProfile> profiles;
    const int count = settings.beginReadArray(group);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        EndpointProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        // Cleaned again on the way in: a hand-edited file may hold user-info.
        p.baseUrl = EndpointProfile::cleanBaseUrl(settings.value(QStringLiteral("baseUrl")).toString()).value_or(QUrl());
        p.model = settings.value(QStringLiteral("model")).toString();
        p.api = EndpointProfile::apiFromName(settings.value(QStringLiteral("api")).toString())
                    .value_or(EndpointProfile::ApiStyle::OpenAi);
        p.temperature = settings.value(QStringLiteral("temperature"), p.temperature).toDouble();
        p.maxTokens = settings.value(QStringLiteral("maxTokens"), p.maxTokens).toInt();
        p.contextWindow = settings.value(QStringLiteral("contextWindow"), p.contextWindow).toInt();
        p.concurrency = qMax(1, settings.value(QStringLiteral("concurrency"), p.concurrency).toInt());
        p.timeoutSeconds = qMax(1, settings.value(QStringLiteral("timeoutSeconds"), p.timeoutSeconds).toInt());
        p.systemPromptTemplate = settings.value(QStringLiteral("systemPrompt"), p.systemPromptTemplate).toString();
        if (!p.name.isEmpty())
            profiles.append(p);
    }
    settings.endArray();
    return profiles;
}

void EndpointStore::save(const QList<EndpointProfile> &profiles)
{
    QSettings settings;
    settings.remove(group);
    settings.beginWriteArray(group, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const EndpointProfile &p = profiles[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), p.name);
        const std::optional<QUrl> url = EndpointProfile::cleanBaseUrl(p.baseUrl.toString());
        settings.setValue(QStringLiteral("baseUrl"), url ? url->toString() : QString());
        settings.setValue(QStringLiteral("model"), p.model);
        settings.setValue(QStringLiteral("api"), EndpointProfile::apiName(p.api));
        settings.setValue(QStringLiteral("temperature"), p.temperature);
        settings.setValue(QStringLiteral("maxTokens"), p.maxTokens);
        settings.setValue(QStringLiteral("contextWindow"), p.contextWindow);
        settings.setValue(QStringLiteral("concurrency"), p.concurrency);
        settings.setValue(QStringLiteral("timeoutSeconds"), p.timeoutSeconds);
        // The default is not stored: a better default in a later Quire reaches
        // everyone who never changed it.
        if (p.systemPromptTemplate != EndpointProfile::defaultSystemPrompt())
            settings.setValue(QStringLiteral("systemPrompt"), p.systemPromptTemplate);
    }
    settings.endArray();
}

QString EndpointStore::currentName()
{
    return QSettings().value(currentKey).toString();
}

void EndpointStore::setCurrentName(const QString &name)
{
    QSettings().setValue(currentKey, name);
}

std::optional<EndpointProfile> EndpointStore::current()
{
    const QList<EndpointProfile> profiles = load();
    if (profiles.isEmpty())
        return std::nullopt;
    const QString name = currentName();
    for (const EndpointProfile &p : profiles) {
        if (p.name == name)
            return p;
    }
    return profiles.first();
}
