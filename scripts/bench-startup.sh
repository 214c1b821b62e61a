#!/usr/bin/env bash
# The startup benchmark (docs/performance.md): the time from starting the console to its main
# window shown and ready for input, on a big database, as the median of several runs; then the
# peak memory (RSS) after opening 100 orders one after the other.
#
#   scripts/bench-startup.sh [--db FILE] [--orders N] [--runs N] [--open N]
#
# --db      the database (default build/bench/assistdesk-bench.sqlite, the one
#           "assistdesk-cli bench" docs use); generated with the demo generator when missing
# --orders  orders to generate when it is missing (default 1000000)
# --runs    measured runs (default 7), after one warm-up run that is reported but not counted
# --open    orders to open for the memory figure (default 100)
#
# Builds a Release of the console first (build/release, or $ASSISTDESK_BUILD_DIR). Without a
# display it starts its own Xvfb when there is one, so the window is a real X11 window; otherwise
# it uses Qt's offscreen platform, and says so.
set -euo pipefail
cd "$(dirname "$0")/.."

db=build/bench/assistdesk-bench.sqlite
orders=1000000
runs=7
open=100
while [ $# -gt 0 ]; do
    case "$1" in
        --db) db=$2; shift 2 ;;
        --orders) orders=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --open) open=$2; shift 2 ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench-startup: unknown argument $1 (see --help)" >&2; exit 64 ;;
    esac
done
for number in "$orders" "$runs" "$open"; do
    if ! [[ "$number" =~ ^[1-9][0-9]*$ ]]; then
        echo "bench-startup: \"$number\" is not a whole number of 1 or more" >&2
        exit 64
    fi
done

source scripts/deps.sh
assistdesk_install_deps

build=${ASSISTDESK_BUILD_DIR:-build/release}
jobs=$(nproc 2>/dev/null || echo 2)
# A build directory of its own is configured as Release; one given in $ASSISTDESK_BUILD_DIR is
# built as it was configured (its type is printed with the figures).
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DASSISTDESK_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" -j "$jobs" --target assistdesk assistdesk-cli
app=$build/app/assistdesk
cli=$build/app/assistdesk-cli

if [ ! -e "$db" ]; then
    echo "bench-startup: $db does not exist; generating $orders demo orders (about two minutes per million)" >&2
    mkdir -p "$(dirname "$db")"
    "$cli" demo --db "$db" --orders "$orders" --no-media
fi

# A display for the window: the user's, our own Xvfb, or Qt's offscreen platform.
platform="the desktop's display (${DISPLAY:-}${WAYLAND_DISPLAY:+, $WAYLAND_DISPLAY})"
xvfb_pid=""
cleanup() { if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    if command -v Xvfb >/dev/null 2>&1; then
        display_file=$(mktemp)
        Xvfb -displayfd 1 -screen 0 1366x768x24 -nolisten tcp >"$display_file" 2>/dev/null &
        xvfb_pid=$!
        for _ in $(seq 50); do
            [ -s "$display_file" ] && break
            sleep 0.1
        done
        export DISPLAY=":$(head -n1 "$display_file")"
        rm -f "$display_file"
        export QT_QPA_PLATFORM=xcb
        platform="X11 on Xvfb ($DISPLAY, 1366x768)"
    else
        export QT_QPA_PLATFORM=offscreen
        platform="Qt's offscreen platform (no display and no Xvfb; install xvfb for a real X11 window)"
    fi
fi

# One run: milliseconds from the fork to the ready line (this script's clock), the app's own
# count from main(), and, with --measure-orders, the orders' time and the peak RSS.
run_once() {
    local start line external="" internal="" opened="" peak=""
    start=$EPOCHREALTIME
    while IFS= read -r line; do
        case "$line" in
            ASSISTDESK_READY*)
                external=$(( (${EPOCHREALTIME/./} - ${start/./}) / 1000 ))
                internal=$(echo "$line" | awk '{print $2}') ;;
            ASSISTDESK_ORDERS_OPENED*) opened=$(echo "$line" | awk '{print $2 " " $4}') ;;
            ASSISTDESK_PEAK_RSS*) peak=$(echo "$line" | awk '{print $2}') ;;
        esac
    done < <("$app" --db "$db" --measure-startup "$@" 2>/dev/null)
    if [ -z "$external" ]; then
        echo "bench-startup: the console did not report ready; run it by hand: $app --db $db --measure-startup" >&2
        exit 1
    fi
    echo "$external $internal ${peak:-?} ${opened:-0 0}"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "AssistDesk startup benchmark"
echo "Database:  $db ($(du -h "$db" | cut -f1))"
echo "Display:   $platform"
echo "Build:     $build ($(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt"))"
warmup=$(run_once)
echo "Warm-up:   $(echo "$warmup" | cut -d' ' -f1) ms to ready (not counted)"

externals=()
internals=()
for _ in $(seq "$runs"); do
    read -r external internal _ <<<"$(run_once)"
    externals+=("$external")
    internals+=("$internal")
done
echo "Startup:   median $(printf '%s\n' "${externals[@]}" | median) ms from process start to a window ready for" \
     "input, over $runs runs (each: ${externals[*]} ms)"
echo "           of which median $(printf '%s\n' "${internals[@]}" | median) ms from main() (the app's own count)"

read -r _ _ peak opened opened_ms <<<"$(run_once --measure-orders "$open")"
if [ "$peak" = "?" ]; then
    echo "Memory:    this system does not report the peak RSS (/proc/self/status)"
else
    echo "Memory:    peak RSS $(( peak / 1024 )) MiB ($peak KiB) after opening $opened orders one after the" \
         "other ($opened_ms ms for all of them)"
fi
