#pragma once

#include "app/rehearsal/chatstreamparser.h"

#include <QJsonObject>

// Ollama's /api/chat: one JSON object per line (NDJSON), the answer in
// message.content, thinking in message.thinking (kept apart), the last
// object with "done": true, done_reason and the token counts
// (prompt_eval_count, eval_count). A response that is not streamed is the
// same object once.
class OllamaStreamParser : public ChatStreamParser
{
public:
    static QString applyObject(const QJsonObject &object, ChatReply &reply, bool *ok);

protected:
    void readLine(QByteArrayView line) override;
};
