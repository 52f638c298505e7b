// Probe marks in the review sidecar: an entry marked a probe, a section
// marked a probe section (its new entries are probes too); the sidecar's
// "probe" field and "probe_sections" list, written only when there is a
// mark and read back; a sidecar from before probes unchanged byte for byte.

#include "tests/review/reviewfixture.h"

#include "app/lint/linter.h"
#include "app/model/entrynavigator.h"
#include "app/model/qamodel.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewstore.h"
#include "app/session/documentsession.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestReviewProbes : public ReviewFixture
{
    Q_OBJECT

    static int sectionNamed(const QaDocument &document, const QString &title)
    {
        for (int s = 0; s < document.sectionCount(); ++s) {
            if (document.section(s).title() == title)
                return s;
        }
        return -1;
    }

private slots:
    void entryAndSectionMarksAreSavedAndReadBack()
    {
        const QString path = write(QStringLiteral("p.md"), smallDocument);
        {
            const std::optional<QaDocument> document = QaDocument::fromFile(path);
            ReviewStore store;
            QVERIFY(store.load(path, &*document));
            const EntryRef where = findEntry(*document, QStringLiteral("Where"));
            const EntryRef acme = findEntry(*document, QStringLiteral("What did"));
            QVERIFY(!store.isProbe(where));
            store.setProbe(where, true);
            QVERIFY(store.isProbe(where) && store.isMarkedProbe(where));
            QCOMPARE(store.status(document->entry(where)), ReviewStatus::Unreviewed); // a mark, not a review
            const int work = sectionNamed(*document, QStringLiteral("Work"));
            store.setProbeSection(work, true);
            QVERIFY(store.isProbeSection(work));
            QVERIFY(store.isProbe(acme) && !store.isMarkedProbe(acme));
            QVERIFY(store.flush());
        }
        const QByteArray sidecar = TestSupport::readFile(ReviewFile::sidecarPath(path));
        QVERIFY2(sidecar.contains("{\"question\": \"Where do you live?\", \"status\": \"unreviewed\", \"note\": \"\", "
                                  "\"reviewed_at\": \"\", \"probe\": true}"),
                 sidecar.constData());
        QVERIFY2(sidecar.endsWith("\"dismissed_similar\": [],\n  \"probe_sections\": [\n    \"work\"\n  ]\n}\n"),
                 sidecar.constData());
        QVERIFY(QJsonDocument::fromJson(sidecar).isObject());

        // Reopened: the marks are back; unmarking the entry drops its
        // record (nothing else was in it), unmarking the section the list.
        const std::optional<QaDocument> document = QaDocument::fromFile(path);
        ReviewStore store;
        QVERIFY(store.load(path, &*document));
        const EntryRef where = findEntry(*document, QStringLiteral("Where"));
        QVERIFY(store.isMarkedProbe(where));
        QVERIFY(store.isProbe(findEntry(*document, QStringLiteral("How do"))));
        store.setProbe(where, false);
        store.setProbeSection(sectionNamed(*document, QStringLiteral("Work")), false);
        QVERIFY(store.flush());
        QCOMPARE(TestSupport::readFile(ReviewFile::sidecarPath(path)),
                 QByteArray("{\n  \"format\": \"quire-review\",\n  \"version\": 1,\n  \"records\": [],\n"
                            "  \"dismissed_similar\": []\n}\n"));
    }

    // The section is marked by its title's key: a new entry in it is a
    // probe, and a title whose case or spacing changed keeps the mark.
    void sectionMarkFollowsTheTitleNotThePosition()
    {
        const QString path = write(QStringLiteral("s.md"), smallDocument);
        TestSupport::writeFile(ReviewFile::sidecarPath(path),
                               "{\"format\": \"quire-review\", \"version\": 1, \"records\": [],"
                               " \"probe_sections\": [\"LIFE\"]}");
        QByteArray edited = smallDocument;
        edited.replace("## Life\n", "## Work and  life\n\n**Question:** New one?\n\n## life\n");
        edited.replace("## Work\n", "## Elsewhere\n");
        const QString editedPath = write(QStringLiteral("s2.md"), edited);
        QFile::copy(ReviewFile::sidecarPath(path), ReviewFile::sidecarPath(editedPath));
        const std::optional<QaDocument> document = QaDocument::fromFile(editedPath);
        ReviewStore store;
        QVERIFY(store.load(editedPath, &*document));
        QVERIFY(store.isProbeSection(sectionNamed(*document, QStringLiteral("life"))));
        QVERIFY(store.isProbe(findEntry(*document, QStringLiteral("Where"))));
        QVERIFY(!store.isProbe(findEntry(*document, QStringLiteral("New one"))));
        QVERIFY(!store.isProbe(findEntry(*document, QStringLiteral("What did"))));
    }

    // A probe without an answer is not a gap: counted apart, and skipped by
    // "next needing attention" (F8).
    void probesAreNotGaps()
    {
        const QByteArray text = "## Work\n\n**Question:** What did you build?\n\n**Answer:**\n\n"
                                "## Out of scope\n\n1. Who is the CEO of Microsoft?\n2. A chicken wing recipe?\n";
        const QString path = write(QStringLiteral("gaps.md"), text);
        const std::optional<QaDocument> document = QaDocument::fromFile(path);
        ReviewStore store;
        QVERIFY(store.load(path, &*document));
        const StatusCounts plain = Linter::count(*document);
        QCOMPARE(plain.needingAttention(), 3);
        QCOMPARE(store.withProbes(plain).probes, 0);
        const int scope = sectionNamed(*document, QStringLiteral("Out of scope"));
        store.setProbeSection(scope, true);
        const StatusCounts counts = store.withProbes(plain);
        QCOMPARE(counts.probes, 2);
        QCOMPARE(counts.unanswered, plain.unanswered - 2);
        QCOMPARE(counts.needingAttention(), 1);
        QCOMPARE(counts.entries, 3);
        QCOMPARE(store.withProbes(Linter::count(*document), scope).probes, 2);
        QCOMPARE(store.withProbes(plain, sectionNamed(*document, QStringLiteral("Work"))).probes, 0);

        const auto isProbe = [&store](EntryRef ref) { return store.isProbe(ref); };
        const EntryRef gap = findEntry(*document, QStringLiteral("What did"));
        bool wrapped = false;
        QCOMPARE(EntryNavigator::nextNeedingAttention(*document, 1, &wrapped, isProbe), gap);
        QVERIFY(wrapped);
        QCOMPARE(EntryNavigator::previousNeedingAttention(*document, 1, &wrapped, isProbe), gap);
        QVERIFY(EntryNavigator::nextNeedingAttention(*document, 1) != gap); // without the reviews: a probe is next
        // Marking the entry itself keeps it a probe when the section mark goes.
        const EntryRef ceo = findEntry(*document, QStringLiteral("Who is"));
        store.setProbe(ceo, true);
        store.setProbeSection(scope, false);
        QVERIFY(store.isProbe(ceo));
        QCOMPARE(store.withProbes(plain).probes, 1);
    }

    // The window's store: marks made there reach the file, and survive a
    // reload of the document (a re-match reads no file).
    void marksSurviveAReload()
    {
        const QString path = write(QStringLiteral("r.md"), smallDocument);
        FollowedDocument opened;
        QVERIFY(opened.open(path));
        QaModel &model = opened.model;
        DocumentSession &session = opened.session;
        ReviewStore &store = opened.store;
        LoadError error;
        store.setStatus(findEntry(model.document(), QStringLiteral("Which")), ReviewStatus::Approved);
        const int life = sectionNamed(model.document(), QStringLiteral("Life"));
        store.setProbeSection(life, true);
        QVERIFY(store.flush());
        // Reloaded from disk with a record to re-match: the match runs in a worker.
        QSignalSpy availability(&store, &ReviewStore::availabilityChanged);
        QVERIFY(session.reloadFrom(smallDocument + "\n---\n\n**Question:** Added?\n", &error));
        QTRY_COMPARE_WITH_TIMEOUT(availability.size(), 2, 20000); // Loading, then Ready again
        QVERIFY(store.isProbeSection(sectionNamed(model.document(), QStringLiteral("Life"))));
        QVERIFY(store.flush());
        QVERIFY(TestSupport::readFile(ReviewFile::sidecarPath(path)).contains("\"probe_sections\": [\n    \"life\"\n  ]"));
    }

    // What this reader does with fields it does not know (what a Quire from
    // before probe marks did with "probe" and "probe_sections"): ignores
    // them, reads the rest, and does not write them back.
    void unknownFieldsAreIgnoredAndNotKept()
    {
        const QByteArray future = "{\"format\": \"quire-review\", \"version\": 1, \"later\": {\"x\": 1},"
                                  " \"records\": [{\"question\": \"Q?\", \"status\": \"approved\", \"colour\": \"red\"}]}";
        ReviewFile::Content content;
        QString reason;
        QCOMPARE(ReviewFile::parse(future, &content, &reason), ReviewFile::ParseResult::Ok);
        QCOMPARE(content.records.size(), size_t(1));
        const QByteArray written = ReviewFile::serialize(content);
        QVERIFY(!written.contains("later") && !written.contains("colour"));
    }

    void malformedProbeFieldsAreRefused()
    {
        ReviewFile::Content content;
        QString reason;
        QCOMPARE(ReviewFile::parse("{\"format\": \"quire-review\", \"version\": 1, \"records\": "
                                   "[{\"question\": \"Q?\", \"status\": \"unreviewed\", \"probe\": \"yes\"}]}",
                                   &content, &reason),
                 ReviewFile::ParseResult::Corrupt);
        QVERIFY(reason.contains(QStringLiteral("probe")));
        QCOMPARE(ReviewFile::parse("{\"format\": \"quire-review\", \"version\": 1, \"records\": [], "
                                   "\"probe_sections\": \"life\"}",
                                   &content, &reason),
                 ReviewFile::ParseResult::Corrupt);
        QCOMPARE(ReviewFile::parse("{\"format\": \"quire-review\", \"version\": 1, \"records\": [], "
                                   "\"probe_sections\": [3]}",
                                   &content, &reason),
                 ReviewFile::ParseResult::Corrupt);
        QCOMPARE(ReviewFile::parse("{\"format\": \"quire-review\", \"version\": 1, \"records\": "
                                   "[{\"question\": \"Q?\", \"status\": \"unreviewed\", \"probe\": false}], "
                                   "\"probe_sections\": []}",
                                   &content, &reason),
                 ReviewFile::ParseResult::Ok);
        // false is an entry unmarked in a probe section: kept as written; an
        // empty list is written as nothing at all.
        QVERIFY(content.records[0].notProbe && !content.records[0].probe);
        const QByteArray written = ReviewFile::serialize(content);
        QVERIFY2(written.contains("\"reviewed_at\": \"\", \"probe\": false}"), written.constData());
        QVERIFY(!written.contains("probe_sections"));
    }

    // One entry of a probe section unmarked: "probe": false in its record,
    // not a probe (nor counted as one) while the section's others are,
    // read back so; a new mark on the section, or its unmarking, ends the
    // exception. A sidecar without it is unchanged.
    void oneEntryOfAProbeSectionUnmarked()
    {
        const QString path = write(QStringLiteral("u.md"), smallDocument);
        int work = -1;
        {
            const std::optional<QaDocument> document = QaDocument::fromFile(path);
            ReviewStore store;
            QVERIFY(store.load(path, &*document));
            work = sectionNamed(*document, QStringLiteral("Work"));
            store.setProbeSection(work, true);
            const EntryRef acme = findEntry(*document, QStringLiteral("What did"));
            QVERIFY(store.isProbe(acme));
            store.setProbe(acme, false);
            QVERIFY(!store.isProbe(acme));
            QVERIFY(!store.isMarkedProbe(acme));
            QVERIFY(store.isProbe(findEntry(*document, QStringLiteral("How do"))));
            QVERIFY(store.isProbeSection(work));
            QVERIFY(store.flush());
        }
        const QByteArray sidecar = TestSupport::readFile(ReviewFile::sidecarPath(path));
        QVERIFY2(sidecar.contains("{\"question\": \"What did you build at Acme?\", \"status\": \"unreviewed\", "
                                  "\"note\": \"\", \"reviewed_at\": \"\", \"probe\": false}"),
                 sidecar.constData());
        const std::optional<QaDocument> document = QaDocument::fromFile(path);
        ReviewStore store;
        QVERIFY(store.load(path, &*document));
        const EntryRef acme = findEntry(*document, QStringLiteral("What did"));
        QVERIFY(!store.isProbe(acme));
        QVERIFY(store.isProbe(findEntry(*document, QStringLiteral("Which"))));
        // Marked again: a probe (by a mark of its own), the exception gone.
        store.setProbe(acme, true);
        QVERIFY(store.isProbe(acme) && store.record(acme).probe && !store.record(acme).notProbe);
        store.setProbe(acme, false);
        QVERIFY(!store.isProbe(acme) && store.record(acme).notProbe);
        // The section's mark taken off: nothing is a probe, no exception is left.
        store.setProbeSection(work, false);
        QVERIFY(!store.isProbe(acme));
        QVERIFY(store.flush());
        QCOMPARE(TestSupport::readFile(ReviewFile::sidecarPath(path)),
                 QByteArray("{\n  \"format\": \"quire-review\",\n  \"version\": 1,\n  \"records\": [],\n"
                            "  \"dismissed_similar\": []\n}\n"));
    }

    // The exception counts: an unanswered question unmarked in a probe
    // section is a gap again, for the counts and for F8.
    void unmarkedEntryIsAGapAgain()
    {
        const QByteArray text = "## Out of scope\n\n1. Who is the CEO of Microsoft?\n2. A chicken wing recipe?\n";
        const QString path = write(QStringLiteral("gap2.md"), text);
        const std::optional<QaDocument> document = QaDocument::fromFile(path);
        ReviewStore store;
        QVERIFY(store.load(path, &*document));
        store.setProbeSection(sectionNamed(*document, QStringLiteral("Out of scope")), true);
        const EntryRef ceo = findEntry(*document, QStringLiteral("Who is"));
        store.setProbe(ceo, false);
        const StatusCounts counts = store.withProbes(Linter::count(*document));
        QCOMPARE(counts.probes, 1);
        QCOMPARE(counts.unanswered, 1);
        bool wrapped = false;
        QCOMPARE(EntryNavigator::nextNeedingAttention(*document, 2, &wrapped,
                                                      [&store](EntryRef ref) { return store.isProbe(ref); }),
                 ceo);
    }
};

QTEST_GUILESS_MAIN(TestReviewProbes)
#include "tst_review_probes.moc"
