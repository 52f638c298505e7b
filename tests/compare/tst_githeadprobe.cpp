// GitHeadProbe asks git without waiting for it: the same answers as
// GitHeadReader (not a repository, no commits, not committed, the blob id),
// a git that hangs is given up after the time-out, and a question asked
// while git works is asked again afterwards.

#include "app/compare/githeadprobe.h"
#include "app/compare/githeadreader.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

bool runGit(const QString &dir, const QStringList &arguments)
{
    QProcess git;
    git.setWorkingDirectory(dir);
    git.start(QStringLiteral("git"), arguments);
    return git.waitForFinished(30000) && git.exitCode() == 0;
}

GitHeadReader::Result askAndWait(GitHeadProbe &probe, const QString &path)
{
    QSignalSpy answered(&probe, &GitHeadProbe::answered);
    probe.ask(path);
    if (answered.isEmpty() && !answered.wait(20000))
        return {};
    return answered.first().at(1).value<GitHeadReader::Result>();
}

} // namespace

class TestGitHeadProbe : public QObject
{
    Q_OBJECT

private slots:
    void answersAsGitHeadReaderDoes()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QFAIL("git is needed for this test (quire-dev.sh installs it)");
        QTemporaryDir dir;
        const QString repo = dir.filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(repo));
        const QString path = repo + QStringLiteral("/qa.md");
        QVERIFY(TestSupport::writeFile(path, "**Question:** Q?\n\n**Answer:** committed\n"));
        GitHeadProbe probe;
        QVERIFY(!probe.hasAnswer());

        GitHeadReader::Result result = askAndWait(probe, path);
        QVERIFY(!result.ok);
        QVERIFY2(result.reason.contains(QLatin1String("not in a git repository")), qPrintable(result.reason));

        QVERIFY(runGit(repo, {QStringLiteral("init"), QStringLiteral("-q")}));
        result = askAndWait(probe, path);
        QVERIFY2(result.reason.contains(QLatin1String("no commits")), qPrintable(result.reason));

        const QStringList identity = {QStringLiteral("-c"), QStringLiteral("user.name=Test"),
                                      QStringLiteral("-c"), QStringLiteral("user.email=test@example.invalid")};
        QVERIFY(TestSupport::writeFile(repo + QStringLiteral("/other.txt"), "x\n"));
        QVERIFY(runGit(repo, {QStringLiteral("add"), QStringLiteral("other.txt")}));
        QVERIFY(runGit(repo, identity + QStringList{QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("one")}));
        result = askAndWait(probe, path);
        QVERIFY2(result.reason.contains(QLatin1String("not committed")), qPrintable(result.reason));

        QVERIFY(runGit(repo, {QStringLiteral("add"), QStringLiteral("qa.md")}));
        QVERIFY(runGit(repo, identity + QStringList{QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("two")}));
        result = askAndWait(probe, path);
        QVERIFY2(result.ok, qPrintable(result.reason));
        QCOMPARE(result.blobId, GitHeadReader::read(path, GitHeadReader::What::BlobIdOnly).blobId);
        QVERIFY(probe.hasAnswer());
        QCOMPARE(probe.lastPath(), path);
        QVERIFY(probe.lastAnswer().ok);
    }

    // A git that never answers: ask() returns at once, the answer comes
    // after the time-out, and a question asked meanwhile is asked after it.
    void aHangingGitIsGivenUp()
    {
        QTemporaryDir bin;
        const QString fake = QDir(bin.path()).filePath(QStringLiteral("git"));
        QVERIFY(TestSupport::writeFile(fake, "#!/bin/sh\nexec sleep 60\n"));
        QVERIFY(QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", bin.path().toLocal8Bit() + ':' + path);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("qa.md"));
        QVERIFY(TestSupport::writeFile(file, "x\n"));

        GitHeadProbe probe;
        QSignalSpy answered(&probe, &GitHeadProbe::answered);
        probe.ask(file);
        QVERIFY(probe.isAsking()); // returned while git still runs
        QVERIFY(answered.isEmpty());
        probe.ask(file);           // asked again meanwhile
        QVERIFY(answered.wait(GitHeadProbe::timeoutMs + 10000));
        const auto result = answered.first().at(1).value<GitHeadReader::Result>();
        QVERIFY(!result.ok);
        QVERIFY2(result.reason.contains(QLatin1String("did not answer in time")), qPrintable(result.reason));
        QVERIFY(probe.isAsking()); // the second question
        qputenv("PATH", path);
    }
};

QTEST_MAIN(TestGitHeadProbe)
#include "tst_githeadprobe.moc"
