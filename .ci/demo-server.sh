#!/usr/bin/env bash
# Sourced by the screenshot scripts: the demo server and headless Chromium.
#
#   . .ci/demo-server.sh       (from the project's root)
#
# 1. Sources .ci/chromium.sh: installs Chromium when missing, defines browse.
# 2. Compiles main and test classes and writes the test classpath to
#    target/classpath.txt (maven-dependency-plugin build-classpath).
# 3. Starts org.dipkg.serve.DemoServer, a test-scope main that serves the test
#    data (src/test/resources/org/dipkg/serve) from a fresh TDB2 store, on a free
#    port, stopped when the sourcing script exits:
#      java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.dipkg.serve.DemoServer 0
# Then sets $base (the server's root URL, ending in /).

. .ci/chromium.sh

build=(test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test)
mvn -q -o "${build[@]}" || mvn -q "${build[@]}"

demo_log=$(mktemp)
java -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" org.dipkg.serve.DemoServer 0 >"$demo_log" 2>&1 &
demo_server=$!
trap 'kill "$demo_server" 2>/dev/null || true; wait "$demo_server" 2>/dev/null || true; rm -rf "$demo_log" "$chromium_profile"' EXIT

base=$(server_url "$demo_log" "$demo_server" '^http://[^ ]*' 60)
