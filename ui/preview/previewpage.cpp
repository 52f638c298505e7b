#include "ui/preview/previewpage.h"

#include <QDesktopServices>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

Q_LOGGING_CATEGORY(lcPreview, "quire.preview", QtWarningMsg)

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    installLinkGuard();
}

QString PreviewPage::ignoredLinkPrefix()
{
    // .invalid never resolves, and this page refuses every navigation anyway.
    return QStringLiteral("https://quire.invalid/ignored-link?");
}

void PreviewPage::installLinkGuard()
{
    // Chromium commits some link clicks without asking acceptNavigationRequest:
    // a link it cannot resolve against the page's data: URL (relative, emptied
    // javascript:) turns the page into about:blank#blocked, and a fragment
    // link changes the page's URL. So clicks on links are stopped in the page
    // itself, from the application's isolated world (the only world in which
    // scripts run here): a plain left click on an http, https or mailto link
    // goes on to acceptNavigationRequest, which hands it to the system; a
    // fragment link scrolls to its target when there is one; any other click
    // on a link does nothing and is reported, through a navigation this page
    // refuses, so the window can say why nothing happened.
    QWebEngineScript guard;
    guard.setName(QStringLiteral("quire-link-guard"));
    guard.setWorldId(QWebEngineScript::ApplicationWorld);
    guard.setInjectionPoint(QWebEngineScript::DocumentCreation);
    guard.setRunsOnSubFrames(false);
    guard.setSourceCode(QStringLiteral(R"js(
(() => {
  const ignoredPrefix = %1;
  const external = /^(https?|mailto):/i;
  const guard = (event) => {
    const link = event.target && event.target.closest ? event.target.closest('a') : null;
    if (!link) return;
    const href = link.getAttribute('href') || '';
    const plain = event.type === 'click' && event.button === 0 &&
        !event.ctrlKey && !event.shiftKey && !event.metaKey && !event.altKey;
    if (plain && external.test(href.trim())) return;
    event.preventDefault();
    event.stopPropagation();
    if (!plain) return;
    if (href.startsWith('#') && href.length > 1) {
      const target = document.getElementById(decodeURIComponent(href.slice(1)));
      if (target) { target.scrollIntoView(); return; }
    }
    window.location.assign(ignoredPrefix + encodeURIComponent(href));
  };
  document.addEventListener('click', guard, true);
  document.addEventListener('auxclick', guard, true);
})();
)js").arg(QStringLiteral("'%1'").arg(ignoredLinkPrefix())));
    scripts().insert(guard);
}

void PreviewPage::loadSkeleton(const QString &html)
{
    ++m_pendingSkeletonLoads;
    setHtml(html);
}

void PreviewPage::setUrlOpener(UrlOpener opener)
{
    m_openUrl = std::move(opener);
}

bool PreviewPage::isExternalScheme(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https")
            || scheme == QLatin1String("mailto");
}

void PreviewPage::openExternally(const QUrl &url)
{
    if (!isExternalScheme(url))
        return;
    if (m_openUrl)
        m_openUrl(url);
    emit linkActivated(url);
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type,
                                          bool isMainFrame)
{
    // setHtml() navigates the main frame to a data: URL. Accept exactly as
    // many of those as loadSkeleton() asked for; a data: link in the
    // document must not get through on the skeleton's ticket.
    if (isMainFrame && m_pendingSkeletonLoads > 0 && type == NavigationTypeTyped
            && url.scheme() == QLatin1String("data")) {
        --m_pendingSkeletonLoads;
        return true;
    }

    const QString address = url.toString(QUrl::FullyEncoded);
    if (isMainFrame && address.startsWith(ignoredLinkPrefix())) {
        const QString href = QUrl::fromPercentEncoding(address.mid(ignoredLinkPrefix().size()).toUtf8());
        emit linkIgnored(QUrl(href));
        return false;
    }

    if (type == NavigationTypeLinkClicked && isMainFrame && isExternalScheme(url)) {
        openExternally(url);
        return false;
    }

    emit navigationRefused(url);
    return false;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType)
{
    // target=_blank, middle clicks and window.open: no new windows. A link
    // that wanted one still arrives here only as a refused request; the
    // user can click it without the modifier to open it in the browser.
    return nullptr;
}

int PreviewPage::refusedByPolicyCount() const
{
    return m_refusedByPolicy;
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                           const QString &message, int lineNumber,
                                           const QString &sourceId)
{
    Q_UNUSED(lineNumber)
    Q_UNUSED(sourceId)
    // With page scripts off, only the engine itself writes here, e.g.
    // "Refused to load the image 'http://…' because it violates the
    // following Content Security Policy directive: …". Loads ("load …",
    // "frame", "connect to") count as refused requests; a refused inline
    // script or style is not a request.
    static const QRegularExpression refusedLoad(
            QStringLiteral("^Refused to (?:load|frame|connect to|prefetch)\\b[^']*'([^']*)'.*"
                           "Content Security Policy"),
            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = refusedLoad.match(message);
    if (match.hasMatch()) {
        ++m_refusedByPolicy;
        const QUrl url(match.captured(1));
        qCDebug(lcPreview) << "refused by the Content-Security-Policy:" << url;
        emit loadRefusedByPolicy(url);
        return;
    }
    if (level == ErrorMessageLevel)
        qCDebug(lcPreview) << "console:" << message;
}
