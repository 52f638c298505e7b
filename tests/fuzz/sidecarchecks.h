#pragma once

// The properties the review sidecar reader (ReviewFile::parse) promises,
// checked on one input. Shared by the libFuzzer harness (fuzz_sidecar.cpp)
// and the regression suite (tst_fuzzparsers.cpp). Only the public parse and
// serialize API is used, so the checks hold whoever writes the file and on
// which thread.

#include <QByteArray>
#include <QString>

namespace SidecarChecks {

// Parses `input` and checks:
//  1. parsing is deterministic (twice: the same result, reason and content);
//  2. a refusal (Corrupt, TooNew) gives a reason;
//  3. what is accepted survives Quire's own writer: serialize, parse again:
//     Ok, the same records (question, status, note, reviewed_at to the
//     millisecond and as UTC, approved hash) and dismissed pairs, in order;
//     and serializing that gives the same bytes (the format is stable).
// Returns an empty string when everything holds, else what failed.
QString check(const QByteArray &input);

} // namespace SidecarChecks
