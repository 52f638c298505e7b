// libFuzzer entry point for the model-server stream parsers (OpenAI SSE,
// Ollama NDJSON, whole responses): every input goes through
// StreamChecks::check; a failed check aborts, so libFuzzer keeps the input.
// Build and run with tests/fuzz/run-fuzz.sh.

#include "streamchecks.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString failure = StreamChecks::check(input);
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "\n==fuzz_streams== check failed\n%s\n", failure.toUtf8().constData());
        std::fflush(stderr);
        std::abort();
    }
    return 0;
}
