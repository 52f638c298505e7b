#include "app/rehearsal/openaistreamparser.h"

#include "app/base/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

qint64 tokenCount(const QJsonValue &value)
{
    // A count out of qint64's range would be undefined behaviour to convert.
    return value.isDouble() && value.toDouble() >= 0 && value.toDouble() < 1e15 ? qint64(value.toDouble()) : -1;
}

QString serverErrorMessage(const QJsonValue &error)
{
    if (error.isObject())
        return error.toObject().value(QLatin1String("message")).toString().left(300);
    return error.toString().left(300);
}

} // namespace

QString OpenAiStreamParser::applyObject(const QJsonObject &object, ChatReply &reply, bool *ok)
{
    *ok = true;
    if (object.contains(QLatin1String("error"))) {
        *ok = false;
        reply.errorMessage = serverErrorMessage(object.value(QLatin1String("error")));
        return QString();
    }
    QString added;
    const QJsonArray choices = object.value(QLatin1String("choices")).toArray(); // null or missing: empty
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.first().toObject();
        // A chunk holds "delta"; a whole response holds "message".
        const QJsonObject delta = choice.contains(QLatin1String("delta"))
            ? choice.value(QLatin1String("delta")).toObject()
            : choice.value(QLatin1String("message")).toObject();
        added = delta.value(QLatin1String("content")).toString();
        reply.content += added;
        reply.reasoning += delta.value(QLatin1String("reasoning_content")).toString();
        reply.reasoning += delta.value(QLatin1String("reasoning")).toString();
        const QJsonValue finish = choice.value(QLatin1String("finish_reason"));
        if (finish.isString() && !finish.toString().isEmpty())
            reply.finishReason = finish.toString();
    }
    const QJsonValue usage = object.value(QLatin1String("usage"));
    if (usage.isObject()) {
        reply.promptTokens = tokenCount(usage.toObject().value(QLatin1String("prompt_tokens")));
        reply.completionTokens = tokenCount(usage.toObject().value(QLatin1String("completion_tokens")));
    }
    return added;
}

void OpenAiStreamParser::readLine(QByteArrayView line)
{
    if (line.isEmpty()) { // the blank line that ends an event
        dispatch();
        return;
    }
    if (line.startsWith(':')) // a comment: ": ping" keeps the connection alive
        return;
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    if (field != "data")
        return; // event:, id:, retry: say nothing about the answer
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (m_hasData) {
        // Servers send one data line per event, but a data line that is a
        // whole event by itself, with no blank line after it, is read too.
        const QByteArrayView trimmed = QByteArrayView(m_data).trimmed();
        if (trimmed == "[DONE]" || (trimmed.startsWith('{') && trimmed.endsWith('}')))
            dispatch();
        else
            m_data.append('\n');
    }
    m_data.append(value);
    m_hasData = true;
}

void OpenAiStreamParser::endOfStream()
{
    dispatch();
    if (m_sawDone || !m_reply.finishReason.isEmpty())
        m_reply.done = true;
}

void OpenAiStreamParser::dispatch()
{
    if (!m_hasData)
        return;
    const QByteArray data = m_data.trimmed();
    m_data.clear();
    m_hasData = false;
    if (failed() || m_sawDone)
        return;
    if (data == "[DONE]") {
        m_sawDone = true;
        m_reply.done = true;
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument json = JsonReader::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        fail(ChatReply::Error::Malformed, QCoreApplication::translate("Rehearsal", "the server sent an event that is not a JSON object"));
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
    m_reply.content.chop(added.size()); // appendContent adds it again, and to the delta
    appendContent(added);
}
