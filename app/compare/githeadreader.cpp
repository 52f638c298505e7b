#include "app/compare/githeadreader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace {

struct Run
{
    bool ok = false;
    QByteArray out;
    QString err;
};

Run git(const QString &program, const QStringList &arguments, const GitHeadReader::Limits &limits)
{
    QProcess process;
    // Messages in English whatever the locale, and no pager or prompts.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    process.setProcessEnvironment(env);
    const QDeadlineTimer deadline(limits.timeoutMs);
    process.start(program, arguments);
    Run run;
    if (!process.waitForStarted(limits.timeoutMs)) {
        run.err = process.errorString();
        return run;
    }
    process.closeWriteChannel();
    // In slices, so that a cancel is seen within one.
    const auto cancelled = [&limits] { return limits.cancel && limits.cancel->load(); };
    while (!process.waitForFinished(50)) {
        if (process.state() == QProcess::NotRunning)
            break; // finished before the wait, or crashed
        if (deadline.hasExpired() || cancelled()) {
            process.kill();
            process.waitForFinished(1000);
            run.err = GitHeadReader::tr("git did not answer in time");
            return run;
        }
    }
    run.out = process.readAllStandardOutput();
    run.err = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return run;
}

} // namespace

GitHeadReader::Result GitHeadReader::read(const QString &filePath, What what)
{
    return read(filePath, what, Limits());
}

GitHeadReader::Result GitHeadReader::read(const QString &filePath, What what, const Limits &limits)
{
    Result result;
    if (filePath.isEmpty()) {
        result.reason = tr("The document has not been saved to a file yet.");
        return result;
    }
    const QString program = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (program.isEmpty()) {
        result.reason = tr("git is not installed (no “git” command on the PATH).");
        return result;
    }
    const QFileInfo info(filePath);
    const QString dir = info.absolutePath();
    if (!QFileInfo(dir).isDir()) {
        result.reason = tr("The folder %1 does not exist.").arg(dir);
        return result;
    }
    const Run top = git(program, {QStringLiteral("-C"), dir, QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")}, limits);
    if (!top.ok) {
        result.reason = top.err.contains(QLatin1String("not a git repository"))
            ? tr("“%1” is not in a git repository.").arg(info.fileName())
            : tr("git could not look at the folder: %1").arg(top.err);
        return result;
    }
    // Both sides canonical, so that symbolic links in the path do not
    // make the file look outside its repository.
    const QString root = QFileInfo(QString::fromLocal8Bit(top.out.trimmed())).canonicalFilePath();
    const QString canonicalDir = QFileInfo(dir).canonicalFilePath();
    const QString relative = QDir(root).relativeFilePath(QDir(canonicalDir).filePath(info.fileName()));
    const Run head = git(program, {QStringLiteral("-C"), root, QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                                   QStringLiteral("--quiet"), QStringLiteral("HEAD")}, limits);
    if (!head.ok) {
        result.reason = tr("The repository has no commits yet.");
        return result;
    }
    // The blob's id first: cheap, and it tells whether the file is committed.
    const Run blob = git(program, {QStringLiteral("-C"), root, QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                                   QStringLiteral("--quiet"), QStringLiteral("HEAD:") + relative}, limits);
    if (!blob.ok) {
        result.reason = tr("“%1” is not committed at HEAD.").arg(relative);
        return result;
    }
    result.blobId = QString::fromLatin1(blob.out.trimmed());
    if (what == What::BlobIdOnly) {
        result.ok = true;
        return result;
    }
    const Run show = git(program, {QStringLiteral("-C"), root, QStringLiteral("cat-file"), QStringLiteral("blob"),
                                   result.blobId}, limits);
    if (!show.ok) {
        result.reason = tr("git could not read “%1” at HEAD: %2").arg(relative, show.err);
        return result;
    }
    result.ok = true;
    result.bytes = show.out;
    return result;
}
