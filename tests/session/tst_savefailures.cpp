// Data safety with real failures, no mocks: saves into a full file system, a
// read-only mount, a folder that vanished and a folder the user may not write
// to (the real quire binary run as `nobody`); saving through symbolic links,
// keeping permissions and owners; the backups kept before each overwrite; and
// hostile input (invalid UTF-8, NUL bytes, a PNG, an empty file, a directory,
// no sections, CRLF/LF/BOM, thousands of nesting levels, a 10 MB line).
//
// Every failed write must: report failure with a reason naming the file, leave
// the old file byte-identical, leave no temporary file behind, and (in the GUI
// session) keep the document modified.
//
// How the failures are made real:
//  - full: a 64 KiB tmpfs mounted for the test, filled by the document or by
//    another file, so write(2) fails with ENOSPC;
//  - read-only: a tmpfs remounted read-only, so open(2) fails with EROFS;
//  - vanished: the document's folder is removed before saving;
//  - unwritable folder: root ignores permission bits, so the real quire binary
//    runs as `nobody` (setpriv) on a 0666 file in a root-owned 0755 folder: it
//    may write the file but not create the temporary file beside it.
// Mounting and setpriv need root; those cases are skipped (QSKIP) otherwise.

#include "tests/support/testsupport.h"

#include "app/base/atomicfilewriter.h"
#include "app/session/backupstore.h"
#include "app/export/contextexporter.h"
#include "app/session/documentsession.h"
#include "app/lint/linter.h"
#include "app/render/markdownrenderer.h"
#include "app/document/qadocument.h"
#include "app/model/qamodel.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <cstring>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace TestSupport;

namespace {

// Generous: CI builds share two cores; a process that takes longer has hung.
constexpr int processTimeoutMs = 10 * 60 * 1000;

struct Result
{
    int code = -1; // -2: crashed, -3: did not finish
    QByteArray out;
    QByteArray err;
};

Result runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
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

bool isRoot()
{
    return ::geteuid() == 0;
}

QString reasonFor(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Names in a folder, hidden ones included: a leftover temporary file shows.
QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                               QDir::Name);
}

// All files below a folder (for "nothing was written there").
QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

// The lines quire wrote about an error ("quire: ...").
QList<QByteArray> quireErrorLines(const QByteArray &err)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : err.split('\n')) {
        if (line.startsWith("quire: "))
            lines.append(line);
    }
    return lines;
}

mode_t modeOf(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return mode_t(-1);
    return st.st_mode & 07777;
}

QByteArray withAnswer(const QByteArray &bytes, int number, const QString &answer)
{
    auto document = QaDocument::fromBytes(bytes, QStringLiteral("expected.md"));
    if (!document)
        return {};
    document->setAnswer(document->entryRef(number), answer);
    return document->toBytes();
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : bytes) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray b(4, '\0');
    b[0] = char(value >> 24);
    b[1] = char(value >> 16);
    b[2] = char(value >> 8);
    b[3] = char(value);
    return b;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    return bigEndian(quint32(data.size())) + type + data + bigEndian(crc32(type + data));
}

// A complete, valid 1x1 grey PNG, built byte by byte.
QByteArray minimalPng()
{
    QByteArray ihdr = bigEndian(1) + bigEndian(1);
    ihdr += char(8); // bit depth
    ihdr += char(0); // greyscale
    ihdr += char(0); // deflate
    ihdr += char(0); // adaptive filtering
    ihdr += char(0); // no interlace
    const QByteArray scanline("\0\x80", 2); // filter type 0, one grey pixel
    const QByteArray zlib = qCompress(scanline).mid(4); // drop Qt's length prefix
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", zlib)
        + pngChunk("IEND", QByteArray());
}

// `words` repeated to exactly `size` bytes, on one line.
QByteArray oneLine(qsizetype size, const QByteArray &words)
{
    QByteArray line;
    line.reserve(size + words.size());
    while (line.size() < size)
        line += words;
    line.truncate(size);
    return line;
}

QByteArray nestedDocument(const QByteArray &nested)
{
    return "# Deep\n\n## Section\n\n**Question:** How deep can it go?\n\n**Answer:**\n" + nested
        + "\n\n---\n\n**Question:** Is the entry after it still found?\n\n**Answer:** Still parsed.\n";
}

} // namespace

class TestSaveFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // 1. Full file system (tmpfs, ENOSPC)
    void fullFileSystem_data();
    void fullFileSystem();
    // 2. Read-only location (tmpfs remounted read-only, EROFS)
    void readOnlyLocation();
    // 3. The document's folder vanished
    void folderVanished();
    // 4. A folder the user may not write to; a file the user may not read
    void unwritableFolderAsUnprivilegedUser();
    void unreadableFileAsUnprivilegedUser();
    // 5. Symbolic links
    void saveThroughSymlink();
    void saveThroughSymlinkChainAndDanglingLink();
    void setThroughSymlink();
    // 6. Permissions
    void permissionsKept_data();
    void permissionsKept();
    void permissionsKeptBySet();
    void ownerAndGroupKept();
    // 7. Backups
    void backupsKeepTheLastFive();
    void rapidSavesKeepEveryVersion();
    void unchangedSaveAddsNoBackup();
    void setInPlaceMakesABackup();
    // 8. Hostile and broken input
    void hostileInputRefused_data();
    void hostileInputRefused();
    void emptyFile();
    void directoryInsteadOfFile();
    void noSections_data();
    void noSections();
    void lineEndingsAndBom_data();
    void lineEndingsAndBom();
    void deepNesting_data();
    void deepNesting();
    void tenMegabyteLine();

private:
    QString work(const QString &name) const { return m_work->filePath(name); }
    QString makeDir(const QString &name, mode_t mode = 0755);
    QString copyOfSample(const QString &dir, const QString &name = QStringLiteral("doc.md"));
    QProcessEnvironment childEnvironment() const;
    Result quire(const QStringList &arguments) const;
    Result quireAsNobody(const QStringList &arguments) const;
    bool mount(const QStringList &arguments, QByteArray *why);
    bool mountTmpfs(const QString &dir, const QString &options, QByteArray *why);
    void verifyFailedSave(const QString &error, const QString &named, const QString &reason, const QString &path,
                          const QByteArray &before, const QStringList &entriesBefore);
    void verifyCliFailure(const Result &r, const QString &path, const QString &reason = {});

    QTemporaryDir m_processHome;          // HOME of this process (QStandardPaths test mode below it)
    std::unique_ptr<QTemporaryDir> m_work; // per test function, under /tmp, 0755
    QString m_childHome;                   // HOME and XDG_*_HOME of child processes (0777)
    QStringList m_mounts;
    QByteArray m_sample;
    QString m_nobodyBinary;                // a copy of quire that `nobody` may run
};

void TestSaveFailures::initTestCase()
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

