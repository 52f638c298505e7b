// Permissions: a folder the user may not write to and a file the user may not
// read (the real quire binary run as `nobody`); the mode, owner and group of
// a saved file are kept.

#include "tests/session/savefailures/savefailurefixture.h"
#include "tests/support/testsupport.h"

#include "app/session/documentsession.h"
#include "app/model/qamodel.h"

#include <QFile>
#include <QStandardPaths>
#include <QtTest>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

using namespace TestSupport;

class TestSaveFailuresPermissions : public SaveFailureFixture
{
    Q_OBJECT

private slots:
    // A folder the user may not write to; a file the user may not read
    void unwritableFolderAsUnprivilegedUser();
    void unreadableFileAsUnprivilegedUser();
    // Permissions
    void permissionsKept_data();
    void permissionsKept();
    void permissionsKeptBySet();
    void ownerAndGroupKept();
};

// Unprivileged user

void TestSaveFailuresPermissions::unwritableFolderAsUnprivilegedUser()
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

void TestSaveFailuresPermissions::unreadableFileAsUnprivilegedUser()
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


// Permissions

void TestSaveFailuresPermissions::permissionsKept_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0640") << 0640;
    QTest::newRow("0600") << 0600;
    QTest::newRow("0604") << 0604;
    QTest::newRow("0664") << 0664;
    QTest::newRow("0755") << 0755;
}

void TestSaveFailuresPermissions::permissionsKept()
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

void TestSaveFailuresPermissions::permissionsKeptBySet()
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
void TestSaveFailuresPermissions::ownerAndGroupKept()
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

QTEST_GUILESS_MAIN(TestSaveFailuresPermissions)
#include "tst_savefailures_permissions.moc"
