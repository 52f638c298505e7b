#!/usr/bin/env bash
# Makes the README's screenshots: starts Quire under Xvfb on a copy of the
# sample, drives it with the keyboard (xdotool) like a person, and captures
# the window. Usage: packaging/make-screenshots.sh [BUILD_DIR]
# Needs: xvfb x11-apps imagemagick xdotool (./quire-dev.sh screenshots installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build}
OUT=docs/screenshots
mkdir -p "$OUT"
work=$(mktemp -d)
cp data/portfolio-qa.md "$work/"
display=${QUIRE_SCREENSHOT_DISPLAY:-:$((90 + RANDOM % 100))}
Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb_pid=$!
cleanup() { kill "$app_pid" 2>/dev/null || true; kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export DISPLAY=$display HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
if [ "$(id -u)" -eq 0 ]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
# The Context panel's token budget (the user's setting): 8k, the smallest
# preset (the sample's project fills 73% of it).
mkdir -p "$XDG_CONFIG_HOME/Quire"
printf '[context]\nbudget=8000\n' >"$XDG_CONFIG_HOME/Quire/Quire.conf"
sleep 1
"$BUILD_DIR/ui/quire" "$work/portfolio-qa.md" >/dev/null 2>&1 &
app_pid=$!
window=$(xdotool search --sync --name "portfolio-qa" | head -1)
xdotool windowsize "$window" 1280 800
sleep 3
xdotool windowfocus "$window"

shot() { sleep "${2:-1.5}"; xwd -id "$1" -silent | convert xwd:- "png:$OUT/$3.png"; echo "wrote $OUT/$3.png"; }

# QUIRE_SCREENSHOT_ONLY=context remakes only the Context panel's shot.
if [ "${QUIRE_SCREENSHOT_ONLY:-}" != context ]; then

# Editor: F8 to the third gap (the empty answer), type an answer with markdown.
xdotool key F8 F8 F8
xdotool type --delay 15 -- 'The most surprising failure was **merged answer components**: Haiku joined two separate facts into one.'
xdotool key Return Return
xdotool type --delay 15 -- '- it happened on `fastbook-benchmark` chapters with long lists'
xdotool key Return
xdotool type --delay 15 -- '- a stricter prompt fixed *most* of it'
shot "$window" 2 editor

# Export dialog (Ctrl+E).
xdotool key ctrl+e
sleep 2
dialog=$(xdotool search --name "^Export$" | head -1)
shot "$dialog" 1 export
xdotool key Escape

# Compare view (Ctrl+Shift+D): the previous entry, a word changed and a
# sentence added, beside the saved answer.
xdotool windowfocus "$window"
xdotool key alt+Up
sleep 1
xdotool key ctrl+Home ctrl+shift+Right
xdotool type --delay 15 -- 'Honestly, this '
xdotool key ctrl+End
xdotool type --delay 15 -- ' It also changed how I plan the *Extraction* phase.'
xdotool key ctrl+shift+d
sleep 2
compare=$(xdotool search --name "^Compare Answers$" | head -1)
xdotool windowsize "$compare" 1100 520
shot "$compare" 1.5 compare
xdotool key Escape

# Overview (Ctrl+Shift+O) beside the entry list, after a few reviews:
# Review mode (Ctrl+Shift+R), approve and go on (Ctrl+Return), needs work (Ctrl+2).
xdotool windowfocus "$window"
xdotool key ctrl+shift+r
sleep 0.5
for _ in 1 2 3 4 5 6; do xdotool key ctrl+Return; sleep 0.3; done
xdotool key ctrl+2 alt+Down ctrl+2
sleep 0.5
xdotool key ctrl+shift+r
xdotool key ctrl+shift+o
shot "$window" 2 overview

# Review mode (Ctrl+Shift+R): the first section reviewed by keyboard alone —
# Ctrl+1 approves, F4 goes to the note, Ctrl+2 marks "needs work",
# Ctrl+Return approves and goes on to the next unreviewed entry.
xdotool key ctrl+shift+o
xdotool key ctrl+Prior
sleep 1
xdotool key ctrl+shift+r
sleep 0.5
xdotool key ctrl+1 alt+Down F4
xdotool type --delay 15 -- 'Too general: name one concrete result (TinyScale Lab, fastbook-benchmark) and what it changed.'
xdotool key ctrl+2 alt+Down ctrl+Return ctrl+Return
sleep 0.5
xdotool key alt+Up alt+Up alt+Up
shot "$window" 2 review

fi

# The Context panel (Ctrl+Shift+T) on the sample as it ships, in a project
# of its own: an llms.txt beside it with a themes.md and an Optional
# section. A fresh window on a fresh copy, so that the counts are the real
# sample's (the shots above edited and reviewed theirs).
if [ -n "${app_pid:-}" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
project="$work/portfolio"
mkdir -p "$project"
cp data/portfolio-qa.md "$project/"
cat >"$project/llms.txt" <<'LLMS'
# Portfolio context

> What a model needs to answer visitors' questions about my work.

Answer from the documents below; decline what they do not cover.

## Docs
- [Portfolio Q&A](portfolio-qa.md): questions and answers about my work
- [Themes](themes.md): the themes the answers come back to

## Optional
- [Old talks](talks.md): slide notes, only in the full context
LLMS
printf '# Themes\n\nReliable systems: resource-constrained research, deep evaluation and a\nfirst-principles understanding of how models work, in service of applied projects.\n' >"$project/themes.md"
printf 'Notes on old talks.\n' >"$project/talks.md"
"$BUILD_DIR/ui/quire" "$project/portfolio-qa.md" >/dev/null 2>&1 &
app_pid=$!
window=$(xdotool search --sync --name "portfolio-qa" | head -1)
xdotool windowsize "$window" 1280 800
sleep 3
xdotool windowfocus "$window"
xdotool key ctrl+Next # the first section with questions, not the prose
xdotool key ctrl+shift+t
shot "$window" 3 context
