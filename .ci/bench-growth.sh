#!/usr/bin/env bash
# Growth: conversion time, store size, load time and p99 query latency at each N
# (default 1,000 and 10,000; add 100000 for the large point), one table row per N in
# target/bench/growth.tsv, and the plot docs/growth.png.
#   .ci/bench-growth.sh [N...]
source "$(dirname "$0")/bench-common.sh"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
for n in "${SIZES[@]}"; do
  converted "$n" >/dev/null
  bench GrowthBench "$n" "$BENCH_DIR" "$JAR" queries 1 2>"$BENCH_DIR/results/growth-$n.log" \
    | tee -a "$BENCH_DIR/results/growth.txt"
done
bench GrowthPlot "$BENCH_DIR/growth.tsv" docs/growth.png
column -t "$BENCH_DIR/growth.tsv"
