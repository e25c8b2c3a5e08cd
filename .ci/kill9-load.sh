#!/usr/bin/env bash
# Crash safety of `dipkg load`: a load is killed with SIGKILL at a random moment, again and
# again, each time on a fresh copy of the same store. After every kill the store must open and
# hold either the whole batch or none of it (quad and graph counts by `dipkg query`), and from
# time to time a load run to the end afterwards must succeed. Half of the kills fall anywhere in
# the load; half while it writes the store and commits, found by watching the store's files change.
# Two kinds of load are killed:
#   - a batch into a store that holds data: one transaction (RUNS runs);
#   - a batch over 64 MiB into an empty store: TDB2's bulk loader (RUNS / 2 runs).
#
#   .ci/kill9-load.sh [RUNS] [COPIES]      defaults: 25 40     (takes about 6 minutes)
#
# The batch: every article of data/articles and src/test/resources/org/dipkg/reliability/articles,
# COPIES times over with different ids, as a JSON Lines corpus converted to N-Quads; the bulk
# batch is the same with enough copies to pass 64 MiB.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-25}
copies=${2:-40}

[ -f target/dipkg.jar ] || mvn -q -o -DskipTests package || mvn -q -DskipTests package
dipkg=(java -Xmx3g -jar "$PWD/target/dipkg.jar")
work=$(mktemp -d)
loader=""
cleanup() {
    if [ -n "$loader" ]; then kill -9 "$loader" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# JSON string of a file's text: backslashes, quotes, tabs, carriage returns and line ends escaped.
json_text() {
    sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/\t/\\t/g' -e 's/\r/\\r/g' "$1" | awk '{ printf "%s\\n", $0 }'
}

corpus() {  # corpus COPIES: the articles COPIES times over, as JSON Lines
    for f in data/articles/*.txt src/test/resources/org/dipkg/reliability/articles/*.txt; do
        stem=$(basename "$f" .txt)
        text=$(json_text "$f")
        for i in $(seq 1 "$1"); do
            printf '{"id": "%s-copy-%d", "published": "%s", "text": "%s"}\n' "$stem" "$i" "${stem:0:10}" "$text"
        done
    done
}
corpus "$copies" >"$work/corpus.jsonl"
"${dipkg[@]}" convert -q "$work/corpus.jsonl" -o "$work/batch.nq"
"${dipkg[@]}" convert -q data/articles -o "$work/base.trig"
batch_bytes=$(stat -c %s "$work/batch.nq")
bulk_copies=$(( copies * (72 << 20) / batch_bytes + 1 ))
corpus "$bulk_copies" >"$work/corpus-bulk.jsonl"
"${dipkg[@]}" convert -q "$work/corpus-bulk.jsonl" -o "$work/bulk.nq"

count() {  # quads and graphs in a store, as "QUADS GRAPHS"
    "${dipkg[@]}" query -q --db "$1" --format csv \
        -e 'SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?g) AS ?graphs) { GRAPH ?g { ?s ?p ?o } }' | tail -n 1 | tr -d '\r' | tr ',' ' '
}

"${dipkg[@]}" load -q "$work/base.trig" --db "$work/base"
: >"$work/nothing.nq"
"${dipkg[@]}" load -q "$work/nothing.nq" --db "$work/empty"

crash_runs() {  # crash_runs BASE BATCH RUNS LABEL: RUNS kills of loads of BATCH into copies of BASE
local base=$1 batch=$2 runs=$3 label=$4
local base_quads base_graphs full_quads full_graphs start end took_ms write_ms writing
read -r base_quads base_graphs <<<"$(count "$base")"

rm -rf "$work/full"
cp -a "$base" "$work/full"
touch "$work/stamp"
start=$(date +%s%N)
"${dipkg[@]}" load -q "$batch" --db "$work/full" &
loader=$!
writing=""
while kill -0 "$loader" 2>/dev/null; do
    if [ -z "$writing" ] && [ -n "$(find "$work/full" -newer "$work/stamp" -type f ! -name tdb.lock -print -quit)" ]; then
        writing=$(date +%s%N)
    fi
    sleep 0.02
done
wait "$loader"
loader=""
end=$(date +%s%N)
took_ms=$(( (end - start) / 1000000 ))
write_ms=$(( (end - ${writing:-$start}) / 1000000 ))
read -r full_quads full_graphs <<<"$(count "$work/full")"
echo "kill9 ($label): base $base_quads quads in $base_graphs graphs; with the batch $full_quads in $full_graphs;" \
     "a whole load takes ${took_ms} ms, writing the store the last ${write_ms} ms of it"
[ "$full_quads" -gt "$base_quads" ] || { echo "the batch added nothing" >&2; exit 1; }

none=0; whole=0; finished=0; failed=0
for run in $(seq 1 "$runs"); do
    rm -rf "$work/store"
    cp -a "$base" "$work/store"
    touch "$work/stamp"
    "${dipkg[@]}" load -q "$batch" --db "$work/store" >"$work/load.log" 2>&1 &
    loader=$!
    if [ $((run % 2)) -eq 1 ]; then
        # odd runs: any moment of the load
        delay_ms=$(shuf -i "200-$((took_ms + 100))" -n 1)
        sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
        when="${delay_ms} ms after the start"
    else
        # even runs: once the load has begun to write the store, within the time writing and commit take
        while kill -0 "$loader" 2>/dev/null \
            && [ -z "$(find "$work/store" -newer "$work/stamp" -type f ! -name tdb.lock -print -quit)" ]; do
            sleep 0.02
        done
        delay_ms=$(shuf -i "0-$((write_ms + 200))" -n 1)
        sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
        when="${delay_ms} ms after it began to write the store"
    fi
    if kill -9 "$loader" 2>/dev/null; then killed=yes; else killed=no; fi
    wait "$loader" 2>/dev/null || true
    loader=""
    if ! counts=$(count "$work/store" 2>"$work/query.log"); then
        echo "run $run: after SIGKILL $when the store does not open:" >&2
        cat "$work/query.log" >&2
        failed=$((failed + 1))
        continue
    fi
    read -r quads graphs <<<"$counts"
    if [ "$quads" = "$base_quads" ] && [ "$graphs" = "$base_graphs" ]; then
        state="none of the batch"; none=$((none + 1))
    elif [ "$quads" = "$full_quads" ] && [ "$graphs" = "$full_graphs" ]; then
        state="the whole batch"; whole=$((whole + 1))
    else
        state="PART of the batch ($quads quads in $graphs graphs)"; failed=$((failed + 1))
    fi
    [ "$killed" = no ] && finished=$((finished + 1))
    echo "run $run: SIGKILL $when (process $( [ "$killed" = yes ] && echo running || echo already done )):" \
         "store opens, holds $state"
    if [ $((run % 5)) -eq 0 ]; then
        "${dipkg[@]}" load -q "$batch" --db "$work/store"
        read -r quads graphs <<<"$(count "$work/store")"
        if [ "$quads" != "$full_quads" ]; then
            echo "run $run: a load after the crash gave $quads quads, not $full_quads" >&2
            failed=$((failed + 1))
        fi
    fi
done
echo "kill9 ($label): $runs runs: $none held none of the batch, $whole the whole batch ($finished of them had" \
     "finished before the kill), $failed failed"
[ "$failed" -eq 0 ]
}

crash_runs "$work/base" "$work/batch.nq" "$runs" "one transaction into a store with data"
crash_runs "$work/empty" "$work/bulk.nq" $(( (runs + 1) / 2 )) "bulk loader into an empty store"
