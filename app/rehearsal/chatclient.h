#pragma once

#include "app/rehearsal/chatreply.h"
#include "app/rehearsal/endpointprofile.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Asks a model server questions, many at once, without blocking: answers
// stream in as delta() and end as answered(). Each request fails on its own
// with a clear ChatReply::Error; a 429 waits for Retry-After and is retried
// a bounded number of times. The API key is sent only in the Authorization
// header and removed from every message (servers have echoed it).
class ChatClient : public QObject
{
    Q_OBJECT

public:
    explicit ChatClient(QObject *parent = nullptr);
    ~ChatClient() override;

    void setApiKey(const QByteArray &key) { m_apiKey = key; }
    // 429 handling: how often a request is retried, and the longest wait
    // for one Retry-After (a server asking for an hour is not waited for).
    void setRetryLimits(int maxRetries, int maxWaitSeconds);
    void setStreaming(bool stream) { m_stream = stream; }

    // Starts a request; the id comes back with its signals.
    int ask(const EndpointProfile &profile, const QString &systemPrompt, const QString &question);
    // Stops every request at once; each ends with Error::Cancelled.
    void cancelAll();
    int inFlight() const { return int(m_requests.size()); }

    // `text` with the key replaced by "***".
    static QString withoutKey(const QString &text, const QByteArray &key);

signals:
    void delta(int id, const QString &text);
    void answered(int id, const ChatReply &reply, qint64 latencyMs);

private:
    struct Request;
    void send(int id);
    void readSome(int id);
    void finished(int id, QNetworkReply *network);
    void retryOrFail(int id, ChatReply reply, const QByteArray &retryAfter);
    void complete(int id, ChatReply reply);

    QNetworkAccessManager *m_network;
    QHash<int, Request *> m_requests;
    QByteArray m_apiKey;
    int m_nextId = 1;
    int m_maxRetries = 3;
    int m_maxWaitSeconds = 60;
    bool m_stream = true;
};
