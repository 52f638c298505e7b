#pragma once

#include "app/document/qadocument.h"
#include "app/document/questionkeys.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>
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
        std::shared_ptr<const QuestionKeys> keys; // of `document`: keyed in the worker too
        LoadError error;
        bool canceled = false;
    };

    explicit DocumentLoader(QObject *parent = nullptr);
    ~DocumentLoader() override;

    void start(const QString &path, const DocumentParser::Options &options = {});
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    QString path() const { return m_path; }

    // What the worker does; callable directly (tests, small files).
    static Result load(const QString &path, const DocumentParser::Options &options,
                       const std::function<bool(int percent)> &progress);

    // After finished(): the result, moved out (the document is not copied:
    // 60,000 entries twice would add tens of megabytes to the peak).
    Result takeResult() { return std::move(m_result); }

signals:
    void progressChanged(int percent);
    void finished(); // takeResult() has it

private:
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<Result> m_slot; // the running worker's result goes here: moved, never copied
    QString m_path;
    Result m_result;
    bool m_canceled = false;
};
