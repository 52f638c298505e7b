#pragma once

#include <QString>

#include <functional>

class QaEntry;

// What goes into an export and in which shape.
struct ExportOptions
{
    enum class Format { Ctx, Markdown, Jsonl, Source };

    Format format = Format::Ctx;
    bool includeProse = false;      // prose sections such as "Background"
    bool includeUnanswered = false; // questions whose answer is empty, a placeholder or missing
    // When set, only entries it accepts are exported (e.g. "only approved
    // answers", decided by the review sidecar). Unset: every entry counts.
    using EntryFilter = std::function<bool(const QaEntry &)>;
    EntryFilter entryFilter;

    static bool parseFormat(const QString &name, Format *format);
    static QString formatName(Format format);
    // llms_ctx.txt, NAME.md, NAME.jsonl ... beside the document.
    static QString defaultFileName(Format format, const QString &documentBaseName);
};
