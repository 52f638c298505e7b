// ChatClient against the fake model server on 127.0.0.1: the requests it
// sends (both API styles), streamed and whole answers, and every error path:
// connection refused, time-out, 401/403, 404, 429 with Retry-After and
// bounded retries, 5xx, a malformed and a cut stream, cancel. The API key is
// sent in the header only and never appears in a message.

#include "app/rehearsal/chatclient.h"
#include "fakemodelserver.h"

#include <QtTest>

Q_DECLARE_METATYPE(ChatReply)

namespace {

const QByteArray secretKey = "sk-test-9f8e7d6c5b4a";

struct Outcome
{
    ChatReply reply;
    QString streamed;
    int deltas = 0;
};

} // namespace

class TestChatClient : public QObject
{
    Q_OBJECT

    FakeModelServer *m_server = nullptr;

    EndpointProfile profile(EndpointProfile::ApiStyle api = EndpointProfile::ApiStyle::OpenAi) const
    {
        EndpointProfile p;
        p.name = QStringLiteral("test");
        p.baseUrl = *EndpointProfile::cleanBaseUrl(m_server->baseUrl() + (api == EndpointProfile::ApiStyle::OpenAi ? QStringLiteral("/v1") : QString()));
        p.model = QStringLiteral("fake-model");
        p.api = api;
        p.contextWindow = 4096;
        p.timeoutSeconds = 5;
        return p;
    }

    Outcome ask(ChatClient &client, const EndpointProfile &p, const QString &question = QStringLiteral("Who are you?"))
    {
        Outcome outcome;
        QObject context;
        bool done = false;
        connect(&client, &ChatClient::delta, &context, [&outcome](int, const QString &text) {
            outcome.streamed += text;
            ++outcome.deltas;
        });
        connect(&client, &ChatClient::answered, &context, [&](int, const ChatReply &reply, qint64) {
            outcome.reply = reply;
            done = true;
        });
        client.ask(p, QStringLiteral("System prompt with context."), question);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
        return outcome;
    }

private slots:
    void init()
    {
        m_server = new FakeModelServer(this);
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void openAiRequestAndStream()
    {
        m_server->behaviour.pings = true;
        m_server->behaviour.nullChoicesUsage = true;
        m_server->behaviour.chunkDelayMs = 5;
        m_server->behaviour.reasoning = QStringLiteral("thinking aloud");
        ChatClient client;
        client.setApiKey(secretKey);
        const Outcome outcome = ask(client, profile());
        QVERIFY2(outcome.reply.ok(), qPrintable(outcome.reply.errorMessage));
        QCOMPARE(outcome.reply.content, QStringLiteral("You asked: Who are you?"));
        QCOMPARE(outcome.streamed, outcome.reply.content);
        QVERIFY(outcome.deltas > 1);
        QCOMPARE(outcome.reply.reasoning, QStringLiteral("thinking aloud"));
        QCOMPARE(outcome.reply.finishReason, QStringLiteral("stop"));
        QVERIFY(outcome.reply.promptTokens > 0);
        QCOMPARE(m_server->requests.size(), 1);
        const FakeModelServer::Request &request = m_server->requests.first();
        QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(request.authorization, "Bearer " + secretKey);
        QCOMPARE(request.body.value(QLatin1String("model")).toString(), QStringLiteral("fake-model"));
        QVERIFY(request.body.value(QLatin1String("stream")).toBool());
        QVERIFY(request.body.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool());
        QCOMPARE(request.systemPrompt(), QStringLiteral("System prompt with context."));
        QCOMPARE(request.question(), QStringLiteral("Who are you?"));
    }

    void ollamaRequestAndStream()
    {
        ChatClient client;
        const Outcome outcome = ask(client, profile(EndpointProfile::ApiStyle::Ollama));
        QVERIFY2(outcome.reply.ok(), qPrintable(outcome.reply.errorMessage));
        QCOMPARE(outcome.reply.content, QStringLiteral("You asked: Who are you?"));
        const FakeModelServer::Request &request = m_server->requests.first();
        QCOMPARE(request.path, QByteArray("/api/chat"));
        QCOMPARE(request.body.value(QLatin1String("options")).toObject().value(QLatin1String("num_ctx")).toInt(), 4096);
        QVERIFY(request.authorization.isEmpty()); // no key, no header
    }

    void wholeResponseWhenTheServerDoesNotStream()
    {
        m_server->behaviour.ignoreStream = true;
        ChatClient client;
        const Outcome outcome = ask(client, profile());
        QVERIFY2(outcome.reply.ok(), qPrintable(outcome.reply.errorMessage));
        QCOMPARE(outcome.reply.content, QStringLiteral("You asked: Who are you?"));
        ChatClient plain;
        plain.setStreaming(false);
        QVERIFY(ask(plain, profile(EndpointProfile::ApiStyle::Ollama)).reply.ok());
        QVERIFY(!m_server->requests.last().body.value(QLatin1String("stream")).toBool());
    }

    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        EndpointProfile p = profile();
        p.baseUrl.setPort(closed.serverPort());
        closed.close();
        ChatClient client;
        QCOMPARE(ask(client, p).reply.error, ChatReply::Error::ConnectionRefused);
    }

    void timeout()
    {
        m_server->behaviour.neverAnswer = true;
        EndpointProfile p = profile();
        p.timeoutSeconds = 1;
        ChatClient client;
        const Outcome outcome = ask(client, p);
        QCOMPARE(outcome.reply.error, ChatReply::Error::Timeout);
        QVERIFY(!outcome.reply.stopsRun());
    }

