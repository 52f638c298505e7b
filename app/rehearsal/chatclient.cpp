#include "app/rehearsal/chatclient.h"

#include "app/base/jsonreader.h"
#include "app/rehearsal/chatrequest.h"
#include "app/rehearsal/chatresponseparser.h"
#include "app/rehearsal/chatstreamparserfactory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <memory>

struct ChatClient::Request
{
    EndpointProfile profile;
    QString systemPrompt;
    QString question;
    QPointer<QNetworkReply> reply;
    std::unique_ptr<ChatStreamParser> parser; // set once the answer is known to stream
    QByteArray body;                          // a whole response, or an error's body
    QTimer *idle = nullptr;                   // no byte for the profile's time-out
    QTimer *retryWait = nullptr;
    QElapsedTimer clock;
    int retries = 0;
    bool timedOut = false;
    bool cancelled = false;
    bool decided = false; // whether the response streams is known
};

namespace {

// Retry-After: seconds, or an HTTP date.
int retryAfterSeconds(const QByteArray &value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid())
        return qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(QDateTime(when.date(), when.time(), Qt::UTC)));
    return -1;
}

QString serverMessage(const QByteArray &body)
{
    const QJsonObject object = JsonReader::fromJson(body).object();
    const QJsonValue error = object.value(QLatin1String("error"));
    QString message = error.isObject() ? error.toObject().value(QLatin1String("message")).toString() : error.toString();
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(200)).simplified();
    return message.left(300);
}

} // namespace

ChatClient::ChatClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Only the endpoint the user configured: no proxy from the environment
    // sees the context or the key unless the user set one up for Qt.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ChatClient::~ChatClient()
{
    cancelAll();
}

void ChatClient::setRetryLimits(int maxRetries, int maxWaitSeconds)
{
    m_maxRetries = qMax(0, maxRetries);
    m_maxWaitSeconds = qMax(0, maxWaitSeconds);
}

QString ChatClient::withoutKey(const QString &text, const QByteArray &key)
{
    if (key.isEmpty())
        return text;
    QString result = text;
    result.replace(QString::fromUtf8(key), QStringLiteral("***"));
    return result;
}

int ChatClient::ask(const EndpointProfile &profile, const QString &systemPrompt, const QString &question)
{
    const int id = m_nextId++;
    auto *request = new Request;
    request->profile = profile;
    request->systemPrompt = systemPrompt;
    request->question = question;
    request->clock.start();
    request->idle = new QTimer(this);
    request->idle->setSingleShot(true);
    request->idle->setInterval(qMax(1, profile.timeoutSeconds) * 1000);
    connect(request->idle, &QTimer::timeout, this, [this, id] {
        Request *r = m_requests.value(id);
        if (r && r->reply) {
            r->timedOut = true;
            r->reply->abort();
        }
    });
    m_requests.insert(id, request);
    send(id);
    return id;
}

void ChatClient::send(int id)
{
    Request *r = m_requests.value(id);
    const ChatRequest chat = ChatRequest::build(r->profile, r->systemPrompt, r->question, m_apiKey, m_stream);
    r->body.clear();
    r->parser.reset();
    r->decided = false;
    r->reply = m_network->post(chat.request, chat.body);
    r->idle->start();
    connect(r->reply, &QNetworkReply::readyRead, this, [this, id] { readSome(id); });
    QNetworkReply *network = r->reply;
    connect(network, &QNetworkReply::finished, this, [this, id, network] { finished(id, network); });
}

void ChatClient::readSome(int id)
{
    Request *r = m_requests.value(id);
    if (!r || !r->reply)
        return;
    r->idle->start();
    const int status = r->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = r->reply->readAll();
    if (status >= 300) {
        if (r->body.size() < 64 * 1024)
            r->body += bytes.left(64 * 1024);
        return;
    }
    if (!r->decided) {
        r->decided = true;
        const QByteArray type = r->reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
        // Ollama's NDJSON also reads a single object; an OpenAI server that
        // ignored "stream" sends one JSON object.
        if (r->profile.api == EndpointProfile::ApiStyle::Ollama || type.contains("event-stream"))
            r->parser = ChatStreamParserFactory::create(r->profile.api);
    }
    if (!r->parser) {
        r->body += bytes;
        if (r->body.size() > ChatStreamParser::maxLineBytes)
            r->reply->abort();
        return;
    }
    const QString text = r->parser->feed(bytes);
    if (!text.isEmpty())
        emit delta(id, text);
    if (r->parser->failed())
        r->reply->abort();
}

