#!/usr/bin/env bash
# Query speed: the query mix (queries/*.rq) with 1, 8 and 32 concurrent clients against
# dipkg serve's server and a stock Fuseki over the same store of N articles (default
# 10,000), SECONDS per level and server (default 60), in one process.
#   .ci/bench-query.sh [N] [SECONDS]
source "$(dirname "$0")/bench-common.sh"
N=${1:-10000}
STORE="$BENCH_DIR/store-$N"
if [ ! -f "$STORE/dipkg-loaded" ]; then
  NQ=$(converted "$N")
  rm -rf "$STORE"
  java -Xmx4g -jar "$JAR" load "$NQ" --db "$STORE" 2>"$BENCH_DIR/load-$N.log"
  touch "$STORE/dipkg-loaded"
fi
bench QueryBench "$STORE" queries "${2:-60}" 1,8,32 2>"$BENCH_DIR/results/query-$N.log" \
  | tee "$BENCH_DIR/results/query-$N.txt"
