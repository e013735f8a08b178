#!/usr/bin/env bash
# Catalogue benchmark (issue "Foundation"): req/s and latency of search, product page and product JSON against a
# trivial route of the same server (/health), on the demo seeds, after a warm-up; and the server's RSS.
#   bench/catalogue.sh            the demo catalogue through the app, with wrk on loopback
#   bench/catalogue.sh --million  a generated 1 000 000-product index: build time and search latency
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

if [ "${1:-}" = "--million" ]; then
  echo "Building engine-core test classes (one reactor run: engine-api from its fresh classes, not from ~/.m2)..." >&2
  mvn -B -ntp -q -DskipTests -pl engine-core -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >&2
  java -Xmx3g -XX:+UseParallelGC -cp "engine-core/target/test-classes:engine-core/target/classes:$(cat engine-core/target/bench-classpath.txt)" \
    io.comptoir.engine.core.search.lucene.SearchIndexBenchmark 1000000
  exit 0
fi

need wrk wrk
need curl curl
build_app
data=$(mktemp -d)
echo "Starting the app on the demo seeds (embedded H2) in $data..." >&2
started=$(date +%s)
start_app "$data" MARKETPLACE_SEED=demo
echo "First start: healthy after $(( $(date +%s) - started )) s" >&2
# the demo's pictures are drawn once the site answers: measure the pages with them
for _ in $(seq 1 600); do
  grep -q "Demo pictures:" "$data/app.log" && break
  sleep 1
done
grep -q "Demo pictures:" "$data/app.log" || { echo "The demo pictures were not given within 10 minutes" >&2; exit 1; }
echo "Demo pictures given $(( $(date +%s) - started )) s after the start: $(grep -o 'Demo pictures:.*' "$data/app.log")" >&2

product_json=$(curl -fsS "$BENCH_BASE/api/v1/products?q=chaussure&size=1")
product_id=$(echo "$product_json" | sed -E 's/.*"items":\[\{"id":([0-9]+).*/\1/')
product_url=$(echo "$product_json" | sed -E 's/.*"url":"([^"]+)".*/\1/')
commune=62765

search="$BENCH_BASE/api/v1/products?q=chaussure"
search_facets="$BENCH_BASE/api/v1/products?q=chaussure&commune=$commune&inStock=true&sort=price_asc"
page="$BENCH_BASE$product_url"
json="$BENCH_BASE/api/v1/products/$product_id"

warmup="${WARMUP_SECONDS:-60}"
echo "Warming up for ${warmup}s (the JVM runs at half speed for its first 25 s on 2 cores)..." >&2
cat >"$data/warmup.lua" <<LUA
local paths = {"/health", "/api/v1/products?q=chaussure", "/api/v1/products?q=chaussure&commune=$commune&inStock=true&sort=price_asc",
               "$product_url", "/api/v1/products/$product_id", "/recherche?q=chaussure"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
wrk -t2 -c64 -d"${warmup}s" "${WRK_HEADERS[@]}" -s "$data/warmup.lua" "$BENCH_BASE" >/dev/null

printf '\n%-34s %10s %9s %9s %8s %s\n' "target (15 s, 64 connections)" "req/s" "p50 ms" "p99 ms" "ratio" "errors"
read -r base_rps base_p50 base_p99 base_err <<<"$(wrk_run 15 64 "$BENCH_BASE/health")"
printf '%-34s %10s %9s %9s %8s %s\n' "baseline GET /health" "$base_rps" "$base_p50" "$base_p99" "100%" "$base_err"
for target in "search q=chaussure|$search" "search q=chaussure + facet filters|$search_facets" \
              "product page HTML|$page" "product JSON|$json"; do
  name="${target%%|*}"; url="${target#*|}"
  read -r rps p50 p99 err <<<"$(wrk_run 15 64 "$url")"
  ratio=$(awk -v a="$rps" -v b="$base_rps" 'BEGIN {printf "%.0f%%", 100 * a / b}')
  printf '%-34s %10s %9s %9s %8s %s\n' "$name" "$rps" "$p50" "$p99" "$ratio" "$err"
done
echo
echo "Server RSS: $(rss_mib) MiB (JVM flags: $JVM_FLAGS)"
