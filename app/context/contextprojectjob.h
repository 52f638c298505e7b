#pragma once

#include "app/context/contextresult.h"
#include "app/context/remotefetcher.h"
#include "app/tokens/tokenencoding.h"

#include <QString>

// One look at a context project, as the window takes it in a worker thread:
// fetch the remote documents if asked, build the context without and with
// Optional, and write llms_ctx.txt / llms_ctx-full.txt beside the llms.txt
// if asked (atomically, and nothing when a linked file is missing).
class ContextProjectJob
{
public:
    struct Request
    {
        QString llmsTxt;
        TokenEncoding encoding = TokenEncodings::defaultEncoding;
        bool onlyApproved = false;
        bool fetch = false;
        bool write = false;
        QString cacheFolder; // empty: RemoteCache::defaultFolder()
        RemoteFetcher::Limits limits; // time-out, size cap, redirects of a fetch
    };
    struct Outcome
    {
        ContextResult context; // llms_ctx.txt
        ContextResult full;    // llms_ctx-full.txt (with Optional)
        int fetched = 0;       // remote documents fetched or confirmed now
        int fetchFailures = 0;
        QStringList written;   // the files written
        QString writeError;    // empty: all written (or none asked for)
    };

    static Outcome run(const Request &request);
    static QString contextPath(const QString &llmsTxt);     // llms_ctx.txt beside it
    static QString fullContextPath(const QString &llmsTxt); // llms_ctx-full.txt beside it
};
