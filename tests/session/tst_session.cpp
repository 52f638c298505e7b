// DocumentSession on real files: autosave to the recovery file, restore after
// a "crash", and changes made on disk by another program.

#include "app/session/documentsession.h"
#include "app/model/qamodel.h"
#include "app/document/questionkey.h"
#include "app/session/recoverystore.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <cstdio>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString freshCopy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        TestSupport::writeFile(path, TestSupport::sampleBytes());
        return path;
    }
    static EntryRef emptyEntry(const QaDocument &document)
    {
        for (const EntryRef &ref : document.allEntries()) {
            if (document.entry(ref).line() == 68)
                return ref;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(RecoveryStore::folder()).removeRecursively();
    }

    void editsReachTheRecoveryFileWithinTwoSeconds()
    {
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(freshCopy(QStringLiteral("a.md")), &error));
        QSignalSpy written(&session, &DocumentSession::recoveryWritten);
        model.setAnswer(emptyEntry(model.document()), QStringLiteral("Recovered words."));
        QVERIFY(written.wait(2000));
        // Plain markdown: exactly what Save would write.
        QCOMPARE(TestSupport::readFile(session.recoveryFile()), model.document().toBytes());
        QVERIFY(session.recoveryFile().startsWith(RecoveryStore::folder()));
        // Saving removes it.
        QString saveError;
        QVERIFY(session.save(&saveError));
        QVERIFY(!QFileInfo::exists(session.recoveryFile()));
    }

    void workLeftByADeadSessionIsOfferedAndRestoredExactly()
    {
        const QString path = freshCopy(QStringLiteral("b.md"));
        QByteArray expected;
        {
            QaModel model;
            DocumentSession session(&model);
            LoadError error;
            QVERIFY(session.open(path, &error));
            QVERIFY(RecoveryStore::orphansFor(path).isEmpty()); // our own slot is locked
            model.setAnswer(emptyEntry(model.document()), QStringLiteral("Only in the recovery file."));
            session.writeRecoveryNow();
            expected = model.document().toBytes();
            QVERIFY(RecoveryStore::orphansFor(path).isEmpty()); // still running
        } // the session ends without saving or discarding, as in a crash
        const QList<RecoveryStore::Entry> found = RecoveryStore::orphansFor(path);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().savedAt.isValid());
        QCOMPARE(TestSupport::readFile(path), TestSupport::sampleBytes()); // the file itself untouched

        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(path, &error));
        QVERIFY(session.restoreRecovered(found.first(), &error));
        QVERIFY(session.isModified());
        QCOMPARE(model.document().toBytes(), expected);
        QVERIFY(RecoveryStore::orphansFor(path).isEmpty()); // taken over by this session
        QCOMPARE(TestSupport::readFile(session.recoveryFile()), expected);
        QString saveError;
        QVERIFY(session.save(&saveError));
        QCOMPARE(TestSupport::readFile(path), expected);
    }

    void aRecoveryCopyThatCannotBeWrittenIsReported()
    {
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(freshCopy(QStringLiteral("h.md")), &error));
        // A plain file where the recovery folder should be: every write fails.
        const QString folder = RecoveryStore::folder();
        QVERIFY(QDir(folder).removeRecursively());
        QVERIFY(TestSupport::writeFile(folder, "not a folder"));
        QSignalSpy failed(&session, &DocumentSession::recoveryFailed);
        model.setAnswer(emptyEntry(model.document()), QStringLiteral("unprotected"));
        QVERIFY(failed.wait(3000));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY(QFile::remove(folder));
        session.discardChanges();
    }

    void discardRemovesTheRecoveryFile()
    {
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(freshCopy(QStringLiteral("c.md")), &error));
        model.setAnswer(emptyEntry(model.document()), QStringLiteral("x"));
        session.writeRecoveryNow();
        QVERIFY(QFileInfo::exists(session.recoveryFile()));
        session.discardChanges();
        QVERIFY(!QFileInfo::exists(session.recoveryFile()));
    }

    void untitledWorkIsRecoverableToo()
    {
        {
            QaModel model;
            DocumentSession session(&model);
            session.newDocument();
            model.addSection(QStringLiteral("Drafts"));
            session.writeRecoveryNow();
        }
        const QList<RecoveryStore::Entry> found = RecoveryStore::untitledOrphans();
        QCOMPARE(found.size(), 1);
        QVERIFY(RecoveryStore::read(found.first()).contains("## Drafts"));
        RecoveryStore::discard(found.first());
        QVERIFY(RecoveryStore::untitledOrphans().isEmpty());
    }

    void ownSavesAreNotOutsideChanges()
    {
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(freshCopy(QStringLiteral("d.md")), &error));
        QSignalSpy changed(&session, &DocumentSession::changedOnDisk);
        model.setAnswer(emptyEntry(model.document()), QStringLiteral("mine"));
        QString saveError;
        QVERIFY(session.save(&saveError));
        QVERIFY(!changed.wait(1000));
    }

    void anOutsideWriteIsNoticed()
    {
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        const QString path = freshCopy(QStringLiteral("e.md"));
        QVERIFY(session.open(path, &error));
        QSignalSpy changed(&session, &DocumentSession::changedOnDisk);
        QByteArray other = TestSupport::sampleBytes();
        other.replace("**Answer:** \n", "**Answer:** Written elsewhere.\n");
        QVERIFY(TestSupport::writeFile(path, other));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.first().first().toByteArray(), other);
        QVERIFY(session.reloadFrom(other, &error));
        QVERIFY(!session.isModified());
        QCOMPARE(model.document().entry(emptyEntry(model.document())).status(), EntryStatus::Answered);
    }

    void aReloadHandsOverTheQuestionKeysWorkedOutInTheWorker()
    {
        // Keying 60,000 questions took the window ~40 ms after a reload: the
        // worker that parses the change keys them too, and the model hands
        // them over while it announces the new document.
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        const QString path = freshCopy(QStringLiteral("k.md"));
        QVERIFY(session.open(path, &error));
        QSignalSpy changed(&session, &DocumentSession::changedOnDisk);
        QByteArray other = TestSupport::sampleBytes();
        other.append("\n## Keys\n\n**Question:** Ünïcode  and   SPACES?\n\n**Answer:** Yes.\n");
        QVERIFY(TestSupport::writeFile(path, other));
        QVERIFY(changed.wait(5000));
        bool handedOver = false;
        connect(&model, &QaModel::documentReset, this, [&] {
            const QuestionKeys *keys = model.keysAtReset();
            handedOver = keys != nullptr;
            if (!keys)
                return;
            const QaDocument &document = model.document();
            QVERIFY(keys->fits(document));
            // The same keys reviews have always used.
            for (const EntryRef &ref : document.allEntries())
                QCOMPARE(keys->bySection().at(ref.section).at(ref.index),
                         QString::fromUtf8(QuestionKey::of(document.entry(ref))));
            QCOMPARE(keys->use().value(QStringLiteral("ünïcode and spaces?")), 1);
        });
        QVERIFY(session.reloadFrom(changed.first().first().toByteArray(), &error));
        QVERIFY(handedOver);
        QVERIFY(!model.keysAtReset()); // only while the reset is announced
    }

    void aReplacementByRenameIsNoticed()
    {
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        const QString path = freshCopy(QStringLiteral("f.md"));
        QVERIFY(session.open(path, &error));
        QSignalSpy changed(&session, &DocumentSession::changedOnDisk);
        const QString temp = m_dir.filePath(QStringLiteral("f.md.tmp"));
        QVERIFY(TestSupport::writeFile(temp, "## Replaced\n"));
        QVERIFY(std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) == 0);
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.first().first().toByteArray(), QByteArray("## Replaced\n"));
        // ... and the next replacement as well (the watch follows the new file).
        changed.clear();
        QVERIFY(TestSupport::writeFile(temp, "## Again\n"));
        QVERIFY(std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) == 0);
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.last().first().toByteArray(), QByteArray("## Again\n"));
    }

    void aDeletedFileIsNoticed()
    {
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        const QString path = freshCopy(QStringLiteral("g.md"));
        QVERIFY(session.open(path, &error));
        QSignalSpy removed(&session, &DocumentSession::removedFromDisk);
        QVERIFY(QFile::remove(path));
        QVERIFY(removed.wait(5000));
        QCOMPARE(model.document().entryCount(), 45); // the text is still here
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
