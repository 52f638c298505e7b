// `quire rehearse` as a real process against the fake model server (which
// runs in this test's event loop while quire runs): arguments and exit codes
// 0/1/2/64, the --json summary, entry and section numbering as quire check
// --json counts, probes (--expect decline), --context and --system-prompt,
// the context project's llms_ctx.txt as the system message (--optional,
// --only-approved) or the document's own export,
// the runs file beside the document, the key in no file and no output, and
// the runs file after a real kill -9 mid-run.

#include "app/context/contextbuilder.h"
#include "app/document/qadocument.h"
#include "app/rehearsal/endpointprofile.h"
#include "app/rehearsal/rehearsalcontext.h"
#include "app/rehearsal/runsfile.h"
#include "app/tokens/tokencounter.h"
#include "fakemodelserver.h"

#include <QDirIterator>
#include <QProcess>
#include <QtTest>

namespace {

const QByteArray secretKey = "sk-cli-5up3r-s3cr3t-k3y";

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliRehearse : public QObject
{
    Q_OBJECT

    FakeModelServer *m_server = nullptr;
    QTemporaryDir m_dir;
    QString m_document;
    int m_counter = 0;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QUIRE_API_KEY"), QString::fromLatin1(secretKey));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        return env;
    }

    // Runs quire while this event loop keeps serving the fake server.
    Result quire(const QStringList &arguments, bool withServer = true)
    {
        QStringList args = {QStringLiteral("rehearse"), m_document};
        if (withServer)
            args << QStringLiteral("--base-url") << m_server->baseUrl() << QStringLiteral("--model") << QStringLiteral("fake-model");
        args << arguments;
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(QUIRE_BINARY), args);
        Result r;
        [&] {
            QVERIFY(process.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        }();
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        return r;
    }

    void echoAuthored()
    {
        const std::optional<QaDocument> document = QaDocument::fromFile(m_document);
        QVERIFY(document);
        QHash<QString, QString> answers;
        for (const EntryRef &ref : document->allEntries())
            answers.insert(document->entry(ref).question(), document->entry(ref).answer());
        m_server->behaviour.answer = [answers](const FakeModelServer::Request &r) { return answers.value(r.question()); };
    }

    // The sample's out-of-scope section marked a probe section in the
    // sidecar, with one record for `question` ("probe": `probe`); the
    // model declines whatever it is asked.
    bool markOutOfScopeAsProbes(const QString &question, bool probe)
    {
        QByteArray quoted = question.toUtf8();
        quoted.replace('\\', "\\\\").replace('"', "\\\"");
        QFile sidecar(QFileInfo(m_document).path() + QStringLiteral("/portfolio-qa.review.json"));
        if (!sidecar.open(QIODevice::WriteOnly))
            return false;
        sidecar.write("{\"format\": \"quire-review\", \"version\": 1, \"records\": [{\"question\": \"" + quoted
                      + "\", \"status\": \"unreviewed\", \"probe\": " + (probe ? "true" : "false") + "}],"
                      " \"probe_sections\": [\"user: asking out-of-scope questions\"]}");
        m_server->behaviour.answer = [](const FakeModelServer::Request &) {
            return QStringLiteral("I'm sorry, I can only answer questions about Vishal's work and projects.");
        };
        return true;
    }

    QByteArray runsFileBytes() const
    {
        QFile file(RunsFile::pathFor(m_document));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_server = new FakeModelServer(this);
        QVERIFY(m_server->listen());
        const QString folder = m_dir.filePath(QString::number(++m_counter));
        QDir().mkpath(folder);
        m_document = folder + QStringLiteral("/portfolio-qa.md");
        QVERIFY(QFile::copy(QStringLiteral(QUIRE_SAMPLE), m_document));
        QFile::setPermissions(m_document, QFile::ReadOwner | QFile::WriteOwner);
    }

    void cleanup()
    {
        delete m_server;
    }