void TestSaveFailures::init()
{
    // Under /tmp and 0755 so that `nobody` can reach files in it.
    m_work = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/quire-safety-XXXXXX"));
    QVERIFY(m_work->isValid());
    QVERIFY(::chmod(QFile::encodeName(m_work->path()).constData(), 0755) == 0);
    m_childHome = makeDir(QStringLiteral("home"), 0777);
    QVERIFY(!m_childHome.isEmpty());
}

void TestSaveFailures::cleanup()
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

QString TestSaveFailures::makeDir(const QString &name, mode_t mode)
{
    const QString dir = work(name);
    if (!QDir().mkpath(dir) || ::chmod(QFile::encodeName(dir).constData(), mode) != 0)
        return {};
    return dir;
}

QString TestSaveFailures::copyOfSample(const QString &dir, const QString &name)
{
    const QString path = dir + QLatin1Char('/') + name;
    return writeFile(path, m_sample) ? path : QString();
}

QProcessEnvironment TestSaveFailures::childEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_childHome);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_childHome + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_childHome + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_childHome + QStringLiteral("/cache"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    return env;
}

Result TestSaveFailures::quire(const QStringList &arguments) const
{
    return runProcess(QStringLiteral(QUIRE_BINARY), arguments, childEnvironment());
}

Result TestSaveFailures::quireAsNobody(const QStringList &arguments) const
{
    return runProcess(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                  QStringLiteral("--clear-groups"), m_nobodyBinary}
                          + arguments,
                      childEnvironment());
}

bool TestSaveFailures::mount(const QStringList &arguments, QByteArray *why)
{
    const Result r = runProcess(QStringLiteral("mount"), arguments, QProcessEnvironment::systemEnvironment());
    if (r.code != 0)
        *why = "mount " + arguments.join(QLatin1Char(' ')).toUtf8() + " failed (" + QByteArray::number(r.code)
            + "): " + r.err;
    return r.code == 0;
}

bool TestSaveFailures::mountTmpfs(const QString &dir, const QString &options, QByteArray *why)
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
void TestSaveFailures::verifyFailedSave(const QString &error, const QString &named, const QString &reason,
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

void TestSaveFailures::verifyCliFailure(const Result &r, const QString &path, const QString &reason)
{
    QCOMPARE(r.code, 2);
    const QList<QByteArray> lines = quireErrorLines(r.err);
    QVERIFY2(lines.size() == 1, r.err.constData());
    QVERIFY2(lines.first().contains(path.toUtf8()), r.err.constData());
    QVERIFY2(!lines.first().contains("Unknown error"), r.err.constData());
    if (!reason.isEmpty())
        QVERIFY2(lines.first().contains(reason.toUtf8()), r.err.constData());
}

// ---------------------------------------------------------------------------
// 1. Full file system

void TestSaveFailures::fullFileSystem_data()
{
    QTest::addColumn<bool>("largeDocument");
    // The document alone takes 44 of 64 KiB: its new version (as large) does
    // not fit; the write fails part way (a short write, then ENOSPC).
    QTest::newRow("the document fills most of the disk") << true;
    // A small document (one page) and another file filling the rest: the
    // first page of the new version does not fit. Small writes are buffered,
    // so this fails only when the buffer is flushed at commit.
    QTest::newRow("another file fills the disk") << false;
}

void TestSaveFailures::fullFileSystem()
{
    if (!isRoot())
        QSKIP("needs root: mounts a 64 KiB tmpfs to fill it (CI runs as root)");
    QFETCH(bool, largeDocument);

    const QString disk = work(QStringLiteral("disk"));
    QByteArray why;
    QVERIFY2(mountTmpfs(disk, QStringLiteral("size=64k,mode=0755"), &why), why.constData());
    const QString path = disk + QStringLiteral("/doc.md");

    QByteArray before;
    if (largeDocument) {
        before = m_sample + "\nPadding so that the document fills most of the disk.\n";
        while (before.size() < 44000)
            before += "Padding line: this document is long enough to fill most of a small disk.\n";
        QVERIFY(writeFile(path, before));
    } else {
        before = "# Small\n\n## Only\n\n**Question:** Does a small save fail on a full disk?\n\n**Answer:**\n";
        QVERIFY(writeFile(path, before));
        QFile filler(disk + QStringLiteral("/filler.bin"));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray chunk(4096, 'x');
        while (filler.write(chunk) == chunk.size()) {
        }
        filler.close();
    }
    QStorageInfo storage(disk);
    storage.refresh();
    QVERIFY2(storage.bytesAvailable() < (largeDocument ? 24 * 1024 : 4096),
             qPrintable(QStringLiteral("%1 bytes free").arg(storage.bytesAvailable())));
    const QStringList entriesBefore = entriesOf(disk);

    // The GUI session.
    QaModel model;
    DocumentSession session(&model);
    LoadError loadError;
    QVERIFY2(session.open(path, &loadError), qPrintable(loadError.message));
    const EntryRef ref = model.document().entryRef(largeDocument ? 11 : 1);
    QVERIFY(ref.isValid());
    model.setAnswer(ref, QStringLiteral("An answer written while the disk is full."));
    QVERIFY(session.isModified());
    QString error;
    QVERIFY(!session.save(&error));
    verifyFailedSave(error, path, reasonFor(ENOSPC), path, before, entriesBefore);
    QVERIFY(session.isModified());
    QVERIFY(!model.undoStack()->isClean());
    QCOMPARE(session.filePath(), path);

    // The export fails the same way.
    ExportOptions options;
    options.format = ExportOptions::Format::Markdown;
    error.clear();
    QVERIFY(!session.exportTo(disk + QStringLiteral("/export.md"), options, &error));
    verifyFailedSave(error, disk + QStringLiteral("/export.md"), reasonFor(ENOSPC), path, before, entriesBefore);

    // The work is not lost: Save As elsewhere succeeds and only then is the
    // document clean.
    const QString rescued = work(QStringLiteral("rescued.md"));
    error.clear();
    QVERIFY2(session.saveAs(rescued, &error), qPrintable(error));
    QVERIFY(!session.isModified());
    QCOMPARE(readFile(rescued), model.document().toBytes());
    QCOMPARE(readFile(path), before);

    // The command line: set in place and export -o.
    const Result set = quire({QStringLiteral("set"), path, QStringLiteral("--entry"),
                              QString::number(largeDocument ? 11 : 1), QStringLiteral("--answer"),
                              QStringLiteral("An answer written while the disk is full.")});
    verifyCliFailure(set, path, reasonFor(ENOSPC));
    QCOMPARE(readFile(path), before);
    QCOMPARE(entriesOf(disk), entriesBefore);

    const QString exportPath = disk + QStringLiteral("/export.ctx");
    const Result exported = quire({QStringLiteral("export"), samplePath(), QStringLiteral("-o"), exportPath});
    verifyCliFailure(exported, exportPath, reasonFor(ENOSPC));
    QCOMPARE(entriesOf(disk), entriesBefore);
}

// ---------------------------------------------------------------------------
// 2. Read-only location

void TestSaveFailures::readOnlyLocation()
{
    if (!isRoot())
        QSKIP("needs root: mounts a tmpfs and remounts it read-only (CI runs as root)");
    const QString dir = work(QStringLiteral("readonly"));
    QByteArray why;
    QVERIFY2(mountTmpfs(dir, QStringLiteral("size=1m,mode=0755"), &why), why.constData());
    const QString path = copyOfSample(dir);
    QVERIFY(!path.isEmpty());
    QVERIFY2(mount({QStringLiteral("-o"), QStringLiteral("remount,ro"), dir}, &why), why.constData());
    QVERIFY(!QFile(dir + QStringLiteral("/probe")).open(QIODevice::WriteOnly)); // really read-only
    const QStringList entriesBefore = entriesOf(dir);

    QaModel model;
    DocumentSession session(&model);
    LoadError loadError;
    QVERIFY2(session.open(path, &loadError), qPrintable(loadError.message));
    model.setAnswer(model.document().entryRef(11), QStringLiteral("Written to a read-only disk?"));
    QString error;
    QVERIFY(!session.save(&error));
    verifyFailedSave(error, path, reasonFor(EROFS), path, m_sample, entriesBefore);
    QVERIFY(session.isModified());
    QVERIFY(!model.undoStack()->isClean());

    // Save As to a new file there fails too, and creates nothing.
    const QString newPath = dir + QStringLiteral("/new.md");
    error.clear();
    QVERIFY(!session.saveAs(newPath, &error));
    verifyFailedSave(error, newPath, reasonFor(EROFS), path, m_sample, entriesBefore);
    QVERIFY(session.isModified());
    QCOMPARE(session.filePath(), path);

    const Result set = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("11"),
                              QStringLiteral("--answer"), QStringLiteral("Written to a read-only disk?")});
    verifyCliFailure(set, path, reasonFor(EROFS));
    QCOMPARE(readFile(path), m_sample);

    const QString exportPath = dir + QStringLiteral("/export.ctx");
    const Result exported = quire({QStringLiteral("export"), path, QStringLiteral("-o"), exportPath});
    verifyCliFailure(exported, exportPath, reasonFor(EROFS));
    QCOMPARE(entriesOf(dir), entriesBefore);
}

