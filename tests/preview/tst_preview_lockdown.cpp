// What the preview refuses, on a real WebEngine: scripts other than its own,
// requests (hostile URLs point at a local TCP server that must never see a
// connection), navigation away; links open in the system browser by policy.

#include "tests/preview/previewfixture.h"

#include "ui/preview/previewpage.h"
#include "ui/preview/previewview.h"
#include "ui/preview/requestblocker.h"

#include <QSignalSpy>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QtTest>

#include <algorithm>
#include <memory>

class TestPreviewLockdown : public PreviewFixture
{
    Q_OBJECT

private slots:
    void onlyApplicationScriptsRun();
    void hostileMarkdownRunsAndRequestsNothing();
    void hostileHtmlIsContainedByThePage();
    void interceptorBlocksAndCountsOnItsOwn();
    void pageNeverNavigatesAway();
    void clickedLinkOpensInSystemBrowser();
    void linkPolicy_data();
    void linkPolicy();
};

void TestPreviewLockdown::onlyApplicationScriptsRun()
{
    auto view = makeView();
    QVERIFY(show(*view, QStringLiteral("text")));
    QVERIFY(!view->page()->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));

    // The page's own world runs nothing: the callback gets no value.
    bool ran = false;
    const QVariant inPage = evaluate(view->page(), QStringLiteral("1 + 1"),
                                     QWebEngineScript::MainWorld, &ran);
    QVERIFY(ran);
    QVERIFY(!inPage.isValid());
    // The application's isolated world still runs, and sees the same DOM.
    QCOMPARE(evaluate(view->page(), QStringLiteral("1 + 1")).toInt(), 2);
    QCOMPARE(evaluate(view->page(), QStringLiteral("document.title")).toString(),
             QStringLiteral("Quire preview"));
}

