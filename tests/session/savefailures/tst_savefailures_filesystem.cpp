// Saves where the file system refuses the write: a full file system, a
// read-only mount, a folder that vanished (savefailurefixture.h: how).

#include "tests/session/savefailures/savefailurefixture.h"
#include "tests/support/testsupport.h"

#include "app/session/backupstore.h"
#include "app/export/contextexporter.h"
#include "app/session/documentsession.h"
#include "app/document/qadocument.h"
#include "app/model/qamodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QtTest>

#include <cerrno>

using namespace TestSupport;

class TestSaveFailuresFileSystem : public SaveFailureFixture
{
    Q_OBJECT

private slots:
    // Full file system (tmpfs, ENOSPC)
    void fullFileSystem_data();
    void fullFileSystem();
    // Read-only location (tmpfs remounted read-only, EROFS)
    void readOnlyLocation();
    // The document's folder vanished
    void folderVanished();
};

// Full file system

void TestSaveFailuresFileSystem::fullFileSystem_data()
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

void TestSaveFailuresFileSystem::fullFileSystem()
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

// Read-only location

void TestSaveFailuresFileSystem::readOnlyLocation()
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

// The document's folder vanished

void TestSaveFailuresFileSystem::folderVanished()
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

QTEST_GUILESS_MAIN(TestSaveFailuresFileSystem)
#include "tst_savefailures_filesystem.moc"
