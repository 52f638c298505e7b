#!/usr/bin/env bash
# Usage: bench/run-benchmarks.sh BUILD_DIR
#
# Generates the benchmark document (60,000 entries, about 65 MB) into
# BUILD_DIR/bench, runs bench_core on it, then, in the same run, times
# Debian's `cmark` rendering the same file to HTML in turns with one
# parse + lint (five turns, fastest of each) and measures the peak memory of
# `quire check` on it. Prints the figures and the targets:
#   parse + lint          <= 0.5 x cmark's time on the same file
#   save and each export  <  0.3 s
#   quire check peak RSS  <  3 x the file size
#   quire check on the bundled sample: <= 25 ms and <= 20 MB, whole process
#   quire check DOC --json, whole process, on DOC, on a templated document
#   of the same size and on one in each other dialect (quire-generate ...
#   DIALECT): <= 0.5 x cmark DOC (in turns), peak memory <= 2.5 x DOC
#   compare view (bench_compare): shown < 2 s, no GUI stall > 50 ms
# Then bench_sidecar: a 70 MB review sidecar (110,000 reviews) in the real
# window, offscreen: load, change to disk, longest stalls (targets: on disk
# < 1 s after a change, no stall over 50 ms).
# Environment: QUIRE_BENCH_ENTRIES (60000), QUIRE_BENCH_SEED (20250101),
# and any Google Benchmark flag after BUILD_DIR (e.g. --benchmark_filter=Parse).
set -euo pipefail