    void wrongArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withServer");
        QTest::newRow("no base url") << QStringList{QStringLiteral("--model"), QStringLiteral("m")} << false;
        QTest::newRow("ftp url") << QStringList{QStringLiteral("--base-url"), QStringLiteral("ftp://x"), QStringLiteral("--model"), QStringLiteral("m")} << false;
        QTest::newRow("api") << QStringList{QStringLiteral("--api"), QStringLiteral("anthropic")} << true;
        QTest::newRow("entry 0") << QStringList{QStringLiteral("--entry"), QStringLiteral("0")} << true;
        QTest::newRow("entry 46") << QStringList{QStringLiteral("--entry"), QStringLiteral("46")} << true;
        QTest::newRow("section 5") << QStringList{QStringLiteral("--section"), QStringLiteral("5")} << true;
        QTest::newRow("expect") << QStringList{QStringLiteral("--expect"), QStringLiteral("agree")} << true;
        QTest::newRow("concurrency") << QStringList{QStringLiteral("--concurrency"), QStringLiteral("0")} << true;
        QTest::newRow("unknown") << QStringList{QStringLiteral("--temperature"), QStringLiteral("1")} << true;
        QTest::newRow("probes only") << QStringList{QStringLiteral("--probes-only")} << true;
    }

    void wrongArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withServer);
        const Result r = quire(arguments, withServer);
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.startsWith("quire: "));
        QVERIFY(m_server->requests.isEmpty());
    }

    void everyAnswerAgrees()
    {
        echoAuthored();
        const Result r = quire({QStringLiteral("--entry"), QStringLiteral("1"), QStringLiteral("--entry"), QStringLiteral("6"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        const QStringList keys = summary.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
                 QSet<QString>({"run", "questions", "verdicts", "errors", "context_tokens", "context_source", "llms_txt"}));
        QCOMPARE(summary.value("context_source").toString(), QStringLiteral("document")); // no llms.txt links to it
        QVERIFY(summary.value("llms_txt").isNull());
        QCOMPARE(summary.value("questions").toInt(), 2);
        QCOMPARE(summary.value("verdicts").toObject().value("agrees").toInt(), 2);
        QCOMPARE(summary.value("errors").toInt(), 0);
        const std::optional<QaDocument> document = QaDocument::fromFile(m_document);
        QCOMPARE(summary.value("context_tokens").toInteger(),
                 TokenCounter::count(QByteArrayView(RehearsalContext::forDocument(*document, ExportOptions())), TokenEncoding::O200kBase));
        QVERIFY2(r.err.contains("[2/2]"), r.err.constData()); // progress on stderr, not a terminal: lines
        QCOMPARE(m_server->requests.size(), 2);
        QCOMPARE(m_server->requests[0].authorization, "Bearer " + secretKey);
        const RunsFile::Content content = RunsFile::read(RunsFile::pathFor(m_document));
        QCOMPARE(content.runs.size(), size_t(1));
        QCOMPARE(content.runs[0].run.id, summary.value("run").toString());
        QList<int> entries;
        for (const AnswerRecord &a : content.runs[0].answers)
            entries.append(a.entry);
        std::sort(entries.begin(), entries.end());
        QCOMPARE(entries, QList<int>({1, 6}));
    }

    void someAnswersDiffer()
    {
        m_server->behaviour.answer = [](const FakeModelServer::Request &) { return QStringLiteral("Nothing I know of."); };
        const Result r = quire({QStringLiteral("--section"), QStringLiteral("2")});
        QCOMPARE(r.code, 1);
        QCOMPARE(m_server->requests.size(), 6); // section 2 (Background is 1) holds entries 1-6
        QVERIFY(r.out.contains("6 differs"));
    }

    void probesDeclineWithExpectDecline()
    {
        m_server->behaviour.answer = [](const FakeModelServer::Request &) {
            return QStringLiteral("I'm sorry, I can only answer questions about Vishal's work and projects.");
        };
        const Result r = quire({QStringLiteral("--section"), QStringLiteral("4"), QStringLiteral("--expect"), QStringLiteral("decline"),
                                QStringLiteral("--probes-only"), QStringLiteral("--json"), QStringLiteral("--api"), QStringLiteral("ollama"),
                                QStringLiteral("--concurrency"), QStringLiteral("4")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject verdicts = QJsonDocument::fromJson(r.out).object().value("verdicts").toObject();
        QCOMPARE(verdicts.value("declined").toInt(), 11);
        QCOMPARE(m_server->requests.first().path, QByteArray("/api/chat"));
    }

    // Probes come from the review sidecar: a marked section and a marked
    // entry, without --expect; --probes-only asks only those.
    void probesFromTheSidecar()
    {
        const std::optional<QaDocument> document = QaDocument::fromFile(m_document);
        QVERIFY(document);
        const QString first = document->entry(document->entryRef(1)).question();
        QVERIFY(markOutOfScopeAsProbes(first, true));
        const Result r = quire({QStringLiteral("--probes-only"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value("questions").toInt(), 12);
        QCOMPARE(summary.value("verdicts").toObject().value("declined").toInt(), 12);
        QStringList asked;
        for (const FakeModelServer::Request &request : std::as_const(m_server->requests))
            asked << request.question();
        QVERIFY(asked.contains(first));
        QVERIFY(asked.contains(QStringLiteral("Who is the current CEO of Microsoft?")));
        int probeLines = 0;
        for (const QByteArray &line : runsFileBytes().split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.value("type").toString() == QLatin1String("answer"))
                probeLines += object.value("probe").toBool() ? 1 : 0;
        }
        QCOMPARE(probeLines, 12);
        // Without --probes-only the others are asked too, still not as probes.
        m_server->requests.clear();
        const Result all = quire({QStringLiteral("--section"), QStringLiteral("2"), QStringLiteral("--json")});
        const QJsonObject verdicts = QJsonDocument::fromJson(all.out).object().value("verdicts").toObject();
        QCOMPARE(verdicts.value("declined").toInt(), 1); // entry 1, the marked one
        QVERIFY(verdicts.value("differs").toInt() + verdicts.value("partial").toInt() + verdicts.value("unscored").toInt() > 0);
    }

    // An entry unmarked in a probe section ("probe": false) is no probe for
    // the rehearsal either: not asked with --probes-only, not expected to
    // be declined.
    void unmarkedEntryOfAProbeSection()
    {
        QVERIFY(markOutOfScopeAsProbes(QStringLiteral("Who is the current CEO of Microsoft?"), false));
        const Result r = quire({QStringLiteral("--probes-only"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("questions").toInt(), 10);
        for (const FakeModelServer::Request &request : std::as_const(m_server->requests))
            QVERIFY(request.question() != QLatin1String("Who is the current CEO of Microsoft?"));
    }

    void contextAndSystemPromptFromFiles()
    {
        const QString context = m_dir.filePath(QStringLiteral("ctx-%1.txt").arg(m_counter));
        const QString prompt = m_dir.filePath(QStringLiteral("prompt-%1.txt").arg(m_counter));
        QFile c(context), p(prompt);
        QVERIFY(c.open(QIODevice::WriteOnly) && p.open(QIODevice::WriteOnly));
        c.write("<project title=\"Whole context\">caf\xc3\xa9</project>\n");
        p.write("Answer from this: {context} -- and be brief.");
        c.close();
        p.close();
        const Result r = quire({QStringLiteral("--entry"), QStringLiteral("3"), QStringLiteral("--context"), context,
                                QStringLiteral("--system-prompt"), prompt});
        QVERIFY2(r.code == 1, r.err.constData()); // "You asked: …" differs from the authored answer
        QCOMPARE(m_server->requests.first().systemPrompt(),
                 QStringLiteral("Answer from this: <project title=\"Whole context\">caf\u00e9</project>\n -- and be brief."));
        QCOMPARE(quire({QStringLiteral("--context"), m_dir.filePath(QStringLiteral("missing"))}).code, 2);
    }

    // The document in a context project: llms.txt beside it linking it,
    // a themes.md and an Optional section.
    QString makeProject() const
    {
        const QDir folder = QFileInfo(m_document).absoluteDir();
        auto write = [&folder](const QString &name, const QByteArray &bytes) {
            QFile file(folder.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        if (!write(QStringLiteral("themes.md"), "# Themes\n\nReliable systems, evaluation & <care>.\n")
            || !write(QStringLiteral("old-talks.md"), "Old talks, only in the full context.\n")
            || !write(QStringLiteral("llms.txt"), "# Portfolio context\n\n> What a model needs to answer visitors.\n\n"
                                                   "## Docs\n- [Portfolio Q&A](portfolio-qa.md): questions and answers\n"
                                                   "- [Themes](themes.md)\n\n## Optional\n- [Old talks](old-talks.md)\n"))
            return {};
        return folder.filePath(QStringLiteral("llms.txt"));
    }

    static QString systemMessageFor(const QByteArray &context)
    {
        EndpointProfile profile;
        return profile.systemPrompt(QString::fromUtf8(context));
    }

    void theContextProjectIsTheSystemMessage()
    {
        const QString llms = makeProject();
        QVERIFY(!llms.isEmpty());
        ContextOptions options;
        const QByteArray project = ContextBuilder::build(llms, options).text;
        QVERIFY(project.contains("Reliable systems, evaluation &amp; &lt;care>."));
        QVERIFY(!project.contains("Old talks"));
        Result r = quire({QStringLiteral("--entry"), QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(r.code == 1, r.err.constData()); // "You asked: …" differs
        QCOMPARE(m_server->requests.size(), 1);
        QCOMPARE(m_server->requests[0].systemPrompt(), systemMessageFor(project));
        QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value("context_source").toString(), QStringLiteral("project"));
        QCOMPARE(summary.value("llms_txt").toString(), QFileInfo(llms).absoluteFilePath());
        QCOMPARE(summary.value("context_tokens").toInteger(), TokenCounter::count(QByteArrayView(project), TokenEncoding::O200kBase));

        // --optional: llms_ctx-full.txt's bytes.
        options.includeOptional = true;
        const QByteArray full = ContextBuilder::build(llms, options).text;
        QVERIFY(full.contains("Old talks, only in the full context."));
        r = quire({QStringLiteral("--entry"), QStringLiteral("1"), QStringLiteral("--optional")});
        QCOMPARE(m_server->requests.last().systemPrompt(), systemMessageFor(full));
        QVERIFY2(r.out.contains("context: the context project " + QFileInfo(llms).absoluteFilePath().toUtf8()), r.out.constData());

        // --only-approved: the project's Q&A documents with their reviews
        // (none yet: no answer is approved, and stderr says so).
        options.includeOptional = false;
        options.onlyApproved = true;
        const QByteArray approved = ContextBuilder::build(llms, options).text;
        QVERIFY(!approved.contains("AgentFastbook") && project.contains("AgentFastbook"));
        r = quire({QStringLiteral("--entry"), QStringLiteral("1"), QStringLiteral("--only-approved")});
        QCOMPARE(m_server->requests.last().systemPrompt(), systemMessageFor(approved));
        QVERIFY2(r.err.contains("llms.txt:6: ") && r.err.contains("no reviews yet"), r.err.constData());

        // --context CTX overrides the project.
        const QString ctx = m_dir.filePath(QStringLiteral("override-%1.txt").arg(m_counter));
        QFile file(ctx);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("<project title=\"Given\"/>\n") > 0);
        file.close();
        r = quire({QStringLiteral("--entry"), QStringLiteral("1"), QStringLiteral("--context"), ctx, QStringLiteral("--json")});
        QCOMPARE(m_server->requests.last().systemPrompt(), systemMessageFor("<project title=\"Given\"/>\n"));
        summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value("context_source").toString(), QStringLiteral("file"));
        QVERIFY(summary.value("llms_txt").isNull());
    }

    void aProjectThatCannotBeBuiltStopsBeforeAsking()
    {
        const QString llms = makeProject();
        QVERIFY(QFile::remove(QFileInfo(llms).absoluteDir().filePath(QStringLiteral("themes.md"))));
        const Result r = quire({QStringLiteral("--entry"), QStringLiteral("1")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("the context project cannot be built") && r.err.contains("themes.md"), r.err.constData());
        QVERIFY(m_server->requests.isEmpty());
    }

    void onlyApprovedWithoutAProject()
    {
        const Result r = quire({QStringLiteral("--entry"), QStringLiteral("1"), QStringLiteral("--only-approved"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("context_source").toString(), QStringLiteral("document"));
        const std::optional<QaDocument> document = QaDocument::fromFile(m_document);
        QVERIFY(document);
        ExportOptions none;
        none.entryFilter = [](const QaEntry &) { return false; }; // no reviews: nothing approved
        QCOMPARE(m_server->requests.last().systemPrompt(), systemMessageFor(RehearsalContext::forDocument(*document, none)));
        QVERIFY2(r.err.contains("no reviews yet"), r.err.constData());
    }

    void authenticationErrorStopsWithExit2AndTheKeyIsNowhere()
    {
        m_server->behaviour.status = 401;
        m_server->behaviour.echoKeyInError = " (you sent " + secretKey + ")";
        const Result r = quire({QStringLiteral("--concurrency"), QStringLiteral("1"), QStringLiteral("-o"),
                                m_dir.filePath(QStringLiteral("auth.runs.jsonl"))});
        QCOMPARE(r.code, 2);
        QCOMPARE(m_server->requests.size(), 1);
        QVERIFY(r.err.contains("401"));
        QVERIFY(!r.err.contains(secretKey));
        QVERIFY(!r.out.contains(secretKey));
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int read = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secretKey), qPrintable(file.fileName()));
            ++read;
        }
        QVERIFY(read >= 2); // the document and the runs file at least
    }

    void unknownModelStopsWithExit2()
    {
        m_server->behaviour.status = 404;
        const Result r = quire({QStringLiteral("--entry"), QStringLiteral("1"), QStringLiteral("--entry"), QStringLiteral("2")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("fake-model"));
    }

    void runsAreAppendedBesideTheDocument()
    {
        echoAuthored();
        QCOMPARE(quire({QStringLiteral("--entry"), QStringLiteral("1")}).code, 0);
        QCOMPARE(quire({QStringLiteral("--entry"), QStringLiteral("2")}).code, 0);
        const RunsFile::Content content = RunsFile::read(RunsFile::pathFor(m_document));
        QCOMPARE(content.runs.size(), size_t(2));
        QCOMPARE(content.runs[1].answers.at(0).entry, 2);
        QCOMPARE(content.skippedLines, 0);
    }

    void killedMidRunKeepsEveryCompletedAnswer()
    {
        echoAuthored();
        m_server->behaviour.chunkDelayMs = 15;
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(QUIRE_BINARY), {QStringLiteral("rehearse"), m_document, QStringLiteral("--base-url"), m_server->baseUrl(),
                                                     QStringLiteral("--model"), QStringLiteral("fake-model"),
                                                     QStringLiteral("--concurrency"), QStringLiteral("2")});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(runsFileBytes().count('\n') >= 5, 60000); // the run line and 4 answers
        QVERIFY(process.state() == QProcess::Running);
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        const QByteArray bytes = runsFileBytes();
        const RunsFile::Content killed = RunsFile::read(RunsFile::pathFor(m_document));
        QCOMPARE(killed.runs.size(), size_t(1));
        const size_t kept = killed.runs[0].answers.size();
        QVERIFY(kept >= 4 && kept < 45);
        QCOMPARE(qsizetype(kept) + 1, bytes.count('\n')); // every line written whole
        for (const AnswerRecord &a : killed.runs[0].answers)
            QCOMPARE(a.verdict == Verdict::Agrees || a.verdict == Verdict::Unscored, true);

        // A torn last line (as a kill during write() would leave) is skipped,
        // and the next run starts on a line of its own.
        QFile file(RunsFile::pathFor(m_document));
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"type\":\"answer\",\"run\":\"" + killed.runs[0].run.id.toUtf8() + "\",\"entry\":7,\"ques");
        file.close();
        m_server->behaviour.chunkDelayMs = 0;
        QCOMPARE(quire({QStringLiteral("--entry"), QStringLiteral("1")}).code, 0);
        const RunsFile::Content after = RunsFile::read(RunsFile::pathFor(m_document));
        QCOMPARE(after.runs.size(), size_t(2));
        QCOMPARE(after.runs[0].answers.size(), kept);
        QCOMPARE(after.runs[1].answers.size(), size_t(1));
        QCOMPARE(after.skippedLines, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliRehearse)
#include "tst_cli_rehearse.moc"
