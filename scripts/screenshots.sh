#!/usr/bin/env bash
# Renders the console's main states (start, result list, full ticket view, several tickets,
# no ticket, invalid input) to docs/screenshots/*.png at 1366×768, from a fresh demo database.
# Needs no display: it uses Qt's offscreen platform. Usage: screenshots.sh [OUT_DIR] [--lang hi]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
assistdesk_install_deps

build=${ASSISTDESK_BUILD_DIR:-build/testing}
out=${1:-docs/screenshots}
shift || true # further arguments go to the tool, e.g. --lang hi
today=2026-11-20
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DASSISTDESK_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target assistdesk-cli assistdesk-screenshots

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/app/assistdesk-cli" demo --db "$work/demo.sqlite" --orders 2000 --today "$today" --media "$work/media"
QT_QPA_PLATFORM=offscreen "$build/tests/assistdesk-screenshots" --db "$work/demo.sqlite" --today "$today" \
    --orders 2000 --media "$work/media" --out "$out" "$@"
