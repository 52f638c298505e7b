// Reviews on the command line, with the real quire binary: check --json,
// export of approved answers only, and set --question carrying the review.

#include "tests/review/reviewfixture.h"

#include "app/session/documentsession.h"
#include "app/model/qamodel.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewstore.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct CliResult
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// The real quire binary, with settings and backups in a private folder.
CliResult quire(const QStringList &arguments)
{
    static QTemporaryDir home;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(QUIRE_BINARY), arguments);
    CliResult r;
    if (!process.waitForStarted(-1))
        return r;
    process.closeWriteChannel();
    process.waitForFinished(-1);
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return r;
}

} // namespace

class TestReviewCli : public ReviewFixture
{
    Q_OBJECT

private slots:
    // `quire check --json`: a review object per entry and review counts;
    // without a sidecar everything is unreviewed and no file appears.
    void cliCheckJsonHasReviews()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cli.md"));
        QVERIFY(TestSupport::writeFile(path, smallDocument));
        CliResult r = quire({QStringLiteral("check"), path, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QLatin1String("review_counts")).toObject().value(QLatin1String("unreviewed")).toInt(), 4);
        QCOMPARE(root.value(QLatin1String("entries")).toArray().at(0).toObject().value(QLatin1String("review"))
                     .toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("unreviewed"));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("cli.md")});

        {
            FollowedDocument opened;
            QVERIFY(opened.open(path));
            QaModel &model = opened.model;
            ReviewStore &store = opened.store;
            const QaDocument &d = model.document();
            store.setStatus(findEntry(d, QStringLiteral("What did")), ReviewStatus::Approved);
            store.setStatus(findEntry(d, QStringLiteral("Which")), ReviewStatus::NeedsWork);
            store.setNote(findEntry(d, QStringLiteral("Which")), QStringLiteral("add \"Go\""));
            store.setStatus(findEntry(d, QStringLiteral("Where")), ReviewStatus::Approved);
        }
        // The file changes behind the review's back: one approval is stale.
        QByteArray changed = smallDocument;
        changed.replace("In Lisbon.", "In Porto.");
        QVERIFY(TestSupport::writeFile(path, changed));
        const QByteArray sidecarBefore = TestSupport::readFile(ReviewFile::sidecarPath(path));

        r = quire({QStringLiteral("check"), path, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        root = QJsonDocument::fromJson(r.out).object();
        const QJsonObject counts = root.value(QLatin1String("review_counts")).toObject();
        QCOMPARE(counts.value(QLatin1String("approved")).toInt(), 2);
        QCOMPARE(counts.value(QLatin1String("needs_work")).toInt(), 1);
        QCOMPARE(counts.value(QLatin1String("unreviewed")).toInt(), 1);
        QCOMPARE(counts.value(QLatin1String("changed_since_approval")).toInt(), 1);
        QCOMPARE(root.value(QLatin1String("sections")).toArray().at(1).toObject().value(QLatin1String("review_counts"))
                     .toObject().value(QLatin1String("approved")).toInt(), 1);
        const QJsonArray entries = root.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 4);
        const QStringList statuses = {QStringLiteral("approved"), QStringLiteral("needs_work"),
                                      QStringLiteral("unreviewed"), QStringLiteral("approved")};
        for (int i = 0; i < 4; ++i) {
            const QJsonObject review = entries.at(i).toObject().value(QLatin1String("review")).toObject();
            QCOMPARE(review.value(QLatin1String("status")).toString(), statuses.at(i));
            QVERIFY(review.value(QLatin1String("note")).isString());
            QCOMPARE(review.value(QLatin1String("changed_since_approval")).toBool(), i == 3);
        }
        QCOMPARE(entries.at(1).toObject().value(QLatin1String("review")).toObject().value(QLatin1String("note")).toString(),
                 QStringLiteral("add \"Go\""));
        // Plain output counts them too; checking writes nothing.
        r = quire({QStringLiteral("check"), path});
        QVERIFY2(r.out.contains("Reviews: 2 approved (1 changed since approval) · 1 needs work · 1 unreviewed"), r.out);
        QCOMPARE(TestSupport::readFile(ReviewFile::sidecarPath(path)), sidecarBefore);
        QCOMPARE(filesIn(dir.path()).size(), 2);
    }

    void cliExportOnlyApproved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("exp.md"));
        QVERIFY(TestSupport::writeFile(path, smallDocument));
        // No reviews yet: nothing approved, said on stderr, no file created.
        CliResult r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("markdown"),
                             QStringLiteral("--only-approved")});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains("**Question:**"));
        QVERIFY(r.err.contains("no reviews yet"));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("exp.md")});

        {
            FollowedDocument opened;
            QVERIFY(opened.open(path));
            QaModel &model = opened.model;
            ReviewStore &store = opened.store;
            store.setStatus(findEntry(model.document(), QStringLiteral("Which")), ReviewStatus::Approved);
            store.setStatus(findEntry(model.document(), QStringLiteral("How")), ReviewStatus::NeedsWork);
        }
        r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("markdown"),
                   QStringLiteral("--only-approved")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Which languages do you write most?"), r.out);
        QVERIFY(!r.out.contains("What did you build"));
        QVERIFY(!r.out.contains("How do you test"));
        QVERIFY(!r.out.contains("Where do you live"));
        // The ctx format and -o follow the same filter.
        const QString out = dir.filePath(QStringLiteral("llms_ctx.txt"));
        r = quire({QStringLiteral("export"), path, QStringLiteral("--only-approved"), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        const QByteArray ctx = TestSupport::readFile(out);
        QVERIFY(ctx.contains("Which languages do you write most?"));
        QVERIFY(!ctx.contains("Where do you live"));
        // Without the flag, everything answered.
        r = quire({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("markdown")});
        QVERIFY(r.out.contains("Where do you live"));

        // A sidecar that cannot be parsed: refused (exit 2), and left alone.
        QVERIFY(TestSupport::writeFile(ReviewFile::sidecarPath(path), "{broken"));
        r = quire({QStringLiteral("export"), path, QStringLiteral("--only-approved")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("exp.review.json"));
        QCOMPARE(TestSupport::readFile(ReviewFile::sidecarPath(path)), QByteArray("{broken"));
        r = quire({QStringLiteral("check"), path, QStringLiteral("--json")});
        QVERIFY(QJsonDocument::fromJson(r.out).object().contains(QLatin1String("review_problem")));
        QCOMPARE(TestSupport::readFile(ReviewFile::sidecarPath(path)), QByteArray("{broken"));
    }

    // `quire set --question` edits the question in Quire: its review follows.
    void cliSetQuestionCarriesReview()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("set.md"));
        QVERIFY(TestSupport::writeFile(path, smallDocument));
        {
            const std::optional<QaDocument> document = QaDocument::fromFile(path);
            ReviewStore store;
            store.load(path, &*document);
            store.setStatus(findEntry(*document, QStringLiteral("Where")), ReviewStatus::NeedsWork);
            store.setNote(findEntry(*document, QStringLiteral("Where")), QStringLiteral("which town"));
        }
        const CliResult r = quire({QStringLiteral("set"), path, QStringLiteral("--entry"), QStringLiteral("4"),
                                   QStringLiteral("--question"), QStringLiteral("In which city do you live?")});
        QCOMPARE(r.code, 0);
        const std::optional<QaDocument> document = QaDocument::fromFile(path);
        ReviewStore store;
        QVERIFY(store.load(path, &*document, ReviewStore::Mode::ReadOnly));
        QCOMPARE(store.record(findEntry(*document, QStringLiteral("In which city"))).note, QStringLiteral("which town"));
        QVERIFY(store.orphans().empty());
    }

    // The sample's out-of-scope section marked a probe section in the
    // sidecar: its unanswered questions are probes, not gaps, in the counts,
    // per entry, in the text report and in the exit code's count.
    void cliCheckCountsProbesApart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("portfolio-qa.md"));
        QVERIFY(QFile::copy(TestSupport::samplePath(), path));
        const CliResult before = quire({QStringLiteral("check"), path, QStringLiteral("--json")});
        const QJsonObject countsBefore = QJsonDocument::fromJson(before.out).object().value(QStringLiteral("counts")).toObject();
        QVERIFY(TestSupport::writeFile(ReviewFile::sidecarPath(path),
                                       "{\"format\": \"quire-review\", \"version\": 1, \"records\": [],"
                                       " \"probe_sections\": [\"user: asking out-of-scope questions\"]}"));
        const CliResult after = quire({QStringLiteral("check"), path, QStringLiteral("--json")});
        const QJsonObject json = QJsonDocument::fromJson(after.out).object();
        const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
        int probeEntries = 0;
        for (const QJsonValue &entry : json.value(QStringLiteral("entries")).toArray()) {
            if (entry.toObject().value(QStringLiteral("probe")).toBool()) {
                ++probeEntries;
                QCOMPARE(entry.toObject().value(QStringLiteral("section")).toString(),
                         QStringLiteral("User: Asking Out-of-Scope Questions"));
            }
        }
        QCOMPARE(probeEntries, 11);
        QCOMPARE(countsBefore.value(QStringLiteral("probes")).toInt(-1), 0);
        QCOMPARE(counts.value(QStringLiteral("probes")).toInt(), 11);
        QCOMPARE(counts.value(QStringLiteral("unanswered")).toInt(),
                 countsBefore.value(QStringLiteral("unanswered")).toInt() - 11);
        QCOMPARE(counts.value(QStringLiteral("entries")).toInt(), countsBefore.value(QStringLiteral("entries")).toInt());

        const CliResult text = quire({QStringLiteral("check"), path});
        QVERIFY2(text.out.contains("Probes (questions the model should decline, not gaps): 11"), text.out.constData());
        QVERIFY(!text.out.contains("Microsoft")); // a probe is not listed as needing attention
        QVERIFY(quire({QStringLiteral("check"), path, QStringLiteral("--json")}).out.contains("\"probe\":true"));

        // One question of the section unmarked ("probe": false): a gap again.
        QVERIFY(TestSupport::writeFile(ReviewFile::sidecarPath(path),
                                       "{\"format\": \"quire-review\", \"version\": 1, \"records\": ["
                                       "{\"question\": \"Who is the current CEO of Microsoft?\", \"status\": \"unreviewed\","
                                       " \"probe\": false}],"
                                       " \"probe_sections\": [\"user: asking out-of-scope questions\"]}"));
        const QJsonObject unmarked = QJsonDocument::fromJson(quire({QStringLiteral("check"), path, QStringLiteral("--json")}).out).object();
        const QJsonObject unmarkedCounts = unmarked.value(QStringLiteral("counts")).toObject();
        QCOMPARE(unmarkedCounts.value(QStringLiteral("probes")).toInt(), 10);
        QCOMPARE(unmarkedCounts.value(QStringLiteral("unanswered")).toInt(),
                 countsBefore.value(QStringLiteral("unanswered")).toInt() - 10);
        for (const QJsonValue &entry : unmarked.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject e = entry.toObject();
            if (e.value(QStringLiteral("question")).toString() == QLatin1String("Who is the current CEO of Microsoft?"))
                QVERIFY(!e.contains(QStringLiteral("probe")));
        }
        QVERIFY(quire({QStringLiteral("check"), path}).out.contains("Microsoft")); // listed as a gap
    }
};

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_review_cli.moc"
