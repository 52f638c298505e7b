// Reviews and their sidecar on real files: the file's format, that nothing is
// written before the first review, a corrupt sidecar set aside, records
// following their entries (reordering, moving, question edits inside Quire,
// questions changed outside), "changed since approval", the export filter.

#include "app/export/contextexporter.h"
#include "app/session/documentsession.h"
#include "app/model/qamodel.h"
#include "app/session/recoverystore.h"
#include "app/review/reviewfile.h"
#include "app/review/reviewmatcher.h"
#include "app/review/reviewstore.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <functional>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray smallDocument =
    "# Notes\n\n"
    "## Work\n\n"
    "**Question:** What did you build at Acme?\n\n"
    "**Answer:** A search engine for invoices.\n\n"
    "---\n\n"
    "**Question:** Which languages do you write most?\n\n"
    "**Answer:** C++ and Python.\n\n"
    "---\n\n"
    "**Question:** How do you test GUI code?\n\n"
    "**Answer:** With real processes under Xvfb.\n\n"
    "## Life\n\n"
    "**Question:** Where do you live?\n\n"
    "**Answer:** In Lisbon.\n";

EntryRef findEntry(const QaDocument &document, const QString &questionStart)
{
    for (const EntryRef &ref : document.allEntries()) {
        if (document.entry(ref).question().startsWith(questionStart))
            return ref;
    }
    return {};
}

QStringList recordLines(const QByteArray &sidecar)
{
    QStringList lines;
    for (const QByteArray &line : sidecar.split('\n')) {
        if (line.trimmed().startsWith("{\"question\""))
            lines << QString::fromUtf8(line.trimmed());
    }
    return lines;
}

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

class TestReview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::remove(ReviewFile::sidecarPath(path));
        TestSupport::writeFile(path, bytes);
        return path;
    }
    QStringList filesIn(const QString &folder) const
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(RecoveryStore::folder()).removeRecursively();
        QVERIFY(m_dir.isValid());
    }

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
            QVERIFY(store.flush());
            QCOMPARE(store.counts().unreviewed, 4);
            QVERIFY(store.orphans().empty());
            QVERIFY(!store.isPairDismissed(QStringLiteral("a"), QStringLiteral("b")));
        }
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("doc.md")});

        // The first review creates it.
        ReviewStore store;
        store.follow(&session);
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
            QaModel model;
            DocumentSession session(&model);
            LoadError error;
            QVERIFY(session.open(path, &error));
            ReviewStore store;
            store.follow(&session);
            store.setStatus(findEntry(model.document(), QStringLiteral("Which")), ReviewStatus::NeedsWork);
            store.setNote(findEntry(model.document(), QStringLiteral("Which")), QStringLiteral("Mention Rust ✓"));
            store.setStatus(findEntry(model.document(), QStringLiteral("How")), ReviewStatus::Approved);
        } // destroyed: pending writes are flushed
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(path, &error));
        ReviewStore store;
        store.follow(&session);
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
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(path, &error));
        ReviewStore store;
        store.follow(&session);
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
        QCOMPARE(againProblems.size(), 1);
        QCOMPARE(filesIn(dir.path()).size(), 3);
    }

    void newerFormatIsNeitherReadNorOverwritten()
    {
        const QString path = write(QStringLiteral("newer.md"), smallDocument);
        const QByteArray newer = "{\"format\": \"quire-review\", \"version\": 7, \"records\": []}\n";
        QVERIFY(TestSupport::writeFile(ReviewFile::sidecarPath(path), newer));
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(path, &error));
        ReviewStore store;
        store.follow(&session);
        QVERIFY(store.problem().contains(QStringLiteral("newer")));
        store.setStatus(findEntry(model.document(), QStringLiteral("Where")), ReviewStatus::Approved);
        QVERIFY(!store.flush());
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

    // Reordering, moving to another section, deleting and undoing: records
    // stay with their questions; an edit elsewhere changes nothing.
    void recordsFollowReorderingAndMoves()
    {
        const QString path = write(QStringLiteral("moves.md"), smallDocument);
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(path, &error));
        ReviewStore store;
        store.follow(&session);
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
            QaModel model;
            DocumentSession session(&model);
            LoadError error;
            QVERIFY(session.open(path, &error));
            ReviewStore store;
            store.follow(&session);
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
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(path, &error));
        ReviewStore store;
        store.follow(&session);
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
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(path, &error));
        ReviewStore store;
        store.follow(&session);
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
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(path, &error));
        ReviewStore store;
        store.follow(&session);
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
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(path, &error));
        ReviewStore store;
        store.follow(&session);
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
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(path, &error));
        ReviewStore store;
        store.follow(&session);
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
            QaModel model;
            DocumentSession session(&model);
            LoadError error;
            QVERIFY(session.open(path, &error));
            ReviewStore store;
            store.follow(&session);
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
            QaModel model;
            DocumentSession session(&model);
            LoadError error;
            QVERIFY(session.open(path, &error));
            ReviewStore store;
            store.follow(&session);
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
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
