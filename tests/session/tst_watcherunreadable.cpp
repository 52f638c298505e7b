// The change watcher says when it can no longer read the document (here the
// file is replaced by a folder of the same name), instead of silently no
// longer noticing changes.

#include "app/model/qamodel.h"
#include "app/session/documentsession.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestWatcherUnreadable : public QObject
{
    Q_OBJECT

private slots:
    void unreadableFileIsSaid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("doc.md"));
        QVERIFY(TestSupport::writeFile(path, TestSupport::sampleBytes()));
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(path, &error));
        QSignalSpy unreadable(&session, &DocumentSession::unreadableOnDisk);
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir().mkpath(path));
        QTRY_COMPARE_WITH_TIMEOUT(unreadable.count(), 1, 10000);
        QVERIFY(!unreadable.first().first().toString().isEmpty());
    }
};

QTEST_MAIN(TestWatcherUnreadable)
#include "tst_watcherunreadable.moc"
