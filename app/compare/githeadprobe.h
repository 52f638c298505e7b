#pragma once

#include "app/compare/githeadreader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

// Whether a file is committed at git HEAD (GitHeadReader's BlobIdOnly), asked
// of `git` without waiting for it: GitHeadReader runs in a thread of the
// probe's own, each git command given up after a time-out, so neither a slow
// or hanging git nor starting one (a fork of the whole window took 5-33 ms)
// holds a menu or a keystroke. The last answer is kept for whoever asks
// meanwhile.
class GitHeadProbe : public QObject
{
    Q_OBJECT
public:
    // How long one git command may take before it is given up.
    static constexpr int timeoutMs = 5000;

    explicit GitHeadProbe(QObject *parent = nullptr);
    ~GitHeadProbe() override; // a git still running is stopped

    // Asks again about `filePath`. Asked while git works: asked once more
    // when it is done (with the newest path).
    void ask(const QString &filePath);
    bool isAsking() const { return m_asking.has_value(); }
    // The last answer, about lastPath(); not ok, with no reason, before any.
    const GitHeadReader::Result &lastAnswer() const { return m_answer; }
    QString lastPath() const { return m_answerPath; }
    bool hasAnswer() const { return m_hasAnswer; }

signals:
    void answered(const QString &filePath, const GitHeadReader::Result &result);

private:
    void start(const QString &filePath);
    void finish(const GitHeadReader::Result &result);

    // One thread: a hanging git holds no other background work.
    QThreadPool m_thread;
    QFutureWatcher<GitHeadReader::Result> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    std::optional<QString> m_asking; // the path git is asked about now
    std::optional<QString> m_askAgain; // asked meanwhile (the newest path)
    GitHeadReader::Result m_answer;
    QString m_answerPath;
    bool m_hasAnswer = false;
};
