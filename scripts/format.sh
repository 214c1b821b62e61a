#!/usr/bin/env bash
# Formats every C++ source with the project's .clang-format. --check only reports.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=(-i)
if [ "${1:-}" = "--check" ]; then
    mode=(--dry-run --Werror)
fi
git ls-files '*.cpp' '*.h' | xargs clang-format "${mode[@]}"
