#include "streamchecks.h"

#include "app/rehearsal/chatresponseparser.h"
#include "app/rehearsal/chatstreamparserfactory.h"

namespace {

struct Parsed
{
    ChatReply reply;
    QString streamed;
};

Parsed parse(EndpointProfile::ApiStyle style, const QByteArray &bytes, qsizetype piece)
{
    Parsed parsed;
    std::unique_ptr<ChatStreamParser> parser = ChatStreamParserFactory::create(style);
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        parsed.streamed += parser->feed(QByteArrayView(bytes).sliced(at, qMin(piece, bytes.size() - at)));
    parsed.reply = parser->finish();
    parsed.streamed += parser->finalText();
    return parsed;
}

QString describe(const ChatReply &r)
{
    return QStringLiteral("content=%1 reasoning=%2 finish=%3 prompt=%4 completion=%5 done=%6 error=%7")
        .arg(r.content.left(80), r.reasoning.left(80), r.finishReason)
        .arg(r.promptTokens)
        .arg(r.completionTokens)
        .arg(r.done)
        .arg(ChatReply::errorName(r.error));
}

bool same(const ChatReply &a, const ChatReply &b)
{
    return a.content == b.content && a.reasoning == b.reasoning && a.finishReason == b.finishReason
        && a.promptTokens == b.promptTokens && a.completionTokens == b.completionTokens && a.done == b.done
        && a.error == b.error;
}

} // namespace

namespace StreamChecks {

QString check(const QByteArray &input)
{
    if (input.isEmpty())
        return QString();
    const uchar control = uchar(input[0]);
    const EndpointProfile::ApiStyle style = (control & 1) ? EndpointProfile::ApiStyle::Ollama : EndpointProfile::ApiStyle::OpenAi;
    const qsizetype piece = ((control >> 1) & 63) + 1;
    const QByteArray bytes = input.mid(1);

    const Parsed inPieces = parse(style, bytes, piece);
    const Parsed whole = parse(style, bytes, qMax<qsizetype>(1, bytes.size()));
    if (!same(inPieces.reply, whole.reply))
        return QStringLiteral("1. in pieces of %1: %2\nwhole: %3").arg(piece).arg(describe(inPieces.reply), describe(whole.reply));
    if (inPieces.streamed != inPieces.reply.content)
        return QStringLiteral("2. streamed %1\nbut the answer is %2").arg(inPieces.streamed.left(200), inPieces.reply.content.left(200));
    if (inPieces.reply.ok() && !inPieces.reply.done)
        return QStringLiteral("3. no error, but not done: %1").arg(describe(inPieces.reply));
    if (!inPieces.reply.ok() && inPieces.reply.errorMessage.isEmpty())
        return QStringLiteral("3. an error without a message: %1").arg(describe(inPieces.reply));
    const ChatReply response = ChatResponseParser::parse(style, bytes);
    if (!response.ok() && response.errorMessage.isEmpty())
        return QStringLiteral("4. a whole response refused without a message");
    if (response.ok() && !response.done)
        return QStringLiteral("4. a whole response accepted but not done");
    return QString();
}

} // namespace StreamChecks
