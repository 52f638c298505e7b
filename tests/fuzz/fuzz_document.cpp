// libFuzzer entry point for the document engine: every input goes through
// DocumentChecks::check (load, lossless save, one edit, reload, undo); a
// failed check aborts, so libFuzzer keeps the input as a crash artifact.
// Build and run with tests/fuzz/run-fuzz.sh.

#include "documentchecks.h"

#include "app/lint/linter.h"
#include "app/document/qaentry.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Statuses are compared before and after a reload with the same rules, so
// rules that failed to load (a missing resource) would go unnoticed there.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (Linter::classify(QaEntry(QStringLiteral("q"), QStringLiteral("TBD"))) != EntryStatus::Placeholder) {
        std::fprintf(stderr, "fuzz_document: the built-in placeholder rules did not load\n");
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A deep copy: QByteArray::fromRawData would let Qt read past the input
    // where it assumes a terminating NUL, which is not the engine's bug.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString failure = DocumentChecks::check(input);
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "\n==fuzz_document== check failed\n%s\n", failure.toUtf8().constData());
        std::fflush(stderr);
        std::abort();
    }
    return 0;
}
