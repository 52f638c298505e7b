// libFuzzer entry point for the llms.txt parser (app/context): every input
// goes through LlmsTxtChecks::check (parse twice, line numbers, the context
// written from it is well-formed XML); a failed check aborts, so libFuzzer
// keeps the input. Build and run with tests/fuzz/run-fuzz.sh.

#include "llmstxtchecks.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString failure = LlmsTxtChecks::check(input);
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "\n==fuzz_llmstxt== check failed\n%s\n", failure.toUtf8().constData());
        std::fflush(stderr);
        std::abort();
    }
    return 0;
}
