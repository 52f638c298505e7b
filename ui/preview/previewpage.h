#pragma once

#include <QUrl>
#include <QWebEnginePage>

#include <functional>

// The preview's page: it shows one document, built by the application, and
// never goes anywhere else. Every navigation is refused except the load of
// that document; a link the user clicks is handed to the system browser.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    // Loads the page's own HTML (the only navigation this page accepts).
    void loadSkeleton(const QString &html);

    // Replaces QDesktopServices::openUrl, so tests open no browser.
    void setUrlOpener(UrlOpener opener);

    static bool isExternalScheme(const QUrl &url);
    // Where the page's link guard reports a click on a link it stopped (a
    // navigation this page refuses, carrying the link's address).
    static QString ignoredLinkPrefix();
    // Hands an http, https or mailto URL to the system; others are ignored.
    void openExternally(const QUrl &url);

    // Public so that tests can drive the policy directly.
    bool acceptNavigationRequest(const QUrl &url, NavigationType type,
                                 bool isMainFrame) override;

    // Loads the Content-Security-Policy refused before they became requests
    // (Chromium reports them only on the console, also with scripts off).
    int refusedByPolicyCount() const;

signals:
    // A link the user clicked was handed to the system (http, https, mailto).
    void linkActivated(const QUrl &url);
    // A link the user clicked cannot be opened outside (relative, file:,
    // data:, emptied…); the click did nothing.
    void linkIgnored(const QUrl &url);
    void navigationRefused(const QUrl &url);
    void loadRefusedByPolicy(const QUrl &url);

protected:
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceId) override;

private:
    void installLinkGuard();

    UrlOpener m_openUrl;
    int m_pendingSkeletonLoads = 0;
    int m_refusedByPolicy = 0;
};
