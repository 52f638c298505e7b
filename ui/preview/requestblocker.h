#pragma once

#include <QList>
#include <QMutex>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

// Last line of defence of the preview: every request its profile makes is
// refused and counted, except the main-frame load of the page's own HTML
// (a data: URL made by QWebEnginePage::setHtml, which never touches the
// network). The Content-Security-Policy of the page already refuses most
// loads before they are requested; this catches whatever gets past it.
class RequestBlocker : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit RequestBlocker(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    int blockedCount() const;
    QList<QUrl> blockedUrls() const;

    static bool isAllowed(const QWebEngineUrlRequestInfo &info);

signals:
    // Queued to the blocker's thread if interceptRequest runs elsewhere.
    void requestBlocked(const QUrl &url);

private:
    std::atomic<int> m_blockedCount{0};
    mutable QMutex m_mutex;
    QList<QUrl> m_blockedUrls;
};
