#!/usr/bin/env bash
# Quire developer entry point (Debian 12).
#   ./quire-dev.sh run    install what is missing, build, open Quire on a copy of the sample
#   ./quire-dev.sh test   install what is missing, build, run every test, then install, run and remove the .deb
#   ./quire-dev.sh bench  build and run the benchmarks (see README, Performance)
#   ./quire-dev.sh screenshots  remake the README's screenshots under Xvfb
#   ./quire-dev.sh package  build the .deb (quire_<version>_<arch>.deb in the build folder)
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-webengine-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libcmark-dev cmark libbenchmark-dev libhunspell-dev hunspell-en-us hunspell-de-de
    xvfb xauth xdotool libxml2-utils fonts-dejavu-core git
    # packaging: validators, man pages, cpack's dpkg-shlibdeps (dpkg-dev, file), pgrep
    desktop-file-utils appstream man-db dpkg-dev file procps
    # Qt's own translations (standard buttons and dialogs in the user's language)
    qt6-translations-l10n
    # SVG icons (the window icon) through Qt's SVG icon engine
    libqt6svg6
    # API keys of model endpoints in the system keyring (the window only)
    qtkeychain-qt6-dev
    # fuzzing (tests/fuzz): clang with libFuzzer and the sanitizers
    clang libclang-rt-14-dev
    # benchmarks: peak memory of quire check (bench/run-benchmarks.sh uses /usr/bin/time)
    time
)
BUILD_DIR=${QUIRE_BUILD_DIR:-build}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build() {
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$BUILD_DIR"
}

# WebEngine's sandbox cannot run as root; only then is it switched off.
sandbox_env() {
    if [ "$(id -u)" -eq 0 ]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
}

case "${1:-}" in
run)
    install_missing
    build
    sandbox_env
    # A writable copy: the bundled sample stays pristine.
    copy_dir="${XDG_DATA_HOME:-$HOME/.local/share}/Quire"
    mkdir -p "$copy_dir"
    [ -f "$copy_dir/portfolio-qa.md" ] || cp data/portfolio-qa.md "$copy_dir/portfolio-qa.md"
    shift
    exec "$BUILD_DIR/ui/quire" "$copy_dir/portfolio-qa.md" "$@"
    ;;
test)
    install_missing
    build
    sandbox_env
    export QT_QPA_PLATFORM=offscreen
    cd "$BUILD_DIR"
    status=0
    ctest --output-on-failure --timeout 600 || status=$?
    cd "$OLDPWD"
    # A minute of fuzzing (clang, ASan, UBSan), also after failed tests: seed 1
    # on fresh corpora, 12,000 inputs of the document engine (about 40 s here),
    # 5,000 each of the review sidecar and candidate files readers (a few
    # seconds); the time limit is only a cap. Built on both cores: nothing
    # else runs now. Long runs with a random seed: tests/fuzz/README.md.
    rm -rf "$BUILD_DIR/fuzz/corpus" "$BUILD_DIR"/fuzz/corpus-*
    QUIRE_FUZZ_JOBS=2 QUIRE_FUZZ_SEED=1 QUIRE_FUZZ_RUNS=12000 QUIRE_FUZZ_PARSER_RUNS=5000 \
        tests/fuzz/run-fuzz.sh "$BUILD_DIR" 120 || status=1
    [ "$status" -eq 0 ] || exit "$status"
    # The .deb on this system: apt install, quire --version/check, the window under Xvfb, apt remove.
    packaging/test-deb.sh "$BUILD_DIR"
    ;;
screenshots)
    PACKAGES+=(x11-apps imagemagick xdotool)
    install_missing
    build
    packaging/make-screenshots.sh "$BUILD_DIR"
    ;;
package)
    install_missing
    build
    cd "$BUILD_DIR"
    cpack -G DEB
    ;;
bench)
    install_missing
    build
    sandbox_env
    export QT_QPA_PLATFORM=offscreen
    bench/run-benchmarks.sh "$BUILD_DIR"
    ;;
*)
    sed -n '2,7p' "$0"
    exit 64
    ;;
esac
