#pragma once

#include "app/context/llmstxt.h"
#include "app/export/exportoptions.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QaDocument;

// The one place a rehearsal takes its context from: exactly the bytes the
// author would ship. When the document belongs to a context project (an
// llms.txt chosen for it, or found by ContextProjectFinder), that is the
// project's llms_ctx.txt (or llms_ctx-full.txt with Optional) as
// ContextBuilder builds it from the files on disk; otherwise the document's
// own ctx export. The options chosen (only approved, Optional) apply.
class RehearsalContext
{
public:
    enum class Source { Project, Document, File };
    struct Choice
    {
        bool onlyApproved = false;    // project: its Q&A documents' review sidecars
        bool includeOptional = false; // project: llms_ctx-full.txt
        // The document's own export when there is no project; its
        // entryFilter carries "only approved" there (the caller's reviews).
        ExportOptions documentOptions;
        QString llmsTxt; // the project chosen for the document; empty: find one
        QString homeFolder; // where the search for an llms.txt stops; empty: QDir::homePath()
    };
    struct Context
    {
        Source source = Source::Document;
        QByteArray bytes;
        QString llmsTxt;                // Project: the llms.txt, absolute
        QList<ContextWarning> warnings; // Project: what the build warned about (by llms.txt line)
        QString error;                  // Project: it cannot be built (a linked file missing, …); nothing to send
    };

    // `documentPath` is the saved file the project links to; `document` is
    // used only when there is no project.
    static Context forDocumentFile(const QString &documentPath, const QaDocument &document, const Choice &choice);
    static QByteArray forDocument(const QaDocument &document, const ExportOptions &options);
    // A context file given by the user (quire rehearse --context CTX):
    // UTF-8 text, read as it is; nothing and `error` when it cannot be used.
    static std::optional<QByteArray> fromFile(const QString &path, QString *error);
    static QString sourceName(Source source); // "project", "document", "file"
};