// ---------------------------------------------------------------------------
// 3. The document's folder vanished

void TestSaveFailures::folderVanished()
{
    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = copyOfSample(dir);
    QVERIFY(!path.isEmpty());

    QaModel model;
    DocumentSession session(&model);
    LoadError loadError;
    QVERIFY2(session.open(path, &loadError), qPrintable(loadError.message));
    model.setAnswer(model.document().entryRef(11), QStringLiteral("Saved after the folder was removed?"));

    QVERIFY(QDir(dir).removeRecursively());
    const QStringList workBefore = entriesOf(m_work->path());
    const QStringList backupsBefore = BackupStore::backupsOf(path);

    QString error;
    QVERIFY(!session.save(&error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY(session.isModified());
    QVERIFY(!model.undoStack()->isClean());
    QVERIFY(!QFileInfo::exists(dir));                  // not re-created
    QCOMPARE(entriesOf(m_work->path()), workBefore);   // nothing created beside it
    QCOMPARE(BackupStore::backupsOf(path), backupsBefore);

    // Save As elsewhere rescues the work.
    const QString rescued = work(QStringLiteral("rescued.md"));
    error.clear();
    QVERIFY2(session.saveAs(rescued, &error), qPrintable(error));
    QVERIFY(!session.isModified());
    QCOMPARE(readFile(rescued), withAnswer(m_sample, 11, QStringLiteral("Saved after the folder was removed?")));

    // The command line, writing into a folder that does not exist.
    const QString input = copyOfSample(makeDir(QStringLiteral("input")));
    const QString gone = work(QStringLiteral("gone"));
    const QStringList before = entriesOf(m_work->path());
    const Result set = quire({QStringLiteral("set"), input, QStringLiteral("--entry"), QStringLiteral("11"),
                              QStringLiteral("--answer"), QStringLiteral("X"), QStringLiteral("-o"),
                              gone + QStringLiteral("/out.md")});
    verifyCliFailure(set, gone + QStringLiteral("/out.md"));
    const Result exported = quire({QStringLiteral("export"), input, QStringLiteral("-o"), gone + QStringLiteral("/out.ctx")});
    verifyCliFailure(exported, gone + QStringLiteral("/out.ctx"));
    QVERIFY(!QFileInfo::exists(gone));
    QCOMPARE(entriesOf(m_work->path()), before);
    QCOMPARE(readFile(input), m_sample);
}

// ---------------------------------------------------------------------------
// 4. Unprivileged user

void TestSaveFailures::unwritableFolderAsUnprivilegedUser()
{
    if (!isRoot())
        QSKIP("needs root: runs quire as `nobody` with setpriv (root ignores permission bits; CI runs as root)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty(), "setpriv (util-linux) not found");
    const QString bin = makeDir(QStringLiteral("bin"));
    m_nobodyBinary = bin + QStringLiteral("/quire");
    QVERIFY(QFile::copy(QStringLiteral(QUIRE_BINARY), m_nobodyBinary));
    QVERIFY(::chmod(QFile::encodeName(m_nobodyBinary).constData(), 0755) == 0);

    // Control: in a folder `nobody` may write to, the same command succeeds,
    // so what fails below is the folder's permission and nothing else.
    const QString open = makeDir(QStringLiteral("open"), 0777);
    const QString control = copyOfSample(open);
    QVERIFY(::chmod(QFile::encodeName(control).constData(), 0666) == 0);
    const QStringList setArgs = {QStringLiteral("--entry"), QStringLiteral("11"), QStringLiteral("--answer"),
                                 QStringLiteral("X")};
    Result r = quireAsNobody(QStringList{QStringLiteral("set"), control} + setArgs);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(readFile(control), withAnswer(m_sample, 11, QStringLiteral("X")));

    // A root-owned 0755 folder holding a 0666 file: `nobody` may rewrite the
    // file in place but may not create the temporary file beside it.
    const QString locked = makeDir(QStringLiteral("locked"), 0755);
    const QString path = copyOfSample(locked);
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0666) == 0);
    const QStringList entriesBefore = entriesOf(locked);
    r = runProcess(QStringLiteral("setpriv"),
                   {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups"),
                    QStringLiteral("test"), QStringLiteral("-w"), path},
                   childEnvironment());
    QVERIFY2(r.code == 0, "nobody should be allowed to write the file itself");

    r = quireAsNobody(QStringList{QStringLiteral("set"), path} + setArgs);
    verifyCliFailure(r, path, reasonFor(EACCES));
    QCOMPARE(readFile(path), m_sample);
    QCOMPARE(entriesOf(locked), entriesBefore);
    QCOMPARE(modeOf(path), mode_t(0666));

    // export -o into that folder fails too.
    const QString exportPath = locked + QStringLiteral("/export.ctx");
    r = quireAsNobody({QStringLiteral("export"), path, QStringLiteral("-o"), exportPath});
    verifyCliFailure(r, exportPath, reasonFor(EACCES));
    QCOMPARE(entriesOf(locked), entriesBefore);
}

void TestSaveFailures::unreadableFileAsUnprivilegedUser()
{
    if (!isRoot())
        QSKIP("needs root: runs quire as `nobody` with setpriv (root reads any file; CI runs as root)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty(), "setpriv (util-linux) not found");
    const QString bin = makeDir(QStringLiteral("bin"));
    m_nobodyBinary = bin + QStringLiteral("/quire");
    QVERIFY(QFile::copy(QStringLiteral(QUIRE_BINARY), m_nobodyBinary));
    QVERIFY(::chmod(QFile::encodeName(m_nobodyBinary).constData(), 0755) == 0);

    const QString dir = makeDir(QStringLiteral("docs"), 0777);
    const QString path = copyOfSample(dir);
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0); // root's only
    const QStringList entriesBefore = entriesOf(dir);

    Result r = quireAsNobody({QStringLiteral("check"), path});
    verifyCliFailure(r, path, reasonFor(EACCES));

    r = quireAsNobody({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("11"),
                       QStringLiteral("--answer"), QStringLiteral("X")});
    verifyCliFailure(r, path, reasonFor(EACCES));

    const QString exportPath = dir + QStringLiteral("/export.ctx");
    r = quireAsNobody({QStringLiteral("export"), path, QStringLiteral("-o"), exportPath});
    verifyCliFailure(r, path, reasonFor(EACCES));

    QCOMPARE(readFile(path), m_sample);
    QCOMPARE(modeOf(path), mode_t(0600));
    QCOMPARE(entriesOf(dir), entriesBefore);
    QCOMPARE(filesBelow(m_childHome), QStringList()); // no backup either
}

// ---------------------------------------------------------------------------
// 5. Symbolic links

void TestSaveFailures::saveThroughSymlink()
{
    const QString real = makeDir(QStringLiteral("real"));
    const QString links = makeDir(QStringLiteral("links"));
    const QString target = copyOfSample(real);
    const QString link = links + QStringLiteral("/doc-link.md");
    QVERIFY(QFile::link(QStringLiteral("../real/doc.md"), link)); // relative, in another folder
    const QStringList realBefore = entriesOf(real);
    const QStringList linksBefore = entriesOf(links);

    QaModel model;
    DocumentSession session(&model);
    LoadError loadError;
    QVERIFY2(session.open(link, &loadError), qPrintable(loadError.message));
    model.setAnswer(model.document().entryRef(11), QStringLiteral("Saved through the link."));
    QString error;
    QVERIFY2(session.saveAs(link, &error), qPrintable(error));
    QVERIFY(!session.isModified());

    const QByteArray expected = withAnswer(m_sample, 11, QStringLiteral("Saved through the link."));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFile::symLinkTarget(link), target);
    QCOMPARE(readFile(target), expected);
    QCOMPARE(entriesOf(real), realBefore);   // no temporary file left beside the target
    QCOMPARE(entriesOf(links), linksBefore); // nor beside the link

    // A second save (save(), not saveAs) still goes through the link.
    model.setAnswer(model.document().entryRef(11), QStringLiteral("Saved through the link twice."));
    QVERIFY2(session.save(&error), qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readFile(target), withAnswer(m_sample, 11, QStringLiteral("Saved through the link twice.")));
    QCOMPARE(entriesOf(real), realBefore);
    QCOMPARE(entriesOf(links), linksBefore);
}

