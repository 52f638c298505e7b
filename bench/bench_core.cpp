// Benchmarks of the core on a large document: parse + lint, parse alone,
// similar questions alone, save (unedited and with one edited entry) and
// every export format. Wall-clock (real) time throughout.
//
// The document is QUIRE_BENCH_FILE when that is set (run-benchmarks.sh
// passes the file it also times cmark on), else a generated document of
// DocumentGenerator::benchmarkEntries entries.

#include "app/export/contextexporter.h"
#include "documentgenerator.h"
#include "app/lint/linter.h"
#include "app/document/qadocument.h"
#include "app/review/reviewstore.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

struct Input
{
    QByteArray bytes;
    QString name;
};

const Input &input()
{
    static const Input in = [] {
        Input result;
        const QString path = qEnvironmentVariable("QUIRE_BENCH_FILE");
        if (!path.isEmpty()) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "bench_core: %s: %s\n", qPrintable(path),
                             qPrintable(file.errorString()));
                std::exit(2);
            }
            result.bytes = file.readAll();
            result.name = path;
        } else {
            result.bytes = DocumentGenerator::generate(DocumentGenerator::benchmarkEntries,
                                                       DocumentGenerator::defaultSeed);
            result.name = QStringLiteral("generated.md");
        }
        return result;
    }();
    return in;
}

const QaDocument &document()
{
    static const QaDocument loaded = [] {
        LoadError error;
        std::optional<QaDocument> doc = QaDocument::fromBytes(input().bytes, input().name, &error);
        if (!doc) {
            std::fprintf(stderr, "bench_core: %s\n", qPrintable(error.message));
            std::exit(2);
        }
        return *doc;
    }();
    return loaded;
}

// A copy of the document with one answer, in the middle, changed.
const QaDocument &editedDocument()
{
    static const QaDocument edited = [] {
        QaDocument doc = document();
        const EntryRef ref = doc.entryRef(doc.entryCount() / 2);
        doc.setAnswer(ref, doc.entry(ref).answer() + QStringLiteral("\n\nOne more paragraph, added by an edit."));
        return doc;
    }();
    return edited;
}

// Decimal megabytes per second of wall time, next to Google Benchmark's
// bytes_per_second (which is in MiB).
void reportThroughput(benchmark::State &state, qsizetype bytesPerIteration)
{
    state.SetBytesProcessed(int64_t(state.iterations()) * bytesPerIteration);
    state.counters["MB"] = benchmark::Counter(double(state.iterations()) * double(bytesPerIteration) / 1e6,
                                              benchmark::Counter::kIsRate);
}

void ParseAndLint(benchmark::State &state)
{
    const Input &in = input();
    StatusCounts counts;
    size_t pairs = 0;
    for (auto _ : state) {
        const std::optional<QaDocument> doc = QaDocument::fromBytes(in.bytes, in.name);
        counts = Linter::count(*doc);
        const auto similar = Linter::similarQuestions(*doc);
        pairs = similar.size();
        benchmark::DoNotOptimize(counts);
        benchmark::DoNotOptimize(similar.data());
    }
    reportThroughput(state, in.bytes.size());
    state.counters["entries"] = counts.entries;
    state.counters["attention"] = counts.needingAttention();
    state.counters["similar"] = double(pairs);
}

void Parse(benchmark::State &state)
{
    const Input &in = input();
    for (auto _ : state) {
        const std::optional<QaDocument> doc = QaDocument::fromBytes(in.bytes, in.name);
        benchmark::DoNotOptimize(doc->entryCount());
    }
    reportThroughput(state, in.bytes.size());
}

void StatusCount(benchmark::State &state)
{
    const QaDocument &doc = document();
    for (auto _ : state) {
        StatusCounts counts = Linter::count(doc);
        benchmark::DoNotOptimize(counts);
    }
}

void SimilarQuestions(benchmark::State &state)
{
    const QaDocument &doc = document();
    size_t pairs = 0;
    for (auto _ : state) {
        const auto similar = Linter::similarQuestions(doc);
        pairs = similar.size();
        benchmark::DoNotOptimize(similar.data());
    }
    state.counters["questions"] = doc.entryCount();
    state.counters["similar"] = double(pairs);
}

void SaveUnedited(benchmark::State &state)
{
    const QaDocument &doc = document();
    qsizetype size = 0;
    for (auto _ : state) {
        const QByteArray bytes = doc.toBytes();
        size = bytes.size();
        benchmark::DoNotOptimize(bytes.constData());
    }
    if (size != input().bytes.size())
        state.SkipWithError("round trip changed the size");
    reportThroughput(state, size);
}

void SaveOneEdited(benchmark::State &state)
{
    const QaDocument &doc = editedDocument();
    qsizetype size = 0;
    for (auto _ : state) {
        const QByteArray bytes = doc.toBytes();
        size = bytes.size();
        benchmark::DoNotOptimize(bytes.constData());
    }
    reportThroughput(state, size);
}

