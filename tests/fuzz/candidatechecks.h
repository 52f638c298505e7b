#pragma once

// The properties the candidate files reader (CandidateReader) promises,
// checked on one input. Shared by the libFuzzer harness
// (fuzz_candidates.cpp) and the regression suite (tst_fuzzparsers.cpp).

#include <QByteArray>
#include <QString>

namespace CandidateChecks {

// The input's first byte chooses the format (its low two bits: detect from
// the content, JSONL, CSV, markdown); the rest is the file, named
// "candidates" (no extension, so detection goes by the content). Checks:
//  1. reading is deterministic (twice: the same candidates or the same error);
//  2. a refusal has a message naming the file; an acceptance has at least
//     one candidate, each with a question that is not blank and a line
//     inside the file, lines strictly increasing;
//  3. what is accepted survives a write and a re-read:
//     - JSONL: written back in the jsonl export's shape with Quire's JSON
//       string escaper (ExportEscaper), read again: the same questions and
//       answers, on lines 1, 2, ...;
//     - CSV: Quire has no CSV writer; written back as RFC 4180 (every field
//       quoted, quotes doubled, CRLF between records), read again: the same
//       questions and answers (lines differ where a field holds line breaks);
//     - markdown: the document exported with Quire's jsonl export
//       (ContextExporter), read as JSONL: the same candidates, their text
//       trimmed as the export promises (question().trimmed(),
//       answer().trimmed()).
// Returns an empty string when everything holds, else what failed.
QString check(const QByteArray &input);

} // namespace CandidateChecks
