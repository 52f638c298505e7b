#include "app/rehearsal/endpointprofile.h"

QString EndpointProfile::defaultSystemPrompt()
{
    return QStringLiteral(
        "You are the assistant on a personal portfolio website. Visitors ask you about the "
        "site's author: their work, projects, skills and experience.\n"
        "Answer only from the context below. Keep answers short, factual and in the author's "
        "own terms. If the context does not contain the answer, or the question is not about "
        "the author and their work, say politely that you cannot answer that here and suggest "
        "what you can help with instead. Never invent facts, names, numbers or links.\n"
        "\n"
        "<context>\n"
        "{context}\n"
        "</context>\n");
}

QString EndpointProfile::systemPrompt(const QString &context) const
{
    static const QString placeholder = QStringLiteral("{context}");
    QString result;
    result.reserve(systemPromptTemplate.size() + context.size());
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = systemPromptTemplate.indexOf(placeholder, from);
        if (at < 0)
            break;
        result += QStringView(systemPromptTemplate).mid(from, at - from);
        result += context;
        from = at + placeholder.size();
    }
    result += QStringView(systemPromptTemplate).mid(from);
    return result;
}

std::optional<QUrl> EndpointProfile::cleanBaseUrl(const QString &typed)
{
    QUrl url(typed.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return std::nullopt;
    url.setUserInfo(QString());
    url.setFragment(QString());
    url.setQuery(QString());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

QString EndpointProfile::apiName(ApiStyle style)
{
    return style == ApiStyle::Ollama ? QStringLiteral("ollama") : QStringLiteral("openai");
}

std::optional<EndpointProfile::ApiStyle> EndpointProfile::apiFromName(const QString &name)
{
    if (name == QLatin1String("openai"))
        return ApiStyle::OpenAi;
    if (name == QLatin1String("ollama"))
        return ApiStyle::Ollama;
    return std::nullopt;
}
