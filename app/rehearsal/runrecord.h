#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The first line of a run in NAME.runs.jsonl: what was asked, of which
// model, with which context. Never holds the API key; the base URL has no
// user-info.
struct RunRecord
{
    QString id;        // unique per run (time and random bits)
    QString startedAt; // ISO 8601, UTC
    QString profile;
    QString baseUrl;
    QString model;
    QString contextSha256;
    qint64 contextTokens = 0;
    QString encoding;
    QString systemPromptSha256;
    QJsonObject params; // api, temperature, max_tokens, context_window, concurrency, judge_model…

    QByteArray toJsonLine() const;
    static std::optional<RunRecord> fromJson(const QJsonObject &object);
    static QString newId();
};
