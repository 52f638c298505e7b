#include "app/rehearsal/rehearsalrun.h"

#include "app/rehearsal/chatclient.h"
#include "app/rehearsal/judgerubric.h"
#include "app/rehearsal/runsfile.h"
#include "app/rehearsal/truncationguard.h"
#include "app/rehearsal/verdictrules.h"
#include "app/tokens/tokencounter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>

bool RehearsalRun::Summary::allGood() const
{
    if (stopped || cancelled)
        return false;
    for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it) {
        if (it.value() > 0 && !Verdicts::isGood(it.key()))
            return false;
    }
    return true;
}

RehearsalRun::RehearsalRun(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_client(new ChatClient(this))
{
    m_client->setApiKey(m_setup.apiKey);
    m_client->setRetryLimits(m_setup.maxRetries, m_setup.maxRetryWait);
    connect(m_client, &ChatClient::delta, this, [this](int id, const QString &text) {
        if (m_questionOf.contains(id))
            emit delta(m_questionOf.value(id), text);
    });
    connect(m_client, &ChatClient::answered, this, &RehearsalRun::onAnswered);
    if (m_setup.judge) {
        m_judgeClient = new ChatClient(this);
        m_judgeClient->setApiKey(m_setup.apiKey);
        m_judgeClient->setRetryLimits(m_setup.maxRetries, m_setup.maxRetryWait);
        m_judgeClient->setStreaming(false);
        connect(m_judgeClient, &ChatClient::answered, this,
                [this](int id, const ChatReply &reply, qint64) { onJudged(id, reply); });
    }
}

RehearsalRun::~RehearsalRun() = default;

qint64 RehearsalRun::promptTokens(int question) const
{
    const RehearsalQuestion &q = m_setup.questions[size_t(question)];
    return m_systemTokens + TokenCounter::count(q.question, m_setup.encoding) + 2 * tokensPerMessage + tokensToPrimeReply;
}

void RehearsalRun::countTokens(Setup &setup)
{
    const QString systemPrompt = setup.profile.systemPrompt(QString::fromUtf8(setup.context));
    setup.systemPromptTokens = TokenCounter::count(systemPrompt, setup.encoding);
    setup.contextTokens = TokenCounter::count(QByteArrayView(setup.context), setup.encoding);
}

bool RehearsalRun::start(QString *error)
{
    const EndpointProfile &profile = m_setup.profile;
    if (m_setup.contextTokens < 0 || m_setup.systemPromptTokens < 0)
        countTokens(m_setup);
    m_systemPrompt = profile.systemPrompt(QString::fromUtf8(m_setup.context));
    m_systemTokens = m_setup.systemPromptTokens;

    m_record.id = RunRecord::newId();
    m_record.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_record.profile = profile.name;
    m_record.baseUrl = profile.baseUrl.toString();
    m_record.model = profile.model;
    m_record.contextSha256 = QString::fromLatin1(QCryptographicHash::hash(m_setup.context, QCryptographicHash::Sha256).toHex());
    m_record.contextTokens = m_setup.contextTokens;
    m_record.encoding = TokenEncodings::name(m_setup.encoding);
    m_record.systemPromptSha256 = QString::fromLatin1(QCryptographicHash::hash(m_systemPrompt.toUtf8(), QCryptographicHash::Sha256).toHex());
    QJsonObject params{
        {QStringLiteral("api"), EndpointProfile::apiName(profile.api)},
        {QStringLiteral("temperature"), profile.temperature},
        {QStringLiteral("max_tokens"), profile.maxTokens},
        {QStringLiteral("context_window"), profile.contextWindow},
        {QStringLiteral("concurrency"), profile.concurrency},
        {QStringLiteral("timeout_s"), profile.timeoutSeconds},
    };
    if (m_setup.judge)
        params.insert(QStringLiteral("judge_model"), m_setup.judge->model);
    m_record.params = params;

    if (!m_setup.runsPath.isEmpty()) {
        m_file = std::make_unique<RunsFile>(m_setup.runsPath);
        if (!m_file->append(m_record.toJsonLine(), error))
            return false;
    }
    int over = 0;
    qint64 largest = 0;
    for (size_t i = 0; i < m_setup.questions.size(); ++i) {
        const qint64 tokens = promptTokens(int(i));
        largest = qMax(largest, tokens);
        over += TruncationGuard::fits(tokens, profile.maxTokens, profile.contextWindow) ? 0 : 1;
    }
    if (over > 0) {
        emit warning(TruncationGuard::before(largest, profile.maxTokens, profile.contextWindow)
                     + QLatin1Char(' ') + QCoreApplication::translate("Rehearsal", "(%n question(s))", nullptr, over));
    }
    // Started from the event loop, so that whoever connects after start()
    // sees every signal.
    QMetaObject::invokeMethod(this, &RehearsalRun::pump, Qt::QueuedConnection);
    return true;
}

void RehearsalRun::pump()
{
    const int limit = qMax(1, m_setup.profile.concurrency);
    while (!m_stopping && m_active < limit && m_next < int(m_setup.questions.size())) {
        const int question = m_next++;
        ++m_active;
        emit questionStarted(question);
        const int id = m_client->ask(m_setup.profile, m_systemPrompt, m_setup.questions[size_t(question)].question);
        m_questionOf.insert(id, question);
    }
    finishIfDone();
}

AnswerRecord RehearsalRun::answerFor(int question, const ChatReply &reply, qint64 latencyMs) const
{
    const RehearsalQuestion &q = m_setup.questions[size_t(question)];
    AnswerRecord a = q.answerRecord(m_record.id);
    a.answer = reply.content;
    a.promptTokens = reply.promptTokens;
    a.completionTokens = reply.completionTokens;
    a.latencyMs = latencyMs;
    a.finishReason = reply.finishReason;
    if (!reply.ok()) {
        a.verdict = Verdict::Error;
        a.error = reply.errorMessage;
        return a;
    }
    const VerdictRules &rules = VerdictRules::builtIn();
    if (q.probe) {
        a.verdict = rules.probe(reply.content);
    } else if (q.hasAuthoredAnswer()) {
        const VerdictRules::Scored scored = rules.compare(q.authored, reply.content);
        a.verdict = scored.verdict;
        a.score = scored.score;
    } else {
        a.verdict = Verdict::Unscored;
    }
    const qint64 sent = promptTokens(question);
    if (TruncationGuard::wasCut(sent, reply.promptTokens))
        a.error = TruncationGuard::cutMessage(sent, reply.promptTokens);
    return a;
}

void RehearsalRun::onAnswered(int requestId, const ChatReply &reply, qint64 latencyMs)
{
    const int question = m_questionOf.take(requestId);
    if (reply.error == ChatReply::Error::Cancelled) {
        --m_active; // never answered: nothing to record
        finishIfDone();
        return;
    }
    AnswerRecord answer = answerFor(question, reply, latencyMs);
    const bool judged = m_judgeClient && reply.ok() && answer.verdict != Verdict::Unscored && !m_stopping;
    if (judged) {
        const RehearsalQuestion &q = m_setup.questions[size_t(question)];
        EndpointProfile judge = *m_setup.judge;
        judge.systemPromptTemplate = JudgeRubric::systemPrompt(q.probe);
        const int id = m_judgeClient->ask(judge, judge.systemPromptTemplate,
                                          JudgeRubric::userMessage(q.question, q.authored, reply.content, q.probe));
        m_questionOf.insert(-id, question); // judge ids kept apart by sign
        m_judging.insert(id, answer);
        return;
    }
    record(question, answer);
    if (reply.stopsRun())
        stop(reply.errorMessage);
    --m_active;
    pump();
}

void RehearsalRun::onJudged(int requestId, const ChatReply &reply)
{
    const int question = m_questionOf.take(-requestId);
    AnswerRecord answer = m_judging.take(requestId);
    if (reply.error == ChatReply::Error::Cancelled) {
        --m_active;
        finishIfDone();
        return;
    }
    const JudgeRubric::Judgement judgement = reply.ok()
        ? JudgeRubric::parse(reply.content, answer.probe)
        : JudgeRubric::Judgement{false, Verdict::Invalid, -1, reply.errorMessage};
    answer.verdict = judgement.verdict;
    answer.score = judgement.score;
    if (!judgement.valid) {
        const QString why = QCoreApplication::translate("Rehearsal", "judge: %1").arg(judgement.reason);
        answer.error = answer.error.isEmpty() ? why : answer.error + QStringLiteral("; ") + why;
    }
    record(question, answer);
    if (reply.stopsRun())
        stop(reply.errorMessage);
    --m_active;
    pump();
}

void RehearsalRun::record(int question, AnswerRecord answer)
{
    if (m_file && !m_summary.stopped) {
        QString error;
        if (!m_file->append(answer.toJsonLine(), &error)) {
            stop(error);
            return;
        }
    }
    ++m_summary.questions;
    m_summary.verdicts[answer.verdict] += 1;
    if (answer.verdict == Verdict::Error)
        ++m_summary.errors;
    emit answerRecorded(question, answer);
}

void RehearsalRun::stop(const QString &reason)
{
    if (m_summary.stopped)
        return;
    m_summary.stopped = true;
    m_summary.stopReason = reason;
    m_stopping = true;
    m_client->cancelAll();
    if (m_judgeClient)
        m_judgeClient->cancelAll();
}

void RehearsalRun::cancel()
{
    if (m_finished)
        return;
    m_summary.cancelled = true;
    m_stopping = true;
    m_client->cancelAll();
    if (m_judgeClient)
        m_judgeClient->cancelAll();
    finishIfDone();
}

void RehearsalRun::finishIfDone()
{
    if (m_finished || m_active > 0)
        return;
    if (!m_stopping && m_next < int(m_setup.questions.size()))
        return;
    m_finished = true;
    emit finished();
}
