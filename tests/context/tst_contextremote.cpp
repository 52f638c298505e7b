// Remote links: fetched only when asked, against a server this suite starts
// on 127.0.0.1: cache, ETag / Last-Modified revalidation, offline use of the
// cached copy, a remote Q&A document, redirects (and their limit), the size
// cap (announced or not), the time-out (silent, trickling, in the window's job).

#include "tests/context/contextproject.h"
#include "tests/context/localhttpserver.h"

#include "app/context/contextbuilder.h"
#include "app/context/contextprojectjob.h"
#include "app/context/remotefetcher.h"

#include <QElapsedTimer>
#include <QtTest>

using Result = RemoteFetcher::Outcome::Result;

class TestContextRemote : public QObject
{
    Q_OBJECT

private:
    ContextOptions options(const QList<RemoteFetcher::Outcome> &outcomes = {}) const
    {
        ContextOptions options;
        options.cacheFolder = m_cache->path();
        for (const RemoteFetcher::Outcome &outcome : outcomes)
            options.fetched.insert(outcome.url, outcome);
        return options;
    }

    ContextProject *projectLinking(const QByteArray &url)
    {
        m_project.reset(new ContextProject);
        m_project->writeLlms("# Remote\n\n## Docs\n- [Themes](themes.md)\n- [Site](" + url + "#part): from the web\n");
        return m_project.get();
    }

    QList<RemoteFetcher::Outcome> fetch(const QByteArray &url, const RemoteFetcher::Limits &limits = RemoteFetcher::Limits()) const
    {
        return RemoteFetcher::fetchAll({QString::fromUtf8(url)}, RemoteCache(m_cache->path()), limits);
    }

    LocalHttpServer *m_server = nullptr;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<ContextProject> m_project;

private slots:
    void init()
    {
        m_cache.reset(new QTemporaryDir);
        m_server = new LocalHttpServer(this);
        QVERIFY(m_server->listen());
        LocalHttpServer::Response doc;
        doc.body = "# Remote doc\n\nFetched <once> & cached.\n";
        doc.etag = "\"v1\"";
        doc.headers.insert("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT");
        m_server->route("/doc.md", doc);
    }

    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void notFetchedWithoutAsking()
    {
        const QByteArray url = m_server->url("/doc.md");
        ContextProject *project = projectLinking(url);
        const ContextResult result = ContextBuilder::build(project->llms(), options());
        QVERIFY(m_server->requests().isEmpty()); // building never touches the network
        const ContextDoc &doc = result.sections[0].docs[1];
        QCOMPARE(doc.kind, ContextDoc::Kind::Remote);
        QCOMPARE(doc.status, ContextDoc::Status::Skipped);
        QVERIFY(!result.text.contains("Remote doc"));
        QCOMPARE(result.warnings.size(), 1);
        QCOMPARE(result.warnings[0].line, 5);
        QVERIFY(result.warnings[0].message.contains(QString::fromUtf8(url)));
        QVERIFY(result.errors.isEmpty());
    }

    void fetchesCachesAndRevalidates()
    {
        const QByteArray url = m_server->url("/doc.md");
        ContextProject *project = projectLinking(url);
        QList<RemoteFetcher::Outcome> outcomes = fetch(url);
        QCOMPARE(outcomes.size(), 1);
        QVERIFY2(outcomes[0].result == Result::Fetched, qPrintable(outcomes[0].error));
        ContextResult result = ContextBuilder::build(project->llms(), options(outcomes));
        QVERIFY(result.warnings.isEmpty());
        const ContextDoc &doc = result.sections[0].docs[1];
        QCOMPARE(doc.status, ContextDoc::Status::Ok);
        QVERIFY(doc.path.startsWith(m_cache->path()));
        QVERIFY(result.text.contains("<doc title=\"Site\" desc=\"from the web\">\n# Remote doc\n\nFetched &lt;once> &amp; cached.\n</doc>\n"));

        // Again: the validators go along and the server says 304.
        outcomes = fetch(url);
        QVERIFY2(outcomes[0].result == Result::NotModified, qPrintable(outcomes[0].error));
        const LocalHttpServer::Request second = m_server->requests().constLast();
        QCOMPARE(second.headers.value("if-none-match"), QByteArray("\"v1\""));
        QCOMPARE(second.headers.value("if-modified-since"), QByteArray("Tue, 01 Dec 2026 10:00:00 GMT"));
        QCOMPARE(ContextBuilder::build(project->llms(), options(outcomes)).text, result.text);

        // Without --fetch the cached copy is used, and the report says so.
        result = ContextBuilder::build(project->llms(), options());
        QCOMPARE(result.sections[0].docs[1].status, ContextDoc::Status::Cached);
        QVERIFY(result.warnings.isEmpty());
        QVERIFY(result.text.contains("Fetched &lt;once>"));

        // A changed document replaces the copy.
        LocalHttpServer::Response changed;
        changed.body = "# Remote doc, second edition\n";
        changed.etag = "\"v2\"";
        m_server->route("/doc.md", changed);
        outcomes = fetch(url);
        QCOMPARE(outcomes[0].result, Result::Fetched);
        QVERIFY(ContextBuilder::build(project->llms(), options(outcomes)).text.contains("second edition"));
    }

