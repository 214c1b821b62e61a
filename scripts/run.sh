#!/usr/bin/env bash
# Installs what is missing, builds AssistDesk (Release), creates the demo database in your data
# folder if there is none yet, and starts the console on it. Extra arguments go to the app,
# e.g. ./scripts/run.sh --lang hi
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
assistdesk_install_deps

build=${ASSISTDESK_BUILD_DIR:-build/release}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DASSISTDESK_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)"

db=$("$build/app/assistdesk-cli" db-path)
if [ ! -f "$db" ]; then
    echo "run: creating the demo database at $db"
    "$build/app/assistdesk-cli" demo --db "$db"
fi

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ] && [ "$(uname)" = "Linux" ]; then
    echo "run: no display found (DISPLAY and WAYLAND_DISPLAY are empty). Start it from a desktop session," >&2
    echo "     or use xvfb-run ./scripts/run.sh, or QT_QPA_PLATFORM=offscreen to run without a screen." >&2
    exit 1
fi
exec "$build/app/assistdesk" --db "$db" "$@"
