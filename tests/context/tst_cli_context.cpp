// quire context as a real process on the real example: output, --json,
// -o, exit codes, a missing file (nothing written), --fetch against a
// server this suite starts on 127.0.0.1, with its own cache folder.

#include "tests/context/contextproject.h"
#include "tests/context/localhttpserver.h"
#include "tests/context/xmlcheck.h"

#include "app/context/contextbuilder.h"
#include "app/tokens/tokencounter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

class TestCliContext : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    // The event loop keeps running meanwhile: the suite's server answers.
    Run quire(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(QUIRE_BINARY), QStringList{QStringLiteral("context")} + arguments);
        Run run;
        if (!process.waitForStarted(-1))
            return run;
        process.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
            return run;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        return run;
    }

    ContextOptions inProcess() const
    {
        ContextOptions options;
        options.cacheFolder = m_home.filePath(QStringLiteral("cache/quire/context"));
        return options;
    }

    QTemporaryDir m_home;

private slots:
    void cleanContextToStdout()
    {
        ContextProject project;
        const Run run = quire({project.llms()});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.err, QByteArray());
        QCOMPARE(run.out, ContextBuilder::build(project.llms(), inProcess()).text);
        QVERIFY(XmlCheck::problems(run.out).isEmpty());
        const Run full = quire({project.llms(), QStringLiteral("--optional")});
        QCOMPARE(full.code, 0);
        QVERIFY(full.out.contains("<Optional>"));
    }

    void jsonReport()
    {
        ContextProject project;
        const QString out = project.path(QStringLiteral("llms_ctx.txt"));
        const Run run = quire({project.llms(), QStringLiteral("--json"), QStringLiteral("-o"), out,
                               QStringLiteral("--encoding"), QStringLiteral("cl100k_base")});
        QCOMPARE(run.code, 0);
        const QByteArray written = TestSupport::readFile(out);
        QVERIFY(written.startsWith("<project "));
        // Keys in the documented order.
        QVERIFY2(run.out.startsWith("{\"file\":"), run.out.constData());
        const QList<QByteArray> order = {"\"file\"", "\"title\"", "\"encoding\"", "\"tokens\"", "\"sections\"", "\"warnings\""};
        qsizetype at = 0;
        for (const QByteArray &key : order) {
            const qsizetype found = run.out.indexOf(key, at);
            QVERIFY2(found >= at, key.constData());
            at = found;
        }
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QLatin1String("file")).toString(), project.llms());
        QCOMPARE(report.value(QLatin1String("title")).toString(), QStringLiteral("Portfolio context"));
        QCOMPARE(report.value(QLatin1String("encoding")).toString(), QStringLiteral("cl100k_base"));
        QCOMPARE(report.value(QLatin1String("tokens")).toInteger(), TokenCounter::count(QByteArrayView(written), TokenEncoding::Cl100kBase));
        const QJsonArray sections = report.value(QLatin1String("sections")).toArray();
        QCOMPARE(sections.size(), 1); // Optional is not in this context
        const QJsonObject docs = sections[0].toObject();
        QCOMPARE(docs.value(QLatin1String("name")).toString(), QStringLiteral("Docs"));
        QCOMPARE(docs.value(QLatin1String("optional")).toBool(true), false);
        const QJsonArray list = docs.value(QLatin1String("docs")).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject qa = list[0].toObject();
        QCOMPARE(qa.keys(), (QStringList{"kind", "path", "status", "title", "tokens", "url"}));
        QCOMPARE(qa.value(QLatin1String("kind")).toString(), QStringLiteral("qa"));
        QCOMPARE(qa.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(qa.value(QLatin1String("url")).toString(), QStringLiteral("portfolio-qa.md"));
        QCOMPARE(qa.value(QLatin1String("path")).toString(), project.path(QStringLiteral("portfolio-qa.md")));
        QCOMPARE(list[1].toObject().value(QLatin1String("kind")).toString(), QStringLiteral("file"));
        QCOMPARE(report.value(QLatin1String("warnings")).toArray().size(), 0);

        const Run optional = quire({project.llms(), QStringLiteral("--json"), QStringLiteral("--optional")});
        const QJsonArray both = QJsonDocument::fromJson(optional.out).object().value(QLatin1String("sections")).toArray();
        QCOMPARE(both.size(), 2);
        QCOMPARE(both[1].toObject().value(QLatin1String("optional")).toBool(), true);
        QVERIFY(!optional.out.contains("<project")); // --json without -o: the report only
    }

    void warningsExitOne()
    {
        ContextProject project;
        QVERIFY(project.writeLlms("## Docs\n- [Themes](themes.md)\n- not a link\n### deep\n"));
        const Run run = quire({project.llms()});
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.startsWith("<project title=\"\">"));
        const QList<QByteArray> lines = run.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(project.llms().toUtf8() + ":1: "), run.err.constData());
        QVERIFY(lines[1].startsWith(project.llms().toUtf8() + ":3: "));
        QVERIFY(lines[2].startsWith(project.llms().toUtf8() + ":4: "));
        const QJsonArray warnings = QJsonDocument::fromJson(quire({project.llms(), QStringLiteral("--json")}).out)
                                        .object().value(QLatin1String("warnings")).toArray();
        QCOMPARE(warnings.size(), 3);
        QCOMPARE(warnings[1].toObject().value(QLatin1String("line")).toInt(), 3);
    }

    void missingFileWritesNothing()
    {
        ContextProject project;
        const QString out = project.path(QStringLiteral("llms_ctx.txt"));
        QVERIFY(TestSupport::writeFile(out, "the previous context\n"));
        QVERIFY(QFile::remove(project.path(QStringLiteral("themes.md"))));
        const Run run = quire({project.llms(), QStringLiteral("-o"), out});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(project.llms().toUtf8() + ":9: "), run.err.constData());
        QVERIFY(run.err.contains(project.path(QStringLiteral("themes.md")).toUtf8()));
        QCOMPARE(TestSupport::readFile(out), QByteArray("the previous context\n"));
        const Run toStdout = quire({project.llms(), QStringLiteral("--json")});
        QCOMPARE(toStdout.code, 2);
        QCOMPARE(toStdout.out, QByteArray());
        QCOMPARE(quire({project.path(QStringLiteral("nothing.txt"))}).code, 2);
    }

    void wrongArguments()
    {
        ContextProject project;
        QCOMPARE(quire({}).code, 64);
        QCOMPARE(quire({project.llms(), QStringLiteral("--encoding"), QStringLiteral("p50k_base")}).code, 64);
        QCOMPARE(quire({project.llms(), QStringLiteral("--format"), QStringLiteral("ctx")}).code, 64);
        QCOMPARE(quire({project.llms(), QStringLiteral("extra")}).code, 64);
        QCOMPARE(quire({project.llms(), QStringLiteral("--timeout"), QStringLiteral("0")}).code, 64);
        QCOMPARE(quire({project.llms(), QStringLiteral("--timeout"), QStringLiteral("soon")}).code, 64);
    }

    void fetchThroughTheCommand()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        LocalHttpServer::Response doc;
        doc.body = "Remote & fetched.\n";
        doc.etag = "\"e1\"";
        server.route("/remote.md", doc);
        ContextProject project;
        QVERIFY(project.writeLlms("# P\n\n## Docs\n- [Themes](themes.md)\n- [Remote](" + server.url("/remote.md") + ")\n"));

        Run run = quire({project.llms()});
        QCOMPARE(run.code, 1); // not fetched, no copy: left out with a warning
        QVERIFY(run.err.contains(server.url("/remote.md")));
        QVERIFY(!run.out.contains("Remote &amp; fetched."));
        QVERIFY(server.requests().isEmpty());

        run = quire({project.llms(), QStringLiteral("--fetch"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        QCOMPARE(server.requests().size(), 1);
        QJsonObject remote = QJsonDocument::fromJson(run.out).object().value(QLatin1String("sections")).toArray()[0]
                                 .toObject().value(QLatin1String("docs")).toArray()[1].toObject();
        QCOMPARE(remote.value(QLatin1String("kind")).toString(), QStringLiteral("remote"));
        QCOMPARE(remote.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QVERIFY(remote.value(QLatin1String("path")).toString().startsWith(m_home.filePath(QStringLiteral("cache/quire/context/"))));

        server.close(); // offline: the cached copy, said in the report
        run = quire({project.llms(), QStringLiteral("--fetch"), QStringLiteral("--json")});
        QCOMPARE(run.code, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        remote = report.value(QLatin1String("sections")).toArray()[0].toObject().value(QLatin1String("docs")).toArray()[1].toObject();
        QCOMPARE(remote.value(QLatin1String("status")).toString(), QStringLiteral("cached"));
        QVERIFY(report.value(QLatin1String("warnings")).toArray()[0].toObject().value(QLatin1String("message")).toString()
                    .contains(QStringLiteral("cached copy")));
        run = quire({project.llms()});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("Remote &amp; fetched."));
    }

    void fetchTimeOutThroughTheCommand()
    {
        // --timeout reaches the fetch: a server that never answers costs
        // one second, the link is left out with the reason (exit 1).
        LocalHttpServer server;
        QVERIFY(server.listen());
        LocalHttpServer::Response silent;
        silent.silent = true;
        server.route("/silent.md", silent);
        ContextProject project;
        QVERIFY(project.writeLlms("# P\n\n## Docs\n- [Themes](themes.md)\n- [Stalled](" + server.url("/silent.md") + ")\n"));
        QElapsedTimer clock;
        clock.start();
        const Run run = quire({project.llms(), QStringLiteral("--fetch"), QStringLiteral("--timeout"), QStringLiteral("1")});
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(server.url("/silent.md") + ": no answer within 1 s; left out"), run.err.constData());
        QVERIFY(run.out.contains("The portfolio's recurring themes"));
        QCOMPARE(server.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliContext)
#include "tst_cli_context.moc"
