#!/usr/bin/env bash
# Read replicas: one store built, copied twice, each copy served by its own `dipkg serve` on a free loopback
# port, as several machines would serve it behind any HTTP load balancer. Checks that both replicas answer
# every query of queries/ the same (CSV rows, in any order), then runs the load test of .ci/soak.sh
# against one replica and against both (its clients sending their requests to the two in turn, round-robin)
# and prints the good queries answered per second of each. Exits 1 when the replicas disagree or a soak fails.
#
#   .ci/replicas.sh [CLIENTS] [SECONDS]     defaults: 32 20     (takes about 4 minutes)
#
# Both replicas share this machine's cores, so two do not add throughput here; on two machines they would.
set -euo pipefail
cd "$(dirname "$0")/.."

clients=${1:-32}
seconds=${2:-20}

source .ci/serve-common.sh
build_for_serving

# a copy of the jar, so that a build while this runs does not change it under the servers
cp target/dipkg.jar "$work/dipkg.jar"
dipkg=(java -Xmx3g -jar "$work/dipkg.jar")
"${dipkg[@]}" convert -q data/articles src/test/resources/org/dipkg/reliability/articles -o "$work/corpus.nq"
"${dipkg[@]}" load -q "$work/corpus.nq" --db "$work/store"
cp -r "$work/store" "$work/replica-1"
cp -r "$work/store" "$work/replica-2"

endpoints=()
for r in 1 2; do
    start_serve "$work/serve-$r.log" java -Xmx1g -jar "$work/dipkg.jar" serve --db "$work/replica-$r" \
        --host 127.0.0.1 --port 0
    endpoints+=("http://127.0.0.1:$served_port/dipkg/sparql")
done
echo "replicas: ${endpoints[*]}"

same=0
queries=0
for q in queries/*.rq; do
    queries=$((queries + 1))
    for r in 1 2; do
        curl -sf --max-time 60 -H 'Accept: text/csv' --data-urlencode "query@$q" "${endpoints[$((r - 1))]}" \
            | LC_ALL=C sort >"$work/answer-$r.csv" || { echo "replicas: replica $r failed on $q" >&2; exit 1; }
    done
    if cmp -s "$work/answer-1.csv" "$work/answer-2.csv"; then
        same=$((same + 1))
    else
        echo "replicas: the replicas answer $q differently" >&2
        diff "$work/answer-1.csv" "$work/answer-2.csv" | head -5 >&2
    fi
done
echo "replicas: both answer the same to $same of $queries queries"
[ "$same" -eq "$queries" ] || exit 1

soak() { # soak ENDPOINTS PIDS: the soak's clean run's good queries per second
    local out answered
    out=$(SOAK_ENDPOINTS=$1 SOAK_PIDS=$2 .ci/soak.sh "$clients" "$seconds") || { echo "$out" >&2; exit 1; }
    echo "$out" | sed 's/^/  /' >&2
    answered=$(grep -m1 '^clean:' <<<"$out" | grep -o '[0-9]* good queries answered' | grep -o '^[0-9]*')
    awk -v a="$answered" -v s="$seconds" 'BEGIN { printf "%.1f", a / s }'
}
one=$(soak "${endpoints[0]}" "${served_pids[0]}")
two=$(soak "${endpoints[0]},${endpoints[1]}" "${served_pids[0]} ${served_pids[1]}")
echo "replicas: soak throughput ($clients clients, $seconds s, clean run): one replica $one good queries/s," \
     "two replicas round-robin $two good queries/s (on $(nproc) cores shared by both)"
