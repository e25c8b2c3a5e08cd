#!/usr/bin/env bash
# Screenshot of the query page with a named query run, for docs/query-page.png.
#
#   .ci/screenshot-query-page.sh [QUERY_NAME] [OUTPUT_PNG]     defaults: meetings docs/query-page.png
#
# 1. Compiles main and test classes and writes the test classpath to
#    target/classpath.txt (maven-dependency-plugin build-classpath).
# 2. Starts org.dipkg.serve.DemoServer, a test-scope main that serves the test
#    data (src/test/resources/org/dipkg/serve) from a fresh TDB2 store, on a free port:
#      java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.dipkg.serve.DemoServer 0
# 3. Installs Debian's chromium with apt-get when /usr/bin/chromium is missing.
# 4. Opens BASE/?query=QUERY_NAME&run=1 in headless chromium: the page loads the
#    named query and runs it. --dump-dom must show a results table with at least
#    one row, or the script exits non-zero; then the screenshot is taken.
set -euo pipefail
cd "$(dirname "$0")/.."

query=${1:-meetings}
out=${2:-docs/query-page.png}
mkdir -p "$(dirname "$out")"
out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")

if [ ! -x /usr/bin/chromium ]; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi

build=(test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test)
mvn -q -o "${build[@]}" || mvn -q "${build[@]}"

log=$(mktemp)
profile=$(mktemp -d)
java -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" org.dipkg.serve.DemoServer 0 >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$log" "$profile"' EXIT

base=""
for _ in $(seq 1 120); do
    base=$(grep -m1 '^http://' "$log" || true)
    [ -n "$base" ] && break
    if ! kill -0 "$server" 2>/dev/null; then
        cat "$log" >&2
        echo "the demo server did not start" >&2
        exit 1
    fi
    sleep 0.5
done
[ -n "$base" ] || { echo "the demo server did not report its address" >&2; exit 1; }

url="${base}?query=${query}&run=1"
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --user-data-dir="$profile" --window-size=1280,900 --virtual-time-budget=5000)

dom=$(chromium "${flags[@]}" --dump-dom "$url" 2>/dev/null)
rows=$(printf '%s' "$dom" | tr -d '\n' \
    | sed -n 's|.*<table class="results">.*<tbody>\(.*\)</tbody>.*|\1|p' \
    | grep -o '<tr>' | wc -l)
if [ "$rows" -lt 1 ]; then
    echo "no result rows on $url" >&2
    printf '%s\n' "$dom" | tail -n 30 >&2
    exit 1
fi
echo "$rows result rows on $url"

chromium "${flags[@]}" --screenshot="$out" "$url" 2>/dev/null
[ -s "$out" ] || { echo "no screenshot written" >&2; exit 1; }
echo "screenshot: $out"
