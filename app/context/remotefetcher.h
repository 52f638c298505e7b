#pragma once

#include "app/context/remotecache.h"

#include <QList>
#include <QString>
#include <QStringList>

// Fetches the remote documents of a context project into the RemoteCache,
// only when the user asks (`quire context --fetch`, the Context panel's
// Fetch button). A cached copy is revalidated (If-None-Match,
// If-Modified-Since). Blocking: it runs its own event loop, so it may be
// called from the CLI or from a worker thread (never the GUI thread).
class RemoteFetcher
{
public:
    struct Limits
    {
        int timeoutMs = 20000;               // a whole request, redirects included
        qint64 maxBytes = qint64(10) << 20;  // 10 MB
        int maxRedirects = 5;
    };
    struct Outcome
    {
        enum class Result { Fetched, NotModified, Failed };
        QString url;
        Result result = Result::Failed;
        QString error; // Failed: why, in a few words
    };

    static QList<Outcome> fetchAll(const QStringList &urls, const RemoteCache &cache, const Limits &limits);
    static QList<Outcome> fetchAll(const QStringList &urls, const RemoteCache &cache);
};
