// Reviews following their entries: reordering, moving, question edits inside
// Quire, questions changed outside (re-matched or orphaned), the matcher's
// rules, "changed since approval", Save As and the export filter.

#include "tests/review/reviewfixture.h"

#include "app/export/contextexporter.h"
#include "app/session/documentsession.h"
#include "app/model/qamodel.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewmatcher.h"
#include "app/review/reviewstore.h"
#include "tests/support/testsupport.h"

#include <QSignalSpy>
#include <QTest>

class TestReviewMatching : public ReviewFixture
{
    Q_OBJECT

private slots:
    // Reordering, moving to another section, deleting and undoing: records
    // stay with their questions; an edit elsewhere changes nothing.
    void recordsFollowReorderingAndMoves()
    {
        const QString path = write(QStringLiteral("moves.md"), smallDocument);
        FollowedDocument opened;
        QVERIFY(opened.open(path));
        QaModel &model = opened.model;
        ReviewStore &store = opened.store;
        const QaDocument &d = model.document();
        store.setStatus(findEntry(d, QStringLiteral("Which")), ReviewStatus::NeedsWork);
        store.setNote(findEntry(d, QStringLiteral("Which")), QStringLiteral("too short"));
        store.setStatus(findEntry(d, QStringLiteral("What did")), ReviewStatus::Approved);

        model.moveEntry(findEntry(d, QStringLiteral("Which")), 0, 0); // to the top
        model.moveEntry(findEntry(d, QStringLiteral("What did")), 1, 1); // to the other section
        model.setAnswer(findEntry(d, QStringLiteral("How")), QStringLiteral("Another answer"));
        QVERIFY(store.flush());
        QCOMPARE(findEntry(d, QStringLiteral("Which")), (EntryRef{0, 0}));
        QCOMPARE(store.record(findEntry(d, QStringLiteral("Which"))).note, QStringLiteral("too short"));
        QCOMPARE(store.record(findEntry(d, QStringLiteral("What did"))).status, ReviewStatus::Approved);
        QVERIFY(!store.changedSinceApproval(findEntry(d, QStringLiteral("What did"))));
        QCOMPARE(store.sectionCounts(1), (ReviewCounts{1, 0, 1, 0}));
        QVERIFY(store.orphans().empty());
        // The file lists them in the new document order.
        const QStringList lines = recordLines(TestSupport::readFile(store.sidecarPath()));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].contains(QStringLiteral("Which languages")));
        QVERIFY(lines[1].contains(QStringLiteral("What did you build")));

        // Deleting the entry makes its review an orphan (not dropped); undo brings it back.
        model.removeEntry(findEntry(d, QStringLiteral("Which")));
        QCOMPARE(int(store.orphans().size()), 1);
        QCOMPARE(store.orphans().front().record.note, QStringLiteral("too short"));
        QVERIFY(store.flush());
        QVERIFY(TestSupport::readFile(store.sidecarPath()).contains("too short"));
        model.undoStack()->undo();
        QVERIFY(store.orphans().empty());
        QCOMPARE(store.record(findEntry(d, QStringLiteral("Which"))).note, QStringLiteral("too short"));
    }

    // Editing the question in Quire carries the review along (and undo back);
    // reopening finds it under the new question.
    void questionEditInQuireCarriesTheRecord()
    {
        const QString path = write(QStringLiteral("edit.md"), smallDocument);
        {
            FollowedDocument opened;
            QVERIFY(opened.open(path));
            QaModel &model = opened.model;
            DocumentSession &session = opened.session;
            ReviewStore &store = opened.store;
            const QaDocument &d = model.document();
            const EntryRef ref = findEntry(d, QStringLiteral("Where"));
            store.setStatus(ref, ReviewStatus::NeedsWork);
            store.setNote(ref, QStringLiteral("which district?"));
            store.dismissPair(QStringLiteral("Where do you live?"), QStringLiteral("How do you test GUI code?"));
            // Typed one character at a time, as the editor does.
            QString question = QStringLiteral("Where do you live");
            for (QChar c : QStringLiteral(" now?")) {
                question += c;
                model.setQuestion(ref, question);
            }
            QCOMPARE(d.entry(ref).question(), QStringLiteral("Where do you live now?"));
            QCOMPARE(store.record(ref).note, QStringLiteral("which district?"));
            QVERIFY(store.orphans().empty());
            QVERIFY(store.isPairDismissed(QStringLiteral("How do you test GUI code?"), QStringLiteral("Where do you live now?")));
            model.undoStack()->undo();
            QCOMPARE(d.entry(ref).question(), QStringLiteral("Where do you live?"));
            QCOMPARE(store.record(ref).note, QStringLiteral("which district?"));
            model.undoStack()->redo();
            QString saveError;
            QVERIFY(session.save(&saveError));
        }
        FollowedDocument opened;
        QVERIFY(opened.open(path));
        QaModel &model = opened.model;
        ReviewStore &store = opened.store;
        const ReviewRecord record = store.record(findEntry(model.document(), QStringLiteral("Where do you live now?")));
        QCOMPARE(record.status, ReviewStatus::NeedsWork);
        QCOMPARE(record.note, QStringLiteral("which district?"));
        QVERIFY(store.orphans().empty());
    }

    // A question reworded in another editor: a clear match re-attaches, on
    // reload and on a later open; an unclear one is an orphan, kept in the
    // file, and can be re-attached or deleted.
    void outsideEditsAreRematchedOrOrphaned()
    {
        const QString path = write(QStringLiteral("outside.md"), smallDocument);
        FollowedDocument opened;
        QVERIFY(opened.open(path));
        QaModel &model = opened.model;
        DocumentSession &session = opened.session;
        ReviewStore &store = opened.store;
        LoadError error;
        const QaDocument &d = model.document();
        store.setStatus(findEntry(d, QStringLiteral("What did")), ReviewStatus::Approved);
        store.setNote(findEntry(d, QStringLiteral("What did")), QStringLiteral("good"));
        store.setStatus(findEntry(d, QStringLiteral("Which")), ReviewStatus::NeedsWork);
        store.setNote(findEntry(d, QStringLiteral("Which")), QStringLiteral("list all"));
        QVERIFY(store.flush());

        // Another program rewords one question slightly and replaces the other.
        QByteArray changed = smallDocument;
        changed.replace("What did you build at Acme?", "What did you build at Acme Corp?");
        changed.replace("Which languages do you write most?", "What is your favourite food?");
        QVERIFY(TestSupport::writeFile(path, changed));
        QSignalSpy onDisk(&session, &DocumentSession::changedOnDisk);
        QVERIFY(onDisk.wait(5000));
        QVERIFY(session.reloadFrom(onDisk.first().first().toByteArray(), &error));
        QTRY_COMPARE(store.record(findEntry(d, QStringLiteral("What did you build at Acme Corp?"))).note,
                     QStringLiteral("good"));
        QCOMPARE(store.record(findEntry(d, QStringLiteral("What is your favourite"))).status, ReviewStatus::Unreviewed);
        const std::vector<ReviewStore::Orphan> orphans = store.orphans();
        QCOMPARE(int(orphans.size()), 1);
        QCOMPARE(orphans.front().record.question, QStringLiteral("Which languages do you write most?"));
        QCOMPARE(orphans.front().record.note, QStringLiteral("list all"));
        // The re-match reaches the existing file; the orphan stays in it.
        QVERIFY(store.flush());
        const QByteArray sidecar = TestSupport::readFile(store.sidecarPath());
        QVERIFY(sidecar.contains("\"question\": \"What did you build at Acme Corp?\""));
        QVERIFY(sidecar.contains("Which languages do you write most?"));

        // Opened later (a new store), the same holds.
        {
            QaModel model2;
            DocumentSession session2(&model2);
            QVERIFY(session2.open(path, &error));
            ReviewStore store2;
            store2.follow(&session2);
            QVERIFY(waitForReviews(store2));
            QCOMPARE(int(store2.orphans().size()), 1);
            QCOMPARE(store2.counts(), (ReviewCounts{1, 0, 3, 0}));
        }

        // Re-attach to the new question by hand, then it is no orphan.
        const EntryRef food = findEntry(d, QStringLiteral("What is your favourite"));
        store.reattach(orphans.front().key, food);
        QVERIFY(store.orphans().empty());
        QCOMPARE(store.record(food).note, QStringLiteral("list all"));
        QCOMPARE(store.record(food).question, QStringLiteral("What is your favourite food?"));

        // Delete: an entry deleted, its orphan then deleted by the user.
        model.removeEntry(food);
        QCOMPARE(int(store.orphans().size()), 1);
        store.removeOrphan(store.orphans().front().key);
        QVERIFY(store.orphans().empty());
        QVERIFY(store.flush());
        QVERIFY(!TestSupport::readFile(store.sidecarPath()).contains("list all"));
    }

    // The matcher's rules on their own: clear wins, ties and weak scores do not.
    void matcherNeedsAClearMatch()
    {
        const QStringList entries = {
            QStringLiteral("What was the core hypothesis behind TinyScale Lab?"),
            QStringLiteral("How did you evaluate the retrieval pipeline?"),
            QStringLiteral("Where do you live?"),
        };
        const std::vector<bool> free(3, false);
        // Reworded: clear.
        QCOMPARE(ReviewMatcher::match(entries, free, {QStringLiteral("What was the core hypothesis of TinyScale Lab?")}),
                 std::vector<int>{0});
        // Taken by an entry with its own review: not given.
        QCOMPARE(ReviewMatcher::match(entries, {true, false, false},
                                      {QStringLiteral("What was the core hypothesis of TinyScale Lab?")}),
                 std::vector<int>{-1});
        // Nothing alike: orphan.
        QCOMPARE(ReviewMatcher::match(entries, free, {QStringLiteral("Favourite programming font?")}),
                 std::vector<int>{-1});
        // Two entries about as close: ambiguous, orphan.
        const QStringList twins = {
            QStringLiteral("How did you evaluate the retrieval pipeline in 2023?"),
            QStringLiteral("How did you evaluate the retrieval pipeline in 2024?"),
        };
        QCOMPARE(ReviewMatcher::match(twins, {false, false},
                                      {QStringLiteral("How did you evaluate the retrieval pipeline?")}),
                 std::vector<int>{-1});
        // Two orphans competing for one entry: neither.
        QCOMPARE(ReviewMatcher::match({QStringLiteral("How did you evaluate the retrieval pipeline?")}, {false},
                                      {QStringLiteral("How did you evaluate the retrieval pipeline in 2023?"),
                                       QStringLiteral("How did you evaluate the retrieval pipeline in 2024?")}),
                 (std::vector<int>{-1, -1}));
    }

    void changedSinceApproval()
    {
        const QString path = write(QStringLiteral("changed.md"), smallDocument);
        FollowedDocument opened;
        QVERIFY(opened.open(path));
        QaModel &model = opened.model;
        ReviewStore &store = opened.store;
        LoadError error;
        const EntryRef ref = findEntry(model.document(), QStringLiteral("How"));
        store.setStatus(ref, ReviewStatus::Approved);
        QVERIFY(!store.changedSinceApproval(ref));
        QVERIFY(store.isApprovedAsIs(model.document().entry(ref)));
        model.setAnswer(ref, QStringLiteral("With real processes under Xvfb, and screenshots."));
        QVERIFY(store.changedSinceApproval(ref));
        QCOMPARE(store.counts().changedSinceApproval, 1);
        QVERIFY(!store.isApprovedAsIs(model.document().entry(ref)));
        // Trailing white space and line endings are not a change.
        model.setAnswer(ref, QStringLiteral("With real processes under Xvfb.  \r\n"));
        QVERIFY(!store.changedSinceApproval(ref));
        model.setAnswer(ref, QStringLiteral("Changed again."));
        QVERIFY(store.changedSinceApproval(ref));
        // It survives reopening (the hash is in the file), until approved again.
        QVERIFY(store.flush());
        {
            QaModel model2;
            DocumentSession session2(&model2);
            QVERIFY(session2.open(path, &error)); // the file still has the old answer
            ReviewStore store2;
            store2.follow(&session2);
            QVERIFY(waitForReviews(store2));
            QVERIFY(!store2.changedSinceApproval(findEntry(model2.document(), QStringLiteral("How"))));
            model2.setAnswer(findEntry(model2.document(), QStringLiteral("How")), QStringLiteral("Changed again."));
            QVERIFY(store2.changedSinceApproval(findEntry(model2.document(), QStringLiteral("How"))));
        }
        store.setStatus(ref, ReviewStatus::Approved);
        QVERIFY(!store.changedSinceApproval(ref));
        store.setStatus(ref, ReviewStatus::NeedsWork);
        QVERIFY(!store.changedSinceApproval(ref)); // only approved answers can be "changed since"
    }

    // Save As carries the reviews to the new name's sidecar.
    void saveAsCarriesReviews()
    {
        const QString path = write(QStringLiteral("saveas.md"), smallDocument);
        FollowedDocument opened;
        QVERIFY(opened.open(path));
        QaModel &model = opened.model;
        DocumentSession &session = opened.session;
        ReviewStore &store = opened.store;
        store.setStatus(findEntry(model.document(), QStringLiteral("Where")), ReviewStatus::Approved);
        const QString other = m_dir.filePath(QStringLiteral("saveas-copy.md"));
        QFile::remove(ReviewFile::sidecarPath(other));
        QString saveError;
        QVERIFY(session.saveAs(other, &saveError));
        QVERIFY(store.flush());
        QCOMPARE(store.sidecarPath(), ReviewFile::sidecarPath(other));
        QVERIFY(TestSupport::readFile(ReviewFile::sidecarPath(other)).contains("Where do you live?"));
    }

    // "Only approved answers": the exporter's entry filter from the store.
    void exportFilter()
    {
        const QString path = write(QStringLiteral("export.md"), smallDocument);
        FollowedDocument opened;
        QVERIFY(opened.open(path));
        QaModel &model = opened.model;
        ReviewStore &store = opened.store;
        const QaDocument &d = model.document();
        store.setStatus(findEntry(d, QStringLiteral("What did")), ReviewStatus::Approved);
        store.setStatus(findEntry(d, QStringLiteral("Which")), ReviewStatus::NeedsWork);
        store.setStatus(findEntry(d, QStringLiteral("Where")), ReviewStatus::Approved);
        model.setAnswer(findEntry(d, QStringLiteral("Where")), QStringLiteral("In Porto now."));
        ExportOptions options;
        options.format = ExportOptions::Format::Markdown;
        options.entryFilter = [&store](const QaEntry &entry) { return store.isApprovedAsIs(entry); };
        const QString text = ContextExporter::exportText(d, options);
        QVERIFY2(text.contains(QStringLiteral("What did you build at Acme?")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Which languages")));
        QVERIFY(!text.contains(QStringLiteral("How do you test")));
        QVERIFY(!text.contains(QStringLiteral("Where do you live"))); // changed since approval
    }
};

QTEST_GUILESS_MAIN(TestReviewMatching)
#include "tst_review_matching.moc"
