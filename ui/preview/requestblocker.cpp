#include "ui/preview/requestblocker.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace {
// Enough to see what a hostile document tried, without growing forever.
constexpr int maxRememberedUrls = 100;
}

RequestBlocker::RequestBlocker(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

bool RequestBlocker::isAllowed(const QWebEngineUrlRequestInfo &info)
{
    // The page itself. Whether a main-frame navigation may happen at all is
    // PreviewPage's decision; a data: document carries its content inline.
    return info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame
            && info.requestUrl().scheme() == QLatin1String("data");
}

void RequestBlocker::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (isAllowed(info))
        return;
    info.block(true);
    ++m_blockedCount;
    const QUrl url = info.requestUrl();
    {
        QMutexLocker locker(&m_mutex);
        if (m_blockedUrls.size() < maxRememberedUrls)
            m_blockedUrls.append(url);
    }
    // Qt 6 calls interceptors on the UI thread, but do not rely on it.
    QMetaObject::invokeMethod(this, [this, url] { emit requestBlocked(url); },
                              Qt::AutoConnection);
}

int RequestBlocker::blockedCount() const
{
    return m_blockedCount.load();
}

QList<QUrl> RequestBlocker::blockedUrls() const
{
    QMutexLocker locker(&m_mutex);
    return m_blockedUrls;
}
