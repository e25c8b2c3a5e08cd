#!/usr/bin/env bash
# Screenshot of the query page over the test data with a named query run.
#
#   .ci/screenshot-query-page.sh [QUERY_NAME] [OUTPUT_PNG]     defaults: meetings target/query-page.png
#
# Starts the demo server over the test data (.ci/demo-server.sh), then opens
# BASE/?query=QUERY_NAME&run=1 in headless chromium: the page loads the named
# query into the editor and runs it. --dump-dom must show a results table with
# at least one row, or the script exits non-zero; then the screenshot is taken.
set -euo pipefail
cd "$(dirname "$0")/.."

query=${1:-meetings}
out=${2:-target/query-page.png}
mkdir -p "$(dirname "$out")"
out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")

. .ci/demo-server.sh

url="${base}?query=${query}&run=1"
dom=$(browse --dump-dom "$url")
rows=$(printf '%s' "$dom" | tr -d '\n' \
    | sed -n 's|.*class="yasr_results".*<tbody>\(.*\)</tbody>.*|\1|p' \
    | grep -o '<tr[ >]' | wc -l)
if [ "$rows" -lt 1 ]; then
    echo "no result rows on $url" >&2
    printf '%s\n' "$dom" | tail -n 30 >&2
    exit 1
fi
echo "$rows result rows on $url"

browse --screenshot="$out" "$url"
[ -s "$out" ] || { echo "no screenshot written" >&2; exit 1; }
echo "screenshot: $out"
