#!/bin/sh
# check-complete.sh [--plurals] LUPDATE TS_FILE SOURCE_DIR...
# Fails when TS_FILE lacks a finished translation for any string of the
# sources (with --plurals: for any string with plural forms, %n, which is
# all the source language needs). lupdate first refreshes a copy of it from the sources, so a string
# added since the last `update_translations` counts as missing too; the
# repository's file is not touched. Needs lupdate (qt6-l10n-tools) and
# xmllint (libxml2-utils).
set -eu
only=message
if [ "$1" = "--plurals" ]; then
    only='message[@numerus="yes"]'
    shift
fi
lupdate=$1
ts=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
copy="$tmp/$(basename "$ts")"
cp "$ts" "$copy"
"$lupdate" -silent -locations none "$@" -ts "$copy"

count() { xmllint --xpath "count($1)" "$copy"; }
# Vanished and obsolete entries are strings no longer in the sources: never shown.
unfinished="//$only[translation/@type=\"unfinished\"]"
empty="//$only[not(translation/@type) and not(@numerus) and not(normalize-space(translation))]"
emptyPlural="//$only[not(translation/@type) and @numerus=\"yes\" and translation/numerusform[not(normalize-space())]]"
total=$(count "//$only[not(translation/@type)] | //$only[translation/@type=\"unfinished\"]")
missing=$(( $(count "$unfinished") + $(count "$empty") + $(count "$emptyPlural") ))
if [ "$missing" -ne 0 ]; then
    echo "$(basename "$ts"): $missing of $total strings have no finished translation:"
    xmllint --xpath "$unfinished/source | $empty/source | $emptyPlural/source" "$copy" || true
    echo
    echo "Run 'cmake --build build --target update_translations', translate them (linguist $ts) and commit."
    exit 1
fi
echo "$(basename "$ts"): all $total strings translated"
