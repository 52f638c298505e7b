#pragma once

#include "app/rehearsal/chatreply.h"
#include "app/rehearsal/endpointprofile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Reads a model server's streamed answer (made by ChatStreamParserFactory) as it arrives, in pieces of any
// size: lines are put together here, the API style's subclass reads each
// one (OpenAiStreamParser: server-sent events; OllamaStreamParser: one JSON
// object per line). Bytes from the server are untrusted: anything that is
// not the expected shape ends in Error::Malformed, never in a crash, and a
// line is never held beyond maxLineBytes.
class ChatStreamParser
{
public:
    static constexpr qsizetype maxLineBytes = 16 * 1024 * 1024;

    virtual ~ChatStreamParser() = default;

    // Reads `bytes`; returns the answer text that came with them (may be empty).
    QString feed(QByteArrayView bytes);
    // The stream has ended: the last line is read, and an answer the server
    // never said was complete becomes Error::Cut.
    ChatReply finish();
    // The answer text that finish() found (a last event without its blank
    // line): the end of the stream, to be shown like what feed() returned.
    QString finalText() const { return m_finished ? m_delta : QString(); }
    const ChatReply &reply() const { return m_reply; }
    bool failed() const { return m_reply.error != ChatReply::Error::None; }

protected:
    // One line, without its line ending.
    virtual void readLine(QByteArrayView line) = 0;
    // Called once at the end, before the Cut check (flush pending events).
    virtual void endOfStream() {}
    void fail(ChatReply::Error error, const QString &message);
    void appendContent(const QString &text);

    ChatReply m_reply;

private:
    QByteArray m_pending; // an incomplete last line
    QString m_delta;
    bool m_finished = false;
};
