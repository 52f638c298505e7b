#pragma once

#include "app/export/exportoptions.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

class QaDocument;

// Turns a document into what an LLM or an evaluation tool reads.
//
// ctx: the tag vocabulary of llms_txt2ctx (<project>, <doc>), but well-formed
// XML, one tag per line. markdown: the same selection as clean markdown.
// jsonl: one {"id","input","section","target"} object per answered entry.
// source: the document as it would be saved. All deterministic.
class ContextExporter
{
public:
    static QString exportText(const QaDocument &document, const ExportOptions &options);
    static QByteArray exportBytes(const QaDocument &document, const ExportOptions &options);
    // The same bytes handed over in chunks of about 1 MiB (whole entries), for
    // measuring an export without holding all of it.
    using ChunkSink = std::function<void(QByteArrayView chunk)>;
    static void exportInChunks(const QaDocument &document, const ExportOptions &options,
                               const ChunkSink &sink);

    // XML escaping used by the ctx format (exposed for tests).
    static QString escapeText(const QString &text);
    static QString escapeAttribute(const QString &text);
};
