#include "app/compare/githeadprobe.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <utility>

GitHeadProbe::GitHeadProbe(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
}

GitHeadProbe::~GitHeadProbe()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
        delete m_process;
    }
}

void GitHeadProbe::ask(const QString &filePath)
{
    if (m_process) {
        m_askAgain = filePath;
        m_askedAgain = true;
        return;
    }
    start(filePath);
}

void GitHeadProbe::start(const QString &filePath)
{
    m_asking = filePath;
    GitHeadReader::Result result;
    if (filePath.isEmpty()) {
        result.reason = GitHeadReader::tr("The document has not been saved to a file yet.");
        finish(result);
        return;
    }
    m_program = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (m_program.isEmpty()) {
        result.reason = GitHeadReader::tr("git is not installed (no “git” command on the PATH).");
        finish(result);
        return;
    }
    const QString dir = QFileInfo(filePath).absolutePath();
    if (!QFileInfo(dir).isDir()) {
        result.reason = GitHeadReader::tr("The folder %1 does not exist.").arg(dir);
        finish(result);
        return;
    }
    runGit({QStringLiteral("-C"), dir, QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")},
           [this](const Run &run) { topLevelFound(run); });
}

void GitHeadProbe::topLevelFound(const Run &top)
{
    const QFileInfo info(m_asking);
    GitHeadReader::Result result;
    if (!top.ok) {
        result.reason = top.err.contains(QLatin1String("not a git repository"))
            ? GitHeadReader::tr("“%1” is not in a git repository.").arg(info.fileName())
            : GitHeadReader::tr("git could not look at the folder: %1").arg(top.err);
        finish(result);
        return;
    }
    // Both sides canonical, as GitHeadReader does: symbolic links in the
    // path must not make the file look outside its repository.
    m_root = QFileInfo(QString::fromLocal8Bit(top.out.trimmed())).canonicalFilePath();
    const QString canonicalDir = QFileInfo(info.absolutePath()).canonicalFilePath();
    m_relative = QDir(m_root).relativeFilePath(QDir(canonicalDir).filePath(info.fileName()));
    runGit({QStringLiteral("-C"), m_root, QStringLiteral("rev-parse"), QStringLiteral("--verify"),
            QStringLiteral("--quiet"), QStringLiteral("HEAD")},
           [this](const Run &head) {
               if (!head.ok) {
                   GitHeadReader::Result result;
                   result.reason = GitHeadReader::tr("The repository has no commits yet.");
                   finish(result);
                   return;
               }
               runGit({QStringLiteral("-C"), m_root, QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                       QStringLiteral("--quiet"), QStringLiteral("HEAD:") + m_relative},
                      [this](const Run &blob) {
                          GitHeadReader::Result result;
                          if (!blob.ok) {
                              result.reason = GitHeadReader::tr("“%1” is not committed at HEAD.").arg(m_relative);
                          } else {
                              result.ok = true;
                              result.blobId = QString::fromLatin1(blob.out.trimmed());
                          }
                          finish(result);
                      });
           });
}

void GitHeadProbe::runGit(const QStringList &arguments, std::function<void(const Run &)> next)
{
    auto *process = new QProcess;
    m_process = process;
    // Messages in English whatever the locale, and no pager or prompts.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    process->setProcessEnvironment(env);
    // Exactly one of these ends the step: the process finishes, cannot
    // start, or takes too long.
    auto done = [this, process, next](const Run &run) {
        m_timeout.stop();
        m_timeout.disconnect(this);
        process->disconnect(this);
        if (m_process == process)
            m_process = nullptr;
        process->deleteLater();
        next(run);
    };
    connect(process, &QProcess::finished, this, [process, done](int exitCode, QProcess::ExitStatus status) {
        Run run;
        run.out = process->readAllStandardOutput();
        run.err = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
        run.ok = status == QProcess::NormalExit && exitCode == 0;
        done(run);
    });
    connect(process, &QProcess::errorOccurred, this, [process, done](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // a crash or a kill also ends in finished()
        Run run;
        run.err = process->errorString();
        done(run);
    });
    connect(&m_timeout, &QTimer::timeout, this, [process, done] {
        process->disconnect();
        process->kill();
        Run run;
        run.err = GitHeadReader::tr("git did not answer in time");
        done(run);
    });
    m_timeout.start();
    process->start(m_program, arguments);
    process->closeWriteChannel();
}

void GitHeadProbe::finish(const GitHeadReader::Result &result)
{
    m_answer = result;
    m_answerPath = m_asking;
    m_hasAnswer = true;
    emit answered(m_asking, result);
    if (std::exchange(m_askedAgain, false) && !m_process)
        start(std::exchange(m_askAgain, QString()));
}