void TestSaveFailures::saveThroughSymlinkChainAndDanglingLink()
{
    const QString dir = makeDir(QStringLiteral("docs"));
    const QString target = copyOfSample(dir);
    const QString first = dir + QStringLiteral("/first-link.md");
    const QString second = dir + QStringLiteral("/second-link.md");
    QVERIFY(QFile::link(QStringLiteral("doc.md"), first));
    QVERIFY(QFile::link(QStringLiteral("first-link.md"), second));
    const QStringList before = entriesOf(dir);

    QaModel model;
    DocumentSession session(&model);
    LoadError loadError;
    QVERIFY2(session.open(second, &loadError), qPrintable(loadError.message));
    model.setAnswer(model.document().entryRef(11), QStringLiteral("Through two links."));
    QString error;
    QVERIFY2(session.save(&error), qPrintable(error));
    QVERIFY(QFileInfo(first).isSymLink());
    QVERIFY(QFileInfo(second).isSymLink());
    QCOMPARE(readFile(target), withAnswer(m_sample, 11, QStringLiteral("Through two links.")));
    QCOMPARE(entriesOf(dir), before);

    // A link whose target does not exist yet: Save As creates the target.
    const QString dangling = dir + QStringLiteral("/dangling-link.md");
    const QString newTarget = dir + QStringLiteral("/created.md");
    QVERIFY(QFile::link(QStringLiteral("created.md"), dangling));
    QVERIFY2(session.saveAs(dangling, &error), qPrintable(error));
    QVERIFY(QFileInfo(dangling).isSymLink());
    QCOMPARE(readFile(newTarget), model.document().toBytes());
    QStringList expected = before + QStringList{QStringLiteral("created.md"), QStringLiteral("dangling-link.md")};
    expected.sort();
    QCOMPARE(entriesOf(dir), expected);
}

void TestSaveFailures::setThroughSymlink()
{
    const QString real = makeDir(QStringLiteral("real"));
    const QString links = makeDir(QStringLiteral("links"));
    const QString target = copyOfSample(real);
    const QString link = links + QStringLiteral("/doc-link.md");
    QVERIFY(QFile::link(QStringLiteral("../real/doc.md"), link));
    const QStringList realBefore = entriesOf(real);
    const QStringList linksBefore = entriesOf(links);

    const Result r = quire({QStringLiteral("set"), link, QStringLiteral("--entry"), QStringLiteral("11"),
                            QStringLiteral("--answer"), QStringLiteral("Set through the link.")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFile::symLinkTarget(link), target);
    QCOMPARE(readFile(target), withAnswer(m_sample, 11, QStringLiteral("Set through the link.")));
    QCOMPARE(entriesOf(real), realBefore);
    QCOMPARE(entriesOf(links), linksBefore);
}

// ---------------------------------------------------------------------------
// 6. Permissions

void TestSaveFailures::permissionsKept_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0640") << 0640;
    QTest::newRow("0600") << 0600;
    QTest::newRow("0604") << 0604;
    QTest::newRow("0664") << 0664;
    QTest::newRow("0755") << 0755;
}

