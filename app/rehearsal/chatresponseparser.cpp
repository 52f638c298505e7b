#include "app/rehearsal/chatresponseparser.h"

#include "app/base/jsonreader.h"
#include "app/rehearsal/ollamastreamparser.h"
#include "app/rehearsal/openaistreamparser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

ChatReply ChatResponseParser::parse(EndpointProfile::ApiStyle style, const QByteArray &body)
{
    ChatReply reply;
    QJsonParseError parseError;
    const QJsonDocument json = JsonReader::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        reply.error = ChatReply::Error::Malformed;
        reply.errorMessage = QCoreApplication::translate("Rehearsal", "the server's response is not a JSON object");
        return reply;
    }
    bool ok = true;
    if (style == EndpointProfile::ApiStyle::Ollama) {
        OllamaStreamParser::applyObject(json.object(), reply, &ok);
    } else {
        OpenAiStreamParser::applyObject(json.object(), reply, &ok);
        reply.done = ok && json.object().value(QLatin1String("choices")).isArray();
    }
    if (!ok) {
        const QString message = reply.errorMessage;
        reply.error = ChatReply::Error::Other;
        reply.errorMessage = QCoreApplication::translate("Rehearsal", "the server reported an error: %1").arg(message);
    } else if (!reply.done) {
        reply.error = ChatReply::Error::Malformed;
        reply.errorMessage = QCoreApplication::translate("Rehearsal", "the server's response holds no answer");
    }
    return reply;
}