void ChatClient::finished(int id, QNetworkReply *network)
{
    Request *r = m_requests.value(id);
    if (!r || r->reply != network)
        return;
    readSome(id);
    network->deleteLater();
    r->reply = nullptr;
    r->idle->stop();
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ChatReply reply;
    reply.httpStatus = status;
    if (r->cancelled) {
        reply.error = ChatReply::Error::Cancelled;
        reply.errorMessage = QCoreApplication::translate("Rehearsal", "cancelled");
    } else if (r->parser && r->parser->failed()) {
        reply = r->parser->finish();
    } else if (r->timedOut) {
        reply.error = ChatReply::Error::Timeout;
        reply.errorMessage = QCoreApplication::translate("Rehearsal", "no answer from the server within %1 s").arg(r->profile.timeoutSeconds);
    } else if (status == 401 || status == 403) {
        reply.error = ChatReply::Error::Unauthorized;
        reply.errorMessage = QCoreApplication::translate("Rehearsal", "the server refused the API key (HTTP %1): %2").arg(status).arg(serverMessage(r->body));
    } else if (status == 404) {
        reply.error = ChatReply::Error::ModelNotFound;
        reply.errorMessage = QCoreApplication::translate("Rehearsal", "the server does not know the model \"%1\" or the endpoint %2 (HTTP 404)")
                                 .arg(r->profile.model, ChatRequest::endpointUrl(r->profile).toString());
    } else if (status == 429) {
        reply.error = ChatReply::Error::RateLimited;
        reply.errorMessage = QCoreApplication::translate("Rehearsal", "the server is rate limiting (HTTP 429): %1").arg(serverMessage(r->body));
        retryOrFail(id, reply, network->rawHeader("Retry-After"));
        return;
    } else if (status >= 500) {
        reply.error = ChatReply::Error::ServerError;
        reply.errorMessage = QCoreApplication::translate("Rehearsal", "the server failed (HTTP %1): %2").arg(status).arg(serverMessage(r->body));
    } else if (status >= 300) {
        reply.error = ChatReply::Error::Other;
        reply.errorMessage = QCoreApplication::translate("Rehearsal", "the server answered HTTP %1: %2").arg(status).arg(serverMessage(r->body));
    } else if (network->error() == QNetworkReply::ConnectionRefusedError) {
        reply.error = ChatReply::Error::ConnectionRefused;
        reply.errorMessage = QCoreApplication::translate("Rehearsal", "connection refused by %1").arg(r->profile.baseUrl.toString());
    } else if (status == 0) {
        reply.error = ChatReply::Error::Other;
        reply.errorMessage = QCoreApplication::translate("Rehearsal", "cannot reach %1: %2").arg(r->profile.baseUrl.toString(), network->errorString());
    } else if (r->parser) {
        reply = r->parser->finish(); // a stream cut in the middle ends as Error::Cut
        reply.httpStatus = status;
        if (!r->parser->finalText().isEmpty())
            emit delta(id, r->parser->finalText());
    } else {
        reply = ChatResponseParser::parse(r->profile.api, r->body);
        reply.httpStatus = status;
        if (reply.ok() && network->error() != QNetworkReply::NoError) {
            reply.error = ChatReply::Error::Cut;
            reply.errorMessage = QCoreApplication::translate("Rehearsal", "the response was cut: %1").arg(network->errorString());
        }
    }
    complete(id, reply);
}

void ChatClient::retryOrFail(int id, ChatReply reply, const QByteArray &retryAfter)
{
    Request *r = m_requests.value(id);
    int wait = retryAfterSeconds(retryAfter);
    if (wait < 0)
        wait = 1 << qMin(r->retries, 5); // no Retry-After: 1, 2, 4 ... s
    if (r->retries >= m_maxRetries || wait > m_maxWaitSeconds) {
        reply.errorMessage += QLatin1Char(' ') + QCoreApplication::translate("Rehearsal", "(gave up after %n retries)", nullptr, r->retries);
        complete(id, reply);
        return;
    }
    ++r->retries;
    r->retryWait = new QTimer(this);
    r->retryWait->setSingleShot(true);
    connect(r->retryWait, &QTimer::timeout, this, [this, id] {
        Request *waiting = m_requests.value(id);
        if (!waiting)
            return;
        waiting->retryWait->deleteLater();
        waiting->retryWait = nullptr;
        send(id);
    });
    r->retryWait->start(wait * 1000);
}

void ChatClient::complete(int id, ChatReply reply)
{
    Request *r = m_requests.take(id);
    if (!r)
        return;
    reply.errorMessage = withoutKey(reply.errorMessage, m_apiKey);
    const qint64 latency = r->clock.elapsed();
    r->idle->deleteLater();
    if (r->retryWait)
        r->retryWait->deleteLater();
    delete r;
    emit answered(id, reply, latency);
}

void ChatClient::cancelAll()
{
    const QList<int> ids = m_requests.keys();
    for (int id : ids) {
        Request *r = m_requests.value(id);
        if (!r)
            continue;
        r->cancelled = true;
        if (r->reply) {
            r->reply->abort(); // finished() follows at once and completes it
        } else {
            ChatReply reply;
            reply.error = ChatReply::Error::Cancelled;
            reply.errorMessage = QCoreApplication::translate("Rehearsal", "cancelled");
            complete(id, reply);
        }
    }
}
