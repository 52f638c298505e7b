#include "ui/preview/previewpage.h"

#include <QDesktopServices>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcPreview, "quire.preview", QtWarningMsg)

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
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
