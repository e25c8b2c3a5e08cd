#!/usr/bin/env bash
# Soak test of the endpoint: 32 clients query `dipkg serve` over loopback for 60 seconds
# with the contract queries (queries/*.rq), then again with 5% of the requests malformed,
# runaway (stopped by the query timeout) or updates. Any unexpected answer is an error;
# the script prints throughput and p50/p99 latency of the good queries and exits 1 on errors.
#
#   .ci/soak.sh [CLIENTS] [SECONDS]        defaults: 32 60     (takes about 2.5 minutes)
#
# The load client is org.dipkg.reliability.LoadClient from the test classes.
set -euo pipefail
cd "$(dirname "$0")/.."

clients=${1:-32}
seconds=${2:-60}

build=(-DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
       -Dmdep.includeScope=test)
mvn -q -o "${build[@]}" || mvn -q "${build[@]}"

work=$(mktemp -d)
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

dipkg=(java -jar target/dipkg.jar)
"${dipkg[@]}" convert -q data/articles src/test/resources/org/dipkg/reliability/articles -o "$work/corpus.trig"
"${dipkg[@]}" load -q "$work/corpus.trig" --db "$work/store"

"${dipkg[@]}" serve --db "$work/store" --port 0 --timeout 2 >"$work/serve.log" 2>&1 &
server=$!
base=""
for _ in $(seq 1 120); do
    base=$(grep -o -m1 'http://localhost:[0-9]*/' "$work/serve.log" || true)
    [ -n "$base" ] && break
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; echo "dipkg serve did not start" >&2; exit 1; }
    sleep 0.5
done
[ -n "$base" ] || { echo "dipkg serve did not report its address" >&2; exit 1; }
endpoint="${base}dipkg/sparql"
echo "soak: $clients clients for $seconds s against $endpoint"

client=(java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" org.dipkg.reliability.LoadClient)
status=0
"${client[@]}" "$endpoint" queries "$clients" "$seconds" 0 || status=1
"${client[@]}" "$endpoint" queries "$clients" "$seconds" 0.05 || status=1
kill -0 "$server" 2>/dev/null || { echo "dipkg serve stopped during the soak" >&2; status=1; }
exit $status
