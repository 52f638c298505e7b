#include "app/rehearsal/rehearsalcontext.h"

#include "app/base/regularfile.h"
#include "app/base/utf8validator.h"
#include "app/export/contextexporter.h"

#include <QCoreApplication>

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
