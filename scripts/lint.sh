#!/usr/bin/env bash
# Runs clang-tidy (checks in .clang-tidy) and cppcheck over the sources, using the compile
# commands of a dev build.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${ASSISTDESK_BUILD_DIR:-build/dev}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" >/dev/null # generates ui_*.h and moc files
git ls-files 'app/*.cpp' 'ui/*.cpp' | xargs clang-tidy -p "$build" --quiet
cppcheck --project="$build/compile_commands.json" --enable=warning,performance,portability \
    --suppress='*:*/build/*' --suppress='*:/usr/*' --inline-suppr --quiet --error-exitcode=1
