#include "app/rehearsal/rehearsalcontext.h"

#include "app/base/regularfile.h"
#include "app/base/utf8validator.h"
#include "app/context/contextbuilder.h"
#include "app/context/contextprojectfinder.h"
#include "app/export/contextexporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

RehearsalContext::Context RehearsalContext::forDocumentFile(const QString &documentPath, const QaDocument &document,
                                                            const Choice &choice)
{
    Context context;
    const QString llmsTxt = !choice.llmsTxt.isEmpty()
        ? choice.llmsTxt
        : ContextProjectFinder::find(documentPath, choice.homeFolder.isEmpty() ? QDir::homePath() : choice.homeFolder);
    if (llmsTxt.isEmpty()) {
        context.bytes = forDocument(document, choice.documentOptions);
        return context;
    }
    // The very build `quire context` and the Context panel write: no second
    // export path, so the rehearsal sees the bytes that ship.
    ContextOptions options;
    options.onlyApproved = choice.onlyApproved;
    options.includeOptional = choice.includeOptional;
    ContextResult built = ContextBuilder::build(llmsTxt, options);
    context.source = Source::Project;
    context.llmsTxt = built.file.isEmpty() ? QFileInfo(llmsTxt).absoluteFilePath() : built.file;
    context.warnings = built.warnings;
    if (!built.fatal.isEmpty()) {
        context.error = built.fatal;
    } else if (!built.errors.isEmpty()) {
        context.error = QStringLiteral("%1:%2: %3")
                            .arg(context.llmsTxt)
                            .arg(built.errors.first().line)
                            .arg(built.errors.first().message);
    } else {
        context.bytes = std::move(built.text);
    }
    return context;
}

QByteArray RehearsalContext::forDocument(const QaDocument &document, const ExportOptions &options)
{
    ExportOptions ctx = options;
    ctx.format = ExportOptions::Format::Ctx;
    return ContextExporter::exportBytes(document, ctx);
}

std::optional<QByteArray> RehearsalContext::fromFile(const QString &path, QString *error)
{
    QByteArray bytes;
    if (!RegularFile::readAll(path, &bytes, error))
        return std::nullopt;
    const Utf8Validator::Result valid = Utf8Validator::check(bytes);
    if (!valid.ok()) {
        *error = QCoreApplication::translate("Rehearsal", "%1: not valid UTF-8 text at byte offset %2").arg(path).arg(valid.offset);
        return std::nullopt;
    }
    return bytes;
}

QString RehearsalContext::sourceName(Source source)
{
    switch (source) {
    case Source::Project: return QStringLiteral("project");
    case Source::Document: return QStringLiteral("document");
    case Source::File: return QStringLiteral("file");
    }
    return {};
}
