#!/bin/sh
# quiet-start.sh QUIRE_WINDOW SAMPLE: the window, started as a user starts it
# (a real X server, Xvfb), prints nothing while it starts and shows the
# sample; with QT_LOGGING_RULES asking for it, Qt WebEngine's diagnostic dump
# still appears. Only "Sandboxing disabled by user." is allowed: Chromium
# says it when the tests run as root, where the sandbox must be off.
set -u
window=$1
sample=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp "$sample" "$dir/doc.md"
mkdir -p "$dir/runtime" && chmod 700 "$dir/runtime"
start() { # OUTPUT-PREFIX [VAR=VALUE...]: runs the window for 6 s
    prefix=$1
    shift
    env -u QT_QPA_PLATFORM XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" XDG_CACHE_HOME="$dir/cache" \
        XDG_RUNTIME_DIR="$dir/runtime" "$@" \
        xvfb-run -a timeout -s TERM 6 "$window" "$dir/doc.md" >"$dir/$prefix.out" 2>"$dir/$prefix.err"
}
start quiet
grep -v '^Sandboxing disabled by user\.$' "$dir/quiet.err" >"$dir/quiet.rest"
if [ -s "$dir/quiet.out" ] || [ -s "$dir/quiet.rest" ]; then
    echo "the window printed while starting:"
    cat "$dir/quiet.out" "$dir/quiet.rest"
    exit 1
fi
start dump QT_LOGGING_RULES="qt.webenginecontext.info=true"
if ! grep -q 'Init Parameters' "$dir/dump.err"; then
    echo "QT_LOGGING_RULES did not bring back Qt WebEngine's dump:"
    cat "$dir/dump.err"
    exit 1
fi
echo "quiet start: nothing printed; the dump on request: $(wc -l <"$dir/dump.err") lines"
