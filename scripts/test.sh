#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors, and runs every test suite
# through CTest. GUI suites run on Qt's offscreen platform: no display needed. This is what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
assistdesk_install_deps

build=${ASSISTDESK_BUILD_DIR:-build/testing}
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DASSISTDESK_BUILD_TESTS=ON -DASSISTDESK_WERROR=ON
cmake --build "$build" -j "$jobs"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure -j "$jobs"
