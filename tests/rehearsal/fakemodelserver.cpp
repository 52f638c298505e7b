#include "fakemodelserver.h"

#include "app/tokens/tokencounter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

QString messageOf(const QJsonObject &body, const char *role)
{
    for (const QJsonValue &m : body.value(QLatin1String("messages")).toArray()) {
        if (m.toObject().value(QLatin1String("role")).toString() == QLatin1String(role))
            return m.toObject().value(QLatin1String("content")).toString();
    }
    return QString();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The answer in pieces of a word or two, as servers stream tokens.
QStringList pieces(const QString &answer)
{
    QStringList result;
    QString piece;
    for (const QChar c : answer) {
        piece += c;
        if (c == QLatin1Char(' ') && piece.size() > 3) {
            result.append(piece);
            piece.clear();
        }
    }
    if (!piece.isEmpty())
        result.append(piece);
    return result;
}

} // namespace

QString FakeModelServer::Request::question() const
{
    return messageOf(body, "user");
}

QString FakeModelServer::Request::systemPrompt() const
{
    return messageOf(body, "system");
}

FakeModelServer::FakeModelServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeModelServer::onConnection);
}

bool FakeModelServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FakeModelServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void FakeModelServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_open;
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_open;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
    }
}

void FakeModelServer::onReadable(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0 || socket->property("answered").toBool())
        return;
    const QByteArray head = buffer.left(headEnd);
    qsizetype length = 0;
    Request request;
    request.rawHead = head;
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "authorization")
            request.authorization = value;
    }
    if (buffer.size() < headEnd + 4 + length)
        return;
    request.body = QJsonDocument::fromJson(buffer.mid(headEnd + 4, length)).object();
    socket->setProperty("answered", true);
    requests.append(request);
    respond(socket, request);
}

qint64 FakeModelServer::promptTokensFor(const Request &request) const
{
    if (behaviour.promptTokens >= 0)
        return behaviour.promptTokens;
    return TokenCounter::count(request.systemPrompt(), TokenEncoding::O200kBase)
        + TokenCounter::count(request.question(), TokenEncoding::O200kBase) + 9;
}

void FakeModelServer::respond(QTcpSocket *socket, const Request &request)
{
    if (behaviour.neverAnswer)
        return;
    const bool ollama = request.path == "/api/chat";
    const bool openAi = request.path.endsWith("/chat/completions");
    const bool useStatus = behaviour.status != 200 && (behaviour.statusTimes < 0 || m_statusServed < behaviour.statusTimes);
    if (!ollama && !openAi) {
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                      "{\"error\":{\"message\":\"no such endpoint\"}}");
        socket->disconnectFromHost();
        return;
    }
    if (useStatus) {
        ++m_statusServed;
        QByteArray response = "HTTP/1.1 " + QByteArray::number(behaviour.status) + " Error\r\n"
                              "Content-Type: application/json\r\nConnection: close\r\n";
        if (!behaviour.retryAfter.isEmpty())
            response += "Retry-After: " + behaviour.retryAfter + "\r\n";
        const QByteArray message = "failed with " + QByteArray::number(behaviour.status) + behaviour.echoKeyInError;
        const QByteArray body = ollama ? json({{QStringLiteral("error"), QString::fromUtf8(message)}})
                                       : json({{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), QString::fromUtf8(message)}}}});
        response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        socket->write(response);
        socket->disconnectFromHost();
        return;
    }
    const bool judge = !behaviour.judgeModel.isEmpty()
        && request.body.value(QLatin1String("model")).toString() == behaviour.judgeModel;
    const QString answer = judge ? behaviour.judgeOutput
        : behaviour.answer       ? behaviour.answer(request)
                                 : QStringLiteral("You asked: ") + request.question();
    const bool streamed = request.body.value(QLatin1String("stream")).toBool() && !behaviour.ignoreStream;
    if (!streamed) {
        QJsonObject whole;
        if (ollama) {
            whole = {{QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), answer}}},
                     {QStringLiteral("done"), true}, {QStringLiteral("done_reason"), QStringLiteral("stop")},
                     {QStringLiteral("prompt_eval_count"), promptTokensFor(request)}, {QStringLiteral("eval_count"), 7}};
        } else {
            whole = {{QStringLiteral("object"), QStringLiteral("chat.completion")},
                     {QStringLiteral("choices"), QJsonArray{QJsonObject{
                          {QStringLiteral("index"), 0},
                          {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), answer}}},
                          {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}},
                     {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), promptTokensFor(request)}, {QStringLiteral("completion_tokens"), 7}}}};
        }
        const QByteArray body = json(whole);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
        return;
    }
    socket->write(ollama ? "HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\nConnection: close\r\n\r\n"
                         : "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n");
    stream(socket, ollama ? ollamaLines(request, answer) : openAiChunks(request, answer), ollama);
}

