#!/usr/bin/env bash
# Soak test of the endpoint under abuse. `dipkg serve` with its defaults (30 s timeout, twice the
# cores' queries at once) on a free loopback port; 32 clients query it for 60 seconds with the
# contract queries (queries/*.rq) alone, then again for 60 seconds with 10% malformed requests
# (syntax errors, bad percent-encoding, an unknown charset, a query nested 1,000 deep) and 5% runaway
# queries (a cross product, a catastrophic regular expression), sent aside so that no client sits waiting
# for its own runaway query (at most CLIENTS bad requests out at once, the next not sent). Prints the
# good queries answered under abuse as a share of the clean run, their p99 latency, the answers other than 200/400/503 (errors),
# and whether the server's CPU is back to idle within the timeout after the run. Exits 1 on any error,
# when the server stops, or when its CPU stays busy.
#
#   .ci/soak.sh [CLIENTS] [SECONDS] [TIMEOUT]     defaults: 32 60 30     (takes about 3 minutes)
#
# SOAK_ABUSE_FROM=127.0.0.2 sends the malformed and runaway requests from that loopback address, as
# from another client, instead of mixing them into every client's stream; SOAK_SERVE_ARGS adds options
# to `dipkg serve` (e.g. "--long-queries 1 --long-after 1"); SOAK_MIN_SHARE=N fails the run when the good
# queries answered under abuse are less than N % of the clean run.
# SOAK_VARY_RUNAWAY=1 makes each runaway query another one (a VALUES clause with a new number), as from
# a client that changes its text each time so that the server cannot know it again.
#
# SOAK_ENDPOINTS=URL,URL... soaks endpoints already running (replicas of one store behind no balancer) instead
# of starting one: the requests go to them in turn, round-robin; SOAK_PIDS="PID PID..." names their processes
# for the idle check (`.ci/replicas.sh` does this).
#
# Everything runs on 127.0.0.1; every loop is bounded; the server is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

clients=${1:-32}
seconds=${2:-60}
timeout=${3:-30}

source .ci/serve-common.sh
if [ -z "${SOAK_ENDPOINTS:-}" ] || [ ! -f target/classpath.txt ]; then
    build_for_serving
fi

if [ -n "${SOAK_ENDPOINTS:-}" ]; then
    endpoint=$SOAK_ENDPOINTS
    pids=${SOAK_PIDS:-}
else
    dipkg=(java -Xmx3g -jar target/dipkg.jar)
    "${dipkg[@]}" convert -q data/articles src/test/resources/org/dipkg/reliability/articles -o "$work/corpus.trig"
    "${dipkg[@]}" load -q "$work/corpus.trig" --db "$work/store"

    # shellcheck disable=SC2086
    start_serve "$work/serve.log" "${dipkg[@]}" serve --db "$work/store" --host 127.0.0.1 --port 0 \
        --timeout "$timeout" ${SOAK_SERVE_ARGS:-}
    port=$served_port
    endpoint="http://127.0.0.1:$port/dipkg/sparql"
    pids=$served_pid
fi
echo "soak: $clients clients for $seconds s against $endpoint (timeout $timeout s${SOAK_SERVE_ARGS:+, $SOAK_SERVE_ARGS})"

# CPU seconds the servers have used so far (user + system), from /proc
cpu() {
    local p total=0
    for p in $pids; do
        total=$(awk -v hz="$(getconf CLK_TCK)" -v t="$total" '{ printf "%.2f", t + ($14 + $15) / hz }' "/proc/$p/stat")
    done
    echo "$total"
}

# The clients drop a kept-alive connection after 10 s idle, before the server's idle timeout (Jetty's default, 30 s)
# closes it: a request sent on a connection the server is closing at that moment fails with "no
# bytes", and Java's client retries only GETs, so a POST would count as an error of the server.
client=(timeout $((seconds + 3 * timeout + 60)) java -Djdk.httpclient.keepalive.timeout=10 -cp "target/test-classes:target/classes:$(cat target/classpath.txt)"
        org.dipkg.reliability.SoakClient "$endpoint" queries "$clients" "$seconds")
status=0
clean=$("${client[@]}" 0 0) || status=1
echo "clean:  $(head -1 <<<"$clean")"
# shellcheck disable=SC2086
abused=$("${client[@]}" 0.10 0.05 ${SOAK_ABUSE_FROM:-}) || status=1
echo "abused: $(head -1 <<<"$abused")${SOAK_ABUSE_FROM:+ (malformed and runaway requests from $SOAK_ABUSE_FROM)}"
for p in $pids; do
    kill -0 "$p" 2>/dev/null || { echo "dipkg serve (process $p) stopped during the soak" >&2; exit 1; }
done

# the CPU is idle when the server uses less than a tenth of a core over a second
idle_after=""
for i in $(seq 1 $((timeout + 5))); do
    before=$(cpu); sleep 1; after=$(cpu)
    if awk -v a="$after" -v b="$before" 'BEGIN { exit !(a - b < 0.10) }'; then idle_after=$i; break; fi
done

good_clean=$(grep -o 'answered=[0-9]*' <<<"$clean" | cut -d= -f2)
good_abused=$(grep -o 'answered=[0-9]*' <<<"$abused" | cut -d= -f2)
p99=$(grep -o 'p99 [0-9.]* ms' <<<"$abused" | head -1)
errors=$(( $(grep -o 'errors=[0-9]*' <<<"$clean" | cut -d= -f2) + $(grep -o 'errors=[0-9]*' <<<"$abused" | cut -d= -f2) ))
share=$(awk -v a="$good_abused" -v c="$good_clean" 'BEGIN { printf "%.0f", (c > 0 ? 100 * a / c : 0) }')
echo "soak: good queries answered under abuse: $good_abused of $good_clean in the clean run ($share %);" \
     "$p99 at p99; $errors errors (answers other than 200/400/503, or failed connections)"
if [ -n "$idle_after" ]; then
    echo "soak: server CPU idle again ${idle_after} s after the run (limit: the timeout, $timeout s)"
else
    echo "soak: server CPU still busy $((timeout + 5)) s after the run" >&2
    status=1
fi
[ "$errors" -eq 0 ] || status=1
if [ -n "${SOAK_MIN_SHARE:-}" ] && [ "$share" -lt "$SOAK_MIN_SHARE" ]; then
    echo "soak: $share % is below the $SOAK_MIN_SHARE % required" >&2
    status=1
fi
exit $status
