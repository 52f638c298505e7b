#include "app/document/documentloader.h"

#include "app/base/workerpool.h"
#include "app/document/documentfilereader.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

DocumentLoader::DocumentLoader(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<void>::progressValueChanged, this, &DocumentLoader::progressChanged);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        m_result = Result();
        if (!m_canceled && m_slot && !m_slot->canceled)
            m_result = std::move(*m_slot);
        else
            m_result.canceled = true;
        m_slot.reset();
        emit finished();
    });
}

DocumentLoader::~DocumentLoader()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

DocumentLoader::Result DocumentLoader::load(const QString &path, const DocumentParser::Options &options,
                                            const std::function<bool(int)> &progress)
{
    Result result;
    QByteArray bytes;
    // Reading is the first 60 % of the way.
    switch (DocumentFileReader::read(path, &bytes, &result.error.message, [&](qint64 read, qint64 size) {
        return progress(int(qMin<qint64>(60, 60 * read / qMax<qint64>(1, size))));
    })) {
    case DocumentFileReader::Outcome::Read:
        break;
    case DocumentFileReader::Outcome::Failed:
        return result;
    case DocumentFileReader::Outcome::Canceled:
        result.canceled = true;
        return result;
    }
    if (!progress(60)) {
        result.canceled = true;
        return result;
    }
    result.document = QaDocument::fromBytes(bytes, path, options, &result.error);
    if (result.document)
        result.keys = std::make_shared<const QuestionKeys>(QuestionKeys::of(*result.document));
    progress(100);
    return result;
}

void DocumentLoader::start(const QString &path, const DocumentParser::Options &options)
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
    m_canceled = false;
    m_path = path;
    m_slot = std::make_shared<Result>();
    m_watcher.setFuture(QtConcurrent::run(WorkerPool::instance(), [path, options, slot = m_slot](QPromise<void> &promise) {
        promise.setProgressRange(0, 100);
        *slot = load(path, options, [&promise](int percent) {
            promise.setProgressValue(percent);
            return !promise.isCanceled();
        });
    }));
}

void DocumentLoader::cancel()
{
    // Does not wait: the worker stops at its next check and finished() reports it.
    m_canceled = true;
    m_watcher.cancel();
}
