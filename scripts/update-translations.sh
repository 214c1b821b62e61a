#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate), then fills the English plural forms.
# Translators then edit translations/assistdesk_hi.ts with Qt Linguist (linguist6) or any editor.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${ASSISTDESK_BUILD_DIR:-build/dev}
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug
fi
cmake --build "$build" --target update_translations
python3 scripts/i18n-english-plurals.py translations/assistdesk_en.ts
