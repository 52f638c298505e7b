#pragma once

#include "app/rehearsal/endpointprofile.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>

// One chat request as it goes on the wire: the system message (the template
// filled with the context: the same bytes for every question, so servers
// with prompt caching reuse them) and the question as the user message.
struct ChatRequest
{
    QNetworkRequest request;
    QByteArray body;

    // OpenAI style: POST {base}/chat/completions, with stream_options
    // .include_usage so the last chunk carries the token counts. Ollama:
    // POST {base}/api/chat with options.num_ctx = the profile's window
    // (without it Ollama cuts long prompts to its default window).
    // `apiKey` goes only into the Authorization header.
    static ChatRequest build(const EndpointProfile &profile, const QString &systemPrompt,
                             const QString &question, const QByteArray &apiKey, bool stream = true);
    static QUrl endpointUrl(const EndpointProfile &profile);
};
