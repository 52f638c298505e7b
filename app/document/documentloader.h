#pragma once

#include "app/document/qadocument.h"

#include <QFutureWatcher>
#include <QObject>
#include <optional>

// Loads a document in a worker thread with progress and Cancel, so that even
// a document of hundreds of megabytes never freezes the window.
class DocumentLoader : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        std::optional<QaDocument> document;
        LoadError error;
        bool canceled = false;
    };

    explicit DocumentLoader(QObject *parent = nullptr);
    ~DocumentLoader() override;

    void start(const QString &path);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    QString path() const { return m_path; }

    // What the worker does; callable directly (tests, small files).
    static Result load(const QString &path, const std::function<bool(int percent)> &progress);

signals:
    void progressChanged(int percent);
    void finished(const DocumentLoader::Result &result);

private:
    QFutureWatcher<Result> m_watcher;
    QString m_path;
    bool m_canceled = false;
};
