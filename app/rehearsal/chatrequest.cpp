#include "app/rehearsal/chatrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QUrl ChatRequest::endpointUrl(const EndpointProfile &profile)
{
    QUrl url = profile.baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += profile.api == EndpointProfile::ApiStyle::Ollama ? QStringLiteral("/api/chat")
                                                             : QStringLiteral("/chat/completions");
    url.setPath(path);
    return url;
}

ChatRequest ChatRequest::build(const EndpointProfile &profile, const QString &systemPrompt,
                               const QString &question, const QByteArray &apiKey, bool stream)
{
    const QJsonArray messages = {
        QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), systemPrompt}},
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), question}},
    };
    QJsonObject body{
        {QStringLiteral("model"), profile.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), stream},
    };
    if (profile.api == EndpointProfile::ApiStyle::Ollama) {
        body.insert(QStringLiteral("options"), QJsonObject{
            {QStringLiteral("num_ctx"), profile.contextWindow},
            {QStringLiteral("num_predict"), profile.maxTokens},
            {QStringLiteral("temperature"), profile.temperature},
        });
    } else {
        body.insert(QStringLiteral("temperature"), profile.temperature);
        body.insert(QStringLiteral("max_tokens"), profile.maxTokens);
        if (stream)
            body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    }

    ChatRequest chat;
    chat.request.setUrl(endpointUrl(profile));
    chat.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    chat.request.setRawHeader("Accept", stream ? (profile.api == EndpointProfile::ApiStyle::Ollama ? "application/x-ndjson" : "text/event-stream")
                                               : "application/json");
    if (!apiKey.isEmpty())
        chat.request.setRawHeader("Authorization", "Bearer " + apiKey);
    chat.request.setTransferTimeout(profile.timeoutSeconds * 1000);
    // Redirects would carry the key elsewhere: none are followed.
    chat.request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    chat.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return chat;
}
