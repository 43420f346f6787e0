# Shared by scripts/run, scripts/test, scripts/bench and scripts/fuzz. Source it; do not run it.
# shellcheck shell=bash

SIPDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Debian 12 package names; Ubuntu 22.04+ uses the same ones.
SIPDESK_PACKAGES=(
    g++ cmake ninja-build ccache
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qtkeychain-qt6-dev libgl1-mesa-dev
    xvfb xauth dbus dbus-x11 gnome-keyring curl
    desktop-file-utils appstream dpkg-dev
    clang libclang-rt-14-dev
    libsimdjson-dev
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs whatever of SIPDESK_PACKAGES is missing; quick when nothing is.
ensure_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        log "Not a Debian-like system: make sure these (or your distribution's equivalents) are installed:"
        printf '    %s\n' "${SIPDESK_PACKAGES[@]}" >&2
        command -v cmake >/dev/null && command -v ninja >/dev/null \
            || { log "cmake and ninja are needed to go on"; exit 1; }
        return 0
    fi
    local missing=() pkg
    for pkg in "${SIPDESK_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { log "Run as root or install: ${missing[*]}"; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# build <preset>: configure once, then build incrementally.
build() {
    local preset=$1
    cd "$SIPDESK_ROOT"
    if [ ! -f "build/$preset/CMakeCache.txt" ]; then
        log "Configuring ($preset)"
        cmake --preset "$preset" >/dev/null
    fi
    log "Building ($preset)"
    cmake --build --preset "$preset" -- -k 0
}
