#!/usr/bin/env bash
# The pictures in a real browser: the timeline, the network and an actor's entity page.
#
#   .ci/screenshot-pictures.sh [OUTPUT_DIR]     default: target
#
# Starts the demo server over the test data (.ci/demo-server.sh) and opens each page in
# headless chromium. --dump-dom must show what the page drew from the endpoint, or the
# script exits non-zero: meetings listed on the timeline, actors in the network (the
# chart's data-nodes) and pairs in its table, facts in the entity page's activity list,
# and a chart on each. Then it writes timeline.png, network.png and entity-page.png.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-target}
mkdir -p "$out"
out=$(cd "$out" && pwd)

. .ci/demo-server.sh

# check NAME PATH WHAT PATTERN: at least one match of PATTERN (grep -o) in PATH's DOM, else exit 1
check() {
    local dom count
    dom=$(browse --dump-dom "${base}$2" | tr -d '\n')
    count=$(printf '%s' "$dom" | grep -o "$4" | wc -l)
    if [ "$count" -lt 1 ] || ! printf '%s' "$dom" | grep -q '<canvas'; then
        echo "$1: no $3 (or no chart) on ${base}$2" >&2
        printf '%s\n' "$dom" | tail -c 3000 >&2
        exit 1
    fi
    echo "$1: $count $3"
}

check timeline timeline "meetings listed" '<li class="meeting'
check network network "pairs in the table" '<tr><td>'
nodes=$(browse --dump-dom "${base}network" | grep -o 'data-nodes="[0-9]*"' | grep -o '[0-9]\+' || echo 0)
[ "$nodes" -ge 1 ] || { echo "network: no actors drawn" >&2; exit 1; }
echo "network: $nodes actors drawn"
check entity-page id/person/antony-blinken "facts in the activity list" '<li class="activity-item'

browse --screenshot="$out/timeline.png" "${base}timeline"
browse --screenshot="$out/network.png" "${base}network"
browse --screenshot="$out/entity-page.png" "${base}id/person/antony-blinken"
for f in timeline network entity-page; do
    [ -s "$out/$f.png" ] || { echo "no screenshot $out/$f.png" >&2; exit 1; }
done
echo "screenshots: $out/timeline.png $out/network.png $out/entity-page.png"
