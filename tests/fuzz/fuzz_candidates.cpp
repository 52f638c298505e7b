// libFuzzer entry point for the candidate files reader: every input goes
// through CandidateChecks::check (its first byte chooses the format; read,
// write, read again); a failed check aborts, so libFuzzer keeps the input.
// Build and run with tests/fuzz/run-fuzz.sh.

#include "candidatechecks.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A deep copy: Qt may read past raw data where it expects a NUL.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString failure = CandidateChecks::check(input);
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "\n==fuzz_candidates== check failed\n%s\n", failure.toUtf8().constData());
        std::fflush(stderr);
        std::abort();
    }
    return 0;
}
