#!/usr/bin/env bash
# Loading speed: dipkg load against Jena's tdb2.tdbloader (same Jena version) on the same
# N-Quads (the conversion of N generated articles, default 10,000), each into an empty
# store, alternating, ROUNDS rounds (default 2).
#   .ci/bench-load.sh [N] [ROUNDS]
source "$(dirname "$0")/bench-common.sh"
N=${1:-10000}
NQ=$(converted "$N")
bench LoadBench "$NQ" "$BENCH_DIR/load-stores" "${2:-2}" "$JAR" -Xmx4g | tee "$BENCH_DIR/results/load-$N.txt"