    void unauthorizedStopsTheRunAndHidesTheKey_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("401") << 401;
        QTest::newRow("403") << 403;
    }

    void unauthorizedStopsTheRunAndHidesTheKey()
    {
        QFETCH(int, status);
        m_server->behaviour.status = status;
        m_server->behaviour.echoKeyInError = " for key " + secretKey;
        ChatClient client;
        client.setApiKey(secretKey);
        const Outcome outcome = ask(client, profile());
        QCOMPARE(outcome.reply.error, ChatReply::Error::Unauthorized);
        QVERIFY(outcome.reply.stopsRun());
        QVERIFY2(outcome.reply.errorMessage.contains(QStringLiteral("***")), qPrintable(outcome.reply.errorMessage));
        QVERIFY(!outcome.reply.errorMessage.contains(QString::fromLatin1(secretKey)));
    }

    void unknownModel()
    {
        m_server->behaviour.status = 404;
        ChatClient client;
        const Outcome outcome = ask(client, profile());
        QCOMPARE(outcome.reply.error, ChatReply::Error::ModelNotFound);
        QVERIFY(outcome.reply.stopsRun());
        QVERIFY(outcome.reply.errorMessage.contains(QStringLiteral("fake-model")));
    }

    void rateLimitedThenRetried()
    {
        m_server->behaviour.status = 429;
        m_server->behaviour.statusTimes = 2;
        m_server->behaviour.retryAfter = "0";
        ChatClient client;
        const Outcome outcome = ask(client, profile());
        QVERIFY2(outcome.reply.ok(), qPrintable(outcome.reply.errorMessage));
        QCOMPARE(m_server->requests.size(), 3);
    }

    void rateLimitedRetriesAreBounded()
    {
        m_server->behaviour.status = 429;
        m_server->behaviour.retryAfter = "0";
        ChatClient client;
        client.setRetryLimits(2, 60);
        const Outcome outcome = ask(client, profile());
        QCOMPARE(outcome.reply.error, ChatReply::Error::RateLimited);
        QCOMPARE(m_server->requests.size(), 3); // the first and two retries
        QVERIFY(!outcome.reply.stopsRun());
    }

    void retryAfterTooLongIsNotWaitedFor()
    {
        m_server->behaviour.status = 429;
        m_server->behaviour.retryAfter = "3600";
        ChatClient client;
        client.setRetryLimits(3, 60);
        const Outcome outcome = ask(client, profile());
        QCOMPARE(outcome.reply.error, ChatReply::Error::RateLimited);
        QCOMPARE(m_server->requests.size(), 1);
    }

    void retryAfterIsWaitedFor()
    {
        m_server->behaviour.status = 429;
        m_server->behaviour.statusTimes = 1;
        m_server->behaviour.retryAfter = "1";
        ChatClient client;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(ask(client, profile()).reply.ok());
        QVERIFY(clock.elapsed() >= 900);
    }

    void serverError()
    {
        m_server->behaviour.status = 500;
        ChatClient client;
        const Outcome outcome = ask(client, profile());
        QCOMPARE(outcome.reply.error, ChatReply::Error::ServerError);
        QVERIFY(!outcome.reply.stopsRun());
        QVERIFY(outcome.reply.errorMessage.contains(QStringLiteral("500")));
    }

    void malformedStream_data()
    {
        QTest::addColumn<int>("api");
        QTest::newRow("openai") << int(EndpointProfile::ApiStyle::OpenAi);
        QTest::newRow("ollama") << int(EndpointProfile::ApiStyle::Ollama);
    }

    void malformedStream()
    {
        QFETCH(int, api);
        m_server->behaviour.malformed = true;
        ChatClient client;
        QCOMPARE(ask(client, profile(EndpointProfile::ApiStyle(api))).reply.error, ChatReply::Error::Malformed);
    }

    void cutStream_data() { malformedStream_data(); }

    void cutStream()
    {
        QFETCH(int, api);
        m_server->behaviour.cutAfterChunks = 3;
        ChatClient client;
        const Outcome outcome = ask(client, profile(EndpointProfile::ApiStyle(api)));
        QCOMPARE(outcome.reply.error, ChatReply::Error::Cut);
        QVERIFY(!outcome.reply.stopsRun());
    }

    void cancelStopsEveryRequest()
    {
        m_server->behaviour.chunkDelayMs = 200;
        m_server->behaviour.answer = [](const FakeModelServer::Request &) {
            return QStringLiteral("a long answer that keeps streaming for quite a while yet");
        };
        ChatClient client;
        QList<ChatReply> replies;
        connect(&client, &ChatClient::answered, this, [&replies](int, const ChatReply &reply, qint64) { replies.append(reply); });
        for (int i = 0; i < 3; ++i)
            client.ask(profile(), QStringLiteral("s"), QStringLiteral("q%1").arg(i));
        QTRY_COMPARE(m_server->requests.size(), 3);
        client.cancelAll();
        QCOMPARE(replies.size(), 3);
        for (const ChatReply &reply : replies)
            QCOMPARE(reply.error, ChatReply::Error::Cancelled);
        QCOMPARE(client.inFlight(), 0);
        QTRY_COMPARE(m_server->openConnections(), 0);
    }

    void baseUrlLosesUserInfo()
    {
        const std::optional<QUrl> url = EndpointProfile::cleanBaseUrl(QStringLiteral("https://me:sk-secret@api.example.org/v1/"));
        QVERIFY(url);
        QCOMPARE(url->toString(), QStringLiteral("https://api.example.org/v1"));
        QVERIFY(!EndpointProfile::cleanBaseUrl(QStringLiteral("ftp://example.org")));
        QVERIFY(!EndpointProfile::cleanBaseUrl(QStringLiteral("not a url")));
    }
};

QTEST_GUILESS_MAIN(TestChatClient)
#include "tst_chatclient.moc"
