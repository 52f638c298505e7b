#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// One model endpoint the user configured: where it is, which model, how to
// talk to it and how to ask. Holds no API key: keys come from the
// environment or the system keyring when a request is made, never from a
// profile (profiles are saved in settings).
struct EndpointProfile
{
    enum class ApiStyle {
        OpenAi, // POST {base}/chat/completions (llama-server, vLLM, LM Studio, hosted services)
        Ollama, // POST {base}/api/chat with options.num_ctx
    };

    QString name;
    QUrl baseUrl; // without user-info (see cleanBaseUrl)
    QString model;
    ApiStyle api = ApiStyle::OpenAi;
    double temperature = 0.0; // deterministic where the server allows it
    int maxTokens = 512;      // the answer's budget
    int contextWindow = 8192; // the model's window, for the truncation guard
    int concurrency = 2;      // requests in flight at once
    int timeoutSeconds = 120; // without a byte from the server
    QString systemPromptTemplate = defaultSystemPrompt();

    // A portfolio assistant that answers from the context only and declines
    // what the context does not cover.
    static QString defaultSystemPrompt();
    // The template with {context} replaced (every occurrence, once: a
    // "{context}" inside the context itself stays as it is).
    QString systemPrompt(const QString &context) const;

    // The URL as typed, with user-info dropped (a key pasted as
    // https://user:key@host would otherwise end up in settings and run
    // files) and no trailing slash. Nothing when it is not http(s).
    static std::optional<QUrl> cleanBaseUrl(const QString &typed);

    static QString apiName(ApiStyle style); // "openai", "ollama"
    static std::optional<ApiStyle> apiFromName(const QString &name);
};
