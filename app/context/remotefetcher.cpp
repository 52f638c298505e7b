#include "app/context/remotefetcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace {

QString sizeCapMessage(qint64 maxBytes)
{
    return QCoreApplication::translate("RemoteFetcher", "larger than the %1 MB Quire fetches").arg(maxBytes / (1 << 20));
}

RemoteFetcher::Outcome fetchOne(QNetworkAccessManager &network, const QString &url, const RemoteCache &cache,
                                const RemoteFetcher::Limits &limits)
{
    RemoteFetcher::Outcome outcome;
    outcome.url = url;
    QNetworkRequest request{QUrl(url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(limits.maxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Quire/%1").arg(QStringLiteral(QUIRE_VERSION)));
    const std::optional<RemoteCache::Entry> cached = cache.find(url);
    if (cached && !cached->etag.isEmpty())
        request.setRawHeader("If-None-Match", cached->etag.toUtf8());
    if (cached && !cached->lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", cached->lastModified.toUtf8());

    QNetworkReply *reply = network.get(request);
    QByteArray body;
    QString failure;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply, [&] {
        failure = QCoreApplication::translate("RemoteFetcher", "no answer within %1 s").arg(limits.timeoutMs / 1000.0);
        reply->abort();
    });
    // The cap holds whatever the server announces: the body is read as it
    // comes and the transfer stopped at the first byte over it.
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 3)
            return;
        body.append(reply->readAll());
        if (body.size() > limits.maxBytes) {
            failure = sizeCapMessage(limits.maxBytes);
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(limits.timeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    deadline.stop();
    if (failure.isEmpty())
        body.append(reply->readAll());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (failure.isEmpty() && body.size() > limits.maxBytes)
        failure = sizeCapMessage(limits.maxBytes);
    if (failure.isEmpty() && reply->error() == QNetworkReply::TooManyRedirectsError)
        failure = QCoreApplication::translate("RemoteFetcher", "more than %1 redirects").arg(limits.maxRedirects);
    if (failure.isEmpty() && reply->error() != QNetworkReply::NoError && status != 304)
        failure = status >= 400 ? QCoreApplication::translate("RemoteFetcher", "HTTP %1").arg(status) : reply->errorString();
    if (failure.isEmpty() && status == 304) {
        if (cached && cache.touch(url)) {
            outcome.result = RemoteFetcher::Outcome::Result::NotModified;
            reply->deleteLater();
            return outcome;
        }
        failure = QCoreApplication::translate("RemoteFetcher", "HTTP 304 without a cached copy");
    }
    if (failure.isEmpty() && status != 200)
        failure = QCoreApplication::translate("RemoteFetcher", "HTTP %1").arg(status);
    if (failure.isEmpty()) {
        RemoteCache::Entry entry;
        entry.body = body;
        entry.etag = QString::fromUtf8(reply->rawHeader("ETag"));
        entry.lastModified = QString::fromUtf8(reply->rawHeader("Last-Modified"));
        entry.fetched = QDateTime::currentDateTimeUtc();
        QString error;
        if (cache.store(url, entry, &error))
            outcome.result = RemoteFetcher::Outcome::Result::Fetched;
        else
            failure = error;
    }
    outcome.error = failure;
    reply->deleteLater();
    return outcome;
}

} // namespace

QList<RemoteFetcher::Outcome> RemoteFetcher::fetchAll(const QStringList &urls, const RemoteCache &cache,
                                                      const Limits &limits)
{
    QList<Outcome> outcomes;
    if (urls.isEmpty())
        return outcomes;
    QNetworkAccessManager network;
    network.setAutoDeleteReplies(false);
    for (const QString &url : urls)
        outcomes.append(fetchOne(network, url, cache, limits));
    return outcomes;
}

QList<RemoteFetcher::Outcome> RemoteFetcher::fetchAll(const QStringList &urls, const RemoteCache &cache)
{
    return fetchAll(urls, cache, Limits());
}
