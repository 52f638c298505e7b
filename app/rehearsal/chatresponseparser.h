#pragma once

#include "app/rehearsal/chatreply.h"
#include "app/rehearsal/endpointprofile.h"

#include <QByteArray>

// A whole (not streamed) chat response: OpenAI's chat.completion object or
// Ollama's one object with "done": true.
class ChatResponseParser
{
public:
    static ChatReply parse(EndpointProfile::ApiStyle style, const QByteArray &body);
};