QList<QByteArray> FakeModelServer::openAiChunks(const Request &request, const QString &answer) const
{
    auto chunk = [](const QJsonValue &choices, const QJsonValue &usage = QJsonValue()) {
        QJsonObject o{{QStringLiteral("id"), QStringLiteral("chatcmpl-1")}, {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                      {QStringLiteral("choices"), choices}};
        if (!usage.isUndefined() && !usage.isNull())
            o.insert(QStringLiteral("usage"), usage);
        return "data: " + json(o) + "\n\n";
    };
    auto delta = [&chunk](const QJsonObject &d, const QJsonValue &finish = QJsonValue()) {
        return chunk(QJsonArray{QJsonObject{{QStringLiteral("index"), 0}, {QStringLiteral("delta"), d}, {QStringLiteral("finish_reason"), finish}}});
    };
    QList<QByteArray> chunks;
    chunks.append(delta({{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString()}}));
    if (!behaviour.reasoning.isEmpty())
        chunks.append(delta({{QStringLiteral("reasoning_content"), behaviour.reasoning}}));
    for (const QString &piece : pieces(answer)) {
        if (behaviour.pings)
            chunks.append(": ping\n\n");
        chunks.append(delta({{QStringLiteral("content"), piece}}));
    }
    if (behaviour.malformed)
        chunks.insert(qMin<qsizetype>(2, chunks.size()), "data: {\"choices\": [ this is not json\n\n");
    chunks.append(delta(QJsonObject(), QStringLiteral("stop")));
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), promptTokensFor(request)}, {QStringLiteral("completion_tokens"), qint64(pieces(answer).size())}};
    chunks.append(chunk(behaviour.nullChoicesUsage ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray()), usage));
    chunks.append("data: [DONE]\n\n");
    return chunks;
}

QList<QByteArray> FakeModelServer::ollamaLines(const Request &request, const QString &answer) const
{
    QList<QByteArray> lines;
    auto line = [](const QString &content, const QString &thinking = QString()) {
        QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), content}};
        if (!thinking.isEmpty())
            message.insert(QStringLiteral("thinking"), thinking);
        return json({{QStringLiteral("model"), QStringLiteral("m")}, {QStringLiteral("message"), message}, {QStringLiteral("done"), false}}) + "\n";
    };
    if (!behaviour.reasoning.isEmpty())
        lines.append(line(QString(), behaviour.reasoning));
    for (const QString &piece : pieces(answer))
        lines.append(line(piece));
    if (behaviour.malformed)
        lines.insert(qMin<qsizetype>(1, lines.size()), "{\"message\": not json\n");
    lines.append(json({{QStringLiteral("model"), QStringLiteral("m")},
                       {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString()}}},
                       {QStringLiteral("done"), true}, {QStringLiteral("done_reason"), QStringLiteral("stop")},
                       {QStringLiteral("prompt_eval_count"), promptTokensFor(request)},
                       {QStringLiteral("eval_count"), qint64(pieces(answer).size())}}) + "\n");
    return lines;
}

void FakeModelServer::stream(QTcpSocket *socket, QList<QByteArray> chunks, bool ollama)
{
    Q_UNUSED(ollama);
    QPointer<QTcpSocket> guarded(socket);
    auto sent = std::make_shared<int>(0);
    auto next = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> self = next; // the timer holds the strong one
    *next = [this, guarded, chunks, sent, self] {
        if (!guarded)
            return;
        const bool cut = behaviour.cutAfterChunks >= 0 && *sent >= behaviour.cutAfterChunks;
        if (*sent >= chunks.size() || cut) {
            guarded->disconnectFromHost();
            return;
        }
        guarded->write(chunks[*sent]);
        guarded->flush();
        ++*sent;
        if (auto strong = self.lock())
            QTimer::singleShot(behaviour.chunkDelayMs, this, [strong] { (*strong)(); });
    };
    (*next)();
}
