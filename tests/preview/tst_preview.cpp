// The markdown preview on a real WebEngine: what it shows, what it keeps
// (scroll position, palette), and what it refuses (scripts, requests,
// navigation). Hostile URLs point at a local TCP server that must never see
// a connection.

#include "ui/preview/previewpage.h"
#include "ui/preview/previewview.h"
#include "ui/preview/requestblocker.h"

#include <QApplication>
#include <QPalette>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QtTest>

#include <algorithm>
#include <memory>

namespace {

constexpr int scriptTimeoutMs = 20000;

// Runs a script in the application's isolated world (the only world in
// which scripts run in the preview) and waits for its result.
QVariant evaluate(QWebEnginePage *page, const QString &script,
                  quint32 world = QWebEngineScript::ApplicationWorld, bool *ran = nullptr)
{
    struct State
    {
        bool done = false;
        QVariant result;
    };
    auto state = std::make_shared<State>();
    page->runJavaScript(script, world, [state](const QVariant &result) {
        state->result = result;
        state->done = true;
    });
    const bool done = QTest::qWaitFor([&] { return state->done; }, scriptTimeoutMs);
    if (ran)
        *ran = done;
    if (!done)
        qWarning("script did not complete: %s", qPrintable(script));
    return state->result;
}

QString contentHtml(PreviewView &view)
{
    return evaluate(view.page(),
                    QStringLiteral("document.getElementById('quire-content').innerHTML"))
            .toString();
}

// Clicks the middle of the first element matching selector, as a user would.
bool clickElement(PreviewView &view, const QString &selector)
{
    const QVariantList centre = evaluate(view.page(), QStringLiteral(
            "(() => { const r = document.querySelector('%1').getBoundingClientRect();"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()").arg(selector)).toList();
    if (centre.size() != 2)
        return false;
    const QPoint point(qRound(centre.at(0).toDouble()), qRound(centre.at(1).toDouble()));
    QWidget *target = view.focusProxy() ? view.focusProxy() : &view;
    QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier, point);
    return true;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x2d, 0x2d, 0x2d));
    palette.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    palette.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0xfa, 0xfa, 0xf7));
    palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::AlternateBase, QColor(0xee, 0xee, 0xea));
    palette.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    palette.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    return palette;
}

} // namespace

class TestPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typedBoldShowsStrong();
    void onlyApplicationScriptsRun();
    void staleRenderIsDropped();
    void hostileMarkdownRunsAndRequestsNothing();
    void hostileHtmlIsContainedByThePage();
    void interceptorBlocksAndCountsOnItsOwn();
    void pageNeverNavigatesAway();
    void clickedLinkOpensInSystemBrowser();
    void linkPolicy_data();
    void linkPolicy();
    void scrollPositionSurvivesUpdate();
    void darkPaletteGivesDarkPage();
    void contentBeyondSetHtmlLimit();
    void destroyedWhileRendering();

private:
    std::unique_ptr<PreviewView> makeView(const QPalette &palette = lightPalette());
    bool show(PreviewView &view, const QString &markdown);
    QString trapUrl(const QString &path) const;
    void verifyNothingReachedTheTrap();

    QTcpServer m_trap;
    QList<QUrl> m_opened;
};

void TestPreview::initTestCase()
{
    QVERIFY(m_trap.listen(QHostAddress::LocalHost));
}

void TestPreview::init()
{
    m_opened.clear();
}

void TestPreview::cleanup()
{
    verifyNothingReachedTheTrap();
}

std::unique_ptr<PreviewView> TestPreview::makeView(const QPalette &palette)
{
    auto view = std::make_unique<PreviewView>();
    view->setPalette(palette);
    view->previewPage()->setUrlOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    view->resize(640, 480);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("preview window not exposed");
    return view;
}

bool TestPreview::show(PreviewView &view, const QString &markdown)
{
    QSignalSpy updated(&view, &PreviewView::contentUpdated);
    view.setMarkdownNow(markdown);
    return updated.wait(scriptTimeoutMs);
}

QString TestPreview::trapUrl(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_trap.serverPort()).arg(path);
}

void TestPreview::verifyNothingReachedTheTrap()
{
    QCoreApplication::processEvents();
    QVERIFY2(!m_trap.hasPendingConnections(), "a request reached the network");
}

