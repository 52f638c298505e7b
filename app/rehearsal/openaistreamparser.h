#pragma once

#include "app/rehearsal/chatstreamparser.h"

#include <QJsonObject>

// OpenAI-compatible chat completions streamed as server-sent events:
// `data: {chat.completion.chunk}` events, `: ping` comment lines, a last
// usage chunk whose `choices` is empty or null, then `data: [DONE]`.
// `reasoning_content` (and `reasoning`) go to ChatReply::reasoning, not
// into the answer.
class OpenAiStreamParser : public ChatStreamParser
{
public:
    // One chunk (streamed) or a whole response (not streamed) into `reply`;
    // returns the answer text it added. False in `ok` when `object` is an
    // error the server sent.
    static QString applyObject(const QJsonObject &object, ChatReply &reply, bool *ok);

protected:
    void readLine(QByteArrayView line) override;
    void endOfStream() override;

private:
    void dispatch();
    QByteArray m_data; // the data lines of the event being read
    bool m_hasData = false;
    bool m_sawDone = false;
};