if [ $# -lt 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 BUILD_DIR [benchmark flags...]" >&2
    exit 64
fi
BUILD_DIR=$(cd "$1" && pwd)
shift
ENTRIES=${QUIRE_BENCH_ENTRIES:-60000}
SEED=${QUIRE_BENCH_SEED:-20250101}
GENERATE="$BUILD_DIR/bench/quire-generate"
BENCH="$BUILD_DIR/bench/bench_core"
QUIRE="$BUILD_DIR/ui/quire"
DOC="$BUILD_DIR/bench/generated-$ENTRIES-$SEED.md"
JSON="$BUILD_DIR/bench/bench_core.json"

for program in "$GENERATE" "$BENCH"; do
    if [ ! -x "$program" ]; then
        echo "$0: $program is missing (is Google Benchmark, libbenchmark-dev, installed?)" >&2
        exit 2
    fi
done

echo "== Generating the benchmark document"
"$GENERATE" "$ENTRIES" "$SEED" "$DOC"
# The same size of document, its questions from a few templates over a small
# vocabulary with about 1% asked twice word for word (a templated FAQ).
DOC_TEMPLATED="$BUILD_DIR/bench/generated-$ENTRIES-$SEED-templated.md"
"$GENERATE" "$ENTRIES" "$SEED" "$DOC_TEMPLATED" templated
# The same again with the answered entries in each other dialect's form
# (quire-generate ... DIALECT), for `quire check --json` in every dialect.
DIALECT_DOCS=()
for dialect in short-label plain-label bold-question details admonition heading html-heading; do
    DIALECT_DOCS+=("$BUILD_DIR/bench/generated-$ENTRIES-$SEED-$dialect.md")
    "$GENERATE" "$ENTRIES" "$SEED" "${DIALECT_DOCS[-1]}" "$dialect"
done
size=$(stat -c %s "$DOC")
size_mb=$(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1e6 }')

echo
echo "== bench_core (Google Benchmark, wall-clock time)"
QUIRE_BENCH_FILE="$DOC" "$BENCH" --benchmark_out="$JSON" --benchmark_out_format=json "$@"

# Seconds per iteration, by benchmark name (the part before the first '/'
# option), from Google Benchmark's JSON output: the fastest repetition
# ("min"), else the first run; real (wall) time, or CPU time with "cpu" as
# second argument.
seconds_of() {
    awk -v want="$1" -v field="${2:-real}_time" '
        /"name":/ { name = $2; gsub(/[",]/, "", name); sub(/\/(min_time|real_time|repeats).*/, "", name); kind = "" }
        /"aggregate_name":/ { kind = $2; gsub(/[",]/, "", kind) }
        /"run_type":/ { aggregate = ($2 ~ /aggregate/) }
        $1 == "\"" field "\":" { t = $2; gsub(/,/, "", t) }
        /"time_unit":/ {
            u = $2; gsub(/[",]/, "", u)
            f = (u == "ns") ? 1e-9 : (u == "us") ? 1e-6 : (u == "ms") ? 1e-3 : 1
            if (name != want) next
            if (aggregate && kind == "min") best = t * f
            else if (!aggregate && first == "") first = t * f
        }
        END { v = (best != "") ? best : first; if (v != "") printf "%.4f\n", v }' "$JSON"
}

# Wall and CPU (user + system) seconds of a command: "WALL CPU" (bash's own
# timer, millisecond resolution).
wall_seconds() {
    local TIMEFORMAT='%3R %3U %3S'
    { time "$@" > /dev/null 2> /dev/null; } 2>&1 | awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }'
}

verdict() { # value limit -> OK / MISSED (value < limit, or <= with "le")
    awk -v v="$1" -v l="$2" -v op="${3:-lt}" 'BEGIN {
        ok = (op == "le") ? (v <= l) : (v < l); print ok ? "OK" : "MISSED" }'
}

echo
echo "== cmark $(cmark --version 2>/dev/null | head -n 1 | awk '{ print $2 }') rendering the same file to HTML, and parse + lint, in turns"
# In turns, so that a change in the machine's load touches both alike; the
# fastest of each is kept.
min_of() { awk -v a="$1" -v b="$2" 'BEGIN { print (b == "" || a < b) ? a : b }'; }
cmark_best=""
cmark_cpu=""
turns_best=""
for run in 1 2 3 4 5; do
    read -r t c < <(wall_seconds cmark "$DOC")
    read -r p cold < <(QUIRE_BENCH_FILE="$DOC" "$BENCH" --parse-lint-once)
    echo "   turn $run: cmark $t s wall ($c s CPU), parse + lint $p s wall (first, cold run of the process: $cold s)"
    cmark_best=$(min_of "$t" "$cmark_best")
    cmark_cpu=$(min_of "$c" "$cmark_cpu")
    turns_best=$(min_of "$p" "$turns_best")
done

echo
echo "== quire check: wall time and peak memory"
check_time=""
rss_kb=""
if [ -x "$QUIRE" ]; then
    check_time=$(wall_seconds "$QUIRE" check "$DOC" | awk '{ print $1 }' || true)
    if [ -x /usr/bin/time ]; then
        # quire check exits 1 when entries need attention, as they do here.
        rss_file=$(mktemp)
        /usr/bin/time -f %M -o "$rss_file" "$QUIRE" check "$DOC" > /dev/null 2> /dev/null || true
        rss_kb=$(tail -n 1 "$rss_file")
        rm -f "$rss_file"
    else
        echo "   /usr/bin/time is missing: install the Debian package 'time' to measure peak memory"
    fi
else
    echo "   $QUIRE is missing: build the quire target to measure it"
fi

# The command on the bundled sample, as a user starts it: the whole process
# (start, read, check, print, exit), fastest of 10, and its peak memory.
SAMPLE="$(dirname "$0")/../data/portfolio-qa.md"
sample_time=""
sample_rss_kb=""
if [ -x "$QUIRE" ]; then
    for run in 1 2 3 4 5 6 7 8 9 10; do
        read -r t _ < <(wall_seconds "$QUIRE" check "$SAMPLE")
        sample_time=$(min_of "$t" "$sample_time")
    done
    if [ -x /usr/bin/time ]; then
        rss_file=$(mktemp)
        /usr/bin/time -f %M -o "$rss_file" "$QUIRE" check "$SAMPLE" > /dev/null 2> /dev/null || true
        sample_rss_kb=$(tail -n 1 "$rss_file")
        rm -f "$rss_file"
    fi
fi

# `quire check DOC --json` as a user runs it (start, read, check, write the
# JSON, exit) in turns with `cmark DOC`, fastest of five each, on both
# documents; and its peak memory.
whole_process_lines=()
for doc in "$DOC" "$DOC_TEMPLATED" "${DIALECT_DOCS[@]}"; do
    [ -x "$QUIRE" ] || break
    best_quire=""
    best_cmark=""
    for run in 1 2 3 4 5; do
        read -r t _ < <(wall_seconds cmark "$doc")
        best_cmark=$(min_of "$t" "$best_cmark")
        read -r t _ < <(wall_seconds "$QUIRE" check "$doc" --json)
        best_quire=$(min_of "$t" "$best_quire")
    done
    peak=""
    if [ -x /usr/bin/time ]; then
        rss_file=$(mktemp)
        /usr/bin/time -f %M -o "$rss_file" "$QUIRE" check "$doc" --json > /dev/null 2> /dev/null || true
        peak=$(tail -n 1 "$rss_file")
        rm -f "$rss_file"
    fi
    whole_process_lines+=("$(awk -v q="$best_quire" -v c="$best_cmark" -v kb="$peak" -v b="$(stat -c %s "$doc")" \
        -v name="$(basename "$doc")" 'BEGIN {
            r = q / c; m = kb * 1024 / b
            printf "  check --json %-30s %.3f s / cmark %.3f s = %.3f (target <= 0.5) %s; peak %.0f MB = %.2fx (target <= 2.5x) %s",
                   name, q, c, r, (r <= 0.5 ? "OK" : "MISSED"), kb * 1024 / 1e6, m, (m <= 2.5 ? "OK" : "MISSED") }')")
    # Which dialects the entries were read in: a dialect's document read
    # as something else would time the wrong thing.
    whole_process_lines+=("      read as: $("$QUIRE" check "$doc" --json 2> /dev/null | head -c 4096 \
        | grep -o '"dialects":{[^}]*}' || true)")
done

parse_lint_bench=$(seconds_of ParseAndLint)
parse_lint_cpu=$(seconds_of ParseAndLint cpu)
parse_lint=$turns_best
parse=$(seconds_of Parse)
similar=$(seconds_of SimilarQuestions)

echo
echo "================================================================================"
echo "Quire core benchmarks — $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"), $(nproc) cores,"\
     "$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
echo "Document: $ENTRIES entries, seed $SEED, $size bytes ($size_mb MB): $DOC"
echo "--------------------------------------------------------------------------------"
row() { # label seconds [per-MB]
    awk -v l="$1" -v s="$2" -v mb="$size" -v per="${3:-yes}" 'BEGIN {
        if (s == "") { printf "  %-34s %10s\n", l, "n/a"; exit }
        if (per == "yes") printf "  %-34s %8.3f s  %8.1f MB/s\n", l, s, (s > 0 ? mb / 1e6 / s : 0)
        else printf "  %-34s %8.3f s\n", l, s }'
}
row "parse + lint (statuses, similar)" "$parse_lint_bench"
row "  the same, in turns with cmark" "$parse_lint"
row "parse (with statuses)" "$parse"
row "similar questions only" "$similar" no
row "cmark to HTML, in turns" "$cmark_best"
if [ -n "$parse_lint" ] && [ -n "$cmark_best" ]; then
    ratio=$(awk -v a="$parse_lint" -v b="$cmark_best" 'BEGIN { printf "%.3f", a / b }')
    echo "  parse + lint / cmark = $ratio, wall time, fastest of 5 turns each   (target <= 0.5)   $(verdict "$ratio" 0.5 le)"
fi
if [ -n "$parse_lint_cpu" ] && [ -n "$cmark_cpu" ]; then
    cpu_ratio=$(awk -v a="$parse_lint_cpu" -v b="$cmark_cpu" 'BEGIN { printf "%.3f", a / b }')
    echo "  parse + lint / cmark = $cpu_ratio, CPU time ($parse_lint_cpu s in bench_core / $cmark_cpu s; for reference)"
fi
echo "--------------------------------------------------------------------------------"
for name in SaveUnedited SaveOneEdited Export/ctx Export/markdown Export/jsonl Export/source; do
    s=$(seconds_of "$name")
    if [ -n "$s" ]; then
        printf "  %-34s %8.3f s   (target < 0.3 s)   %s\n" "$name" "$s" "$(verdict "$s" 0.3)"
    else
        printf "  %-34s %10s\n" "$name" "n/a"
    fi
done
# A review change reaches the disk 300 ms (the debounce) after this.
s=$(seconds_of ReviewSidecarWrite)
if [ -n "$s" ]; then
    printf "  %-34s %8.3f s   (+ 0.3 s debounce: target < 1 s)   %s\n" "review sidecar write (60k reviews)" "$s" \
        "$(verdict "$(awk -v s="$s" 'BEGIN { print s + 0.3 }')" 1.0)"
fi
echo "--------------------------------------------------------------------------------"
if [ -n "$check_time" ]; then
    printf "  %-34s %8.3f s\n" "quire check (whole process)" "$check_time"
fi
if [ -n "$rss_kb" ]; then
    awk -v kb="$rss_kb" -v b="$size" 'BEGIN {
        r = kb * 1024 / b
        printf "  %-34s %8.1f MB = %.2f x file size   (target < 3x)   %s\n",
               "quire check peak RSS", kb * 1024 / 1e6, r, (r < 3 ? "OK" : "MISSED") }'
else
    printf "  %-34s %10s\n" "quire check peak RSS" "n/a"
fi
if [ -n "$check_time" ] && [ -n "$cmark_best" ]; then
    check_ratio=$(awk -v a="$check_time" -v b="$cmark_best" 'BEGIN { printf "%.3f", a / b }')
    # The text report counts the export's tokens exactly (about 14-22 MB/s):
    # no target; the 0.5 x cmark target is for --json, below.
    echo "  quire check (text, exact token count) / cmark, whole processes = $check_ratio   (for reference; the target is for --json)"
fi
if [ -n "$sample_time" ]; then
    echo "  quire check SAMPLE (whole process)    $(awk -v s="$sample_time" 'BEGIN { printf "%.0f ms", s * 1000 }')   (target <= 25 ms)   $(verdict "$sample_time" 0.025 le)"
fi
if [ -n "$sample_rss_kb" ]; then
    echo "  quire check SAMPLE peak RSS           $(awk -v kb="$sample_rss_kb" 'BEGIN { printf "%.1f MB", kb * 1024 / 1e6 }')   (target <= 20 MB)   $(verdict "$(awk -v kb="$sample_rss_kb" 'BEGIN { print kb * 1024 / 1e6 }')" 20 le)"
fi
for line in "${whole_process_lines[@]}"; do echo "$line"; done
echo "================================================================================"

# The compare view with huge and hostile answers, in the real window
# (offscreen): each case opened, shown, and the longest GUI stall.
# Targets: shown < 2 s, no stall over 50 ms.
if [ -x "$BUILD_DIR/bench/bench_compare" ]; then
    echo "== Compare view (bench_compare on the bundled sample)"
    QT_LOGGING_RULES="qt.webenginecontext=false" "$BUILD_DIR/bench/bench_compare" \
        "$(dirname "$0")/../data/portfolio-qa.md" 2>/dev/null | sed 's/^/  /'
fi

# A large review sidecar in the real window (issue 14): the figures as
# Token counting (app/tokens): MB/s for both encodings on the sample
# repeated, the generated document and a CJK/emoji text (target 10 MB/s).
if [ -x "$BUILD_DIR/bench/bench_tokens" ]; then
    echo "== bench_tokens: token counting, one core (target >= 10 MB/s on markdown)"
    "$BUILD_DIR/bench/bench_tokens" "$DOC" || echo "   bench_tokens failed"
else
    echo "   $BUILD_DIR/bench/bench_tokens is missing: build the bench_tokens target"
fi

# bench_sidecar prints them, against their targets.
# A 45-question rehearsal of the sample against a fake server answering at
# once: the whole `quire rehearse` process, wall and its own CPU.
REHEARSE_BENCH="$BUILD_DIR/bench/bench_rehearse"
echo
if [ -x "$REHEARSE_BENCH" ] && [ -x "$QUIRE" ]; then
    echo "== bench_rehearse: quire rehearse of the sample (45 questions), fake server answering at once"
    "$REHEARSE_BENCH" "$QUIRE" "$SAMPLE" || echo "   bench_rehearse failed"
else
    echo "   $REHEARSE_BENCH or $QUIRE is missing: build the bench_rehearse and quire targets"
fi

SIDECAR_BENCH="$BUILD_DIR/bench/bench_sidecar"
if [ -x "$SIDECAR_BENCH" ]; then
    echo
    echo "== bench_sidecar: a 110,000-review sidecar in the window (offscreen)"
    sidecar_out=$(QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 "$SIDECAR_BENCH" 2> /dev/null || true)
    echo "$sidecar_out" | grep -E '^(document|load|note keystroke|status change|20 keystrokes|sidecar after|close)' || echo "   bench_sidecar failed"
    echo "$sidecar_out" | awk '
        /^load:/ { # the reviews part: after the document itself is open
            if (match($0, /\([0-9]+ ms after openFile/)) {
                s = substr($0, RSTART + 1, RLENGTH - 17) + 0
                if (s > worst) worst = s
            }
        }
        /^(note keystroke|status change|20 keystrokes)/ {
            if (match($0, /longest stall [0-9]+ ms/)) {
                s = substr($0, RSTART + 14, RLENGTH - 17) + 0
                if (s > worst) worst = s
            }
        }
        /on disk after/ {
            match($0, /on disk after [0-9]+ ms/); d = substr($0, RSTART + 14, RLENGTH - 17) + 0
            if (d > slowest) slowest = d
        }
        END {
            if (slowest != "") printf "  %-34s %6d ms   (target < 1000 ms)   %s\n", "sidecar change to disk, slowest", slowest, (slowest < 1000 ? "OK" : "MISSED")
            if (worst != "") printf "  %-34s %6d ms   (target <= 50 ms; the load after the document is open)   %s\n", "longest GUI stall", worst, (worst <= 50 ? "OK" : "MISSED")
        }'
else
    echo "   $SIDECAR_BENCH is missing: build the bench_sidecar target"
fi