void TestSaveFailures::permissionsKept()
{
    QFETCH(int, mode);
    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = copyOfSample(dir);
    QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);

    QaModel model;
    DocumentSession session(&model);
    LoadError loadError;
    QVERIFY2(session.open(path, &loadError), qPrintable(loadError.message));
    model.setAnswer(model.document().entryRef(11), QStringLiteral("Permissions stay."));
    QString error;
    QVERIFY2(session.save(&error), qPrintable(error));
    QCOMPARE(readFile(path), withAnswer(m_sample, 11, QStringLiteral("Permissions stay.")));
    QCOMPARE(int(modeOf(path)), mode);
}

void TestSaveFailures::permissionsKeptBySet()
{
    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = copyOfSample(dir);
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    const Result r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("11"),
                            QStringLiteral("--answer"), QStringLiteral("Permissions stay.")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(readFile(path), withAnswer(m_sample, 11, QStringLiteral("Permissions stay.")));
    QCOMPARE(int(modeOf(path)), 0640);
}

// Saving someone else's file (as root, e.g. `sudo quire set`) must not take
// it away from them: a root-owned 0640 file would lock its owner out.
void TestSaveFailures::ownerAndGroupKept()
{
    if (!isRoot())
        QSKIP("needs root: gives the document to another owner (CI runs as root)");
    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = copyOfSample(dir);
    const uid_t uid = 65534; // nobody
    const gid_t gid = 65534; // nogroup
    QVERIFY(::chown(QFile::encodeName(path).constData(), uid, gid) == 0);
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);

    QaModel model;
    DocumentSession session(&model);
    LoadError loadError;
    QVERIFY2(session.open(path, &loadError), qPrintable(loadError.message));
    model.setAnswer(model.document().entryRef(11), QStringLiteral("Still theirs."));
    QString error;
    QVERIFY2(session.save(&error), qPrintable(error));
    struct stat st;
    QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
    QCOMPARE(st.st_uid, uid);
    QCOMPARE(st.st_gid, gid);
    QCOMPARE(int(st.st_mode & 07777), 0640);

    const Result r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("11"),
                            QStringLiteral("--answer"), QStringLiteral("Still theirs after set.")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
    QCOMPARE(st.st_uid, uid);
    QCOMPARE(st.st_gid, gid);
    QCOMPARE(int(st.st_mode & 07777), 0640);
}

// ---------------------------------------------------------------------------
// 7. Backups

void TestSaveFailures::backupsKeepTheLastFive()
{
    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = copyOfSample(dir);
    QCOMPARE(BackupStore::backupsOf(path), QStringList());
    QVERIFY(BackupStore::folderFor(path).startsWith(m_processHome.path()));

    QaModel model;
    DocumentSession session(&model);
    LoadError loadError;
    QVERIFY2(session.open(path, &loadError), qPrintable(loadError.message));
    const EntryRef ref = model.document().entryRef(11);

    QList<QByteArray> versions = {m_sample}; // versions[k]: the file after save k
    const int saves = 8;
    for (int k = 1; k <= saves; ++k) {
        model.setAnswer(ref, QStringLiteral("Version %1 of this answer.").arg(k));
        QString error;
        QVERIFY2(session.save(&error), qPrintable(error));
        versions.append(readFile(path));
        QCOMPARE(versions.last(), model.document().toBytes());

        const QStringList backups = BackupStore::backupsOf(path);
        QCOMPARE(backups.size(), std::min(k, BackupStore::keep));
        for (int i = 0; i < backups.size(); ++i)
            QVERIFY2(readFile(backups[i]) == versions[k - 1 - i],
                     qPrintable(QStringLiteral("after save %1, backup %2 (%3) is not version %4")
                                    .arg(k).arg(i).arg(backups[i]).arg(k - 1 - i)));
    }
    const QStringList backups = BackupStore::backupsOf(path);
    QCOMPARE(backups.size(), BackupStore::keep);
    for (int i = 0; i + 1 < backups.size(); ++i)
        QVERIFY(QFileInfo(backups[i]).fileName() > QFileInfo(backups[i + 1]).fileName()); // newest first
    QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("doc.md")});
}

// Saves of a small document can come faster than one per millisecond, the
// resolution of the backups' names: no backup may overwrite another. On
// tmpfs (/dev/shm when there is one), where syncing costs nothing, they do.
void TestSaveFailures::rapidSavesKeepEveryVersion()
{
    const QString shm = QStringLiteral("/dev/shm");
    const bool fast = QFileInfo(shm).isDir() && QFileInfo(shm).isWritable();
    QTemporaryDir fastDir(fast ? shm + QStringLiteral("/quire-safety-XXXXXX") : work(QStringLiteral("fast-XXXXXX")));
    QVERIFY(fastDir.isValid());
    // The backups go there too, for as long as this test runs.
    const QByteArray home = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(fastDir.filePath(QStringLiteral("home"))));
    const auto restoreHome = qScopeGuard([home] { qputenv("HOME", home); });
    QVERIFY(BackupStore::folderFor(fastDir.path()).startsWith(fastDir.path()));

    const QString path = fastDir.filePath(QStringLiteral("small.md"));
    QVERIFY(writeFile(path, "## S\n\n**Question:** Fast?\n\n**Answer:** 0\n"));

    QaModel model;
    DocumentSession session(&model);
    LoadError loadError;
    QVERIFY2(session.open(path, &loadError), qPrintable(loadError.message));
    const EntryRef ref = model.document().entryRef(1);
    QList<QByteArray> versions = {readFile(path)};
    for (int k = 1; k <= 40; ++k) {
        model.setAnswer(ref, QString::number(k));
        QString error;
        QVERIFY2(session.save(&error), qPrintable(error));
        versions.append(readFile(path));
        const QStringList backups = BackupStore::backupsOf(path);
        QCOMPARE(backups.size(), std::min(k, BackupStore::keep));
        for (int i = 0; i < backups.size(); ++i)
            QVERIFY2(readFile(backups[i]) == versions[k - 1 - i],
                     qPrintable(QStringLiteral("after save %1, backup %2 (%3) is not version %4")
                                    .arg(k).arg(i).arg(backups[i]).arg(k - 1 - i)));
    }
}

void TestSaveFailures::unchangedSaveAddsNoBackup()
{
    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = copyOfSample(dir);

    QaModel model;
    DocumentSession session(&model);
    LoadError loadError;
    QVERIFY2(session.open(path, &loadError), qPrintable(loadError.message));
    const EntryRef ref = model.document().entryRef(11);
    QString error;
    model.setAnswer(ref, QStringLiteral("First change."));
    QVERIFY2(session.save(&error), qPrintable(error));
    model.setAnswer(ref, QStringLiteral("Second change."));
    QVERIFY2(session.save(&error), qPrintable(error));
    const QStringList backups = BackupStore::backupsOf(path);
    QCOMPARE(backups.size(), 2);
    const QByteArray saved = readFile(path);

    // Saving again without a change: the file is what it was, and no backup
    // (a copy of what is already on disk) pushes out an older version.
    for (int i = 0; i < 2; ++i) {
        QVERIFY2(session.save(&error), qPrintable(error));
        QCOMPARE(readFile(path), saved);
        QCOMPARE(BackupStore::backupsOf(path), backups);
    }
    // Nor does a change that is undone before saving.
    model.setAnswer(ref, QStringLiteral("A change that is undone."));
    model.undoStack()->undo();
    QVERIFY2(session.save(&error), qPrintable(error));
    QCOMPARE(BackupStore::backupsOf(path), backups);
}

