#include "tests/session/savefailures/savefailurefixture.h"

#include "tests/support/testsupport.h"

#include "app/document/qadocument.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace TestSupport;

namespace {

// Generous: CI builds share two cores; a process that takes longer has hung.
constexpr int processTimeoutMs = 10 * 60 * 1000;

} // namespace

SaveFailureFixture::Result SaveFailureFixture::runProcess(const QString &program, const QStringList &arguments,
                                                         const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Result r;
    if (!process.waitForStarted(processTimeoutMs)) {
        r.err = "could not start " + program.toUtf8() + ": " + process.errorString().toUtf8();
        return r;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(processTimeoutMs)) {
        process.kill();
        process.waitForFinished(-1);
        r.code = -3;
        r.err = program.toUtf8() + " did not finish (hang?)";
        return r;
    }
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return r;
}

bool SaveFailureFixture::isRoot()
{
    return ::geteuid() == 0;
}

QString SaveFailureFixture::reasonFor(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Names in a folder, hidden ones included: a leftover temporary file shows.
QStringList SaveFailureFixture::entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                               QDir::Name);
}

// All files below a folder (for "nothing was written there").
QStringList SaveFailureFixture::filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

// The lines quire wrote about an error ("quire: ...").
QList<QByteArray> SaveFailureFixture::quireErrorLines(const QByteArray &err)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : err.split('\n')) {
        if (line.startsWith("quire: "))
            lines.append(line);
    }
    return lines;
}

mode_t SaveFailureFixture::modeOf(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return mode_t(-1);
    return st.st_mode & 07777;
}

QByteArray SaveFailureFixture::withAnswer(const QByteArray &bytes, int number, const QString &answer)
{
    auto document = QaDocument::fromBytes(bytes, QStringLiteral("expected.md"));
    if (!document)
        return {};
    document->setAnswer(document->entryRef(number), answer);
    return document->toBytes();
}
void SaveFailureFixture::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(QUIRE_BINARY)).isExecutable(), QUIRE_BINARY);
    m_sample = sampleBytes();
    QVERIFY(m_sample.size() > 30000);
    // Nothing of this process may touch the real home: backups made by
    // in-process saves go below a temporary HOME, in Qt's test locations.
    QVERIFY(m_processHome.isValid());
    qputenv("HOME", QFile::encodeName(m_processHome.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(m_processHome.path()));
    if (!isRoot())
        qInfo("Not running as root: the cases that mount file systems or run quire as `nobody` are skipped.");
}

void SaveFailureFixture::init()
{
    // Under /tmp and 0755 so that `nobody` can reach files in it.
    m_work = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/quire-safety-XXXXXX"));
    QVERIFY(m_work->isValid());
    QVERIFY(::chmod(QFile::encodeName(m_work->path()).constData(), 0755) == 0);
    m_childHome = makeDir(QStringLiteral("home"), 0777);
    QVERIFY(!m_childHome.isEmpty());
}

void SaveFailureFixture::cleanup()
{
    for (auto it = m_mounts.crbegin(); it != m_mounts.crend(); ++it) {
        const Result r = runProcess(QStringLiteral("umount"), {*it}, QProcessEnvironment::systemEnvironment());
        if (r.code != 0) {
            qWarning("umount %s failed (%s); detaching it", qPrintable(*it), r.err.constData());
            runProcess(QStringLiteral("umount"), {QStringLiteral("-l"), *it}, QProcessEnvironment::systemEnvironment());
        }
    }
    m_mounts.clear();
    m_work.reset();
}

QString SaveFailureFixture::makeDir(const QString &name, mode_t mode)
{
    const QString dir = work(name);
    if (!QDir().mkpath(dir) || ::chmod(QFile::encodeName(dir).constData(), mode) != 0)
        return {};
    return dir;
}

QString SaveFailureFixture::copyOfSample(const QString &dir, const QString &name)
{
    const QString path = dir + QLatin1Char('/') + name;
    return writeFile(path, m_sample) ? path : QString();
}

QProcessEnvironment SaveFailureFixture::childEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_childHome);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_childHome + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_childHome + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_childHome + QStringLiteral("/cache"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    return env;
}

SaveFailureFixture::Result SaveFailureFixture::quire(const QStringList &arguments) const
{
    return runProcess(QStringLiteral(QUIRE_BINARY), arguments, childEnvironment());
}

SaveFailureFixture::Result SaveFailureFixture::quireAsNobody(const QStringList &arguments) const
{
    return runProcess(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                  QStringLiteral("--clear-groups"), m_nobodyBinary}
                          + arguments,
                      childEnvironment());
}

bool SaveFailureFixture::mount(const QStringList &arguments, QByteArray *why)
{
    const Result r = runProcess(QStringLiteral("mount"), arguments, QProcessEnvironment::systemEnvironment());
    if (r.code != 0)
        *why = "mount " + arguments.join(QLatin1Char(' ')).toUtf8() + " failed (" + QByteArray::number(r.code)
            + "): " + r.err;
    return r.code == 0;
}

bool SaveFailureFixture::mountTmpfs(const QString &dir, const QString &options, QByteArray *why)
{
    if (!QDir().mkpath(dir)) {
        *why = "cannot create " + dir.toUtf8();
        return false;
    }
    if (!mount({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                QStringLiteral("tmpfs"), dir},
               why))
        return false;
    m_mounts.append(dir);
    return true;
}

// The common checks after a write that had to fail: `error` names the file
// it could not write (`named`) and says why; the document at `path` is as it
// was and its folder holds what it held (no temporary file left).
void SaveFailureFixture::verifyFailedSave(const QString &error, const QString &named, const QString &reason,
                                          const QString &path, const QByteArray &before,
                                          const QStringList &entriesBefore)
{
    QVERIFY2(error.contains(named), qPrintable(QStringLiteral("the error does not name %1: %2").arg(named, error)));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    if (!reason.isEmpty())
        QVERIFY2(error.contains(reason), qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(reason, error)));
    QVERIFY2(!error.contains(QLatin1String("Unknown error")), qPrintable(error));
    QCOMPARE(readFile(path), before);
    QCOMPARE(entriesOf(QFileInfo(path).absolutePath()), entriesBefore);
}

void SaveFailureFixture::verifyCliFailure(const Result &r, const QString &path, const QString &reason)
{
    QCOMPARE(r.code, 2);
    const QList<QByteArray> lines = quireErrorLines(r.err);
    QVERIFY2(lines.size() == 1, r.err.constData());
    QVERIFY2(lines.first().contains(path.toUtf8()), r.err.constData());
    QVERIFY2(!lines.first().contains("Unknown error"), r.err.constData());
    if (!reason.isEmpty())
        QVERIFY2(lines.first().contains(reason.toUtf8()), r.err.constData());
}
