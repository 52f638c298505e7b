#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang into BUILD_DIR/fuzz and fuzzes
# each for SECONDS: fuzz_document (the document engine, seeded with the
# sample and ../shared/corpus), fuzz_sidecar (the review sidecar reader) and
# fuzz_candidates (the candidate files reader), fuzz_llmstxt (the llms.txt
# parser of context projects) and fuzz_streams (the model server stream
# parsers), seeded from seeds-*/; fuzz_tokens (the tokenizer), only when
# QUIRE_FUZZ_TARGETS names it.
#   tests/fuzz/run-fuzz.sh BUILD_DIR SECONDS
# Exits non-zero when the build fails or a fuzzer finds a crash, a sanitizer
# report, a failed check, a leak or a hang; the input is then kept in
# BUILD_DIR/fuzz/artifacts/ (replay: BUILD_DIR/fuzz/fuzz_NAME FILE).
# QUIRE_FUZZ_TARGETS picks harnesses (default "document sidecar candidates llmstxt streams").
# QUIRE_FUZZ_JOBS sets the build's parallel jobs (default 1: low priority).
# QUIRE_FUZZ_SEED and QUIRE_FUZZ_RUNS fix the seed and the number of inputs
# of fuzz_document, QUIRE_FUZZ_PARSER_RUNS that of each other harness (the
# test command uses them, so runs are comparable from machine to machine;
# they are not exactly repeatable: coverage still varies a little from run
# to run). Long exploratory runs leave them unset: a random seed.
set -euo pipefail

if [ $# -ne 2 ] || ! [[ $2 =~ ^[0-9]+$ ]]; then
    sed -n '2,16p' "$0" >&2
    exit 64
fi
repo=$(cd "$(dirname "$0")/../.." && pwd)
here="$repo/tests/fuzz"
mkdir -p "$1"
out="$(cd "$1" && pwd)/fuzz"
seconds=$2
targets=${QUIRE_FUZZ_TARGETS:-document sidecar candidates llmstxt streams}
for name in $targets; do
    case $name in
    document | sidecar | candidates | llmstxt | streams | tokens) ;;
    *) echo "== fuzz: unknown harness '$name' in QUIRE_FUZZ_TARGETS" >&2; exit 64 ;;
    esac
done

echo "== fuzz: building $(for name in $targets; do printf 'fuzz_%s ' "$name"; done)in $out (clang, ASan + UBSan + libFuzzer)"
CC=clang CXX=clang++ nice -n 10 cmake -S "$here" -B "$out" -G Ninja >"$out.configure.log" 2>&1 \
    || { cat "$out.configure.log"; exit 1; }
nice -n 10 cmake --build "$out" --parallel "${QUIRE_FUZZ_JOBS:-1}" \
    $(for name in $targets; do printf -- '--target fuzz_%s ' "$name"; done)