    static QByteArray docContent(const QByteArray &text, const QByteArray &title)
    {
        const qsizetype open = text.indexOf("<doc title=\"" + title + "\"");
        const qsizetype start = text.indexOf(">\n", open) + 2;
        return open < 0 ? QByteArray() : text.mid(start, text.indexOf("</doc>\n", start) - start);
    }

    void remoteQaDocumentContributesItsExport()
    {
        // The same bytes linked locally and remotely contribute the same:
        // the answered entries, as `quire export --format ctx` selects them,
        // not the markdown file as it is.
        LocalHttpServer::Response qa;
        qa.body = TestSupport::sampleBytes();
        m_server->route("/portfolio-qa.md", qa);
        const QByteArray url = m_server->url("/portfolio-qa.md");
        m_project.reset(new ContextProject);
        QVERIFY(m_project->writeLlms("# Remote Q&A\n\n## Docs\n- [Local](portfolio-qa.md)\n- [Site](" + url + ")\n"));
        const QList<RemoteFetcher::Outcome> outcomes = fetch(url);
        QVERIFY2(outcomes[0].result == Result::Fetched, qPrintable(outcomes[0].error));
        ContextResult result = ContextBuilder::build(m_project->llms(), options(outcomes));
        QVERIFY(result.warnings.isEmpty());
        const ContextDoc &local = result.sections[0].docs[0];
        const ContextDoc &remote = result.sections[0].docs[1];
        QCOMPARE(local.kind, ContextDoc::Kind::Qa);
        QCOMPARE(remote.kind, ContextDoc::Kind::Remote);
        QVERIFY(remote.readAsQa);
        const QByteArray localContent = docContent(result.text, "Local");
        QVERIFY(localContent.size() > 1000);
        QCOMPARE(docContent(result.text, "Site"), localContent);
        // Unanswered questions (the out-of-scope probes) are not in it.
        QVERIFY(TestSupport::sampleBytes().contains("chicken"));
        QVERIFY(!localContent.contains("chicken"));

        // The cached copy (offline) is read by the same rule.
        result = ContextBuilder::build(m_project->llms(), options());
        QCOMPARE(result.sections[0].docs[1].status, ContextDoc::Status::Cached);
        QCOMPARE(docContent(result.text, "Site"), localContent);

        // Only approved answers: it has no reviews, so none of it is approved
        // (as a local document without reviews), and the report says so.
        ContextOptions approved = options(outcomes);
        approved.onlyApproved = true;
        result = ContextBuilder::build(m_project->llms(), approved);
        QCOMPARE(docContent(result.text, "Site"), docContent(result.text, "Local"));
        QVERIFY(!docContent(result.text, "Site").contains("AgentFastbook"));
        QVERIFY(std::any_of(result.warnings.cbegin(), result.warnings.cend(), [](const ContextWarning &w) {
            return w.line == 5 && w.message.contains(QStringLiteral("remote Q&A document has no reviews"));
        }));
    }

