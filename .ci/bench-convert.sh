#!/usr/bin/env bash
# Conversion speed: articles/s and tokens/s at 1 and 2 threads on N generated articles
# (default 10,000), OpenNLP's sentence + token + POS pass alone on the same text, and the
# single-thread text-to-RDF speed on >= 1 MB of real text against that pass.
#   .ci/bench-convert.sh [N]
source "$(dirname "$0")/bench-common.sh"
N=${1:-10000}
OUT="$BENCH_DIR/results/convert-$N.txt"
CORPUS=$(corpus "$N")
{
  bench ConversionBench single data/articles/2022-01-10-us-russia-geneva-talks.txt 1.2
  bench ConversionBench opennlp "$CORPUS"
  bench ConversionBench corpus "$CORPUS" "$BENCH_DIR/corpus-$N.nq" 2
  bench ConversionBench corpus "$CORPUS" "$BENCH_DIR/corpus-$N-1thread.nq" 1
} 2>"$OUT.log" | tee "$OUT"
rm -f "$BENCH_DIR/corpus-$N-1thread.nq"
