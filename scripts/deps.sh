#!/usr/bin/env bash
# Makes sure the build dependencies are installed. Sourced by run.sh and test.sh; also runnable
# on its own. On Debian/Ubuntu it installs what is missing with apt (as root, or through sudo
# when that needs no password); otherwise it prints the exact command and stops.
set -euo pipefail

ASSISTDESK_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev libsodium-dev libsqlite3-dev
    libgl-dev fonts-dejavu-core fonts-lohit-deva
)

assistdesk_missing_packages() {
    local missing=()
    for package in "${ASSISTDESK_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    echo "${missing[@]:-}"
}

assistdesk_install_deps() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "deps: not a Debian-like system; make sure Qt 6.4+ (Widgets, Sql with the SQLite driver," \
             "Network, LinguistTools, Test), CMake 3.22+ and Ninja are installed." >&2
        return 0
    fi
    local missing
    missing=$(assistdesk_missing_packages)
    if [ -z "$missing" ]; then
        return 0
    fi
    echo "deps: installing $missing" >&2
    local apt=(apt-get -y -q --no-install-recommends install)
    if [ "$(id -u)" -eq 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive "${apt[@]}" $missing >&2
    elif command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
        # sudo asks for the password when it needs one and a terminal is there to answer.
        sudo DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
        # shellcheck disable=SC2086
        sudo DEBIAN_FRONTEND=noninteractive "${apt[@]}" $missing >&2
    else
        echo "deps: these packages are missing: $missing" >&2
        echo "deps: install them with:" >&2
        echo "    sudo apt-get install -y $missing" >&2
        return 1
    fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    assistdesk_install_deps
fi
