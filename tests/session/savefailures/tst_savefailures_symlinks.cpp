// Saving through symbolic links: the link is kept and the file it points to
// is replaced, through chains of links too; a dangling link is refused.

#include "tests/session/savefailures/savefailurefixture.h"
#include "tests/support/testsupport.h"

#include "app/session/documentsession.h"
#include "app/model/qamodel.h"

#include <QFile>
#include <QFileInfo>
#include <QtTest>

using namespace TestSupport;

class TestSaveFailuresSymlinks : public SaveFailureFixture
{
    Q_OBJECT

private slots:
    // Symbolic links
    void saveThroughSymlink();
    void saveThroughSymlinkChainAndDanglingLink();
    void setThroughSymlink();
};

// Symbolic links

void TestSaveFailuresSymlinks::saveThroughSymlink()
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

void TestSaveFailuresSymlinks::saveThroughSymlinkChainAndDanglingLink()
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

void TestSaveFailuresSymlinks::setThroughSymlink()
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

QTEST_GUILESS_MAIN(TestSaveFailuresSymlinks)
#include "tst_savefailures_symlinks.moc"
