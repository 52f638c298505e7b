#pragma once

// What the export suites (tst_export_*) build their cases from: export
// options in one call, the formats by short names, and a small document with
// everything the exporters must handle.

#include "app/export/exportoptions.h"

#include <QByteArray>

namespace ExportSamples {

inline ExportOptions options(ExportOptions::Format format, bool prose = false, bool unanswered = false)
{
    ExportOptions o;
    o.format = format;
    o.includeProse = prose;
    o.includeUnanswered = unanswered;
    return o;
}

const auto Ctx = ExportOptions::Format::Ctx;
const auto Markdown = ExportOptions::Format::Markdown;
const auto Jsonl = ExportOptions::Format::Jsonl;
const auto Source = ExportOptions::Format::Source;

// A small document with everything the exporters must handle.
inline const QByteArray smallDocument(
    "# Small Title\n"
    "> A summary with \"quotes\" & ampersand\n"
    "\n"
    "Intro prose.\n"
    "\n"
    "## Notes & <Things>\n"
    "\n"
    "Some prose text with <b> & stuff.\n"
    "\n"
    "## Section \"One\"\n"
    "\n"
    "**Question:** What is 1 < 2 & 3 > 2?\n"
    "\n"
    "**Answer:** Yes: \"true\" & it's ]]> fine.\n"
    "\n"
    "---\n"
    "\n"
    "**Question:** Empty one?\n"
    "\n"
    "**Answer:**\n"
    "\n"
    "---\n"
    "\n"
    "**Question:** Stand-in?\n"
    "\n"
    "**Answer:** TODO\n"
    "\n"
    "## Open\n"
    "\n"
    "4. Unanswered one?\n"
    "5. Unanswered two?\n");

} // namespace ExportSamples
