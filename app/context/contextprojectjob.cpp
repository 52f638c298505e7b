#include "app/context/contextprojectjob.h"

#include "app/base/atomicfilewriter.h"
#include "app/context/contextbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

QString ContextProjectJob::contextPath(const QString &llmsTxt)
{
    return QFileInfo(llmsTxt).absoluteDir().filePath(QStringLiteral("llms_ctx.txt"));
}

QString ContextProjectJob::fullContextPath(const QString &llmsTxt)
{
    return QFileInfo(llmsTxt).absoluteDir().filePath(QStringLiteral("llms_ctx-full.txt"));
}

ContextProjectJob::Outcome ContextProjectJob::run(const Request &request)
{
    Outcome outcome;
    ContextOptions options;
    options.encoding = request.encoding;
    options.onlyApproved = request.onlyApproved;
    if (!request.cacheFolder.isEmpty())
        options.cacheFolder = request.cacheFolder;
    if (request.fetch) {
        // Every section's remote links: the full context needs them too.
        for (const RemoteFetcher::Outcome &fetched :
             RemoteFetcher::fetchAll(ContextBuilder::remoteUrls(request.llmsTxt, true), RemoteCache(options.cacheFolder),
                                      request.limits)) {
            options.fetched.insert(fetched.url, fetched);
            if (fetched.result == RemoteFetcher::Outcome::Result::Failed)
                ++outcome.fetchFailures;
            else
                ++outcome.fetched;
        }
    }
    outcome.context = ContextBuilder::build(request.llmsTxt, options);
    options.includeOptional = true;
    outcome.full = ContextBuilder::build(request.llmsTxt, options);
    if (!request.write)
        return outcome;
    if (!outcome.context.fatal.isEmpty() || !outcome.context.errors.isEmpty() || !outcome.full.errors.isEmpty()) {
        outcome.writeError = QCoreApplication::translate("ContextProjectJob", "a linked file cannot be read; nothing written");
        return outcome;
    }
    const bool hasOptional = std::any_of(outcome.full.sections.cbegin(), outcome.full.sections.cend(),
                                         [](const ContextSection &section) { return section.optional; });
    QString error;
    if (!AtomicFileWriter::write(contextPath(request.llmsTxt), outcome.context.text, &error)) {
        outcome.writeError = error;
        return outcome;
    }
    outcome.written << contextPath(request.llmsTxt);
    if (hasOptional) {
        if (!AtomicFileWriter::write(fullContextPath(request.llmsTxt), outcome.full.text, &error)) {
            outcome.writeError = error;
            return outcome;
        }
        outcome.written << fullContextPath(request.llmsTxt);
    }
    return outcome;
}
