#include "app/document/documentloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace {
constexpr qint64 chunkSize = 8 * 1024 * 1024;
}

DocumentLoader::DocumentLoader(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::progressValueChanged, this, &DocumentLoader::progressChanged);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        Result result;
        if (!m_canceled && m_watcher.future().resultCount() > 0)
            result = m_watcher.result();
        else
            result.canceled = true;
        emit finished(result);
    });
}

DocumentLoader::~DocumentLoader()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

DocumentLoader::Result DocumentLoader::load(const QString &path, const std::function<bool(int)> &progress)
{
    Result result;
    auto fail = [&](const QString &reason) {
        result.error.message = QStringLiteral("%1: %2").arg(path, reason);
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("QaDocument", "no such file"));
    if (info.isDir())
        return fail(QCoreApplication::translate("QaDocument", "is a directory, not a file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const qint64 size = qMax<qint64>(1, file.size());
    QByteArray bytes;
    bytes.reserve(file.size());
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(chunkSize);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return fail(file.errorString());
        bytes += chunk;
        if (!progress(int(60 * bytes.size() / size))) {
            result.canceled = true;
            return result;
        }
    }
    if (!progress(60)) {
        result.canceled = true;
        return result;
    }
    result.document = QaDocument::fromBytes(bytes, path, &result.error);
    progress(100);
    return result;
}

void DocumentLoader::start(const QString &path)
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
    m_canceled = false;
    m_path = path;
    m_watcher.setFuture(QtConcurrent::run([path](QPromise<Result> &promise) {
        promise.setProgressRange(0, 100);
        Result result = load(path, [&promise](int percent) {
            promise.setProgressValue(percent);
            return !promise.isCanceled();
        });
        if (!result.canceled)
            promise.addResult(std::move(result));
    }));
}

void DocumentLoader::cancel()
{
    // Does not wait: the worker stops at its next check and finished() reports it.
    m_canceled = true;
    m_watcher.cancel();
}
