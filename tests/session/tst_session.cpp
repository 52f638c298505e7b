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
#include <QLockFile>
#include <QProcess>
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

    // A save removes the recovery copy: its name at once (nothing is offered
    // back), its bytes in a worker; a copy a crash left half removed goes at
    // the next look for orphans.
    void savingRemovesTheRecoveryCopyAndNoDiscardedBytesStay()
    {
        const QString path = freshCopy(QStringLiteral("removed.md"));
        const QDir folder(RecoveryStore::folder());
        const QStringList discarded{QStringLiteral("*.discarded")};
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(path, &error));
        model.setAnswer(emptyEntry(model.document()), QStringLiteral("Saved soon."));
        session.writeRecoveryNow();
        const QString copy = session.recoveryFile();
        QVERIFY(QFileInfo::exists(copy));
        QString saveError;
        QVERIFY2(session.save(&saveError), qPrintable(saveError));
        QVERIFY(!QFileInfo::exists(copy));
        QVERIFY(RecoveryStore::orphansFor(path).isEmpty());
        QTRY_VERIFY(folder.entryList(discarded, QDir::Files).isEmpty());

        TestSupport::writeFile(folder.filePath(QStringLiteral("left-by-a-crash.md.discarded")), "old text");
        QVERIFY(RecoveryStore::orphansFor(path).isEmpty());
        QVERIFY(folder.entryList(discarded, QDir::Files).isEmpty());
    }

    // A copy whose lock another live process holds (a second Quire still
    // running) is never offered nor taken, but it is reported with its pid.
    void aCopyHeldByAnotherRunningProcessIsReportedNotTaken()
    {
        const QString path = freshCopy(QStringLiteral("held.md"));
        QString markdownPath;
        {
            QaModel model;
            DocumentSession session(&model);
            LoadError error;
            QVERIFY(session.open(path, &error));
            model.setAnswer(emptyEntry(model.document()), QStringLiteral("Held by the other Quire."));
            session.writeRecoveryNow();
            markdownPath = session.recoveryFile();
        } // left behind
        QCOMPARE(RecoveryStore::orphansFor(path).size(), 1);
        const QString lockPath = markdownPath.chopped(3) + QStringLiteral(".lock");

        // A real second process takes the lock and keeps it until its stdin closes.
        QProcess holder;
        holder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-recovery-lock"), lockPath});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
        const QByteArray lockBytes = TestSupport::readFile(lockPath);
        QVERIFY(lockBytes.startsWith(QByteArray::number(holder.processId()) + '\n'));

        QList<RecoveryStore::Entry> held;
        QVERIFY(RecoveryStore::orphansFor(path, &held).isEmpty());
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().heldByPid, holder.processId());
        QCOMPARE(held.first().markdownPath, markdownPath);
        QCOMPARE(TestSupport::readFile(lockPath), lockBytes); // not taken, not touched
        QVERIFY(QFileInfo::exists(markdownPath));

        // Once the other process is gone, the copy is an orphan again.
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(holder.exitCode(), 0);
        held.clear();
        QCOMPARE(RecoveryStore::orphansFor(path, &held).size(), 1);
        QVERIFY(held.isEmpty());
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

    void aReloadKeepsTheForcedDialect()
    {
        // Read as short-label (View → Read As…), a change on disk is read the same way.
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        const QString path = m_dir.filePath(QStringLiteral("forced.md"));
        QVERIFY(TestSupport::writeFile(path, "## S\n\n**Question:** One?\n\n**Answer:** Yes.\n\n**Q:** Two?\n\n**A:** Too.\n"));
        QVERIFY(session.open(path, &error));
        QCOMPARE(model.document().entryCount(), 2);
        QSignalSpy read(&session, &DocumentSession::readAsFinished);
        DocumentParser::Options shortOnly;
        shortOnly.forced = QaLabel::Dialect::ShortLabel;
        session.startReadAs(shortOnly, false);
        QVERIFY(read.wait(5000));
        QCOMPARE(read.first().first().toString(), QString());
        QCOMPARE(model.document().entryCount(), 1);
        QSignalSpy changed(&session, &DocumentSession::changedOnDisk);
        const QByteArray other = "## S\n\n**Question:** One?\n\n**Answer:** Yes.\n\n**Q:** Two?\n\n**A:** Too.\n\n**Q:** Three?\n";
        QVERIFY(TestSupport::writeFile(path, other));
        QVERIFY(changed.wait(5000));
        QVERIFY(session.reloadFrom(other, &error));
        QCOMPARE(model.document().parseOptions().forced, std::optional<QaLabel::Dialect>(QaLabel::Dialect::ShortLabel));
        QCOMPARE(model.document().entryCount(), 2);
    }

    void readingUnsavedTextAgainKeepsItUnsaved()
    {
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        const QString path = freshCopy(QStringLiteral("unsaved-read-as.md"));
        QVERIFY(session.open(path, &error));
        model.setAnswer(emptyEntry(model.document()), QStringLiteral("Words not saved yet."));
        const QByteArray text = model.document().toBytes();
        QSignalSpy read(&session, &DocumentSession::readAsFinished);
        DocumentParser::Options numbered;
        numbered.forced = QaLabel::Dialect::Numbered;
        session.startReadAs(numbered, false);
        QVERIFY(read.wait(5000));
        QCOMPARE(read.first().first().toString(), QString());
        QCOMPARE(model.document().toBytes(), text); // every word, read another way
        QVERIFY(session.isModified());
        QCOMPARE(TestSupport::readFile(session.recoveryFile()), text);
        QCOMPARE(TestSupport::readFile(path), TestSupport::sampleBytes());
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

// `tst_session --hold-recovery-lock PATH`: the second process of
// aCopyHeldByAnotherRunningProcessIsReportedNotTaken, holding a real lock.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--hold-recovery-lock") == 0) {
        QLockFile lock(QString::fromLocal8Bit(argv[2]));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            return 2;
        std::puts("locked");
        std::fflush(stdout);
        char byte;
        while (std::fread(&byte, 1, 1, stdin) == 1) {
        }
        return 0;
    }
    TestSession test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_session.moc"
