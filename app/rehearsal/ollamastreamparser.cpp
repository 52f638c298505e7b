#include "app/rehearsal/ollamastreamparser.h"

#include "app/base/jsonreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

QString OllamaStreamParser::applyObject(const QJsonObject &object, ChatReply &reply, bool *ok)
{
    *ok = true;
    if (object.contains(QLatin1String("error"))) {
        *ok = false;
        reply.errorMessage = object.value(QLatin1String("error")).toString().left(300);
        return QString();
    }
    const QJsonObject message = object.value(QLatin1String("message")).toObject();
    const QString added = message.value(QLatin1String("content")).toString();
    reply.content += added;
    reply.reasoning += message.value(QLatin1String("thinking")).toString();
    if (object.value(QLatin1String("done")).toBool()) {
        reply.done = true;
        reply.finishReason = object.value(QLatin1String("done_reason")).toString(QStringLiteral("stop"));
        const QJsonValue prompt = object.value(QLatin1String("prompt_eval_count"));
        const QJsonValue completion = object.value(QLatin1String("eval_count"));
        if (prompt.isDouble() && prompt.toDouble() >= 0 && prompt.toDouble() < 1e15)
            reply.promptTokens = qint64(prompt.toDouble());
        if (completion.isDouble() && completion.toDouble() >= 0 && completion.toDouble() < 1e15)
            reply.completionTokens = qint64(completion.toDouble());
    }
    return added;
}

void OllamaStreamParser::readLine(QByteArrayView line)
{
    if (line.trimmed().isEmpty())
        return;
    if (m_reply.done) {
        fail(ChatReply::Error::Malformed, QCoreApplication::translate("Rehearsal", "the server sent more after saying it was done"));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument json = JsonReader::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        fail(ChatReply::Error::Malformed, QCoreApplication::translate("Rehearsal", "the server sent a line that is not a JSON object"));
        return;
    }
    bool ok = true;
    const QString added = applyObject(json.object(), m_reply, &ok);
    if (!ok) {
        const QString message = m_reply.errorMessage;
        m_reply.errorMessage.clear();
        fail(ChatReply::Error::Other, QCoreApplication::translate("Rehearsal", "the server reported an error: %1").arg(message));
        return;
    }
    m_reply.content.chop(added.size());
    appendContent(added);
}
