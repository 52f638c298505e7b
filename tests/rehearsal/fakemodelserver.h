#pragma once

// A model server for the rehearsal tests, on 127.0.0.1 and a port the
// system picks: speaks OpenAI-compatible chat completions (SSE or one JSON
// response) and Ollama's /api/chat (NDJSON), and can be told to misbehave
// the ways real servers do. Each response closes its connection.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

class FakeModelServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray authorization;
        QJsonObject body;
        QByteArray rawHead; // request line and headers as received
        QString question() const;     // the user message
        QString systemPrompt() const; // the system message
    };

    struct Behaviour
    {
        // answer for a question (default: "You asked: <question>")
        std::function<QString(const Request &)> answer;
        int status = 200;         // 401, 404, 429, 500 … answered with a JSON error body
        int statusTimes = -1;     // the status for this many requests, then 200 (-1: always)
        QByteArray retryAfter;    // sent with a 429
        int chunkDelayMs = 0;     // between streamed chunks
        bool pings = false;       // ": ping" comment lines between chunks
        bool nullChoicesUsage = false; // last usage chunk with "choices": null (else [])
        int cutAfterChunks = -1;  // close the stream after this many chunks, no [DONE]
        bool malformed = false;   // a chunk that is not JSON
        bool neverAnswer = false; // accept and say nothing (time-outs)
        qint64 promptTokens = -1; // reported; -1: the system + question counted exactly
        bool ignoreStream = false; // answer with one JSON object even when asked to stream
        QString judgeModel;        // requests for this model get judgeOutput
        QString judgeOutput = QStringLiteral("{\"verdict\":\"agrees\",\"score\":0.9,\"reason\":\"same facts\"}");
        QString reasoning;         // reasoning_content / thinking sent before the answer
        QByteArray echoKeyInError; // put this text into error bodies (a server echoing the key)
    };

    explicit FakeModelServer(QObject *parent = nullptr);
    bool listen();
    QString baseUrl() const; // http://127.0.0.1:PORT (OpenAI clients add /v1 themselves: we serve both)
    Behaviour behaviour;
    QList<Request> requests;
    int openConnections() const { return m_open; }

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Request &request);
    void stream(QTcpSocket *socket, QList<QByteArray> chunks, bool ollama);
    QList<QByteArray> openAiChunks(const Request &request, const QString &answer) const;
    QList<QByteArray> ollamaLines(const Request &request, const QString &answer) const;
    qint64 promptTokensFor(const Request &request) const;

    QTcpServer m_server;
    int m_open = 0;
    int m_statusServed = 0;
};
