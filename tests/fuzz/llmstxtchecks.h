#pragma once

// The properties the llms.txt parser (LlmsTxtParser) promises, checked on
// one input. Shared by the libFuzzer harness (fuzz_llmstxt.cpp) and the
// regression suite (tst_fuzzparsers.cpp).

#include <QByteArray>
#include <QString>

namespace LlmsTxtChecks {

// Parses `input` and checks:
//  1. parsing is deterministic (twice: the same result and warnings);
//  2. every line number (title, sections, links, warnings) lies in the
//     input; warnings come in line order; sections in file order, each
//     link after its section's heading and before the next one;
//  3. title, summary, names, urls and notes hold no line break; a link has
//     a name and a url; `optional` is set exactly on sections named Optional;
//  4. a section without links has a warning on its line, and so has a
//     missing title (line 1);
//  5. the context written from it with ContextXml (each link's url and
//     notes as the document's content) is well-formed XML with one <doc>
//     per link, whatever the names hold.
// Returns an empty string when everything holds, else what failed.
QString check(const QByteArray &input);

} // namespace LlmsTxtChecks
