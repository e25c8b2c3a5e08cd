#!/usr/bin/env bash
# Memory: dipkg serve with -Xmx1g over the store of N articles (default 100,000; the store
# that bench-growth.sh leaves in target/bench/store-N) answering the query mix with 8
# clients for SECONDS (default 120). Passes when no query fails. Further arguments go to
# dipkg serve: `--timeout 600` lets slow queries run to their end, using all the memory they need.
#   .ci/bench-memory.sh [N] [SECONDS] [SERVE_ARGS...]
source "$(dirname "$0")/bench-common.sh"
N=${1:-100000}
STORE="$BENCH_DIR/store-$N"
[ -d "$STORE" ] || { echo "no store $STORE: run .ci/bench-growth.sh $N first" >&2; exit 1; }
bench MemoryBench "$JAR" "$STORE" queries "${2:-120}" "${@:3}" | tee -a "$BENCH_DIR/results/memory-$N.txt"
