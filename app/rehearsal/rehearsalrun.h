#pragma once

#include "app/rehearsal/answerrecord.h"
#include "app/rehearsal/chatreply.h"
#include "app/rehearsal/endpointprofile.h"
#include "app/rehearsal/rehearsalquestion.h"
#include "app/rehearsal/runrecord.h"
#include "app/tokens/tokenencoding.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

class ChatClient;
class RunsFile;

// One rehearsal: every question asked of the model with the same system
// prompt (the template filled with the context), at most the profile's
// concurrency at once; each answer scored (VerdictRules, or the judge) and
// appended to the runs file as soon as it is complete. An authentication
// error or an unknown model stops the run; cancel() stops every request.
class RehearsalRun : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        EndpointProfile profile;
        std::optional<EndpointProfile> judge;
        QByteArray context; // exactly the bytes the author ships (RehearsalContext)
        TokenEncoding encoding = TokenEncodings::defaultEncoding;
        std::vector<RehearsalQuestion> questions;
        QString runsPath; // empty: nothing written
        QByteArray apiKey;
        int maxRetries = 3;     // on 429
        int maxRetryWait = 60;  // seconds
        // Exact token counts of the context and of the filled system
        // prompt; -1: start() counts them. countTokens() fills them in, so
        // the window counts a large context in a worker.
        qint64 contextTokens = -1;
        qint64 systemPromptTokens = -1;
    };
    struct Summary
    {
        int questions = 0; // answers recorded
        QMap<Verdict, int> verdicts;
        int errors = 0;
        bool stopped = false; // by an error that would repeat, or a write that failed
        QString stopReason;
        bool cancelled = false;
        bool allGood() const;
    };

    explicit RehearsalRun(Setup setup, QObject *parent = nullptr);
    // Fills in the setup's token counts (thread-safe: no QObject involved).
    static void countTokens(Setup &setup);
    ~RehearsalRun() override;

    // Counts the context, writes the run's first line and sends the first
    // questions. False with `error` when the runs file cannot be written.
    bool start(QString *error);
    void cancel();
    bool isFinished() const { return m_finished; }

    const RunRecord &record() const { return m_record; }
    const Summary &summary() const { return m_summary; }
    // Tokens of the system prompt + question as counted here (exact).
    qint64 promptTokens(int question) const;

    // OpenAI's chat format adds a few tokens around each message.
    static constexpr int tokensPerMessage = 3;
    static constexpr int tokensToPrimeReply = 3;

signals:
    void questionStarted(int question);
    void delta(int question, const QString &text);
    void answerRecorded(int question, const AnswerRecord &answer);
    void warning(const QString &message);
    void finished();

private:
    void pump();
    void onAnswered(int requestId, const ChatReply &reply, qint64 latencyMs);
    void onJudged(int requestId, const ChatReply &reply);
    void record(int question, AnswerRecord answer);
    void stop(const QString &reason);
    void finishIfDone();
    AnswerRecord answerFor(int question, const ChatReply &reply, qint64 latencyMs) const;

    Setup m_setup;
    RunRecord m_record;
    Summary m_summary;
    std::unique_ptr<RunsFile> m_file;
    ChatClient *m_client;
    ChatClient *m_judgeClient = nullptr;
    QString m_systemPrompt;
    qint64 m_systemTokens = 0;
    QHash<int, int> m_questionOf;      // request id -> question
    QHash<int, AnswerRecord> m_judging; // judge request id -> the answer it judges
    int m_next = 0;
    int m_active = 0;
    bool m_finished = false;
    bool m_stopping = false;
};
