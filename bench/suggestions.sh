#!/usr/bin/env bash
# Suggestions benchmark (issue 15): latency of ProductSearch.suggest as a search box calls it on every key stroke,
# on a territory's catalogue (default: the demo territory), each beginning of each judged query of bench/relevance.
#   bench/suggestions.sh [<territory folder> <judged queries .tsv> [rounds]]
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-territories/pays-de-saint-omer}"
judged="${2:-bench/relevance/saint-omer.tsv}"
rounds="${3:-20}"
echo "Building engine-core and its test classes (one reactor run)..." >&2
mvn -B -ntp -q -DskipTests -pl engine-core -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >&2
java -Xmx512m -XX:+UseSerialGC -cp "engine-core/target/test-classes:engine-core/target/classes:$(cat engine-core/target/bench-classpath.txt)" \
  io.comptoir.engine.core.search.lucene.SuggestionBenchmark "$data" "$judged" "$rounds"
