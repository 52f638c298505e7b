// RehearsalRun on the real sample against the fake model server: the runs
// file (exactly the fields of the format, no key), verdicts and probes, the
// truncation guard before and after, an error per question, errors that stop
// the run, cancel, the judge (valid and invalid output).

#include "app/document/qadocument.h"
#include "app/export/exportoptions.h"
#include "app/rehearsal/rehearsalcontext.h"
#include "app/rehearsal/rehearsalrun.h"
#include "app/rehearsal/runsfile.h"
#include "app/tokens/tokencounter.h"
#include "fakemodelserver.h"

#include <QtTest>

namespace {

const QByteArray secretKey = "sk-run-0123456789abcdef";

QSet<QString> keysOf(const QByteArray &line)
{
    const QStringList keys = QJsonDocument::fromJson(line).object().keys();
    return QSet<QString>(keys.begin(), keys.end());
}

} // namespace

class TestRehearsalRun : public QObject
{
    Q_OBJECT

    FakeModelServer *m_server = nullptr;
    std::optional<QaDocument> m_document;
    QTemporaryDir m_dir;

    RehearsalRun::Setup setup(const QList<int> &entries, bool probes = false)
    {
        RehearsalRun::Setup s;
        s.profile.name = QStringLiteral("fake");
        s.profile.baseUrl = QUrl(m_server->baseUrl());
        s.profile.model = QStringLiteral("fake-model");
        s.profile.contextWindow = 32768;
        s.profile.concurrency = 2;
        s.profile.timeoutSeconds = 10;
        s.context = RehearsalContext::forDocument(*m_document, ExportOptions());
        for (int n : entries)
            s.questions.push_back(RehearsalQuestion::of(*m_document, m_document->entryRef(n), probes));
        s.runsPath = m_dir.filePath(QStringLiteral("runs-%1.jsonl").arg(QTest::currentTestFunction()));
        s.apiKey = secretKey;
        s.maxRetryWait = 5;
        return s;
    }

    // Answers each question with the document's own answer.
    void echoAuthored()
    {
        m_server->behaviour.answer = [this](const FakeModelServer::Request &request) {
            for (const EntryRef &ref : m_document->allEntries()) {
                if (m_document->entry(ref).question() == request.question())
                    return m_document->entry(ref).answer();
            }
            return QStringLiteral("I cannot say.");
        };
    }

