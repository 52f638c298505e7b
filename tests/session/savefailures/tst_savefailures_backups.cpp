// The backups kept before each overwrite: the last five, every version of
// rapid saves, none for an unchanged save, one for `quire set` in place.

#include "tests/session/savefailures/savefailurefixture.h"
#include "tests/support/testsupport.h"

#include "app/session/backupstore.h"
#include "app/session/documentsession.h"
#include "app/document/qadocument.h"
#include "app/model/qamodel.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestSaveFailuresBackups : public SaveFailureFixture
{
    Q_OBJECT

private slots:
    // Backups
    void backupsKeepTheLastFive();
    void rapidSavesKeepEveryVersion();
    void unchangedSaveAddsNoBackup();
    void setInPlaceMakesABackup();
};

// Backups

void TestSaveFailuresBackups::backupsKeepTheLastFive()
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
void TestSaveFailuresBackups::rapidSavesKeepEveryVersion()
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

void TestSaveFailuresBackups::unchangedSaveAddsNoBackup()
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

void TestSaveFailuresBackups::setInPlaceMakesABackup()
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

QTEST_GUILESS_MAIN(TestSaveFailuresBackups)
#include "tst_savefailures_backups.moc"
