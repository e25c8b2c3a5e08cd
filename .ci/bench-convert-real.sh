#!/usr/bin/env bash
# Conversion speed on real text: the practice corpus (data/practice/articles) repeated to at
# least MB megabytes (default 1.2), converted end to end (models, parser, extraction, N-Quads)
# on 1 and on 2 threads, each in a fresh JVM; prints the models' load time and tokens/s.
#   .ci/bench-convert-real.sh [MB]
source "$(dirname "$0")/bench-common.sh"
MB=${1:-1.2}
OUT="$BENCH_DIR/results/convert-real.txt"
{
  bench ConversionBench real data/practice/articles "$MB" "$BENCH_DIR/real-1thread.nq" 1
  bench ConversionBench real data/practice/articles "$MB" "$BENCH_DIR/real-2threads.nq" 2
} 2>"$OUT.log" | tee "$OUT"
