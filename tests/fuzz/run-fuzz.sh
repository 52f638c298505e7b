#!/usr/bin/env bash
# Builds the document engine's libFuzzer harness with clang into BUILD_DIR/fuzz
# and fuzzes it for SECONDS, seeded with the sample and ../shared/corpus.
#   tests/fuzz/run-fuzz.sh BUILD_DIR SECONDS
# Exits non-zero when the build fails or the fuzzer finds a crash, a sanitizer
# report, a failed check, a leak or a hang; the input is then kept in
# BUILD_DIR/fuzz/artifacts/ (replay: BUILD_DIR/fuzz/fuzz_document FILE).
# QUIRE_FUZZ_JOBS sets the build's parallel jobs (default 1: low priority).
# QUIRE_FUZZ_SEED and QUIRE_FUZZ_RUNS fix the seed and the number of inputs
# (the test command uses them, so runs are comparable from machine to
# machine; they are not exactly repeatable: coverage still varies a little
# from run to run). Long exploratory runs leave them unset: a random seed.
set -euo pipefail

if [ $# -ne 2 ] || ! [[ $2 =~ ^[0-9]+$ ]]; then
    sed -n '2,8p' "$0" >&2
    exit 64
fi
repo=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$1"
out="$(cd "$1" && pwd)/fuzz"
seconds=$2

echo "== fuzz: building $out/fuzz_document (clang, ASan + UBSan + libFuzzer)"
CC=clang CXX=clang++ nice -n 10 cmake -S "$repo/tests/fuzz" -B "$out" -G Ninja >"$out.configure.log" 2>&1 \
    || { cat "$out.configure.log"; exit 1; }
nice -n 10 cmake --build "$out" --parallel "${QUIRE_FUZZ_JOBS:-1}"

# Seeds are made afresh each run; the corpus the fuzzer grows is kept.
seeds="$out/seeds"
rm -rf "$seeds"
mkdir -p "$seeds" "$out/corpus" "$out/artifacts"
cp "$repo/data/portfolio-qa.md" "$seeds/"
shared="$repo/../shared/corpus"
if [ -d "$shared" ]; then
    for f in "$shared"/*; do
        [ -f "$f" ] || continue
        name=$(basename "$f")
        if [ "$(stat -c %s "$f")" -le 65536 ]; then
            cp "$f" "$seeds/$name"
        else
            # -max_len would cut a long seed anywhere, even inside a UTF-8
            # sequence (then it is only refused); pieces cut at line ends
            # stay valid documents.
            split -C 65536 -d -a 3 "$f" "$seeds/$name."
        fi
    done
else
    echo "== fuzz: $shared not found, seeding with the sample only" >&2
fi
echo "== fuzz: $(ls "$seeds" | wc -l) seed files, corpus $out/corpus ($(ls "$out/corpus" | wc -l) files), $seconds s"

# halt_on_error: an UndefinedBehaviorSanitizer report stops the run like a
# crash instead of scrolling by. Leak detection stays on: Qt's global
# allocations are still reachable at exit, so LeakSanitizer does not report them.
log="$out/fuzz.log"
status=0
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
ASAN_OPTIONS=detect_leaks=1 \
    nice -n 10 "$out/fuzz_document" \
    -max_total_time="$seconds" -max_len=65536 -timeout=30 \
    ${QUIRE_FUZZ_SEED:+-seed="$QUIRE_FUZZ_SEED"} ${QUIRE_FUZZ_RUNS:+-runs="$QUIRE_FUZZ_RUNS"} \
    -dict="$repo/tests/fuzz/document.dict" \
    -artifact_prefix="$out/artifacts/" -print_final_stats=1 \
    "$out/corpus" "$seeds" >"$log" 2>&1 || status=$?

grep -E '^#[0-9]+ +(INITED|DONE)' "$log" || true
grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
if [ "$status" -ne 0 ]; then
    echo "== fuzz: FAILED (exit $status); the end of $log:" >&2
    tail -n 60 "$log" >&2
    ls -1 "$out"/artifacts/* 2>/dev/null | sed 's/^/== fuzz: input kept: /' >&2 || true
    exit 1
fi
echo "== fuzz: no crash in $(sed -n 's/^stat::number_of_executed_units: *//p' "$log") executions"
