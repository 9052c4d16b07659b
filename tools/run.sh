#!/usr/bin/env bash
# Sets up a Debian 12 machine (packages through apt-get, with sudo when not root), configures and
# builds Cloudwright, then runs what was asked:
#   tools/run.sh designer [FILE]   start the designer (default template when no FILE)
#   tools/run.sh test              run the whole test suite through CTest
#   tools/run.sh build             only set up and build
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${CLOUDWRIGHT_BUILD_DIR:-$root/build}

packages=(
    cmake ninja-build g++ pkg-config python3
    qt6-base-dev qt6-declarative-dev qt6-svg-dev qt6-declarative-dev-tools libgl-dev
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-shapes
    qml6-module-qtquick-dialogs qml6-module-qtqml-workerscript qml6-module-qttest
    qml6-module-qt-labs-settings qml6-module-qtqml-models
    libboost-graph-dev nlohmann-json3-dev libyaml-cpp-dev
    qml6-module-qtqml qml6-module-qt-labs-folderlistmodel
    dpkg-dev desktop-file-utils appstream shared-mime-info man-db lintian
    chromium fonts-dejavu-core
)

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    # Node.js may come from elsewhere with its own npm (Debian's npm package would conflict):
    # install Debian's only when the commands are missing.
    command -v node >/dev/null 2>&1 || missing+=(nodejs)
    command -v npm >/dev/null 2>&1 || missing+=(npm)
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build_all() {
    install_packages
    if [ -f package-lock.json ] && [ ! -d node_modules ]; then
        npm ci --no-audit --no-fund --loglevel=error
    fi
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build" -j "$(nproc)"
}

case "${1:-}" in
designer)
    build_all
    shift
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
        echo "note: no DISPLAY or WAYLAND_DISPLAY; on a headless machine set QT_QPA_PLATFORM=offscreen" \
             "and use --screenshot OUT.png to see the window" >&2
    fi
    # With no FILE the designer opens the default template (innovate-inc).
    exec "$build/app/gui/cloudwright" "$@"
    ;;
test)
    build_all
    cd "$build"
    ctest --output-on-failure -j "$(nproc)"
    ;;
build)
    build_all
    ;;
*)
    echo "usage: tools/run.sh designer [FILE] | test | build" >&2
    exit 2
    ;;
esac