    std::vector<AnswerRecord> runToEnd(RehearsalRun &run)
    {
        std::vector<AnswerRecord> answers;
        connect(&run, &RehearsalRun::answerRecorded, this, [&answers](int, const AnswerRecord &a) { answers.push_back(a); });
        QString error;
        [&] { QVERIFY2(run.start(&error), qPrintable(error)); }();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 30000); }();
        return answers;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_document = QaDocument::fromFile(QStringLiteral(QUIRE_SAMPLE));
        QVERIFY(m_document);
    }

    void init()
    {
        m_server = new FakeModelServer(this);
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        delete m_server;
    }

    void runsFileHasTheFormatsFieldsAndNoKey()
    {
        echoAuthored();
        RehearsalRun::Setup s = setup({1, 2, 7, 32});
        const QString path = s.runsPath;
        const QByteArray context = s.context;
        RehearsalRun run(std::move(s));
        const std::vector<AnswerRecord> answers = runToEnd(run);
        QCOMPARE(answers.size(), size_t(4));
        QCOMPARE(run.summary().questions, 4);
        QCOMPARE(run.summary().verdicts.value(Verdict::Agrees), 2);  // 1, 2: their own answers
        QCOMPARE(run.summary().verdicts.value(Verdict::Unscored), 2); // 7 placeholder, 32 unanswered
        QVERIFY(run.summary().allGood());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(secretKey));
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(keysOf(lines[0]), QSet<QString>({"type", "id", "started_at", "profile", "base_url", "model", "context_sha256",
                                                  "context_tokens", "encoding", "system_prompt_sha256", "params"}));
        const QJsonObject header = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(header.value("context_tokens").toInteger(), TokenCounter::count(QByteArrayView(context), TokenEncoding::O200kBase));
        QCOMPARE(header.value("context_sha256").toString(),
                 QString::fromLatin1(QCryptographicHash::hash(context, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(header.value("encoding").toString(), QStringLiteral("o200k_base"));
        for (int i = 1; i < lines.size(); ++i) {
            QCOMPARE(keysOf(lines[i]), QSet<QString>({"type", "run", "entry", "line", "section", "question", "question_key", "probe",
                                                      "authored", "answer", "verdict", "score", "prompt_tokens",
                                                      "completion_tokens", "latency_ms", "finish_reason", "error"}));
        }
        const RunsFile::Content content = RunsFile::read(path);
        QCOMPARE(content.runs.size(), size_t(1));
        QCOMPARE(content.runs[0].answers.size(), size_t(4));
        QCOMPARE(content.runs[0].run.id, run.record().id);
        // Every question had the same system prompt: the context prefix is shared.
        QCOMPARE(m_server->requests.size(), 4);
        for (const FakeModelServer::Request &r : m_server->requests)
            QCOMPARE(r.systemPrompt(), m_server->requests.first().systemPrompt());
        QVERIFY(m_server->requests.first().systemPrompt().contains(QString::fromUtf8(context)));
    }

    // The user's verdict is an appended override line; the last one wins,
    // an override of a run the file does not hold is skipped.
    void overridesAreAppendedAndTheLastWins()
    {
        echoAuthored();
        RehearsalRun::Setup s = setup({1});
        const QString path = s.runsPath;
        RehearsalRun run(std::move(s));
        const std::vector<AnswerRecord> answers = runToEnd(run);
        QCOMPARE(answers.size(), size_t(1));
        QCOMPARE(answers[0].verdict, Verdict::Agrees);
        RunsFile file(path);
        OverrideRecord o{answers[0].run, answers[0].entry, answers[0].questionKey, Verdict::Differs, QStringLiteral("2026-01-01T00:00:00Z")};
        QVERIFY(file.append(o.toJsonLine(), nullptr));
        QCOMPARE(keysOf(o.toJsonLine()), QSet<QString>({"type", "run", "entry", "question_key", "verdict", "at"}));
        o.verdict = Verdict::Partial;
        QVERIFY(file.append(o.toJsonLine(), nullptr));
        OverrideRecord stray = o;
        stray.run = QStringLiteral("no-such-run");
        QVERIFY(file.append(stray.toJsonLine(), nullptr));
        const RunsFile::Content content = RunsFile::read(path);
        QCOMPARE(content.overrides.size(), size_t(2));
        QCOMPARE(content.skippedLines, 1);
        QCOMPARE(content.verdictOf(content.runs[0].answers[0]), Verdict::Partial);
        QCOMPARE(content.runs[0].answers[0].verdict, Verdict::Agrees); // the answer line is as written
        QVERIFY(!content.overrideFor(answers[0].run, QStringLiteral("other key")));
    }

    void differingAndPartialAnswers()
    {
        m_server->behaviour.answer = [](const FakeModelServer::Request &) { return QStringLiteral("Something else entirely."); };
        RehearsalRun run(setup({1, 2}));
        const std::vector<AnswerRecord> answers = runToEnd(run);
        QCOMPARE(run.summary().verdicts.value(Verdict::Differs), 2);
        QVERIFY(!run.summary().allGood());
        QVERIFY(answers[0].score >= 0 && answers[0].score < 0.3);
    }

    void probesDeclinedOrAnswered()
    {
        m_server->behaviour.answer = [](const FakeModelServer::Request &r) {
            return r.question().contains(QStringLiteral("Microsoft")) ? QStringLiteral("Satya Nadella is the CEO of Microsoft.")
                                                                      : QStringLiteral("I'm sorry, I can only answer questions about Vishal's work.");
        };
        RehearsalRun run(setup({40, 42, 43}, true));
        const std::vector<AnswerRecord> answers = runToEnd(run);
        QCOMPARE(run.summary().verdicts.value(Verdict::Declined), 2);
        QCOMPARE(run.summary().verdicts.value(Verdict::Answered), 1);
        for (const AnswerRecord &a : answers)
            QVERIFY(a.probe);
    }

    void truncationGuardWarnsBefore()
    {
        RehearsalRun::Setup s = setup({1});
        s.profile.contextWindow = 1000; // the sample's context alone is larger
        RehearsalRun run(std::move(s));
        QSignalSpy warnings(&run, &RehearsalRun::warning);
        runToEnd(run);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().first().toString().contains(QStringLiteral("context window of 1000")));
    }

    void truncationGuardNoticesACutAfter()
    {
        m_server->behaviour.promptTokens = 900; // the server read much less than was sent
        RehearsalRun run(setup({1}));
        const std::vector<AnswerRecord> answers = runToEnd(run);
        QCOMPARE(answers.size(), size_t(1));
        QVERIFY2(answers[0].error.contains(QStringLiteral("context was cut by the server")), qPrintable(answers[0].error));
        // The exact count, no warning before: it fits the window.
        RehearsalRun fits(setup({1}));
        m_server->behaviour.promptTokens = -1;
        QSignalSpy warnings(&fits, &RehearsalRun::warning);
        const std::vector<AnswerRecord> whole = runToEnd(fits);
        QVERIFY2(whole[0].error.isEmpty(), qPrintable(whole[0].error));
        QCOMPARE(warnings.size(), 0);
    }

    void anErrorOnOneQuestionDoesNotStopTheRun()
    {
        m_server->behaviour.status = 500;
        m_server->behaviour.statusTimes = 1;
        RehearsalRun::Setup s = setup({1, 2, 3});
        s.profile.concurrency = 1;
        RehearsalRun run(std::move(s));
        const std::vector<AnswerRecord> answers = runToEnd(run);
        QCOMPARE(answers.size(), size_t(3));
        QCOMPARE(answers[0].verdict, Verdict::Error);
        QVERIFY(answers[0].error.contains(QStringLiteral("500")));
        QVERIFY(!run.summary().stopped);
        QCOMPARE(run.summary().errors, 1);
    }

    void authenticationAndUnknownModelStopTheRun_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("401") << 401;
        QTest::newRow("403") << 403;
        QTest::newRow("404") << 404;
    }

    void authenticationAndUnknownModelStopTheRun()
    {
        QFETCH(int, status);
        m_server->behaviour.status = status;
        m_server->behaviour.echoKeyInError = " key=" + secretKey;
        RehearsalRun::Setup s = setup({1, 2, 3, 4, 5});
        s.profile.concurrency = 1;
        const QString path = s.runsPath + QString::number(status);
        s.runsPath = path;
        RehearsalRun run(std::move(s));
        const std::vector<AnswerRecord> answers = runToEnd(run);
        QVERIFY(run.summary().stopped);
        QCOMPARE(answers.size(), size_t(1));
        QCOMPARE(m_server->requests.size(), 1);
        QVERIFY(!run.summary().stopReason.contains(QString::fromLatin1(secretKey)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secretKey));
    }

    void cancelStopsTheRun()
    {
        m_server->behaviour.chunkDelayMs = 100;
        RehearsalRun::Setup s = setup({1, 2, 3, 4, 5, 6});
        s.profile.concurrency = 2;
        RehearsalRun run(std::move(s));
        QString error;
        QVERIFY(run.start(&error));
        QTRY_COMPARE(m_server->requests.size(), 2);
        run.cancel();
        QVERIFY(run.isFinished());
        QVERIFY(run.summary().cancelled);
        QCOMPARE(run.summary().questions, 0);
        QTest::qWait(300);
        QCOMPARE(m_server->requests.size(), 2); // nothing more was sent
        QTRY_COMPARE(m_server->openConnections(), 0);
    }

    void judgeDecides()
    {
        m_server->behaviour.judgeModel = QStringLiteral("judge-model");
        m_server->behaviour.judgeOutput = QStringLiteral("```json\n{\"verdict\":\"partial\",\"score\":0.5,\"reason\":\"half of it\"}\n```");
        RehearsalRun::Setup s = setup({1});
        EndpointProfile judge = s.profile;
        judge.model = QStringLiteral("judge-model");
        s.judge = judge;
        RehearsalRun run(std::move(s));
        const std::vector<AnswerRecord> answers = runToEnd(run);
        QCOMPARE(answers[0].verdict, Verdict::Partial);
        QCOMPARE(answers[0].score, 0.5);
        QCOMPARE(m_server->requests.size(), 2);
        QVERIFY(m_server->requests.last().question().contains(QStringLiteral("Reference answer:")));
    }

    void invalidJudgeOutputIsShownAsInvalid_data()
    {
        QTest::addColumn<QString>("output");
        QTest::newRow("not json") << QStringLiteral("The answer agrees, I think.");
        QTest::newRow("unknown verdict") << QStringLiteral("{\"verdict\":\"great\",\"score\":1,\"reason\":\"r\"}");
        QTest::newRow("score out of range") << QStringLiteral("{\"verdict\":\"agrees\",\"score\":7,\"reason\":\"r\"}");
        QTest::newRow("no reason") << QStringLiteral("{\"verdict\":\"agrees\",\"score\":1}");
    }

    void invalidJudgeOutputIsShownAsInvalid()
    {
        QFETCH(QString, output);
        m_server->behaviour.judgeModel = QStringLiteral("judge-model");
        m_server->behaviour.judgeOutput = output;
        RehearsalRun::Setup s = setup({1});
        EndpointProfile judge = s.profile;
        judge.model = QStringLiteral("judge-model");
        s.judge = judge;
        RehearsalRun run(std::move(s));
        const std::vector<AnswerRecord> answers = runToEnd(run);
        QCOMPARE(answers[0].verdict, Verdict::Invalid);
        QCOMPARE(answers[0].score, -1.0);
        QVERIFY(answers[0].error.startsWith(QStringLiteral("judge: ")));
        QVERIFY(!run.summary().allGood());
    }
};

QTEST_GUILESS_MAIN(TestRehearsalRun)
#include "tst_rehearsalrun.moc"
