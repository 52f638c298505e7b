#pragma once

#include "app/compare/githeadreader.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

#include <functional>

// Whether a file is committed at git HEAD (GitHeadReader's BlobIdOnly), asked
// of `git` without waiting for it: the commands run as QProcesses whose
// signals carry on, each given up after a time-out, so a slow or hanging git
// never holds a menu or a keystroke. The last answer is kept for whoever
// asks meanwhile.
class GitHeadProbe : public QObject
{
    Q_OBJECT
public:
    // How long one git command may take before it is given up.
    static constexpr int timeoutMs = 5000;

    explicit GitHeadProbe(QObject *parent = nullptr);
    ~GitHeadProbe() override; // a git still running is killed

    // Asks again about `filePath`. Asked while git works: asked once more
    // when it is done (with the newest path).
    void ask(const QString &filePath);
    bool isAsking() const { return m_process != nullptr; }
    // The last answer, about lastPath(); not ok, with no reason, before any.
    const GitHeadReader::Result &lastAnswer() const { return m_answer; }
    QString lastPath() const { return m_answerPath; }
    bool hasAnswer() const { return m_hasAnswer; }

signals:
    void answered(const QString &filePath, const GitHeadReader::Result &result);

private:
    struct Run
    {
        bool ok = false;
        QByteArray out;
        QString err;
    };
    void start(const QString &filePath);
    void runGit(const QStringList &arguments, std::function<void(const Run &)> next);
    void topLevelFound(const Run &run);
    void finish(const GitHeadReader::Result &result);

    QString m_program;
    QString m_asking;    // the path git is asked about now
    QString m_askAgain;  // asked meanwhile
    bool m_askedAgain = false;
    QString m_root;
    QString m_relative;
    QProcess *m_process = nullptr;
    QTimer m_timeout;
    GitHeadReader::Result m_answer;
    QString m_answerPath;
    bool m_hasAnswer = false;
};