void Export(benchmark::State &state, ExportOptions::Format format)
{
    const QaDocument &doc = document();
    ExportOptions options;
    options.format = format;
    qsizetype size = 0;
    for (auto _ : state) {
        const QByteArray bytes = ContextExporter::exportBytes(doc, options);
        size = bytes.size();
        benchmark::DoNotOptimize(bytes.constData());
    }
    reportThroughput(state, size); // of the output
    state.counters["out_MB"] = double(size) / 1e6;
}

// Every entry reviewed (a 15 MB sidecar), then one review changed: the time
// from the change to the sidecar on disk, without the 300 ms debounce
// (ReviewStore::flush: snapshot, serialize, atomic write with fsync).
void ReviewSidecarWrite(benchmark::State &state)
{
    const QaDocument &doc = document();
    QTemporaryDir dir;
    ReviewStore store;
    store.load(dir.filePath(QStringLiteral("doc.md")), &doc);
    const std::vector<EntryRef> refs = doc.allEntries();
    for (size_t i = 0; i < refs.size(); ++i)
        store.setStatus(refs[i], i % 7 ? ReviewStatus::Approved : ReviewStatus::NeedsWork);
    store.flush();
    qsizetype size = 0;
    int n = 0;
    for (auto _ : state) {
        store.setNote(refs[size_t(n++) % refs.size()], QStringLiteral("note %1").arg(n));
        store.flush();
        size = QFileInfo(store.sidecarPath()).size();
    }
    state.counters["sidecar_MB"] = double(size) / 1e6;
}

double fastest(const std::vector<double> &times)
{
    return times.empty() ? 0.0 : *std::min_element(times.begin(), times.end());
}

void registerAll()
{
    // Each benchmark is repeated; "min" is the fastest repetition (as the
    // best of three runs of cmark it is compared with). CPU time is the whole
    // process's: the similar-questions search may use a second thread.
    auto common = [](benchmark::internal::Benchmark *b, double minTime) {
        b->UseRealTime()->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond)->MinTime(minTime)
            ->Repetitions(5)->ComputeStatistics("min", fastest)->DisplayAggregatesOnly(true);
    };
    common(benchmark::RegisterBenchmark("ParseAndLint", ParseAndLint), 0.5);
    common(benchmark::RegisterBenchmark("Parse", Parse), 0.5);
    common(benchmark::RegisterBenchmark("StatusCount", StatusCount), 0.1);
    common(benchmark::RegisterBenchmark("SimilarQuestions", SimilarQuestions), 0.5);
    common(benchmark::RegisterBenchmark("SaveUnedited", SaveUnedited), 0.3);
    common(benchmark::RegisterBenchmark("SaveOneEdited", SaveOneEdited), 0.3);
    const std::pair<const char *, ExportOptions::Format> formats[] = {
        {"Export/ctx", ExportOptions::Format::Ctx},
        {"Export/markdown", ExportOptions::Format::Markdown},
        {"Export/jsonl", ExportOptions::Format::Jsonl},
        {"Export/source", ExportOptions::Format::Source},
    };
    for (const auto &[name, format] : formats)
        common(benchmark::RegisterBenchmark(name, Export, format), 0.3);
    common(benchmark::RegisterBenchmark("ReviewSidecarWrite", ReviewSidecarWrite), 0.3);
}

} // namespace

// Parse + lint twice, for comparing with cmark turn by turn (see
// run-benchmarks.sh): prints the wall seconds of the second, warm run (as
// a benchmark iteration would be) and of the first, cold one.
int parseAndLintOnce()
{
    const Input &in = input();
    double seconds[2] = {};
    for (double &s : seconds) {
        QElapsedTimer timer;
        timer.start();
        {
            const std::optional<QaDocument> doc = QaDocument::fromBytes(in.bytes, in.name);
            const StatusCounts counts = Linter::count(*doc);
            const auto similar = Linter::similarQuestions(*doc);
            benchmark::DoNotOptimize(counts);
            benchmark::DoNotOptimize(similar.data());
        }
        s = timer.nsecsElapsed() / 1e9;
    }
    std::printf("%.4f %.4f\n", seconds[1], seconds[0]);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 2 && std::strcmp(argv[1], "--parse-lint-once") == 0)
        return parseAndLintOnce();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    registerAll();
    const Input &in = input();
    const QaDocument &doc = document();
    const StatusCounts counts = Linter::count(doc);
    std::fprintf(stderr, "bench_core: %s, %lld bytes (%.1f MB), %d entries (%d answered, %d empty, "
                         "%d placeholder, %d unanswered)\n",
                 qPrintable(in.name), static_cast<long long>(in.bytes.size()), in.bytes.size() / 1e6,
                 counts.entries, counts.answered, counts.empty, counts.placeholder, counts.unanswered);
    if (doc.toBytes() != in.bytes) {
        std::fprintf(stderr, "bench_core: the round trip is not byte-exact\n");
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