void TestPreview::typedBoldShowsStrong()
{
    auto view = makeView();
    QSignalSpy updated(view.get(), &PreviewView::contentUpdated);
    // Keystroke by keystroke, as the editor sends it.
    const QString typed = QStringLiteral("**bold**");
    for (int i = 1; i <= typed.size(); ++i)
        view->setMarkdown(typed.left(i));
    QVERIFY(updated.wait(scriptTimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(contentHtml(*view).contains(QLatin1String("<strong>bold</strong>")),
                             scriptTimeoutMs);
    QVERIFY(view->currentHtml().contains(QLatin1String("<strong>bold</strong>")));
}

void TestPreview::onlyApplicationScriptsRun()
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

void TestPreview::staleRenderIsDropped()
{
    auto view = makeView();
    QVERIFY(show(*view, QStringLiteral("start")));
    QSignalSpy updated(view.get(), &PreviewView::contentUpdated);
    view->setMarkdownNow(QStringLiteral("first"));
    view->setMarkdownNow(QStringLiteral("second"));
    QVERIFY(updated.wait(scriptTimeoutMs));
    QCOMPARE(contentHtml(*view), QStringLiteral("<p>second</p>\n"));
    // The round trip above lets any late result arrive; none may.
    QCOMPARE(updated.count(), 1);
    QCOMPARE(view->currentHtml(), QStringLiteral("<p>second</p>\n"));
}

void TestPreview::hostileMarkdownRunsAndRequestsNothing()
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

void TestPreview::hostileHtmlIsContainedByThePage()
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

void TestPreview::interceptorBlocksAndCountsOnItsOwn()
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

void TestPreview::pageNeverNavigatesAway()
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

void TestPreview::clickedLinkOpensInSystemBrowser()
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

void TestPreview::linkPolicy_data()
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

void TestPreview::linkPolicy()
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

void TestPreview::scrollPositionSurvivesUpdate()
{
    auto view = makeView();
    QString tall;
    for (int i = 0; i < 200; ++i)
        tall += QStringLiteral("Paragraph %1 of a long answer.\n\n").arg(i);
    QVERIFY(show(*view, tall));

    evaluate(view->page(), QStringLiteral("window.scrollTo(0, 400)"));
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(view->page(), QStringLiteral("window.scrollY")).toInt(), 400,
                              scriptTimeoutMs);

    QVERIFY(show(*view, tall + QStringLiteral("One more **paragraph**.\n")));
    QVERIFY(contentHtml(*view).contains(QLatin1String("<strong>paragraph</strong>")));
    QCOMPARE(evaluate(view->page(), QStringLiteral("window.scrollY")).toInt(), 400);
}

void TestPreview::darkPaletteGivesDarkPage()
{
    // Dark from the start: the page's own background before any content
    // (no white flash), and the body's once the skeleton is in.
    {
        auto view = makeView(darkPalette());
        QCOMPARE(view->page()->backgroundColor(), QColor(0x1e, 0x1e, 0x1e));
        QVERIFY(show(*view, QStringLiteral("dark")));
        QCOMPARE(evaluate(view->page(),
                          QStringLiteral("getComputedStyle(document.body).backgroundColor"))
                         .toString(),
                 QStringLiteral("rgb(30, 30, 30)"));
        QCOMPARE(evaluate(view->page(), QStringLiteral("getComputedStyle(document.body).color"))
                         .toString(),
                 QStringLiteral("rgb(221, 221, 221)"));
    }

    // Switching at run time restyles the page in place: content and scroll stay.
    auto view = makeView(lightPalette());
    QString tall;
    for (int i = 0; i < 200; ++i)
        tall += QStringLiteral("Line %1\n\n").arg(i);
    QVERIFY(show(*view, tall));
    QCOMPARE(evaluate(view->page(), QStringLiteral("getComputedStyle(document.body).backgroundColor"))
                     .toString(),
             QStringLiteral("rgb(250, 250, 247)"));
    evaluate(view->page(), QStringLiteral("window.scrollTo(0, 300)"));
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(view->page(), QStringLiteral("window.scrollY")).toInt(), 300,
                              scriptTimeoutMs);

    view->setPalette(darkPalette());
    QCOMPARE(view->page()->backgroundColor(), QColor(0x1e, 0x1e, 0x1e));
    QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(view->page(), QStringLiteral("getComputedStyle(document.body).backgroundColor"))
                    .toString(),
            QStringLiteral("rgb(30, 30, 30)"), scriptTimeoutMs);
    QCOMPARE(evaluate(view->page(), QStringLiteral("window.scrollY")).toInt(), 300);
    QVERIFY(contentHtml(*view).contains(QLatin1String("Line 199")));
}

void TestPreview::contentBeyondSetHtmlLimit()
{
    auto view = makeView();
    const QString line = QStringLiteral("A line of a very long answer, repeated. ");
    QString huge;
    huge.reserve(3 * 1024 * 1024);
    while (huge.size() < 3 * 1024 * 1024)
        huge += line;
    huge += QStringLiteral("THE END");
    QVERIFY(show(*view, huge));
    QVERIFY(evaluate(view->page(), QStringLiteral(
                    "document.getElementById('quire-content').textContent.length"))
                    .toInt()
            > 3 * 1024 * 1024);
    QVERIFY(evaluate(view->page(), QStringLiteral(
                    "document.getElementById('quire-content').textContent.trim().endsWith('THE END')"))
                    .toBool());
}

void TestPreview::destroyedWhileRendering()
{
    auto view = makeView();
    QPointer<QWebEnginePage> page = view->page();
    view->setMarkdownNow(QStringLiteral("# Going away"));
    view->setMarkdown(QStringLiteral("# Debounced"));
    view.reset();
    QVERIFY(page.isNull());
    // Any render still running finishes into nothing.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
}

int main(int argc, char *argv[])
{
    // WebEngine in a widgets application wants shared OpenGL contexts, set
    // before the application object exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPreview test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_preview.moc"
