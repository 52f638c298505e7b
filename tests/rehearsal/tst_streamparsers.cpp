// The stream parsers of app/rehearsal on the bytes servers send: OpenAI SSE
// (pings, a usage chunk with empty or null choices, [DONE], reasoning kept
// apart, CRLF), Ollama NDJSON, whole responses; every way of splitting the
// bytes gives the same answer; broken and cut streams are errors.

#include "app/rehearsal/chatresponseparser.h"
#include "app/rehearsal/chatstreamparserfactory.h"

#include <QtTest>

namespace {

const QByteArray openAiStream =
    ": ping\n\n"
    "data: {\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n\n"
    "data: {\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":\"Let me think.\"},\"finish_reason\":null}]}\n\n"
    "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"I built \"},\"finish_reason\":null}]}\n\n"
    ": ping\n\n"
    "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Quire, caf\\u00e9 \\ud83d\\ude00.\"},\"finish_reason\":null}]}\n\n"
    "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
    "data: {\"choices\":null,\"usage\":{\"prompt_tokens\":1234,\"completion_tokens\":9}}\n\n"
    "data: [DONE]\n\n";

const QByteArray ollamaStream =
    "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"\",\"thinking\":\"Hmm.\"},\"done\":false}\n"
    "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"I built \"},\"done\":false}\n"
    "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"Quire, caf\\u00e9 \\ud83d\\ude00.\"},\"done\":false}\n"
    "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\","
    "\"prompt_eval_count\":1234,\"eval_count\":9}\n";

const QString expectedAnswer = QStringLiteral("I built Quire, caf\u00e9 \U0001F600.");

ChatReply parseInPieces(EndpointProfile::ApiStyle style, const QByteArray &bytes, qsizetype pieceSize, QString *streamed)
{
    std::unique_ptr<ChatStreamParser> parser = ChatStreamParserFactory::create(style);
    for (qsizetype at = 0; at < bytes.size(); at += pieceSize)
        *streamed += parser->feed(QByteArrayView(bytes).sliced(at, qMin(pieceSize, bytes.size() - at)));
    const ChatReply reply = parser->finish();
    *streamed += parser->finalText();
    return reply;
}

} // namespace

class TestStreamParsers : public QObject
{
    Q_OBJECT

private slots:
    void openAiStreamInAnyPieces()
    {
        for (qsizetype piece : {qsizetype(1), qsizetype(2), qsizetype(7), qsizetype(64), openAiStream.size()}) {
            QString streamed;
            const ChatReply reply = parseInPieces(EndpointProfile::ApiStyle::OpenAi, openAiStream, piece, &streamed);
            QVERIFY2(reply.ok(), qPrintable(reply.errorMessage));
            QCOMPARE(reply.content, expectedAnswer);
            QCOMPARE(streamed, expectedAnswer);
            QCOMPARE(reply.reasoning, QStringLiteral("Let me think."));
            QCOMPARE(reply.finishReason, QStringLiteral("stop"));
            QCOMPARE(reply.promptTokens, 1234);
            QCOMPARE(reply.completionTokens, 9);
            QVERIFY(reply.done);
        }
    }

    void openAiCrlfAndEmptyChoicesUsage()
    {
        QByteArray bytes = openAiStream;
        bytes.replace("\"choices\":null", "\"choices\":[]");
        bytes.replace("\n", "\r\n");
        QString streamed;
        const ChatReply reply = parseInPieces(EndpointProfile::ApiStyle::OpenAi, bytes, 5, &streamed);
        QVERIFY2(reply.ok(), qPrintable(reply.errorMessage));
        QCOMPARE(reply.content, expectedAnswer);
        QCOMPARE(reply.promptTokens, 1234);
    }

    void openAiEventWithoutBlankLine()
    {
        // Some servers put no blank line between events.
        QByteArray bytes = openAiStream;
        bytes.replace("\n\n", "\n");
        QString streamed;
        const ChatReply reply = parseInPieces(EndpointProfile::ApiStyle::OpenAi, bytes, 3, &streamed);
        QVERIFY2(reply.ok(), qPrintable(reply.errorMessage));
        QCOMPARE(reply.content, expectedAnswer);
    }

    void lastEventWithoutBlankLineIsStreamedToo()
    {
        // The fuzzer's finding: an event ended only by the end of the stream
        // was in the answer but never handed out as streamed text.
        std::unique_ptr<ChatStreamParser> parser = ChatStreamParserFactory::create(EndpointProfile::ApiStyle::OpenAi);
        const QString fed = parser->feed("data: {\"choices\":[{\"delta\":{\"content\":\"Yes\"},\"finish_reason\":\"stop\"}]}\r\n");
        QVERIFY(fed.isEmpty()); // the event is not over yet
        const ChatReply reply = parser->finish();
        QCOMPARE(reply.content, QStringLiteral("Yes"));
        QCOMPARE(parser->finalText(), QStringLiteral("Yes"));
    }

