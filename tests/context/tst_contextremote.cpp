// Remote links: fetched only when asked, against a server this suite starts
// on 127.0.0.1: cache, ETag / Last-Modified revalidation, offline use of the
// cached copy, redirects, the size cap, the time-out.

#include "tests/context/contextproject.h"
#include "tests/context/localhttpserver.h"

#include "app/context/contextbuilder.h"
#include "app/context/remotefetcher.h"

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

        LocalHttpServer::Response loop;
        loop.status = 302;
        loop.headers.insert("Location", m_server->url("/loop"));
        m_server->route("/loop", loop);
        RemoteFetcher::Limits limits;
        limits.maxRedirects = 3;
        const QList<RemoteFetcher::Outcome> looped = fetch(m_server->url("/loop"), limits);
        QCOMPARE(looped[0].result, Result::Failed);
        QVERIFY2(looped[0].error.contains(QStringLiteral("3 redirects")), qPrintable(looped[0].error));
        QCOMPARE(m_server->requests().size(), 2 + 4); // /moved, /doc.md; /loop once plus three redirects
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
    }
};

QTEST_GUILESS_MAIN(TestContextRemote)
#include "tst_contextremote.moc"
