#pragma once

#include "app/context/remotefetcher.h"
#include "app/tokens/tokenencoding.h"

#include <QHash>
#include <QString>

// How ContextBuilder builds: what goes in, how it is counted, where remote
// copies are cached and what fetching them found this time.
struct ContextOptions
{
    bool includeOptional = false;
    bool onlyApproved = false; // Q&A documents: only answers approved as they are
    TokenEncoding encoding = TokenEncodings::defaultEncoding;
    QString cacheFolder = RemoteCache::defaultFolder();
    // URL → what RemoteFetcher did with it just before (empty: nothing fetched).
    QHash<QString, RemoteFetcher::Outcome> fetched;
};
