#include "tests/cli/clifixture.h"

#include "tests/support/testsupport.h"

#include "app/export/contextexporter.h"
#include "app/document/qadocument.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QtTest>

using namespace TestSupport;

// Backups and settings of the child go to a private folder, never to $HOME.
QString CliFixture::privateDataHome()
{
    static QTemporaryDir dir;
    return dir.path();
}

CliFixture::Result CliFixture::quire(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), privateDataHome() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), privateDataHome() + QStringLiteral("/config"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(QUIRE_BINARY), arguments);
    Result r;
    if (!process.waitForStarted(-1)) {
        r.err = "could not start " QUIRE_BINARY ": " + process.errorString().toUtf8();
        return r;
    }
    process.closeWriteChannel();
    process.waitForFinished(-1);
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return r;
}

QByteArray CliFixture::exported(const QString &path, ExportOptions::Format format, bool prose, bool unanswered)
{
    const auto doc = QaDocument::fromFile(path);
    if (!doc)
        return {};
    ExportOptions options;
    options.format = format;
    options.includeProse = prose;
    options.includeUnanswered = unanswered;
    return ContextExporter::exportBytes(*doc, options);
}

// One line, ending with a newline.
bool CliFixture::isOneLine(const QByteArray &text)
{
    return text.endsWith('\n') && text.count('\n') == 1;
}

void CliFixture::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(QUIRE_BINARY)).isExecutable(), QUIRE_BINARY);
    m_sample = sampleBytes();
    QVERIFY(!m_sample.isEmpty());
}

void CliFixture::init()
{
    ++m_counter;
}

// A fresh writable copy in its own folder, so tests never touch data/.
QString CliFixture::copyOfSample(const QString &name)
{
    const QString dir = m_dir.filePath(QString::number(m_counter));
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name;
    if (!writeFile(path, m_sample))
        return {};
    return path;
}
