#!/usr/bin/env bash
# The distributed conversion on one machine: `dipkg spark-convert` in Spark's local mode (local[2]) against
# `dipkg convert --threads 2` on the same N generated articles (default 10,000; the generator of the growth
# benchmark). Prints, for each, the wall time (the language models' load included, as a user waits for it),
# articles/s, the distinct quads written and the SHA-256 of their sorted N-Quads lines; exits 1 when the two
# sets differ. Results also go to target/bench/results/spark-N.txt.
#   .ci/bench-spark.sh [N]
source "$(dirname "$0")/bench-common.sh"
n=${1:-10000}
corpus=$(corpus "$n")
work="$BENCH_DIR/spark-$n"
rm -rf "$work"
mkdir -p "$work"
# a copy of the jar and classes, so that a build during the run does not change them under it
cp "$JAR" "$work/dipkg.jar"
cp -r target/classes "$work/classes"
JAR="$work/dipkg.jar"
BENCH_CP="$work/classes:${BENCH_CP#target/test-classes:target/classes:}"
# the JVM options spark-submit gives Spark on Java 17, kept once in the pom
read -r -a spark_opts <<<"$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' pom.xml)"

timed() { # timed NAME COMMAND...: runs it, prints its wall seconds
  local start end
  start=$(date +%s.%N)
  "${@:2}" >"$work/$1.log" 2>&1 || { cat "$work/$1.log" >&2; echo "$1 failed" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }'
}
sorted() { # sorted FILE...: the distinct quads, sorted bytewise
  cat "$@" | LC_ALL=C sort -u -S 2G -T "$work"
}
report() { # report KEY LABEL SECONDS FILE...: writes $work/KEY.sorted, prints one line
  local key=$1 label=$2 seconds=$3; shift 3
  sorted "$@" >"$work/$key.sorted"
  local quads sum
  quads=$(wc -l <"$work/$key.sorted")
  sum=$(sha256sum "$work/$key.sorted" | cut -c1-64)
  awk -v l="$label" -v s="$seconds" -v a="$n" -v q="$quads" -v c="$sum" \
    'BEGIN { printf "%-36s %8.1f s %7.1f articles/s %10d quads  sha256 %s\n", l, s, a / s, q, c }'
}

load=$(awk '{ printf "%.1f", $1 }' /proc/loadavg)
convert_s=$(timed convert java -Xmx3g -jar "$JAR" convert "$corpus" -o "$work/convert.nq" --threads 2 -q)
spark_s=$(timed spark java -Xmx3g "${spark_opts[@]}" -cp "$BENCH_CP" org.dipkg.cli.Main spark-convert "$corpus" \
  -o "$work/shards" --master 'local[2]' -q)
shards=$(find "$work/shards" -name 'shard-*.nq' | wc -l)
{
  echo "bench-spark: $n generated articles ($corpus), load average $load at the start, $(nproc) cores"
  report convert "convert --threads 2" "$convert_s" "$work/convert.nq"
  report spark "spark-convert local[2], $shards shards" "$spark_s" "$work"/shards/shard-*.nq
} | tee "$BENCH_DIR/results/spark-$n.txt"
if cmp -s "$work/convert.sorted" "$work/spark.sorted"; then
  echo "bench-spark: the same quads" | tee -a "$BENCH_DIR/results/spark-$n.txt"
  rm -f "$work"/*.sorted
else
  echo "bench-spark: the quads differ (see $work/*.sorted)" | tee -a "$BENCH_DIR/results/spark-$n.txt" >&2
  exit 1
fi
