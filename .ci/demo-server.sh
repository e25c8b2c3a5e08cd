#!/usr/bin/env bash
# Sourced by the screenshot scripts: the demo server and headless Chromium.
#
#   . .ci/demo-server.sh       (from the project's root)
#
# 1. Installs Debian's chromium with apt-get when /usr/bin/chromium is missing.
# 2. Compiles main and test classes and writes the test classpath to
#    target/classpath.txt (maven-dependency-plugin build-classpath).
# 3. Starts org.dipkg.serve.DemoServer, a test-scope main that serves the test
#    data (src/test/resources/org/dipkg/serve) from a fresh TDB2 store, on a free
#    port, stopped when the sourcing script exits:
#      java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.dipkg.serve.DemoServer 0
# Then sets $base (the server's root URL, ending in /) and the function
#   browse OPTION URL     chromium with the flags below and OPTION (--dump-dom, --screenshot=FILE)

if [ ! -x /usr/bin/chromium ]; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi

build=(test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test)
mvn -q -o "${build[@]}" || mvn -q "${build[@]}"

demo_log=$(mktemp)
demo_profile=$(mktemp -d)
java -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" org.dipkg.serve.DemoServer 0 >"$demo_log" 2>&1 &
demo_server=$!
trap 'kill "$demo_server" 2>/dev/null || true; wait "$demo_server" 2>/dev/null || true; rm -rf "$demo_log" "$demo_profile"' EXIT

base=""
for _ in $(seq 1 120); do
    base=$(grep -m1 '^http://' "$demo_log" || true)
    [ -n "$base" ] && break
    if ! kill -0 "$demo_server" 2>/dev/null; then
        cat "$demo_log" >&2
        echo "the demo server did not start" >&2
        exit 1
    fi
    sleep 0.5
done
[ -n "$base" ] || { echo "the demo server did not report its address" >&2; exit 1; }

browse() {
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$demo_profile" --window-size=1280,900 --virtual-time-budget=5000 "$1" "$2" 2>/dev/null
}
