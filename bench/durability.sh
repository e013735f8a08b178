#!/usr/bin/env bash
# What durable commits cost on the embedded database (issue "Nothing acknowledged is ever lost"). H2 writes a commit to its
# file up to WRITE_DELAY ms after the commit returns (500 by default), so a killed process loses acknowledged work; the
# marketplace runs it with WRITE_DELAY=0, each commit written before it returns. This measures, on fresh H2 file databases
# in the same run, the baseline (WRITE_DELAY=500, H2's default) against the setting the marketplace uses (WRITE_DELAY=0):
#   - commits/s of one small row per transaction, with 1 and 8 threads;
#   - checkouts/s through the engine (two shops, payment at pickup), with 8 threads.
# Each measure: WARMUP_SECONDS (default 10) of warm-up, then MEASURE_SECONDS (default 15), in a JVM of its own, on a fresh
# database. On a machine shared with other work, give the script the CPU first (e.g. nice -n -10) or the neighbours'
# load decides the figures.
set -euo pipefail
cd "$(dirname "$0")/.."

warmup="${WARMUP_SECONDS:-10}"
measure="${MEASURE_SECONDS:-15}"
echo "Building the engine and its test classes..." >&2
# one reactor build: the engine's modules on the class path are this checkout's, not jars from ~/.m2
mvn -B -ntp -q -DskipTests test-compile dependency:build-classpath -pl engine-core -am -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/target/bench-durability.cp" >&2
cp="engine-core/target/test-classes:engine-core/target/classes:$(cat target/bench-durability.cp)"

measure() { # what writeDelay threads -> per second
  java -Xmx512m -XX:+UseSerialGC -cp "$cp" io.comptoir.engine.core.bench.EmbeddedCommitBench "$1" "$2" "$3" "$warmup" "$measure" 2>/dev/null \
    | grep -E "^$1 WRITE_DELAY=" | sed -E 's/.*: ([0-9.]+)\/s/\1/'
}

# ROUNDS (default 2) alternate the two settings, so that a neighbour's load on a shared machine weighs on both alike
rounds="${ROUNDS:-2}"
printf "%-26s %6s %16s %16s %8s\n" "workload" "round" "WRITE_DELAY=500" "WRITE_DELAY=0" "ratio"
for spec in "commits 1" "commits 8" "checkouts 8"; do
  set -- $spec
  for round in $(seq 1 "$rounds"); do
    baseline=$(measure "$1" 500 "$2")
    durable=$(measure "$1" 0 "$2")
    printf "%-26s %6s %14s/s %14s/s %8s\n" "$1, $2 thread(s)" "$round" "$baseline" "$durable" \
      "$(awk -v a="$durable" -v b="$baseline" 'BEGIN {printf "%.0f%%", 100 * a / b}')"
  done
done
