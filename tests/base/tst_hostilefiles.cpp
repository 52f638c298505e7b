// Files that are not regular files, handed to Quire by a careless user or a
// hostile program: each is refused at once with one line naming the file and
// what it is, on every path that reads one (documents in the library and on
// the command line, candidate files, --answer-file), and no read grows
// without bound. A FIFO would block open() forever; /dev/zero never ends.

#include "app/base/displaypath.h"
#include "app/base/regularfile.h"
#include "app/compare/candidatereader.h"
#include "app/document/documentfilereader.h"
#include "app/document/qadocument.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

class TestHostileFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString makeFifo(const QString &name)
    {
        const QString fifo = path(name);
        QFile::remove(fifo);
        if (::mkfifo(QFile::encodeName(fifo).constData(), 0600) != 0)
            return {};
        return fifo;
    }

    // Runs the real quire; a hang fails the test instead of blocking it.
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool finished = false;
    };
    Run quire(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(QUIRE_BINARY), arguments);
        Run run;
        run.finished = process.waitForFinished(10000);
        if (!run.finished) {
            process.kill();
            process.waitForFinished();
        }
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void kindsAreNamed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("fifo") << makeFifo(QStringLiteral("pipe.md")) << QStringLiteral("named pipe (FIFO)");
        QTest::newRow("character device") << QStringLiteral("/dev/zero") << QStringLiteral("character device");
        QTest::newRow("null device") << QStringLiteral("/dev/null") << QStringLiteral("character device");
        QTest::newRow("directory") << m_dir.path() << QStringLiteral("directory");
        QTest::newRow("missing") << path(QStringLiteral("missing.md")) << QStringLiteral("no such file");
        const QString loop = path(QStringLiteral("loop.md"));
        QFile::remove(loop);
        QFile::link(loop, loop); // a link to itself
        QTest::newRow("symlink loop") << loop << QStringLiteral("too many levels of symbolic links");
    }

    void kindsAreNamed()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        QVERIFY(!file.isEmpty());
        QVERIFY2(RegularFile::problem(file).contains(reason), qPrintable(RegularFile::problem(file)));

        QElapsedTimer timer;
        timer.start();
        LoadError error;
        QVERIFY(!QaDocument::fromFile(file, &error));
        QVERIFY2(error.message.contains(reason), qPrintable(error.message));
        QVERIFY(error.message.startsWith(file));
        QVERIFY2(timer.elapsed() < 5000, "refused at once, not after reading");

        QString candidateError;
        QVERIFY(!CandidateReader::fromFile(file, &candidateError));
        QVERIFY2(candidateError.contains(reason), qPrintable(candidateError));
    }

    void socketIsRefused()
    {
        const QString socket = path(QStringLiteral("socket.md"));
        const QByteArray name = QFile::encodeName(socket);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(name.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0);
        const QString problem = RegularFile::problem(socket);
        ::close(fd);
        QVERIFY2(problem.contains(QStringLiteral("socket")), qPrintable(problem));
    }

    void theCommandLineRefusesAFifoAtOnce()
    {
        const QString fifo = makeFifo(QStringLiteral("cli.md"));
        QVERIFY(!fifo.isEmpty());
        const Run run = quire({QStringLiteral("check"), fifo});
        QVERIFY2(run.finished, "quire check blocked on a FIFO");
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("named pipe (FIFO)"), run.err.constData());
        QVERIFY(run.err.contains(QFile::encodeName(fifo)));
    }

    void theCommandLineRefusesDevZero()
    {
        const Run run = quire({QStringLiteral("check"), QStringLiteral("/dev/zero")});
        QVERIFY2(run.finished, "quire check kept reading /dev/zero");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("/dev/zero: is a character device"), run.err.constData());
    }

    void answerFileMustBeRegular()
    {
        const QString document = path(QStringLiteral("doc.md"));
        QVERIFY(TestSupport::writeFile(document, TestSupport::sampleBytes()));
        const QString fifo = makeFifo(QStringLiteral("answer.txt"));
        const Run run = quire({QStringLiteral("set"), document, QStringLiteral("--entry"), QStringLiteral("1"),
                               QStringLiteral("--answer-file"), fifo});
        QVERIFY2(run.finished, "quire set blocked on a FIFO");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("named pipe (FIFO)"), run.err.constData());
        QCOMPARE(TestSupport::readFile(document), TestSupport::sampleBytes());
    }

    void aNameWithANewlineStaysOnOneLine()
    {
        const QString odd = path(QStringLiteral("two\nlines.md"));
        QVERIFY(QDir().mkpath(odd)); // a directory: refused, named
        LoadError error;
        QVERIFY(!QaDocument::fromFile(odd, &error));
        QVERIFY2(!error.message.contains(QLatin1Char('\n')), qPrintable(error.message));
        QVERIFY(error.message.contains(QStringLiteral("two\\nlines.md")));
        const Run run = quire({QStringLiteral("check"), odd});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1);
        QCOMPARE(displayPath(QStringLiteral("a\tb\x1b" "c")), QStringLiteral("a\\tb\\x1bc"));
    }

    void readsStopAtTheLimit()
    {
        const QString big = path(QStringLiteral("big.md"));
        QVERIFY(TestSupport::writeFile(big, QByteArray(4096, 'a')));
        QByteArray bytes;
        QString error;
        QVERIFY(RegularFile::readAll(big, &bytes, &error, 4096));
        QCOMPARE(bytes.size(), 4096);
        QVERIFY(!RegularFile::readAll(big, &bytes, &error, 4095));
        QVERIFY2(error.contains(QStringLiteral("larger than")), qPrintable(error));
        // /proc files have no size; their read is bounded too.
        QVERIFY(!RegularFile::readAll(QStringLiteral("/proc/self/maps"), &bytes, &error, 16));
        QVERIFY2(error.contains(QStringLiteral("larger than")), qPrintable(error));
    }
};

QTEST_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
