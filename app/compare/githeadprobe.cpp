#include "app/compare/githeadprobe.h"

#include <QtConcurrent>

#include <utility>

GitHeadProbe::GitHeadProbe(QObject *parent) : QObject(parent)
{
    m_thread.setMaxThreadCount(1);
    m_thread.setObjectName(QStringLiteral("QuireGitProbe"));
    connect(&m_watcher, &QFutureWatcher<GitHeadReader::Result>::finished, this,
            [this] { finish(m_watcher.result()); });
}

GitHeadProbe::~GitHeadProbe()
{
    m_stop->store(true); // GitHeadReader looks every 50 ms and kills its git
    m_watcher.disconnect(this);
    m_thread.waitForDone();
}

void GitHeadProbe::ask(const QString &filePath)
{
    if (m_asking) {
        m_askAgain = filePath;
        return;
    }
    start(filePath);
}

void GitHeadProbe::start(const QString &filePath)
{
    m_asking = filePath;
    GitHeadReader::Limits limits;
    limits.timeoutMs = timeoutMs;
    m_watcher.setFuture(QtConcurrent::run(&m_thread, [filePath, limits, stop = m_stop]() mutable {
        limits.cancel = stop.get(); // held by this job while it runs
        return GitHeadReader::read(filePath, GitHeadReader::What::BlobIdOnly, limits);
    }));
}

void GitHeadProbe::finish(const GitHeadReader::Result &result)
{
    const QString path = m_asking.value_or(QString());
    m_asking.reset();
    m_answer = result;
    m_answerPath = path;
    m_hasAnswer = true;
    emit answered(path, result);
    if (m_askAgain && !m_asking)
        start(*std::exchange(m_askAgain, std::nullopt));
}
