// The sidecar off the GUI thread (issue 14): a followed document's sidecar
// is loaded by a worker (the store is Loading until the event loop delivers
// the result, and refuses reviews meanwhile), question edits made during the
// load reach the loaded records, a change made while a write is in flight is
// written by exactly the next write (the first wrote its own snapshot), the
// store's end waits for a write in flight, and the serializer's pieces are
// the same text as the whole.

#include "tests/review/reviewfixture.h"

#include "app/model/qamodel.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewstore.h"
#include "app/review/reviewsnapshot.h"
#include "app/session/documentsession.h"
#include "tests/support/testsupport.h"

#include <QSignalSpy>
#include <QTest>

class TestReviewAsync : public ReviewFixture
{
    Q_OBJECT

    // A document beside a sidecar that reviews every entry, plus `orphans`
    // reviews of questions the document does not have.
    QString documentWithReviews(const QString &name, int orphans = 0)
    {
        const QString path = write(name, smallDocument);
        const std::optional<QaDocument> document = QaDocument::fromFile(path);
        ReviewFile::Content content;
        for (const EntryRef &ref : document->allEntries()) {
            ReviewRecord record;
            record.question = document->entry(ref).question();
            record.status = ReviewStatus::NeedsWork;
            record.note = QStringLiteral("note of ") + record.question;
            content.records.push_back(record);
        }
        for (int i = 0; i < orphans; ++i) {
            ReviewRecord record;
            record.question = QStringLiteral("Gone question %1 about zebra %2 and quartz").arg(i).arg(i * 7);
            record.status = ReviewStatus::Approved;
            record.note = QString(200, QLatin1Char('n'));
            content.records.push_back(record);
        }
        TestSupport::writeFile(ReviewFile::sidecarPath(path), ReviewFile::serialize(content));
        return path;
    }

private slots:
    // The load returns control at once: until the event loop has run, the
    // store is Loading, holds nothing and accepts nothing; then the
    // records are there.
    void sidecarIsLoadedByAWorker()
    {
        const QString path = documentWithReviews(QStringLiteral("worker.md"), 2000);
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(path, &error));
        ReviewStore store;
        QSignalSpy availability(&store, &ReviewStore::availabilityChanged);
        store.follow(&session);
        const EntryRef where = findEntry(model.document(), QStringLiteral("Where"));
        QCOMPARE(store.availability(), ReviewStore::Availability::Loading);
        QVERIFY(!store.acceptsReviews());
        QCOMPARE(store.availabilityNote(), QStringLiteral("Loading reviews…"));
        QCOMPARE(store.record(where).status, ReviewStatus::Unreviewed); // not read on this thread
        store.setStatus(where, ReviewStatus::Approved);                  // refused: it would be overwritten
        QVERIFY(!store.hasPendingWrite());

