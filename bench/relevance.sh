#!/usr/bin/env bash
# Relevance benchmark (issue 15): nDCG@10 of judged shopper queries over a territory's catalogue, indexed by the
# engine's search index exactly as the marketplace indexes it. See bench/relevance/README.md.
#   bench/relevance.sh                                   the demo territory (territories/pays-de-saint-omer, bench/relevance/saint-omer.tsv)
#   bench/relevance.sh <territory folder> <judged queries .tsv>  another territory
#   ... --synonyms=<file>                                the territory's synonyms (default: <territory folder>/synonyms.txt)
#   ... --verbose                                        also lists each query's first page with its grades
# Exits with 1 when the goal (mean >= 0.90, no query below 0.60) is not met.
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
rest=()
for arg in "$@"; do
  case "$arg" in
    --*) rest+=("$arg") ;;
    *) args+=("$arg") ;;
  esac
done
data="${args[0]:-territories/pays-de-saint-omer}"
judged="${args[1]:-bench/relevance/saint-omer.tsv}"

echo "Building engine-core and its test classes (one reactor run, nothing taken from ~/.m2's own builds)..." >&2
# the reactor resolves engine-api and engine-testkit to their fresh target/classes, never to installed jars
mvn -B -ntp -q -DskipTests -pl engine-core -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >&2
java -Xmx512m -cp "engine-core/target/test-classes:engine-core/target/classes:$(cat engine-core/target/bench-classpath.txt)" \
  io.comptoir.engine.core.search.RelevanceBenchmark "$data" "$judged" "${rest[@]}"