    void offlineUsesTheCachedCopy()
    {
        const QByteArray url = m_server->url("/doc.md");
        ContextProject *project = projectLinking(url);
        QCOMPARE(fetch(url).value(0).result, Result::Fetched);
        m_server->close();
        const QList<RemoteFetcher::Outcome> outcomes = fetch(url);
        QCOMPARE(outcomes[0].result, Result::Failed);
        QVERIFY(!outcomes[0].error.isEmpty());
        const ContextResult result = ContextBuilder::build(project->llms(), options(outcomes));
        QCOMPARE(result.sections[0].docs[1].status, ContextDoc::Status::Cached);
        QVERIFY(result.text.contains("Fetched &lt;once>"));
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings[0].message.contains(QStringLiteral("the cached copy of")));
    }

    void failedFetchWithoutCopy()
    {
        const QByteArray url = m_server->url("/gone.md");
        ContextProject *project = projectLinking(url);
        const QList<RemoteFetcher::Outcome> outcomes = fetch(url);
        QCOMPARE(outcomes[0].result, Result::Failed);
        QCOMPARE(outcomes[0].error, QStringLiteral("HTTP 404"));
        const ContextResult result = ContextBuilder::build(project->llms(), options(outcomes));
        QCOMPARE(result.sections[0].docs[1].status, ContextDoc::Status::Missing);
        QVERIFY(result.errors.isEmpty()); // remote: a warning, not an error
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings[0].message.contains(QStringLiteral("HTTP 404")));
    }

    void redirects()
    {
        LocalHttpServer::Response hop;
        hop.status = 302;
        hop.headers.insert("Location", m_server->url("/doc.md"));
        m_server->route("/moved", hop);
        const QList<RemoteFetcher::Outcome> moved = fetch(m_server->url("/moved"));
        QVERIFY2(moved[0].result == Result::Fetched, qPrintable(moved[0].error));

        // Each hop has its own path, so what is counted is how far the fetcher
        // went, not how often Qt resent a request on a connection the server
        // was closing (it does, now and then: CI saw /loop five times).
        for (int hop = 0; hop < 8; ++hop) {
            LocalHttpServer::Response next;
            next.status = 302;
            next.headers.insert("Location", m_server->url("/loop" + QByteArray::number(hop + 1)));
            m_server->route("/loop" + QByteArray::number(hop), next);
        }
        RemoteFetcher::Limits limits;
        limits.maxRedirects = 3;
        const QList<RemoteFetcher::Outcome> looped = fetch(m_server->url("/loop0"), limits);
        QCOMPARE(looped[0].result, Result::Failed);
        QVERIFY2(looped[0].error.contains(QStringLiteral("3 redirects")), qPrintable(looped[0].error));
        QSet<QByteArray> paths;
        for (const LocalHttpServer::Request &request : m_server->requests())
            paths.insert(request.path);
        // /loop0 and three redirects followed; the fourth is refused, not requested
        const QSet<QByteArray> expected{"/moved", "/doc.md", "/loop0", "/loop1", "/loop2", "/loop3"};
        QCOMPARE(paths, expected);
    }

    void sizeCap()
    {
        LocalHttpServer::Response big;
        big.body = QByteArray((10 << 20) + 1, 'x');
        m_server->route("/big", big);
        LocalHttpServer::Response exact;
        exact.body = QByteArray(10 << 20, 'y');
        m_server->route("/exact", exact);
        const QList<RemoteFetcher::Outcome> outcomes
            = RemoteFetcher::fetchAll({QString::fromUtf8(m_server->url("/big")), QString::fromUtf8(m_server->url("/exact"))},
                                      RemoteCache(m_cache->path()));
        QCOMPARE(outcomes[0].result, Result::Failed);
        QVERIFY2(outcomes[0].error.contains(QStringLiteral("10 MB")), qPrintable(outcomes[0].error));
        QVERIFY(!RemoteCache(m_cache->path()).find(QString::fromUtf8(m_server->url("/big"))));
        QCOMPARE(outcomes[1].result, Result::Fetched);
        QCOMPARE(RemoteCache(m_cache->path()).find(QString::fromUtf8(m_server->url("/exact")))->body.size(), 10 << 20);
    }

    void timeOut()
    {
        LocalHttpServer::Response silent;
        silent.silent = true;
        m_server->route("/silent", silent);
        RemoteFetcher::Limits limits;
        limits.timeoutMs = 300; // the real limit is 20 s; the rule is the same
        const QList<RemoteFetcher::Outcome> outcomes = fetch(m_server->url("/silent"), limits);
        QCOMPARE(outcomes[0].result, Result::Failed);
        QVERIFY2(outcomes[0].error.contains(QStringLiteral("no answer within")), qPrintable(outcomes[0].error));
        QCOMPARE(RemoteFetcher::Limits().timeoutMs, 20000);
        QCOMPARE(RemoteFetcher::Limits().maxBytes, qint64(10) << 20);
        QCOMPARE(RemoteFetcher::Limits().maxRedirects, 5);
    }

    void timeOutHoldsForAServerThatTrickles()
    {
        // A byte every 50 ms never leaves the connection idle for long, but
        // the whole 2,000-byte answer would take 100 s: the time-out is for
        // the whole request, so it still ends it, on time.
        LocalHttpServer::Response slow;
        slow.body = QByteArray(2000, 'z');
        slow.trickleMs = 50;
        m_server->route("/slow", slow);
        RemoteFetcher::Limits limits;
        limits.timeoutMs = 600;
        QElapsedTimer clock;
        clock.start();
        const QList<RemoteFetcher::Outcome> outcomes = fetch(m_server->url("/slow"), limits);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(outcomes[0].result, Result::Failed);
        QCOMPARE(outcomes[0].error, QStringLiteral("no answer within 0.6 s"));
        QVERIFY2(elapsed >= 550 && elapsed < 3000, qPrintable(QString::number(elapsed)));
        QVERIFY(!RemoteCache(m_cache->path()).find(QString::fromUtf8(m_server->url("/slow"))));
    }

    void theWindowsFetchAppliesTheTimeOut()
    {
        // What the Context panel's Fetch runs: the limits reach the fetch
        // (a silent server, 300 ms instead of 20 s), the cached-less link
        // is left out with the reason, and the rest is built.
        LocalHttpServer::Response silent;
        silent.silent = true;
        m_server->route("/silent", silent);
        ContextProject *project = projectLinking(m_server->url("/silent"));
        ContextProjectJob::Request request;
        request.llmsTxt = project->llms();
        request.cacheFolder = m_cache->path();
        request.fetch = true;
        request.limits.timeoutMs = 300;
        QElapsedTimer clock;
        clock.start();
        const ContextProjectJob::Outcome outcome = ContextProjectJob::run(request);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(outcome.fetchFailures, 1);
        QCOMPARE(outcome.context.sections[0].docs[1].status, ContextDoc::Status::Missing);
        QCOMPARE(outcome.context.warnings.size(), 1);
        QVERIFY2(outcome.context.warnings[0].message.contains(QStringLiteral("no answer within 0.3 s")),
                 qPrintable(outcome.context.warnings[0].message));
        QVERIFY(outcome.context.text.contains("The portfolio's recurring themes"));
        QCOMPARE(ContextProjectJob::Request().limits.timeoutMs, 20000); // what the window uses
    }

    void defaultRedirectLimit()
    {
        // Five redirects are followed, a sixth is refused, with the limits
        // the command and the window use.
        for (int hop = 1; hop <= 6; ++hop) {
            LocalHttpServer::Response next;
            next.status = 301;
            next.headers.insert("Location", m_server->url("/hop" + QByteArray::number(hop + 1)));
            m_server->route("/hop" + QByteArray::number(hop), next);
        }
        m_server->route("/hop7", LocalHttpServer::Response{200, {}, "arrived\n", false, {}});
        const QList<RemoteFetcher::Outcome> five = fetch(m_server->url("/hop2"));
        QVERIFY2(five[0].result == Result::Fetched, qPrintable(five[0].error));
        QCOMPARE(RemoteCache(m_cache->path()).find(QString::fromUtf8(m_server->url("/hop2")))->body, QByteArray("arrived\n"));
        const QList<RemoteFetcher::Outcome> six = fetch(m_server->url("/hop1"));
        QCOMPARE(six[0].result, Result::Failed);
        QCOMPARE(six[0].error, QStringLiteral("more than 5 redirects"));
        QVERIFY(!RemoteCache(m_cache->path()).find(QString::fromUtf8(m_server->url("/hop1"))));
    }

    void redirectOffTheWebIsRefused()
    {
        LocalHttpServer::Response toFile;
        toFile.status = 302;
        toFile.headers.insert("Location", "file:///etc/hostname");
        m_server->route("/to-file", toFile);
        const QList<RemoteFetcher::Outcome> outcomes = fetch(m_server->url("/to-file"));
        QCOMPARE(outcomes[0].result, Result::Failed);
        QVERIFY(!outcomes[0].error.isEmpty());
        QVERIFY(!RemoteCache(m_cache->path()).find(QString::fromUtf8(m_server->url("/to-file"))));
    }

    void sizeCapWithoutAnnouncedLength()
    {
        // No Content-Length and a body that never ends: the cap stops it at
        // the first byte over 10 MB, long before the 20 s time-out.
        LocalHttpServer::Response endless;
        endless.body = "endless ";
        endless.noLength = true;
        endless.endless = true;
        m_server->route("/endless", endless);
        LocalHttpServer::Response exact;
        exact.body = QByteArray(10 << 20, 'e');
        exact.noLength = true;
        m_server->route("/exact-unannounced", exact);
        QElapsedTimer clock;
        clock.start();
        const QList<RemoteFetcher::Outcome> outcomes = RemoteFetcher::fetchAll(
            {QString::fromUtf8(m_server->url("/endless")), QString::fromUtf8(m_server->url("/exact-unannounced"))},
            RemoteCache(m_cache->path()));
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(outcomes[0].result, Result::Failed);
        QCOMPARE(outcomes[0].error, QStringLiteral("larger than the 10 MB Quire fetches"));
        QVERIFY(!RemoteCache(m_cache->path()).find(QString::fromUtf8(m_server->url("/endless"))));
        QVERIFY2(outcomes[1].result == Result::Fetched, qPrintable(outcomes[1].error));
        QCOMPARE(RemoteCache(m_cache->path()).find(QString::fromUtf8(m_server->url("/exact-unannounced")))->body.size(), 10 << 20);
    }
};

QTEST_GUILESS_MAIN(TestContextRemote)
#include "tst_contextremote.moc"
