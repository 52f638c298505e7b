#!/usr/bin/env bash
# Builds the .deb with CPack, installs it with apt, uses the installed quire
# (CLI, then the window under Xvfb), and removes it again, checking that
# nothing it installed is left behind. Exits non-zero on the first failure.
#   packaging/test-deb.sh BUILD_DIR
# Needs root (or sudo) for apt-get, and dpkg-dev, xvfb, xauth, xdotool
# (./quire-dev.sh installs them). If a quire package was installed before,
# it is replaced by this build's and removed at the end.
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 BUILD_DIR" >&2; exit 64; }
build_dir=$(cd "$1" && pwd)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'test-deb: FAIL: %s\n' "$*" >&2; exit 1; }

work=$(mktemp -d)
app_pid=
xvfb_pid=
installed_by_us=
cleanup() {
    [ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null || true
    [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
    if [ -n "$installed_by_us" ] && dpkg-query -W -f='${Status}' quire 2>/dev/null | grep -q "ok installed"; then
        echo "test-deb: removing the quire package left by a failed run"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq quire >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# --- Build ---------------------------------------------------------------
step "cpack -G DEB in $build_dir"
# cpack installs what is built; make sure that is this tree (a no-op after a build).
cmake --build "$build_dir" --target quire quire-manpage
rm -f "$build_dir"/quire_*.deb
(cd "$build_dir" && cpack -G DEB)
debs=("$build_dir"/quire_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single quire_*.deb"
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
arch=$(dpkg-deb -f "$deb" Architecture)
[ "$(basename "$deb")" = "quire_${version}_${arch}.deb" ] || fail "unexpected name $(basename "$deb")"
[ "$arch" = "$(dpkg --print-architecture)" ] || fail "architecture $arch"
echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB"
dpkg-deb -f "$deb" Package Version Architecture Maintainer Section Homepage Depends

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6webenginewidgets6 libqt6webenginecore6 libqt6widgets6 libqt6keychain1 libc6; do
    grep -Eq "(^|, )$lib( |,|$)" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
contents=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')
for f in /usr/bin/quire /usr/libexec/quire/quire-window /usr/libexec/quire/quire-online \
         /usr/share/applications/io.github.quire.Quire.desktop \
         /usr/share/metainfo/io.github.quire.Quire.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/quire.svg \
         /usr/share/man/man1/quire.1.gz \
         /usr/share/doc/quire/copyright \
         /usr/share/doc/quire/examples/portfolio-qa.md; do
    grep -qx "$f" <<<"$contents" || fail "the package lacks $f"
done
if grep -v '^/usr/' <<<"$contents" | grep -vqx '/'; then fail "files outside /usr"; fi

# --- Install -------------------------------------------------------------
step "apt-get install $(basename "$deb")"
if dpkg-query -W -f='${Status}' quire 2>/dev/null | grep -q "ok installed"; then
    echo "test-deb: replacing the installed quire $(dpkg-query -W -f='${Version}' quire)"
fi
installed_by_us=1
# apt reads the file as the _apt user: give it a copy it can read.
mkdir -m 755 "$work/deb"
install -m 644 "$deb" "$work/deb/"
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$work/deb/$(basename "$deb")"
[ "$(dpkg-query -W -f='${Status} ${Version}' quire)" = "install ok installed $version" ] || fail "dpkg does not list quire $version"
files=$(dpkg -L quire)

# --- Command line ----------------------------------------------------------
step "installed command line"
[ "$(command -v quire)" = /usr/bin/quire ] || fail "quire on PATH is $(command -v quire)"
out=$(/usr/bin/quire --version)
echo "$out"
[ "$out" = "quire $version" ] || fail "quire --version said '$out', expected 'quire $version'"
sample=/usr/share/doc/quire/examples/portfolio-qa.md
status=0
/usr/bin/quire check "$sample" >"$work/check.txt" || status=$?
head -3 "$work/check.txt"
[ "$status" -eq 1 ] || fail "quire check on the sample exited $status, expected 1 (entries need attention)"
grep -q "unanswered" "$work/check.txt" || fail "quire check printed no report"
man -w quire | grep -qx /usr/share/man/man1/quire.1.gz || fail "man does not find quire(1)"
# context and rehearse run in /usr/libexec/quire/quire-online, found from
# /usr/bin/quire: a context project of the sample, built offline.
cp "$sample" "$work/portfolio-qa.md"
printf '# Portfolio\n\n> Questions and answers about my work.\n\n## Docs\n\n- [Q&A](portfolio-qa.md)\n' >"$work/llms.txt"
status=0
/usr/bin/quire context "$work/llms.txt" -o "$work/llms_ctx.txt" >"$work/context.txt" 2>&1 || status=$?
[ "$status" -le 1 ] || { cat "$work/context.txt"; fail "quire context exited $status"; }
grep -q "Portfolio" "$work/llms_ctx.txt" || fail "quire context wrote no context"

# --- The window ----------------------------------------------------------
step "installed window under Xvfb"
mkdir -p "$work/home"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { cat "$work/xvfb.log" >&2; fail "Xvfb did not start"; }
display=:$(cat "$work/display")
# A fresh user: no settings, so Quire opens its first-run copy of the sample.
(
    export DISPLAY=$display QT_QPA_PLATFORM=xcb HOME=$work/home \
           XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share \
           XDG_CACHE_HOME=$work/home/.cache XDG_RUNTIME_DIR=$work/home/runtime
    mkdir -m 700 "$XDG_RUNTIME_DIR"
    if [ "$(id -u)" -eq 0 ]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
    cd "$HOME"
    exec /usr/bin/quire
) >"$work/app.log" 2>&1 &
app_pid=$!
show_log() { echo "--- quire's output:" >&2; cat "$work/app.log" >&2; }
# Polled, not `xdotool search --sync`: a window that goes away while xdotool
# walks the tree (WebEngine makes short-lived ones) aborts it with BadWindow.
window=""
for _ in $(seq 240); do
    window=$(DISPLAY=$display xdotool search --name 'portfolio-qa' 2>/dev/null | head -1) || true
    [ -n "$window" ] && break
    sleep 0.5
done
if [ -z "$window" ]; then
    show_log
    fail "no Quire window appeared within 120 s"
fi
echo "window $window: $(DISPLAY=$display xdotool getwindowname "$window")"
[ -n "$(find "$work/home/.local/share" -name portfolio-qa.md)" ] || fail "no first-run copy of the sample"

# The preview starts QtWebEngineProcess; wait for it so that its libraries
# are checked below too, and make sure the window is still alive.
helper=
for _ in $(seq 300); do
    kill -0 "$app_pid" 2>/dev/null || { show_log; fail "quire exited after showing its window"; }
    helper=$(pgrep -P "$app_pid" -f QtWebEngineProcess | head -1 || true)
    [ -n "$helper" ] && break
    sleep 0.1
done
[ -n "$helper" ] || { show_log; fail "the preview started no QtWebEngineProcess"; }
sleep 2
kill -0 "$app_pid" 2>/dev/null || { show_log; fail "quire exited while the preview started"; }

# On a clean system only the package's dependencies are there: every package
# that provides a file the running processes use must be among them, or be
# Essential (on every Debian system). Some files are used only because they
# happen to be installed here, and a clean system does without them: Qt
# plugins other than the platform plugin, fonts (fontconfig depends on a
# font of its own), and the cursor library libX11 loads for cursor themes.
# Those are listed, not failed.
step "files in use come from quire's dependencies"
pids="$app_pid $(pgrep -P "$app_pid" || true)"
for p in $(pgrep -P "$app_pid" || true); do pids="$pids $(pgrep -P "$p" || true)"; done
used=$( for p in $pids; do
            readlink -f "/proc/$p/exe" 2>/dev/null || true
            awk '$6 ~ /^\// {print $6}' "/proc/$p/maps" 2>/dev/null || true
        done | grep -E '^/(usr|lib|etc)/' | sort -u )
closure=$(apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
              --no-breaks --no-replaces --no-enhances quire 2>/dev/null \
          | sed -E 's/^ *\|?(Pre)?Depends: *//; s/^ +//; /^</d' | sort -u)
owner_of() { # the package that installed $1 ("" for files made at run time)
    local owner
    owner=$(dpkg-query -S "$1" 2>/dev/null | grep -v '^diversion' | head -1 || true)
    # dpkg may record a library under /lib although it is used via /usr/lib.
    if [ -z "$owner" ] && [[ $1 == /usr/lib/* ]]; then
        owner=$(dpkg-query -S "${1#/usr}" 2>/dev/null | grep -v '^diversion' | head -1 || true)
    fi
    owner=${owner%%: /*}
    owner=${owner%%,*}
    echo "${owner%%:*}"
}
missing=0
owners=
while read -r path; do
    owner=$(owner_of "$path")
    [ -n "$owner" ] || continue
    owners="$owners$owner"$'\n'
    grep -qx "$owner" <<<"$closure" && continue
    [ "$(dpkg-query -W -f='${Essential}' "$owner" 2>/dev/null)" = yes ] && continue
    case "$path" in
    */qt6/plugins/platforms/*) ;;
    */qt6/plugins/* | /usr/share/fonts/* | */libXcursor.so*)
        echo "  optional: $path ($owner)"
        continue ;;
    esac
    echo "  NOT A DEPENDENCY: $path ($owner)" >&2
    missing=1
done <<<"$used"
[ "$missing" -eq 0 ] || fail "files in use come from packages quire does not depend on"
echo "$(grep -c . <<<"$used") files in use by $(wc -w <<<"$pids") processes, from $(sort -u <<<"$owners" | grep -c .) packages: all covered"

kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=
kill "$xvfb_pid"
wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=

# --- Remove --------------------------------------------------------------
step "apt-get remove quire"
as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q quire
installed_by_us=
status_after=$(dpkg-query -W -f='${Status}' quire 2>/dev/null || true)
case "$status_after" in
"" | *not-installed) ;;
*) fail "after removal dpkg says: $status_after" ;;
esac
left=0
while read -r path; do
    # Folders such as /usr/share/man/man1 belong to other packages too.
    if [ -e "$path" ] && [ ! -d "$path" ]; then echo "  left behind: $path" >&2; left=1; fi
done <<<"$files"
[ -d /usr/share/doc/quire ] && { echo "  left behind: /usr/share/doc/quire/" >&2; left=1; }
[ "$left" -eq 0 ] || fail "files left after apt-get remove"
[ ! -e /usr/bin/quire ] || fail "/usr/bin/quire is still there"
echo "none of the package's files is left ($(grep -c . <<<"$files") paths in dpkg -L; shared folders stay)"

step "test-deb: OK ($(basename "$deb"))"