void TestSaveFailures::setInPlaceMakesABackup()
{
    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = copyOfSample(dir);
    const QString backupFolder = m_childHome + QStringLiteral("/data/Quire/backups/")
        + QFileInfo(BackupStore::folderFor(path)).fileName();

    Result r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("11"),
                      QStringLiteral("--answer"), QStringLiteral("First set.")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QByteArray first = readFile(path);
    QCOMPARE(first, withAnswer(m_sample, 11, QStringLiteral("First set.")));
    QStringList files = filesBelow(m_childHome);
    QCOMPARE(files.size(), 1);
    QCOMPARE(QFileInfo(files.first()).absolutePath(), backupFolder);
    QCOMPARE(readFile(files.first()), m_sample);

    r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("11"),
               QStringLiteral("--answer"), QStringLiteral("Second set.")});
    QVERIFY2(r.code == 0, r.err.constData());
    files = filesBelow(backupFolder);
    QCOMPARE(files.size(), 2);
    std::sort(files.begin(), files.end(), std::greater<QString>()); // newest first
    QCOMPARE(readFile(files[0]), first);
    QCOMPARE(readFile(files[1]), m_sample);

    // `set -o` elsewhere backs up the output (if any), never the input.
    const QString out = dir + QStringLiteral("/out.md");
    r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("11"),
               QStringLiteral("--answer"), QStringLiteral("To another file."), QStringLiteral("-o"), out});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(filesBelow(backupFolder).size(), 2);
    QCOMPARE(entriesOf(dir), (QStringList{QStringLiteral("doc.md"), QStringLiteral("out.md")}));
}

// ---------------------------------------------------------------------------
// 8. Hostile and broken input

void TestSaveFailures::hostileInputRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("problem");

    QByteArray latin1 = m_sample;
    latin1.insert(1234, "\xE9t\xE9");
    QTest::newRow("invalid UTF-8 (Latin-1 bytes)") << latin1 << qsizetype(1234) << QStringLiteral("not valid UTF-8");
    QByteArray overlong = m_sample;
    overlong.insert(20000, "\xC0\xAF");
    QTest::newRow("overlong encoding") << overlong << qsizetype(20000) << QStringLiteral("not valid UTF-8");
    QByteArray surrogate = m_sample;
    surrogate.insert(3000, "\xED\xA0\x80");
    QTest::newRow("encoded UTF-16 surrogate") << surrogate << qsizetype(3000) << QStringLiteral("not valid UTF-8");
    QTest::newRow("truncated sequence at the end")
        << QByteArray(m_sample + "\xE2\x82") << qsizetype(m_sample.size()) << QStringLiteral("not valid UTF-8");
    QByteArray nul = m_sample;
    nul.insert(500, QByteArray(1, '\0'));
    QTest::newRow("NUL byte") << nul << qsizetype(500) << QStringLiteral("NUL byte");
    QTest::newRow("PNG image") << minimalPng() << qsizetype(0) << QStringLiteral("not valid UTF-8");
}

void TestSaveFailures::hostileInputRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);
    QFETCH(QString, problem);
    if (QByteArray(QTest::currentDataTag()).startsWith("PNG")) {
        const QImage image = QImage::fromData(bytes, "PNG");
        QVERIFY2(!image.isNull() && image.size() == QSize(1, 1), "the PNG bytes are not a valid PNG");
    }

    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = dir + QStringLiteral("/hostile.md");
    QVERIFY(writeFile(path, bytes));
    const QStringList before = entriesOf(dir);
    const QString offsetText = QStringLiteral("byte offset %1").arg(offset);

    LoadError error;
    QVERIFY(!QaDocument::fromFile(path, &error));
    QCOMPARE(error.offset, offset);
    QVERIFY2(error.message.contains(path) && error.message.contains(offsetText) && error.message.contains(problem),
             qPrintable(error.message));
    QVERIFY(!error.message.contains(QLatin1Char('\n')));

    QaModel model;
    DocumentSession session(&model);
    QVERIFY(!session.open(path, &error));
    QVERIFY(session.filePath().isEmpty());

    Result r = quire({QStringLiteral("check"), path});
    verifyCliFailure(r, path, offsetText);
    QCOMPARE(r.out, QByteArray());
    r = quire({QStringLiteral("check"), path, QStringLiteral("--json")});
    verifyCliFailure(r, path, offsetText);
    r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("source")});
    verifyCliFailure(r, path, offsetText);
    QCOMPARE(r.out, QByteArray());
    r = quire({QStringLiteral("export"), path, QStringLiteral("-o"), dir + QStringLiteral("/out.ctx")});
    verifyCliFailure(r, path, offsetText);
    r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("1"),
               QStringLiteral("--answer"), QStringLiteral("X")});
    verifyCliFailure(r, path, offsetText);

    // Nothing written: the file, its folder, no backup.
    QCOMPARE(readFile(path), bytes);
    QCOMPARE(entriesOf(dir), before);
    QCOMPARE(filesBelow(m_childHome), QStringList());
    QCOMPARE(BackupStore::backupsOf(path), QStringList());
}

void TestSaveFailures::emptyFile()
{
    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = dir + QStringLiteral("/empty.md");
    QVERIFY(writeFile(path, QByteArray()));

    LoadError error;
    const auto document = QaDocument::fromFile(path, &error);
    QVERIFY2(document, qPrintable(error.message));
    QCOMPARE(document->entryCount(), 0);
    QCOMPARE(document->toBytes(), QByteArray());

    Result r = quire({QStringLiteral("check"), path});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(path.toUtf8() + ": 0 entries"), r.out.constData());
    r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("source")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray());
    r = quire({QStringLiteral("export"), path});
    QCOMPARE(r.code, 0);
    r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("1"),
               QStringLiteral("--answer"), QStringLiteral("X")});
    QCOMPARE(r.code, 64); // no entry 1: a usage error, nothing written
    QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
    QCOMPARE(readFile(path), QByteArray());
    QCOMPARE(QFileInfo(path).size(), 0);
    QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("empty.md")});
    QCOMPARE(filesBelow(m_childHome), QStringList());

    // Opened in the session, saved unchanged: still empty.
    QaModel model;
    DocumentSession session(&model);
    QVERIFY(session.open(path, &error));
    QString saveError;
    QVERIFY2(session.save(&saveError), qPrintable(saveError));
    QCOMPARE(readFile(path), QByteArray());
}