    void openAiCutStream()
    {
        const QByteArray cut = openAiStream.left(openAiStream.indexOf("finish_reason\":\"stop"));
        QString streamed;
        const ChatReply reply = parseInPieces(EndpointProfile::ApiStyle::OpenAi, cut.left(cut.lastIndexOf("data:")), 4, &streamed);
        QCOMPARE(reply.error, ChatReply::Error::Cut);
        QVERIFY(reply.content.startsWith(QStringLiteral("I built")));
    }

    void openAiMalformedEvent()
    {
        QByteArray bytes = openAiStream;
        bytes.insert(bytes.indexOf("data: [DONE]"), "data: {\"choices\": [ broken\n\n");
        QString streamed;
        const ChatReply reply = parseInPieces(EndpointProfile::ApiStyle::OpenAi, bytes, 9, &streamed);
        QCOMPARE(reply.error, ChatReply::Error::Malformed);
    }

    void openAiServerErrorInStream()
    {
        const QByteArray bytes = "data: {\"error\":{\"message\":\"out of memory\"}}\n\n";
        QString streamed;
        const ChatReply reply = parseInPieces(EndpointProfile::ApiStyle::OpenAi, bytes, 100, &streamed);
        QCOMPARE(reply.error, ChatReply::Error::Other);
        QVERIFY(reply.errorMessage.contains(QStringLiteral("out of memory")));
    }

    void ollamaStreamInAnyPieces()
    {
        for (qsizetype piece : {qsizetype(1), qsizetype(3), qsizetype(50), ollamaStream.size()}) {
            QString streamed;
            const ChatReply reply = parseInPieces(EndpointProfile::ApiStyle::Ollama, ollamaStream, piece, &streamed);
            QVERIFY2(reply.ok(), qPrintable(reply.errorMessage));
            QCOMPARE(reply.content, expectedAnswer);
            QCOMPARE(streamed, expectedAnswer);
            QCOMPARE(reply.reasoning, QStringLiteral("Hmm."));
            QCOMPARE(reply.promptTokens, 1234);
            QCOMPARE(reply.completionTokens, 9);
            QCOMPARE(reply.finishReason, QStringLiteral("stop"));
        }
    }

    void ollamaCutAndMalformed()
    {
        QString streamed;
        const QByteArray cut = ollamaStream.left(ollamaStream.lastIndexOf("{\"model\""));
        QCOMPARE(parseInPieces(EndpointProfile::ApiStyle::Ollama, cut, 10, &streamed).error, ChatReply::Error::Cut);
        QCOMPARE(parseInPieces(EndpointProfile::ApiStyle::Ollama, "{\"message\": nope}\n", 10, &streamed).error,
                 ChatReply::Error::Malformed);
        QCOMPARE(parseInPieces(EndpointProfile::ApiStyle::Ollama, "{\"error\":\"model 'x' not found\"}\n", 10, &streamed).error,
                 ChatReply::Error::Other);
    }

    void wholeResponses()
    {
        const ChatReply openAi = ChatResponseParser::parse(EndpointProfile::ApiStyle::OpenAi,
            "{\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Yes.\","
            "\"reasoning_content\":\"why\"},\"finish_reason\":\"length\"}],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":1}}");
        QVERIFY2(openAi.ok(), qPrintable(openAi.errorMessage));
        QCOMPARE(openAi.content, QStringLiteral("Yes."));
        QCOMPARE(openAi.reasoning, QStringLiteral("why"));
        QCOMPARE(openAi.finishReason, QStringLiteral("length"));
        QCOMPARE(openAi.promptTokens, 5);
        const ChatReply ollama = ChatResponseParser::parse(EndpointProfile::ApiStyle::Ollama,
            "{\"message\":{\"role\":\"assistant\",\"content\":\"Yes.\"},\"done\":true,\"done_reason\":\"stop\",\"prompt_eval_count\":5,\"eval_count\":1}");
        QVERIFY2(ollama.ok(), qPrintable(ollama.errorMessage));
        QCOMPARE(ollama.content, QStringLiteral("Yes."));
        QCOMPARE(ChatResponseParser::parse(EndpointProfile::ApiStyle::OpenAi, "<html>").error, ChatReply::Error::Malformed);
        QCOMPARE(ChatResponseParser::parse(EndpointProfile::ApiStyle::OpenAi, "{}").error, ChatReply::Error::Malformed);
    }

    void overlongLineIsRefused()
    {
        std::unique_ptr<ChatStreamParser> parser = ChatStreamParserFactory::create(EndpointProfile::ApiStyle::OpenAi);
        const QByteArray block(1024 * 1024, 'x');
        for (int i = 0; i < 17 && !parser->failed(); ++i)
            parser->feed(block);
        QCOMPARE(parser->reply().error, ChatReply::Error::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestStreamParsers)
#include "tst_streamparsers.moc"
