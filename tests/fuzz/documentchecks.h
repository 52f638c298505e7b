#pragma once

// The properties the document engine promises, checked on one input. Shared
// by the libFuzzer harness (fuzz_document.cpp, clang + sanitizers) and the
// regression suite (tests/tst_fuzzregressions.cpp, normal g++ build), so a
// committed fuzz input is replayed through exactly the same checks.

#include <QByteArray>
#include <QString>

namespace DocumentChecks {

// Loads `input` and checks, in order:
//  1. it is refused exactly when it is not valid UTF-8 or holds a NUL byte
//     (an independent decoder decides), and the refusal names a sane offset;
//  2. toBytes() gives the input back byte for byte;
//  3. one edit chosen from the input's last bytes (see chooseEdit in the
//     .cpp) leaves, after writing and loading again, the expected entries
//     and sections, keeps every byte it has no business touching, and is
//     undone exactly by the snapshot the undo stack would use.
// Returns an empty string when everything holds, else what failed.
// `written`, when given, receives the bytes written after the edit (for
// looking at a failure).
QString check(const QByteArray &input, QByteArray *written = nullptr);

// Whether `bytes` is strict UTF-8 without NUL, decided without
// Utf8Validator: QStringDecoder, a round trip through QString, and memchr.
bool independentlyValid(const QByteArray &bytes);

} // namespace DocumentChecks