void TestSaveFailures::directoryInsteadOfFile()
{
    const QString parent = makeDir(QStringLiteral("docs"));
    const QString dir = makeDir(QStringLiteral("docs/folder.md"));
    QVERIFY(writeFile(dir + QStringLiteral("/inside.txt"), "keep me\n"));
    const QStringList parentBefore = entriesOf(parent);

    LoadError error;
    QVERIFY(!QaDocument::fromFile(dir, &error));
    QVERIFY2(error.message.contains(dir) && error.message.contains(QLatin1String("directory")),
             qPrintable(error.message));

    Result r = quire({QStringLiteral("check"), dir});
    verifyCliFailure(r, dir, QStringLiteral("directory"));
    r = quire({QStringLiteral("export"), dir, QStringLiteral("-o"), parent + QStringLiteral("/out.ctx")});
    verifyCliFailure(r, dir, QStringLiteral("directory"));
    r = quire({QStringLiteral("set"), dir, QStringLiteral("--entry"), QStringLiteral("1"),
               QStringLiteral("--answer"), QStringLiteral("X")});
    verifyCliFailure(r, dir, QStringLiteral("directory"));

    // Writing to a directory's path fails without touching it.
    const QString input = copyOfSample(makeDir(QStringLiteral("input")));
    r = quire({QStringLiteral("export"), input, QStringLiteral("-o"), dir});
    verifyCliFailure(r, dir, QStringLiteral("directory"));
    r = quire({QStringLiteral("set"), input, QStringLiteral("--entry"), QStringLiteral("11"),
               QStringLiteral("--answer"), QStringLiteral("X"), QStringLiteral("-o"), dir});
    verifyCliFailure(r, dir);
    QString writeError;
    QVERIFY(!AtomicFileWriter::write(dir, "bytes", &writeError));
    QVERIFY2(writeError.contains(dir), qPrintable(writeError));

    QaModel model;
    DocumentSession session(&model);
    QVERIFY(session.open(input, &error));
    model.setAnswer(model.document().entryRef(11), QStringLiteral("Saved onto a folder?"));
    writeError.clear();
    QVERIFY(!session.saveAs(dir, &writeError));
    QVERIFY2(writeError.contains(dir), qPrintable(writeError));
    QVERIFY(session.isModified());
    QCOMPARE(session.filePath(), input);

    QVERIFY(QFileInfo(dir).isDir());
    QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("inside.txt")});
    QCOMPARE(readFile(dir + QStringLiteral("/inside.txt")), QByteArray("keep me\n"));
    QCOMPARE(entriesOf(parent), parentBefore);
    QCOMPARE(readFile(input), m_sample);
}

void TestSaveFailures::noSections_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("entries");
    QTest::newRow("prose only") << QByteArray("# Notes\n\nJust some text, no questions, no sections.\n") << 0;
    QTest::newRow("a title only, no newline") << QByteArray("# Title") << 0;
    QTest::newRow("only rules and blank lines") << QByteArray("\n\n---\n\n***\n\n") << 0;
    QTest::newRow("entries before any section")
        << QByteArray("# Q&A\n\n**Question:** One?\n\n**Answer:** Yes.\n\n---\n\n**Question:** Two?\n\n**Answer:**\n")
        << 2;
}

void TestSaveFailures::noSections()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, entries);
    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = dir + QStringLiteral("/nosections.md");
    QVERIFY(writeFile(path, bytes));

    LoadError error;
    const auto document = QaDocument::fromFile(path, &error);
    QVERIFY2(document, qPrintable(error.message));
    QCOMPARE(document->entryCount(), entries);
    QCOMPARE(document->toBytes(), bytes);

    Result r = quire({QStringLiteral("check"), path});
    QVERIFY2(r.code == 0 || r.code == 1, r.err.constData());
    QVERIFY(r.out.startsWith(path.toUtf8() + ": " + QByteArray::number(entries) + " entries"));
    r = quire({QStringLiteral("check"), path, QStringLiteral("--json")});
    QVERIFY2(r.code == 0 || r.code == 1, r.err.constData());
    r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("source")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, bytes);
    for (const char *format : {"ctx", "markdown", "jsonl"}) {
        r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QString::fromLatin1(format),
                   QStringLiteral("--include-prose"), QStringLiteral("--include-unanswered")});
        QVERIFY2(r.code == 0, r.err.constData());
    }
    if (entries > 0) {
        r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QString::number(entries),
                   QStringLiteral("--answer"), QStringLiteral("Now answered.")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(readFile(path), withAnswer(bytes, entries, QStringLiteral("Now answered.")));
    }
    QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("nosections.md")});
}

void TestSaveFailures::lineEndingsAndBom_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray small("# Title\n\n## Part\n\n**Question:** One?\n\n**Answer:** Yes.\n\n---\n\n"
                           "**Question:** Two?\n\n**Answer:**\n");
    QTest::newRow("BOM, LF") << QByteArray(bom + small);
    QTest::newRow("BOM, CRLF") << QByteArray(bom + toCrlf(small));
    QTest::newRow("BOM, sample in CRLF") << QByteArray(bom + toCrlf(m_sample));

    // Alternate CRLF and LF line by line, through the whole sample.
    QByteArray mixed;
    int line = 0;
    for (const QByteArray &l : m_sample.split('\n')) {
        if (!mixed.isEmpty())
            mixed += (line++ % 2) ? "\r\n" : "\n";
        mixed += l;
    }
    QTest::newRow("mixed CRLF/LF") << mixed;
    QTest::newRow("BOM, mixed CRLF/LF, no final newline") << QByteArray(bom + mixed.trimmed());
    QTest::newRow("mixed, with lone CRs") << QByteArray("## A\r\r\n**Question:** One?\r\n\n**Answer:** Yes.\rStill.\n\r\n");
    QTest::newRow("BOM only") << bom;
    QTest::newRow("two BOMs") << QByteArray(bom + bom + small);
}

void TestSaveFailures::lineEndingsAndBom()
{
    QFETCH(QByteArray, bytes);
    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = dir + QStringLiteral("/endings.md");
    QVERIFY(writeFile(path, bytes));

    LoadError error;
    const auto document = QaDocument::fromFile(path, &error);
    QVERIFY2(document, qPrintable(error.message));
    QCOMPARE(document->toBytes(), bytes);

    Result r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("source")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, bytes);
    const QString copy = dir + QStringLiteral("/copy.md");
    r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("source"),
               QStringLiteral("-o"), copy});
    QCOMPARE(r.code, 0);
    QCOMPARE(readFile(copy), bytes);
    r = quire({QStringLiteral("check"), path});
    QVERIFY2(r.code == 0 || r.code == 1, r.err.constData());

    // An edit keeps the BOM and touches only its entry.
    if (document->entryCount() > 0) {
        const QString out = dir + QStringLiteral("/edited.md");
        r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("1"),
                   QStringLiteral("--answer"), QStringLiteral("Changed."), QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray edited = readFile(out);
        QCOMPARE(edited, withAnswer(bytes, 1, QStringLiteral("Changed.")));
        QCOMPARE(edited.startsWith("\xEF\xBB\xBF"), bytes.startsWith("\xEF\xBB\xBF"));
        const auto reparsed = QaDocument::fromBytes(edited, out);
        QVERIFY(reparsed);
        QCOMPARE(reparsed->entryCount(), document->entryCount());
        QCOMPARE(reparsed->entry(reparsed->entryRef(1)).answer(), QStringLiteral("Changed."));
    }
    QCOMPARE(readFile(path), bytes);
}