        QVERIFY(waitForReviews(store));
        QCOMPARE(store.availability(), ReviewStore::Availability::Ready);
        QVERIFY(store.availabilityNote().isEmpty());
        QCOMPARE(availability.size(), 2); // Loading, then Ready
        QCOMPARE(store.record(where).status, ReviewStatus::NeedsWork);
        QCOMPARE(store.orphanCount(), 2000);
        QCOMPARE(store.counts(), (ReviewCounts{0, 4, 0, 0}));
        store.setStatus(where, ReviewStatus::Approved);
        QCOMPARE(store.record(where).status, ReviewStatus::Approved);
        QVERIFY(store.flush());
        const QByteArray sidecar = TestSupport::readFile(ReviewFile::sidecarPath(path));
        QCOMPARE(recordLines(sidecar).size(), 2004); // nothing lost by the load
    }

    // A question edited while its review loads takes the review along, as
    // it would have with the review in memory.
    void questionEditDuringTheLoadKeepsItsReview()
    {
        const QString path = documentWithReviews(QStringLiteral("edit.md"));
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(path, &error));
        ReviewStore store;
        store.follow(&session);
        QCOMPARE(store.availability(), ReviewStore::Availability::Loading);
        const EntryRef where = findEntry(model.document(), QStringLiteral("Where"));
        model.setQuestion(where, QStringLiteral("Where do you live now?"));
        model.setQuestion(where, QStringLiteral("Where do you live these days?"));
        QVERIFY(waitForReviews(store));
        const ReviewRecord record = store.record(where);
        QCOMPARE(record.status, ReviewStatus::NeedsWork);
        QCOMPARE(record.note, QStringLiteral("note of Where do you live?"));
        QCOMPARE(record.question, QStringLiteral("Where do you live these days?"));
        QCOMPARE(store.orphanCount(), 0);
        QVERIFY(store.flush()); // the move is written
        const QByteArray sidecar = TestSupport::readFile(ReviewFile::sidecarPath(path));
        QVERIFY(sidecar.contains("\"question\": \"Where do you live these days?\""));
        QVERIFY(!sidecar.contains("\"question\": \"Where do you live?\""));
    }

    // Another document opened while the first one's sidecar loads: the
    // stale result is dropped, the second document gets its own reviews.
    void staleLoadIsDropped()
    {
        const QString first = documentWithReviews(QStringLiteral("first.md"), 3000);
        const QString second = write(QStringLiteral("second.md"), smallDocument);
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(first, &error));
        ReviewStore store;
        store.follow(&session);
        QVERIFY(session.open(second, &error));
        QVERIFY(waitForReviews(store));
        QTest::qWait(300); // the first load's result, had it not been dropped, would be here by now
        QCOMPARE(store.orphanCount(), 0);
        QCOMPARE(store.record(findEntry(model.document(), QStringLiteral("Where"))).status, ReviewStatus::Unreviewed);
        QVERIFY(store.flush());
        QVERIFY(!QFileInfo::exists(ReviewFile::sidecarPath(second))); // nothing reviewed there
    }

    // A write takes its snapshot when it starts: a change made after that
    // is not in it, and is written by the one write that follows.
    void changeDuringAWriteIsWrittenByTheNextWrite()
    {
        const QString path = documentWithReviews(QStringLiteral("inflight.md"), 20000);
        FollowedDocument opened;
        QVERIFY(opened.open(path));
        QaModel &model = opened.model;
        ReviewStore &store = opened.store;
        const EntryRef where = findEntry(model.document(), QStringLiteral("Where"));
        QList<QByteArray> writes; // the file as each write left it, read before the next can start
        connect(&store, &ReviewStore::written, this,
                [&](const QString &written) { writes << TestSupport::readFile(written); });
        store.setNote(where, QStringLiteral("first words"));
        QTRY_VERIFY(!store.hasPendingWrite()); // the write has started: its snapshot is taken
        store.setNote(where, QStringLiteral("second words"));
        QVERIFY(store.hasPendingWrite());
        QTRY_COMPARE(writes.size(), 2);
        QTest::qWait(2 * ReviewStore::writeDelayMs);
        QCOMPARE(writes.size(), 2); // exactly one more write
        QVERIFY(writes.at(0).contains("first words"));
        QVERIFY(!writes.at(0).contains("second words"));
        QVERIFY(writes.at(1).contains("second words"));
        QCOMPARE(recordLines(writes.at(1)).size(), 20004);
    }

    // The store's end (the window closing) waits for a write in flight and
    // writes what came after it.
    void endWaitsForAWriteInFlight()
    {
        const QString path = documentWithReviews(QStringLiteral("closing.md"), 20000);
        {
            FollowedDocument opened;
            QVERIFY(opened.open(path));
            QaModel &model = opened.model;
            ReviewStore &store = opened.store;
            const EntryRef where = findEntry(model.document(), QStringLiteral("Where"));
            store.setNote(where, QStringLiteral("in flight"));
            QTRY_VERIFY(!store.hasPendingWrite());
            store.setStatus(where, ReviewStatus::Approved); // pending behind it
        }
        const QByteArray sidecar = TestSupport::readFile(ReviewFile::sidecarPath(path));
        const QStringList lines = recordLines(sidecar);
        QCOMPARE(lines.size(), 20004);
        const QString where = lines.filter(QStringLiteral("Where do you live?")).value(0);
        QVERIFY2(where.contains(QStringLiteral("\"status\": \"approved\"")), qPrintable(where));
        QVERIFY(where.contains(QStringLiteral("in flight")));
    }

    // The pieces the writer streams are the text serialize() returns whole,
    // escapes and all; times are written as Qt::ISODate writes them.
    void piecesAreTheWholeText()
    {
        ReviewFile::Content content;
        for (int i = 0; i < 6000; ++i) {
            ReviewRecord record;
            record.question = i % 3 ? QStringLiteral("Plain question %1?").arg(i)
                                    : QStringLiteral("Ünïcode \"quoted\" \\ tab\t%1 €").arg(i);
            record.status = ReviewStatus(i % 3);
            record.note = QString(300, QLatin1Char('x')) + (i % 5 ? QString() : QStringLiteral("\nline\u0001"));
            record.reviewedAt = QDateTime(QDate(2026, 1 + i % 12, 1 + i % 28), QTime(i % 24, i % 60, i % 59), Qt::UTC);
            if (record.status == ReviewStatus::Approved)
                record.approvedHash = "0123456789abcdef";
            content.records.push_back(record);
        }
        content.dismissed.emplace_back(QStringLiteral("a question"), QStringLiteral("b question"));
        const QByteArray whole = ReviewFile::serialize(content);
        QByteArray joined;
        int pieces = 0;
        ReviewFile::serialize(content, [&](const QByteArray &piece) {
            joined += piece;
            ++pieces;
            return true;
        });
        QVERIFY(pieces > 1); // about 2 MB: more than one piece
        QCOMPARE(joined, whole);
        ReviewFile::Content back;
        QString reason;
        QCOMPARE(ReviewFile::parse(whole, &back, &reason), ReviewFile::ParseResult::Ok);
        QCOMPARE(back.records.size(), content.records.size());
        for (size_t i = 0; i < back.records.size(); i += 997) {
            QCOMPARE(back.records[i].question, content.records[i].question);
            QCOMPARE(back.records[i].note, content.records[i].note);
            QCOMPARE(back.records[i].reviewedAt, content.records[i].reviewedAt);
            QVERIFY(whole.contains(content.records[i].reviewedAt.toString(Qt::ISODate).toUtf8()));
        }
    }

    // The orphans, sorted once by the loading worker, follow question edits
    // and removed entries key by key, as a fresh search would find them.
    void orphansFollowEditsKeyByKey()
    {
        const QString path = documentWithReviews(QStringLiteral("orphans.md"), 10);
        FollowedDocument opened;
        QVERIFY(opened.open(path));
        QaModel &model = opened.model;
        ReviewStore &store = opened.store;
        const auto keys = [&store] {
            QStringList keys;
            for (const ReviewStore::Orphan &orphan : store.orphans())
                keys << orphan.key;
            return keys;
        };
        QCOMPARE(store.orphanCount(), 10);
        const QString gone = QStringLiteral("Gone question 3 about zebra 21 and quartz");
        QVERIFY(keys().contains(ReviewRecord::keyOf(gone)));
        int revision = store.orphansRevision();

        // The question becomes an orphan's: that one is attached, the old
        // question's review is the orphan now.
        const EntryRef where = findEntry(model.document(), QStringLiteral("Where"));
        model.setQuestion(where, gone);
        QVERIFY(store.orphansRevision() != revision);
        QStringList now = keys();
        QCOMPARE(now.size(), 10);
        QVERIFY(!now.contains(ReviewRecord::keyOf(gone)));
        QVERIFY(now.contains(ReviewRecord::keyOf(QStringLiteral("Where do you live?"))));
        QVERIFY(std::is_sorted(now.cbegin(), now.cend()));
        QCOMPARE(store.record(where).status, ReviewStatus::Approved); // the orphan's review

        // A keystroke that moves no review changes no orphan.
        model.setQuestion(where, gone + QLatin1Char('!'));
        revision = store.orphansRevision();
        model.setQuestion(where, gone + QStringLiteral("!!"));
        QCOMPARE(store.orphansRevision(), revision);

        // A removed entry's review is an orphan, and back on undo.
        const EntryRef how = findEntry(model.document(), QStringLiteral("How"));
        model.removeEntry(how);
        QCOMPARE(store.orphanCount(), 11); // (the review of "gone 3" went along with the edits)
        now = keys();
        QVERIFY(now.contains(ReviewRecord::keyOf(QStringLiteral("How do you test GUI code?"))));
        QVERIFY(std::is_sorted(now.cbegin(), now.cend()));
        model.undoStack()->undo();
        QCOMPARE(store.orphanCount(), 10);
        QVERIFY(!keys().contains(ReviewRecord::keyOf(QStringLiteral("How do you test GUI code?"))));
    }

    // A snapshot is the document's order, then orphans sorted by key.
    void snapshotOrder()
    {
        ReviewSnapshot snapshot;
        for (const QString &q : {QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mid"),
                                 QStringLiteral("beta")}) {
            ReviewRecord record;
            record.question = q;
            record.status = ReviewStatus::NeedsWork;
            snapshot.records.insert(ReviewRecord::keyOf(q), record);
        }
        snapshot.keys = {{ReviewRecord::keyOf(QStringLiteral("zeta"))}, {ReviewRecord::keyOf(QStringLiteral("mid"))}};
        const ReviewFile::Content content = snapshot.content();
        QStringList order;
        for (const ReviewRecord &record : content.records)
            order << record.question;
        QCOMPARE(order, (QStringList{QStringLiteral("zeta"), QStringLiteral("mid"), QStringLiteral("alpha"),
                                     QStringLiteral("beta")}));
    }
};

QTEST_MAIN(TestReviewAsync)
#include "tst_review_async.moc"
