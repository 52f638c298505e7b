#include "app/cli/contextcommand.h"

#include "app/base/atomicfilewriter.h"
#include "app/base/displaypath.h"
#include "app/cli/command.h"
#include "app/cli/commandarguments.h"
#include "app/context/contextbuilder.h"
#include "app/context/contextreportjson.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

int ContextCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandArguments a = CommandArguments::parse(
        args,
        {QStringLiteral("--optional"), QStringLiteral("--only-approved"), QStringLiteral("--fetch"), QStringLiteral("--json")},
        {QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--encoding"), QStringLiteral("--timeout")});
    if (!a.error.isEmpty())
        return Command::usage(err, a.error);
    ContextOptions options;
    if (a.values.contains(QStringLiteral("--encoding"))) {
        const std::optional<TokenEncoding> encoding = TokenEncodings::fromName(a.values.value(QStringLiteral("--encoding")));
        if (!encoding)
            return Command::usage(err, QCoreApplication::translate("CommandLine", "unknown encoding %1 (o200k_base or cl100k_base)")
                                           .arg(a.values.value(QStringLiteral("--encoding"))));
        options.encoding = *encoding;
    }
    RemoteFetcher::Limits limits;
    if (a.values.contains(QStringLiteral("--timeout"))) {
        bool ok = false;
        const int seconds = a.values.value(QStringLiteral("--timeout")).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return Command::usage(err, QCoreApplication::translate("CommandLine", "--timeout needs a number of seconds from 1 to 3600"));
        limits.timeoutMs = seconds * 1000;
    }
    options.includeOptional = a.flags.contains(QStringLiteral("--optional"));
    options.onlyApproved = a.flags.contains(QStringLiteral("--only-approved"));
    if (a.flags.contains(QStringLiteral("--fetch"))) {
        const QStringList urls = ContextBuilder::remoteUrls(a.file, options.includeOptional);
        for (const RemoteFetcher::Outcome &outcome : RemoteFetcher::fetchAll(urls, RemoteCache(options.cacheFolder), limits))
            options.fetched.insert(outcome.url, outcome);
    }
    const ContextResult result = ContextBuilder::build(a.file, options);
    if (!result.fatal.isEmpty()) {
        err << "quire: " << result.fatal << Qt::endl;
        return Command::FileError;
    }
    const QString name = displayPath(a.file);
    for (const ContextWarning &warning : result.warnings)
        err << name << ':' << warning.line << ": " << warning.message << Qt::endl;
    for (const ContextWarning &error : result.errors)
        err << name << ':' << error.line << ": " << QCoreApplication::translate("CommandLine", "error: ") << error.message << Qt::endl;
    if (!result.errors.isEmpty()) {
        err << "quire: " << QCoreApplication::translate("CommandLine", "nothing written: a linked file cannot be read") << Qt::endl;
        return Command::FileError;
    }
    const QString output = a.values.value(QStringLiteral("-o"), a.values.value(QStringLiteral("--output")));
    const bool json = a.flags.contains(QStringLiteral("--json"));
    if (!output.isEmpty() && output != QLatin1String("-")) {
        QString error;
        if (!AtomicFileWriter::write(output, result.text, &error)) {
            err << "quire: " << error << Qt::endl;
            return Command::FileError;
        }
    } else if (!json) {
        Command::writeBytes(out, result.text);
    }
    if (json)
        Command::writeBytes(out, ContextReportJson::toJson(result));
    return result.warnings.isEmpty() ? Command::Ok : Command::NeedsAttention;
}