void TestSaveFailures::deepNesting_data()
{
    QTest::addColumn<QByteArray>("nested");
    QTest::addColumn<QByteArray>("htmlTag"); // opened once per level
    QTest::addColumn<int>("depth");

    const int depth = 5000;
    QTest::newRow("5000 nested block quotes on one line")
        << QByteArray(QByteArray("> ").repeated(depth) + "the bottom") << QByteArray("<blockquote>") << depth;
    QTest::newRow("5000 nested lists on one line")
        << QByteArray(QByteArray("- ").repeated(depth) + "the bottom") << QByteArray("<li>") << depth;

    const int steps = 2000;
    QByteArray quotes;
    for (int k = 1; k <= steps; ++k)
        quotes += QByteArray(k, '>') + " level " + QByteArray::number(k) + "\n";
    QTest::newRow("2000 block quotes, one more per line") << quotes.trimmed() << QByteArray("<blockquote>") << steps;
    QByteArray list;
    for (int k = 0; k < steps; ++k)
        list += QByteArray(2 * k, ' ') + "- level " + QByteArray::number(k + 1) + "\n";
    QTest::newRow("2000 nested list items, indented one level per line")
        << list.trimmed() << QByteArray("<li>") << steps;
}

void TestSaveFailures::deepNesting()
{
    QFETCH(QByteArray, nested);
    QFETCH(QByteArray, htmlTag);
    QFETCH(int, depth);
    const QByteArray bytes = nestedDocument(nested);
    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = dir + QStringLiteral("/deep.md");
    QVERIFY(writeFile(path, bytes));

    LoadError error;
    const auto document = QaDocument::fromFile(path, &error);
    QVERIFY2(document, qPrintable(error.message));
    QCOMPARE(document->entryCount(), 2);
    QCOMPARE(document->toBytes(), bytes);
    const QString answer = document->entry(document->entryRef(1)).answer();
    QCOMPARE(answer.trimmed(), QString::fromUtf8(nested).trimmed());
    QCOMPARE(document->entry(document->entryRef(1)).status(), EntryStatus::Answered);
    QCOMPARE(document->entry(document->entryRef(2)).answer(), QStringLiteral("Still parsed."));

    // cmark copes: every level is rendered.
    const QString html = MarkdownRenderer::toHtml(answer);
    QCOMPARE(int(html.count(QString::fromLatin1(htmlTag))), depth);
    QVERIFY(html.contains(QLatin1String("the bottom")) || html.contains(QLatin1String("level ")));

    Result r = quire({QStringLiteral("check"), path});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.startsWith(path.toUtf8() + ": 2 entries"));
    r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("source")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, bytes);
    for (const char *format : {"ctx", "markdown", "jsonl"}) {
        r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QString::fromLatin1(format)});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Still parsed."));
    }

    // Editing the entry after it touches nothing of the nesting.
    r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("2"),
               QStringLiteral("--answer"), QStringLiteral("Changed after the deep one.")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QByteArray edited = readFile(path);
    QCOMPARE(edited, withAnswer(bytes, 2, QStringLiteral("Changed after the deep one.")));
    QVERIFY(edited.startsWith(bytes.left(bytes.indexOf("---"))));
}

void TestSaveFailures::tenMegabyteLine()
{
    const qsizetype size = 10 * 1024 * 1024;
    const QByteArray big = oneLine(size, "the quick brown fox jumps over the lazy dog, ");
    const QByteArray bytes = "# Long\n\n## Section\n\n**Question:** How long can one line be?\n\n**Answer:** " + big
        + "\n\n---\n\n**Question:** And after it?\n\n**Answer:** Fine.\n";
    const QString dir = makeDir(QStringLiteral("docs"));
    const QString path = dir + QStringLiteral("/long.md");
    QVERIFY(writeFile(path, bytes));

    // Parse and classify.
    LoadError error;
    auto document = QaDocument::fromFile(path, &error);
    QVERIFY2(document, qPrintable(error.message));
    QCOMPARE(document->entryCount(), 2);
    QCOMPARE(document->toBytes(), bytes);
    const EntryRef ref = document->entryRef(1);
    QCOMPARE(document->entry(ref).answerUtf8(), big);
    QCOMPARE(document->entry(ref).status(), EntryStatus::Answered);
    QCOMPARE(Linter::count(*document).answered, 2);

    // Set another 10 MB answer and save through the session.
    const QString other = QString::fromUtf8(oneLine(size, "pack my box with five dozen liquor jugs, "));
    QaModel model;
    DocumentSession session(&model);
    QVERIFY2(session.open(path, &error), qPrintable(error.message));
    model.setAnswer(ref, other);
    QCOMPARE(model.document().entry(ref).status(), EntryStatus::Answered);
    QString saveError;
    QVERIFY2(session.save(&saveError), qPrintable(saveError));
    QVERIFY(!session.isModified());
    const QByteArray saved = readFile(path);
    QCOMPARE(saved, model.document().toBytes());
    QVERIFY(saved.endsWith("\n\n---\n\n**Question:** And after it?\n\n**Answer:** Fine.\n"));
    auto reparsed = QaDocument::fromBytes(saved, path);
    QVERIFY(reparsed);
    QCOMPARE(reparsed->entry(ref).answer(), other);
    QCOMPARE(reparsed->toBytes(), saved);
    QCOMPARE(BackupStore::backupsOf(path).size(), 1);
    QCOMPARE(readFile(BackupStore::backupsOf(path).first()), bytes);

    // The command line: check, export, and set from a 10 MB answer file.
    Result r = quire({QStringLiteral("check"), path});
    QVERIFY2(r.code == 0, r.err.constData());
    r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("source")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out == saved);
    const QString answerFile = work(QStringLiteral("answer.txt"));
    QVERIFY(writeFile(answerFile, big));
    r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("1"),
               QStringLiteral("--answer-file"), answerFile});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(readFile(path) == withAnswer(saved, 1, QString::fromUtf8(big)));
    QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("long.md")});
}

QTEST_GUILESS_MAIN(TestSaveFailures)
#include "tst_savefailures.moc"
