// The review sidecar on real files: its name and format, that nothing is
// written before the first review, reopening, debounced writes, a corrupt or
// newer sidecar, a failed write reported and retried.

#include "tests/review/reviewfixture.h"

#include "app/session/documentsession.h"
#include "app/model/qamodel.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewstore.h"
#include "app/review/reviewtally.h"
#include "app/review/sidecaroutcome.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <functional>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestReviewFile : public ReviewFixture
{
    Q_OBJECT

private slots:
    void sidecarPathIsBesideTheDocument()
    {
        QCOMPARE(ReviewFile::sidecarPath(QStringLiteral("/a/b/notes.md")), QStringLiteral("/a/b/notes.review.json"));
        QCOMPARE(ReviewFile::sidecarPath(QStringLiteral("/a/portfolio-qa.md")),
                 QStringLiteral("/a/portfolio-qa.review.json"));
    }

    void statusNames()
    {
        QCOMPARE(reviewStatusName(ReviewStatus::Unreviewed), QStringLiteral("unreviewed"));
        QCOMPARE(reviewStatusName(ReviewStatus::Approved), QStringLiteral("approved"));
        QCOMPARE(reviewStatusName(ReviewStatus::NeedsWork), QStringLiteral("needs_work"));
        ReviewStatus s;
        QVERIFY(parseReviewStatus(QStringLiteral("needs_work"), &s));
        QCOMPARE(s, ReviewStatus::NeedsWork);
        QVERIFY(!parseReviewStatus(QStringLiteral("Approved"), &s));
    }

    // Opening, attaching and flushing with no review made writes nothing.
    void noFileBeforeTheFirstReview()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("doc.md"));
        QVERIFY(TestSupport::writeFile(path, smallDocument));
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(path, &error));
        {
            ReviewStore store;
            store.follow(&session);
            QVERIFY(waitForReviews(store));
            QVERIFY(store.flush());
            QCOMPARE(store.counts().unreviewed, 4);
            QVERIFY(store.orphans().empty());
            QVERIFY(!store.isPairDismissed(QStringLiteral("a"), QStringLiteral("b")));
        }
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("doc.md")});

        // The first review creates it.
        ReviewStore store;
        store.follow(&session);
        QVERIFY(waitForReviews(store));
        QSignalSpy written(&store, &ReviewStore::written);
        store.setStatus(findEntry(model.document(), QStringLiteral("Where")), ReviewStatus::Approved);
        QVERIFY(written.wait(2000));
        QCOMPARE(filesIn(dir.path()), (QStringList{QStringLiteral("doc.md"), QStringLiteral("doc.review.json")}));
    }

    // Records in document order, one per line, keys in a fixed order; the
    // same reviews give the same bytes, whatever order they were made in.
    void fileFormatIsStableAndDeterministic()
    {
        auto make = [&](const QString &name, bool reversed) {
            const QString path = write(name, smallDocument);
            QaModel model;
            DocumentSession session(&model);
            LoadError error;
            if (!session.open(path, &error))
                return QByteArray();
            ReviewStore store;
            store.follow(&session);
            if (!waitForReviews(store))
                return QByteArray();
            const QaDocument &d = model.document();
            QList<std::function<void()>> steps = {
                [&] { store.setStatus(findEntry(d, QStringLiteral("What did")), ReviewStatus::Approved); },
                [&] { store.setStatus(findEntry(d, QStringLiteral("Where")), ReviewStatus::NeedsWork); },
                [&] { store.setNote(findEntry(d, QStringLiteral("Where")), QStringLiteral("Say \"which\" part\nof town")); },
                [&] { store.dismissPair(QStringLiteral("Where do you live?"), QStringLiteral("What did you build at Acme?")); },
            };
            if (reversed)
                std::reverse(steps.begin(), steps.end());
            for (auto &step : steps)
                step();
            store.flush();
            return TestSupport::readFile(ReviewFile::sidecarPath(path));
        };
        QByteArray a = make(QStringLiteral("det-a.md"), false);
        QByteArray b = make(QStringLiteral("det-b.md"), true);
        QVERIFY(!a.isEmpty());
        // Only the times may differ (they are whole seconds): blank them.
        const QRegularExpression time(QStringLiteral("\"reviewed_at\": \"[^\"]*\""));
        const QString ta = QString::fromUtf8(a).replace(time, QStringLiteral("T"));
        const QString tb = QString::fromUtf8(b).replace(time, QStringLiteral("T"));
        QCOMPARE(ta, tb);

        // Valid JSON, readable layout.
        QJsonParseError error;
        QVERIFY(QJsonDocument::fromJson(a, &error).isObject());
        QVERIFY(a.startsWith("{\n  \"format\": \"quire-review\",\n  \"version\": 1,\n  \"records\": [\n    {\"question\": "));
        const QStringList lines = recordLines(a);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QStringLiteral("{\"question\": \"What did you build at Acme?\", \"status\": \"approved\", \"note\": \"\", \"reviewed_at\": \"")));
        QVERIFY(lines[0].contains(QStringLiteral("\"approved_hash\": \"") + QString::fromLatin1(ReviewRecord::answerHash(QStringLiteral("A search engine for invoices.")))));
        QVERIFY(lines[1].startsWith(QStringLiteral("{\"question\": \"Where do you live?\", \"status\": \"needs_work\", \"note\": \"Say \\\"which\\\" part\\nof town\", \"reviewed_at\": \"")));
        QVERIFY(a.contains("\"dismissed_similar\": [\n    {\"a\": \"what did you build at acme?\", \"b\": \"where do you live?\"}\n  ]\n}\n"));

        // Reading it back and writing again gives the same bytes.
        ReviewFile::Content content;
        QString reason;
        QCOMPARE(ReviewFile::parse(a, &content, &reason), ReviewFile::ParseResult::Ok);
        QCOMPARE(ReviewFile::serialize(content), a);
    }

    void reviewsSurviveReopening()
    {
        const QString path = write(QStringLiteral("reopen.md"), smallDocument);
        {
            FollowedDocument opened;
            QVERIFY(opened.open(path));
            QaModel &model = opened.model;
            ReviewStore &store = opened.store;
            store.setStatus(findEntry(model.document(), QStringLiteral("Which")), ReviewStatus::NeedsWork);
            store.setNote(findEntry(model.document(), QStringLiteral("Which")), QStringLiteral("Mention Rust ✓"));
            store.setStatus(findEntry(model.document(), QStringLiteral("How")), ReviewStatus::Approved);
        } // destroyed: pending writes are flushed
        FollowedDocument opened;
        QVERIFY(opened.open(path));
        QaModel &model = opened.model;
        ReviewStore &store = opened.store;
        const ReviewRecord which = store.record(findEntry(model.document(), QStringLiteral("Which")));
        QCOMPARE(which.status, ReviewStatus::NeedsWork);
        QCOMPARE(which.note, QStringLiteral("Mention Rust ✓"));
        QVERIFY(which.reviewedAt.isValid());
        QCOMPARE(store.record(findEntry(model.document(), QStringLiteral("How"))).status, ReviewStatus::Approved);
        QCOMPARE(store.counts(), (ReviewCounts{1, 1, 2, 0}));
        QCOMPARE(store.sectionCounts(0), (ReviewCounts{1, 1, 1, 0}));
        QCOMPARE(store.sectionCounts(1), (ReviewCounts{0, 0, 1, 0}));
    }

    // Each change is written within writeDelayMs, as a debounced burst.
    void writesAreDebounced()
    {
        const QString path = write(QStringLiteral("debounce.md"), smallDocument);
        FollowedDocument opened;
        QVERIFY(opened.open(path));
        QaModel &model = opened.model;
        ReviewStore &store = opened.store;
        QSignalSpy written(&store, &ReviewStore::written);
        const EntryRef ref = findEntry(model.document(), QStringLiteral("What did"));
        QString note;
        for (QChar c : QStringLiteral("typed")) {
            note += c;
            store.setNote(ref, note);
        }
        QVERIFY(store.hasPendingWrite());
        QVERIFY(written.wait(2000));
        QCOMPARE(written.size(), 1); // five keystrokes, one write
        QVERIFY(TestSupport::readFile(ReviewFile::sidecarPath(path)).contains("\"note\": \"typed\""));
    }

    void corruptSidecarIsSetAsideAndReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.md"));
        QVERIFY(TestSupport::writeFile(path, smallDocument));
        const QByteArray garbage = "{\"format\": \"quire-review\", \"version\": 1, \"records\": [ {\"question\": ";
        QVERIFY(TestSupport::writeFile(ReviewFile::sidecarPath(path), garbage));

        // The CLI's read-only mode reports and touches nothing.
        {
            const std::optional<QaDocument> document = QaDocument::fromFile(path);
            ReviewStore store;
            QVERIFY(!store.load(path, &*document, ReviewStore::Mode::ReadOnly));
            QVERIFY(store.problem().contains(QStringLiteral("c.review.json")));
            QCOMPARE(filesIn(dir.path()), (QStringList{QStringLiteral("c.md"), QStringLiteral("c.review.json")}));
        }

        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(path, &error));
        ReviewStore store;
        QSignalSpy problems(&store, &ReviewStore::problemOccurred);
        store.follow(&session);
        QVERIFY(waitForReviews(store));
        QCOMPARE(problems.size(), 1);
        const QString message = problems.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("could not be parsed")), qPrintable(message));
        const QStringList files = filesIn(dir.path());
        QCOMPARE(files.size(), 2);
        QVERIFY(files.contains(QStringLiteral("c.md")));
        const QString aside = files.at(files.indexOf(QStringLiteral("c.md")) == 0 ? 1 : 0);
        QVERIFY2(aside.startsWith(QStringLiteral("c.review.json.corrupt-")), qPrintable(aside));
        QVERIFY(message.contains(aside));
        QCOMPARE(TestSupport::readFile(dir.filePath(aside)), garbage); // kept byte for byte

        // A new review starts a new sidecar; the one set aside is untouched.
        store.setStatus(findEntry(model.document(), QStringLiteral("Where")), ReviewStatus::Approved);
        QVERIFY(store.flush());
        QCOMPARE(TestSupport::readFile(dir.filePath(aside)), garbage);
        QVERIFY(TestSupport::readFile(ReviewFile::sidecarPath(path)).contains("Where do you live?"));

        // Corrupt again: the second one set aside gets its own name.
        QVERIFY(TestSupport::writeFile(ReviewFile::sidecarPath(path), "not json"));
        ReviewStore again;
        QSignalSpy againProblems(&again, &ReviewStore::problemOccurred);
        again.follow(&session);
        QVERIFY(waitForReviews(again));
        QCOMPARE(againProblems.size(), 1);
        QCOMPARE(filesIn(dir.path()).size(), 3);
    }

    void newerFormatIsNeitherReadNorOverwritten()
    {
        const QString path = write(QStringLiteral("newer.md"), smallDocument);
        const QByteArray newer = "{\"format\": \"quire-review\", \"version\": 7, \"records\": []}\n";
        QVERIFY(TestSupport::writeFile(ReviewFile::sidecarPath(path), newer));
        FollowedDocument opened;
        QVERIFY(opened.open(path));
        QaModel &model = opened.model;
        ReviewStore &store = opened.store;
        QVERIFY(store.problem().contains(QStringLiteral("newer")));
        // Read-only, and says so: a review it could never save is refused
        // rather than accepted and lost.
        QCOMPARE(store.availability(), ReviewStore::Availability::ReadOnly);
        QVERIFY(!store.acceptsReviews());
        QVERIFY2(store.availabilityNote().contains(QStringLiteral("newer version of Quire")),
                 qPrintable(store.availabilityNote()));
        const EntryRef where = findEntry(model.document(), QStringLiteral("Where"));
        store.setStatus(where, ReviewStatus::Approved);
        store.setNote(where, QStringLiteral("lost?"));
        QCOMPARE(store.record(where).status, ReviewStatus::Unreviewed);
        QVERIFY(store.record(where).note.isEmpty());
        QVERIFY(!store.hasPendingWrite());
        store.flush();
        QCOMPARE(TestSupport::readFile(ReviewFile::sidecarPath(path)), newer);
    }

    // A write that fails (the folder is gone) is reported once, the reviews
    // stay in memory, and a retry writes them when the folder is back.
    void failedWriteIsReportedAndRetried()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("docs"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/gone.md");
        QVERIFY(TestSupport::writeFile(path, smallDocument));
        const std::optional<QaDocument> document = QaDocument::fromFile(path);
        ReviewStore store;
        QVERIFY(store.load(path, &*document));
        QVERIFY(QDir(folder).removeRecursively());
        QSignalSpy problems(&store, &ReviewStore::problemOccurred);
        QSignalSpy written(&store, &ReviewStore::written);
        store.setStatus(findEntry(*document, QStringLiteral("Where")), ReviewStatus::Approved);
        store.setNote(findEntry(*document, QStringLiteral("Where")), QStringLiteral("still here"));
        QVERIFY(problems.wait(3000));
        QVERIFY2(problems.first().first().toString().contains(QStringLiteral("gone.review.json")),
                 qPrintable(problems.first().first().toString()));
        QVERIFY(store.hasPendingWrite());
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(written.wait(5000)); // the retry
        QCOMPARE(problems.size(), 1);
        QVERIFY(TestSupport::readFile(ReviewFile::sidecarPath(path)).contains("still here"));
    }

    // The store's parts on their own: what a load outcome means, the
    // aside names, the counts.
    void loadOutcomesLockOrReport()
    {
        QTemporaryDir dir;
        const QString sidecar = dir.filePath(QStringLiteral("o.review.json"));
        SidecarLoader::Result result;
        result.sidecar = sidecar;
        result.reason = QStringLiteral("why");
        result.outcome = SidecarLoader::Result::Outcome::Loaded;
        QVERIFY(SidecarOutcome::of(result, true).ok);
        QVERIFY(SidecarOutcome::of(result, true).report.isEmpty());
        result.outcome = SidecarLoader::Result::Outcome::TooNew;
        SidecarOutcome outcome = SidecarOutcome::of(result, true);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.lock.contains(QStringLiteral("newer version")));
        // Corrupt, read only (the CLI): reported, not renamed, not locked.
        QVERIFY(TestSupport::writeFile(sidecar, "x"));
        result.outcome = SidecarLoader::Result::Outcome::Corrupt;
        outcome = SidecarOutcome::of(result, false);
        QVERIFY(!outcome.ok && outcome.lock.isEmpty() && outcome.report.contains(QStringLiteral("why")));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("o.review.json")});
        // Corrupt in the window: set aside under a name no file has.
        outcome = SidecarOutcome::of(result, true);
        QVERIFY(outcome.lock.isEmpty());
        QCOMPARE(filesIn(dir.path()).size(), 1);
        QVERIFY(TestSupport::writeFile(sidecar, "y"));
        const QString aside = SidecarOutcome::setAside(sidecar);
        QVERIFY(!aside.isEmpty());
        QCOMPARE(filesIn(dir.path()).size(), 2);
        QCOMPARE(TestSupport::readFile(aside), QByteArray("y"));
        QCOMPARE(SidecarOutcome::setAside(sidecar), QString()); // nothing left to rename
    }

    void tallyCountsStatusesPerSection()
    {
        const QaDocument document = *QaDocument::fromBytes(smallDocument, QStringLiteral("t.md"));
        ReviewKeys keys;
        keys.rebuild(&document);
        ReviewKeys::Records records;
        ReviewRecord approved;
        approved.status = ReviewStatus::Approved;
        approved.approvedHash = ReviewRecord::answerHash(QStringLiteral("In Lisbon."));
        records.insert(ReviewRecord::keyOf(QStringLiteral("Where do you live?")), approved);
        ReviewRecord stale = approved; // approved, then the answer changed
        records.insert(ReviewRecord::keyOf(QStringLiteral("What did you build at Acme?")), stale);
        ReviewRecord needsWork;
        needsWork.status = ReviewStatus::NeedsWork;
        records.insert(ReviewRecord::keyOf(QStringLiteral("How do you test GUI code?")), needsWork);
        const int work = document.sectionCount() - 2; // "Work", then "Life"
        const ReviewCounts w = ReviewTally::section(records, keys, work);
        QCOMPARE(w.approved, 1);
        QCOMPARE(w.changedSinceApproval, 1);
        QCOMPARE(w.needsWork, 1);
        QCOMPARE(w.unreviewed, 1);
        const ReviewCounts all = ReviewTally::document(records, keys);
        QCOMPARE(all.approved, 2);
        QCOMPARE(all.changedSinceApproval, 1);
        QCOMPARE(all.total(), 4);
        QCOMPARE(ReviewTally::section(records, keys, 99).total(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReviewFile)
#include "tst_review_file.moc"