void TestPreviewLockdown::hostileMarkdownRunsAndRequestsNothing()
{
    auto view = makeView();
    QVERIFY(show(*view, QStringLiteral("safe")));
    const QUrl skeletonUrl = view->page()->url();
    QCOMPARE(skeletonUrl.scheme(), QStringLiteral("data"));
    QSignalSpy blocked(view.get(), &PreviewView::requestBlocked);

    const QString hostile = QStringLiteral(
            "**Answer:** hostile\n\n"
            "<script>document.title='pwned'</script>\n\n"
            "<img src=%1 onerror=alert(1)>\n\n"
            "<img src=%1 onerror=\"document.body.appendChild(document.createElement('pwned'))\">\n\n"
            "![x](%2)\n\n"
            "<iframe src=%3></iframe>\n\n"
            "<div style=\"background:url(%4)\">styled</div>\n\n"
            "[x](javascript:alert(1)) [f](file:///etc/passwd)\n")
            .arg(trapUrl(QStringLiteral("x.png")), trapUrl(QStringLiteral("a.png")),
                 trapUrl(QString()), trapUrl(QStringLiteral("b.png")));
    QVERIFY(show(*view, hostile));

    // The markdown image became a real <img>: it was attempted, and refused.
    QCOMPARE(evaluate(view->page(), QStringLiteral("document.images.length")).toInt(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(view->blockedRequestCount() >= 1, scriptTimeoutMs);
    QVERIFY(blocked.count() >= 1);
    QCOMPARE(blocked.first().first().toUrl(), QUrl(trapUrl(QStringLiteral("a.png"))));

    QCOMPARE(evaluate(view->page(), QStringLiteral("document.title")).toString(),
             QStringLiteral("Quire preview"));
    QCOMPARE(evaluate(view->page(),
                      QStringLiteral("document.getElementsByTagName('pwned').length"))
                     .toInt(),
             0);
    QCOMPARE(evaluate(view->page(),
                      QStringLiteral("document.querySelectorAll('script, iframe').length"))
                     .toInt(),
             0);
    // cmark's safe mode empties javascript: and file: links.
    QCOMPARE(evaluate(view->page(),
                      QStringLiteral("Array.from(document.links).filter(a => "
                                     "/^(javascript|file):/i.test(a.getAttribute('href'))).length"))
                     .toInt(),
             0);
    QCOMPARE(view->page()->url(), skeletonUrl);
    QVERIFY(m_opened.isEmpty());
}

void TestPreviewLockdown::hostileHtmlIsContainedByThePage()
{
    // As if the renderer let raw HTML through: the page alone must hold.
    auto view = makeView();
    QVERIFY(show(*view, QStringLiteral("safe")));
    const QUrl skeletonUrl = view->page()->url();
    QSignalSpy blocked(view.get(), &PreviewView::requestBlocked);
    QSignalSpy refused(view->previewPage(), &PreviewPage::navigationRefused);

    const QString canary = QStringLiteral(
            "document.title='pwned';document.body.appendChild(document.createElement('pwned'))");
    const QString hostile = QStringLiteral(
            "<p id=marker>hostile <a id=jslink href=\"javascript:%1\">js</a>"
            " <a id=outlink href=\"https://example.org/after\">out</a></p>"
            "<script>%1</script>"
            "<img src=\"%2\" onerror=\"%1\">"
            "<img src=\"nowhere.png\" onerror=\"%1\">"
            "<svg><image href=\"%3\"></image></svg>"
            "<div style=\"height:20px;background:url(%4)\">styled</div>"
            "<iframe src=\"%5\"></iframe>"
            "<iframe srcdoc=\"<script>parent.document.title='pwned'</script>\"></iframe>"
            "<object data=\"%6\"></object>"
            "<link rel=stylesheet href=\"%7\">"
            "<meta http-equiv=refresh content=\"0;url=%8\">"
            "<details open ontoggle=\"%1\"><summary>s</summary></details>")
            .arg(canary.toHtmlEscaped(), trapUrl(QStringLiteral("x.png")),
                 trapUrl(QStringLiteral("svg.png")), trapUrl(QStringLiteral("b.png")),
                 trapUrl(QStringLiteral("frame")), trapUrl(QStringLiteral("object")),
                 trapUrl(QStringLiteral("style.css")), trapUrl(QStringLiteral("refresh")));
    QSignalSpy updated(view.get(), &PreviewView::contentUpdated);
    view->showRenderedHtml(hostile);
    QVERIFY(updated.wait(scriptTimeoutMs));
    QCOMPARE(evaluate(view->page(), QStringLiteral("document.getElementById('marker') !== null"))
                     .toBool(),
             true);

    const auto blockedUrls = [&blocked] {
        QList<QUrl> urls;
        for (const QList<QVariant> &arguments : blocked)
            urls.append(arguments.first().toUrl());
        return urls;
    };
    QTRY_VERIFY_WITH_TIMEOUT(blockedUrls().contains(QUrl(trapUrl(QStringLiteral("x.png")))),
                             scriptTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(blockedUrls().contains(QUrl(trapUrl(QStringLiteral("b.png")))),
                             scriptTimeoutMs);
    QVERIFY(view->blockedRequestCount() >= 2);

    // Clicking the javascript: link runs nothing either (with scripts off,
    // it does not even become a navigation request). The click on the next
    // link marks when the first one has been handled.
    QVERIFY(clickElement(*view, QStringLiteral("#jslink")));
    QVERIFY(clickElement(*view, QStringLiteral("#outlink")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_opened.isEmpty(), scriptTimeoutMs);
    QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("https://example.org/after"))});
    QCOMPARE(evaluate(view->page(), QStringLiteral("document.title")).toString(),
             QStringLiteral("Quire preview"));
    QCOMPARE(evaluate(view->page(),
                      QStringLiteral("document.getElementsByTagName('pwned').length"))
                     .toInt(),
             0);
    // The <meta> refresh asked to leave, and was refused.
    QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(refused.cbegin(), refused.cend(),
                        [this](const QList<QVariant> &arguments) {
                            return arguments.first().toUrl() == QUrl(trapUrl(QStringLiteral("refresh")));
                        }),
            scriptTimeoutMs);
    QCOMPARE(view->page()->url(), skeletonUrl);
}

void TestPreviewLockdown::interceptorBlocksAndCountsOnItsOwn()
{
    // The interceptor is the layer behind the Content-Security-Policy. Load a
    // page with no policy at all through a profile that has only the
    // interceptor: the image is requested, and must be blocked and counted.
    QWebEngineProfile profile;
    RequestBlocker blocker;
    profile.setUrlRequestInterceptor(&blocker);
    auto page = std::make_unique<QWebEnginePage>(&profile);
    QSignalSpy loaded(page.get(), &QWebEnginePage::loadFinished);
    page->setHtml(QStringLiteral("<p>no policy</p><img src=\"%1\">"
                                 "<div style=\"height:9px;background:url(%2)\"></div>")
                          .arg(trapUrl(QStringLiteral("x.png")), trapUrl(QStringLiteral("b.png"))));
    QVERIFY(loaded.wait(scriptTimeoutMs));
    QCOMPARE(loaded.first().first().toBool(), true); // The page itself got through.
    QTRY_VERIFY_WITH_TIMEOUT(blocker.blockedUrls().contains(QUrl(trapUrl(QStringLiteral("x.png")))),
                             scriptTimeoutMs);
    QVERIFY(blocker.blockedCount() >= 1);
    for (const QUrl &url : blocker.blockedUrls())
        QCOMPARE(url.scheme(), QStringLiteral("http"));
    page.reset(); // Before its profile.
}

