#pragma once

#include "app/export/exportoptions.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QaDocument;

// The one place a rehearsal takes its context from: exactly the bytes the
// author would ship. Today that is the document's own ctx export with the
// options chosen (only approved, …); when the document belongs to a context
// project, the project's llms_ctx.txt is to be returned here instead.
class RehearsalContext
{
public:
    static QByteArray forDocument(const QaDocument &document, const ExportOptions &options);
    // A context file given by the user (quire rehearse --context CTX):
    // UTF-8 text, read as it is; nothing and `error` when it cannot be used.
    static std::optional<QByteArray> fromFile(const QString &path, QString *error);
};
