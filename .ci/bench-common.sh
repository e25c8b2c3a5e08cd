# Shared by the .ci/bench-*.sh scripts (sourced, not run): builds the jar and the
# benchmark classes, and defines helpers. Work goes to target/bench (BENCH_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-target/bench}
mkdir -p "$BENCH_DIR/results"

if [ -z "${BENCH_NO_BUILD:-}" ]; then
  mvn -q -DskipTests package test-compile
  mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-deps.txt
fi
BENCH_CP="target/test-classes:target/classes:$(cat target/bench-deps.txt)"
JAR=target/dipkg.jar

bench() { # bench CLASS ARGS...: runs a benchmark class with the test classpath
  local cls=$1; shift
  java ${BENCH_JAVA_OPTS:--Xmx4g} -cp "$BENCH_CP" "org.dipkg.bench.$cls" "$@"
}

corpus() { # corpus N: makes $BENCH_DIR/corpus-N.jsonl unless it is there
  local f="$BENCH_DIR/corpus-$1.jsonl"
  [ -f "$f" ] || bench CorpusGenerator "$1" "$f" >&2
  echo "$f"
}

converted() { # converted N: makes $BENCH_DIR/corpus-N.nq (2 threads) unless it is there
  local nq="$BENCH_DIR/corpus-$1.nq"
  [ -f "$nq.seconds" ] || bench ConversionBench corpus "$(corpus "$1")" "$nq" 2 >&2
  echo "$nq"
}