void TestPreviewLockdown::pageNeverNavigatesAway()
{
    auto view = makeView();
    QVERIFY(show(*view, QStringLiteral("[out](https://example.org/)")));
    const QUrl skeletonUrl = view->page()->url();
    QSignalSpy refused(view->previewPage(), &PreviewPage::navigationRefused);
    QSignalSpy updated(view.get(), &PreviewView::contentUpdated);

    view->page()->load(QUrl(trapUrl(QStringLiteral("loaded"))));
    QTRY_VERIFY_WITH_TIMEOUT(refused.count() >= 1, scriptTimeoutMs);
    // A data: URL must not pass for the skeleton.
    view->page()->load(QUrl(QStringLiteral("data:text/html,<p>replaced</p>")));
    QTRY_VERIFY_WITH_TIMEOUT(refused.count() >= 2, scriptTimeoutMs);
    view->page()->triggerAction(QWebEnginePage::Reload);
    QTRY_VERIFY_WITH_TIMEOUT(refused.count() >= 3, scriptTimeoutMs);

    QCOMPARE(view->page()->url(), skeletonUrl);
    QVERIFY(contentHtml(*view).contains(QLatin1String("https://example.org/")));
    QVERIFY(m_opened.isEmpty());
    QCOMPARE(updated.count(), 0);
}

void TestPreviewLockdown::clickedLinkOpensInSystemBrowser()
{
    auto view = makeView();
    QVERIFY(show(*view, QStringLiteral("# Links\n\n[a link](https://example.org/page)\n")));
    const QUrl skeletonUrl = view->page()->url();
    QSignalSpy activated(view.get(), &PreviewView::linkActivated);

    QVERIFY(clickElement(*view, QStringLiteral("a")));

    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, scriptTimeoutMs);
    QCOMPARE(activated.first().first().toUrl(), QUrl(QStringLiteral("https://example.org/page")));
    QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("https://example.org/page"))});
    QCOMPARE(view->page()->url(), skeletonUrl);
    QVERIFY(contentHtml(*view).contains(QLatin1String("a link")));
}

void TestPreviewLockdown::linkPolicy_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("opened");

    const int clicked = QWebEnginePage::NavigationTypeLinkClicked;
    QTest::newRow("https") << QUrl(QStringLiteral("https://example.org")) << clicked << true;
    QTest::newRow("http") << QUrl(QStringLiteral("http://example.org/a?b#c")) << clicked << true;
    QTest::newRow("mailto") << QUrl(QStringLiteral("mailto:me@example.org")) << clicked << true;
    QTest::newRow("javascript") << QUrl(QStringLiteral("javascript:alert(1)")) << clicked << false;
    QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd")) << clicked << false;
    QTest::newRow("data") << QUrl(QStringLiteral("data:text/html,<p>x</p>")) << clicked << false;
    QTest::newRow("typed https") << QUrl(QStringLiteral("https://example.org"))
                                 << int(QWebEnginePage::NavigationTypeTyped) << false;
    QTest::newRow("typed data") << QUrl(QStringLiteral("data:text/html,<p>x</p>"))
                                << int(QWebEnginePage::NavigationTypeTyped) << false;
    QTest::newRow("redirect") << QUrl(QStringLiteral("https://example.org"))
                              << int(QWebEnginePage::NavigationTypeRedirect) << false;
    QTest::newRow("form") << QUrl(QStringLiteral("https://example.org"))
                          << int(QWebEnginePage::NavigationTypeFormSubmitted) << false;
}

void TestPreviewLockdown::linkPolicy()
{
    QFETCH(QUrl, url);
    QFETCH(int, type);
    QFETCH(bool, opened);

    QWebEngineProfile profile;
    auto page = std::make_unique<PreviewPage>(&profile);
    QList<QUrl> openedUrls;
    page->setUrlOpener([&openedUrls](const QUrl &u) {
        openedUrls.append(u);
        return true;
    });
    QSignalSpy activated(page.get(), &PreviewPage::linkActivated);

    QVERIFY(!page->acceptNavigationRequest(url, QWebEnginePage::NavigationType(type), true));
    QCOMPARE(activated.count(), opened ? 1 : 0);
    QCOMPARE(openedUrls, opened ? QList<QUrl>{url} : QList<QUrl>{});
    // A link in a frame never opens anything.
    QVERIFY(!page->acceptNavigationRequest(url, QWebEnginePage::NavigationType(type), false));
    QCOMPARE(openedUrls.size(), opened ? 1 : 0);
    page.reset();
}

int main(int argc, char *argv[])
{
    return PreviewFixture::exec<TestPreviewLockdown>(argc, argv);
}

#include "tst_preview_lockdown.moc"