# Seeds are made afresh each run; the corpus each fuzzer grows is kept.
seed_document() {
    cp "$repo/data/portfolio-qa.md" "$1/"
    cp "$here"/seeds-document/* "$1/" # one small file per label dialect
    local shared="$repo/../shared/corpus" f name
    [ -d "$shared" ] || shared="$repo/../../shared/corpus" # a worktree in wt/NAME
    if [ -d "$shared" ]; then
        for f in "$shared"/*; do
            [ -f "$f" ] || continue
            name=$(basename "$f")
            if [ "$(stat -c %s "$f")" -le 65536 ]; then
                cp "$f" "$1/$name"
            else
                # -max_len would cut a long seed anywhere, even inside a UTF-8
                # sequence (then it is only refused); pieces cut at line ends
                # stay valid documents.
                split -C 65536 -d -a 3 "$f" "$1/$name."
            fi
        done
    else
        echo "== fuzz: $shared not found, seeding with the sample only" >&2
    fi
}
seed_tokens() {
    # The first byte picks the chunk size of the streamed count.
    { printf 'A'; head -c 16384 "$repo/data/portfolio-qa.md"; } >"$1/sample"
    printf '\x07caf\xc3\xa9 DON\x27T \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb \xe6\xbc\xa2\xe5\xad\x97  \r\n\t 12345 \xff\xc0\xaf <|endoftext|>' >"$1/mixed"
}
seed_sidecar() {
    cp "$here"/seeds-sidecar/* "$1/"
}
seed_llmstxt() {
    cp "$here"/seeds-llmstxt/* "$1/"
}

seed_streams() {
    # The first byte chooses the API style and the piece size (streamchecks.h).
    cp "$here"/seeds-streams/* "$1/"
}
seed_candidates() {
    # The first byte chooses the format: '0' detect, '1' jsonl, '2' csv, '3' markdown.
    cp "$here"/seeds-candidates/* "$1/"
    { printf '3'; cat "$repo/data/portfolio-qa.md"; } | head -c 65536 >"$1/sample-markdown"
    { printf '0'; cat "$repo/data/portfolio-qa.md"; } | head -c 65536 >"$1/sample-detect"
}

# halt_on_error: an UndefinedBehaviorSanitizer report stops the run like a
# crash instead of scrolling by. Leak detection stays on: Qt's global
# allocations are still reachable at exit, so LeakSanitizer does not report them.
run_one() {
    local name=$1 max_len=$2 runs=$3
    local seeds="$out/seeds-$name" corpus="$out/corpus-$name" log="$out/fuzz_$name.log"
    [ "$name" = document ] && corpus="$out/corpus" # where it always was
    rm -rf "$seeds"
    mkdir -p "$seeds" "$corpus" "$out/artifacts"
    "seed_$name" "$seeds"
    echo "== fuzz_$name: $(ls "$seeds" | wc -l) seed files, corpus $corpus ($(ls "$corpus" | wc -l) files), $seconds s"
    local status=0
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ASAN_OPTIONS=detect_leaks=1 \
        nice -n 10 "$out/fuzz_$name" \
        -max_total_time="$seconds" -max_len="$max_len" -timeout=30 \
        ${QUIRE_FUZZ_SEED:+-seed="$QUIRE_FUZZ_SEED"} ${runs:+-runs="$runs"} \
        -dict="$here/$name.dict" \
        -artifact_prefix="$out/artifacts/$name-" -print_final_stats=1 \
        "$corpus" "$seeds" >"$log" 2>&1 || status=$?
    grep -E '^#[0-9]+ +(INITED|DONE)' "$log" || true
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
    if [ "$status" -ne 0 ]; then
        echo "== fuzz_$name: FAILED (exit $status); the end of $log:" >&2
        tail -n 60 "$log" >&2
        ls -1 "$out/artifacts/$name-"* 2>/dev/null | sed 's/^/== fuzz: input kept: /' >&2 || true
        return 1
    fi
    echo "== fuzz_$name: no crash in $(sed -n 's/^stat::number_of_executed_units: *//p' "$log") executions"
}

failed=0
for name in $targets; do
    case $name in
    document) run_one document 65536 "${QUIRE_FUZZ_RUNS:-}" || failed=1 ;;
    sidecar) run_one sidecar 16384 "${QUIRE_FUZZ_PARSER_RUNS:-}" || failed=1 ;;
    candidates) run_one candidates 65536 "${QUIRE_FUZZ_PARSER_RUNS:-}" || failed=1 ;;
    tokens) run_one tokens 16384 "${QUIRE_FUZZ_PARSER_RUNS:-}" || failed=1 ;;
    llmstxt) run_one llmstxt 16384 "${QUIRE_FUZZ_PARSER_RUNS:-}" || failed=1 ;;
    streams) run_one streams 16384 "${QUIRE_FUZZ_PARSER_RUNS:-}" || failed=1 ;;
    esac
done
exit "$failed"
