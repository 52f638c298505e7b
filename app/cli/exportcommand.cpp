#include "app/cli/exportcommand.h"

#include "app/base/atomicfilewriter.h"
#include "app/cli/command.h"
#include "app/cli/commandarguments.h"
#include "app/export/contextexporter.h"
#include "app/export/exportsize.h"
#include "app/tokens/tokencounter.h"
#include "app/review/reviewstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

int ExportCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandArguments a = CommandArguments::parse(args,
                                                       {QStringLiteral("--include-prose"), QStringLiteral("--include-unanswered"),
                                                        QStringLiteral("--only-approved")},
                                                       {QStringLiteral("--format"), QStringLiteral("-o"), QStringLiteral("--output"),
                                                        QStringLiteral("--encoding"), QStringLiteral("--read-as")});
    if (!a.error.isEmpty())
        return Command::usage(err, a.error);
    TokenEncoding encoding;
    if (!Command::encodingOption(a.values.value(QStringLiteral("--encoding")), &encoding, err))
        return Command::UsageError;
    DocumentParser::Options readAs;
    if (!Command::readAsOption(a.values.value(QStringLiteral("--read-as")), &readAs, err))
        return Command::UsageError;
    ExportOptions options;
    if (a.values.contains(QStringLiteral("--format"))
        && !ExportOptions::parseFormat(a.values.value(QStringLiteral("--format")), &options.format))
        return Command::usage(err, QCoreApplication::translate("CommandLine", "unknown format %1 (ctx, markdown, jsonl or source)")
                              .arg(a.values.value(QStringLiteral("--format"))));
    options.includeProse = a.flags.contains(QStringLiteral("--include-prose"));
    options.includeUnanswered = a.flags.contains(QStringLiteral("--include-unanswered"));
    const std::optional<QaDocument> document = Command::load(a.file, err, readAs);
    if (!document)
        return Command::FileError;
    ReviewStore reviews;
    if (a.flags.contains(QStringLiteral("--only-approved"))) {
        // Without readable reviews nothing could be called approved: refuse
        // rather than write an export that silently lacks every answer.
        if (!Command::loadReviews(a.file, *document, reviews, err))
            return Command::FileError;
        if (!QFileInfo::exists(reviews.sidecarPath()))
            err << "quire: " << reviews.sidecarPath() << ": no reviews yet, so no answer is approved" << Qt::endl;
        options.entryFilter = [&reviews](const QaEntry &entry) { return reviews.isApprovedAsIs(entry); };
    }
    const QByteArray bytes = ContextExporter::exportBytes(*document, options);
    const QString output = a.values.value(QStringLiteral("-o"), a.values.value(QStringLiteral("--output")));
    if (output.isEmpty() || output == QLatin1String("-")) {
        Command::writeBytes(out, bytes);
        return Command::Ok;
    }
    QString error;
    if (!AtomicFileWriter::write(output, bytes, &error)) {
        err << "quire: " << error << Qt::endl;
        return Command::FileError;
    }
    // Standard output is free when the export goes to a file: the report.
    ExportSize size;
    size.tokens = TokenCounter::count(QByteArrayView(bytes), encoding);
    size.encoding = encoding;
    out << QCoreApplication::translate("CommandLine", "%1: %2").arg(output, size.tokensText()) << Qt::endl;
    return Command::Ok;
}
