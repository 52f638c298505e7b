#!/bin/sh
# online-helper-missing.sh QUIRE QUIRE_ONLINE: see tests/cli/CMakeLists.txt.
set -u
fail() { echo "FAIL: $*"; exit 1; }
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT
cp "$1" "$work/quire" || exit 1
printf '# Project\n\n- [Doc](doc.md)\n' > "$work/llms.txt"

"$work/quire" context "$work/llms.txt" > "$work/out" 2> "$work/err"
status=$?
[ "$status" -eq 2 ] || fail "quire context exited $status, expected 2"
[ "$(cat "$work/err")" = "quire: cannot start quire context: quire-online is not installed" ] \
    || fail "quire context said: $(cat "$work/err")"
[ ! -s "$work/out" ] || fail "quire context wrote to standard output: $(cat "$work/out")"

"$work/quire" rehearse "$work/llms.txt" 2> "$work/err"
[ $? -eq 2 ] || fail "quire rehearse did not exit 2"
grep -q "^quire: cannot start quire rehearse: quire-online is not installed$" "$work/err" || fail "quire rehearse said: $(cat "$work/err")"

# The commands of quire itself do not need it.
"$work/quire" --version > "$work/out" || fail "quire --version failed"

"$2" check "$work/llms.txt" 2> "$work/err"
[ $? -eq 64 ] || fail "quire-online check did not exit 64"
grep -q "runs .quire context. and .quire rehearse." "$work/err" || fail "quire-online check said: $(cat "$work/err")"
echo "ok"
