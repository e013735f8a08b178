#!/usr/bin/env bash
# Checkout benchmark (issue "Shopping"): checkouts per second with 16 concurrent shoppers on PostgreSQL (each: add one
# product of each of two shops, check out, sandbox card payment through its signed webhook), side by side with
# pgbench -c 8 -T 15 (TPC-B-like) on the same database in the same run.
# Needs a PostgreSQL server: BENCH_PG_URL (jdbc URL of an empty database), BENCH_PG_USER, BENCH_PG_PASSWORD; by default
# the local server of .ci/run, database comptoir_bench (created if absent, as the postgres user).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

need curl curl
need psql postgresql-client
pg_user="${BENCH_PG_USER:-comptoir}"
pg_password="${BENCH_PG_PASSWORD:-comptoir}"
pg_db=comptoir_bench
if [ -z "${BENCH_PG_URL:-}" ]; then
  su postgres -c "psql -qc 'DROP DATABASE IF EXISTS $pg_db'" >/dev/null
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = '$pg_user'\"" | grep -q 1 \
    || su postgres -c "psql -qc \"CREATE ROLE $pg_user LOGIN PASSWORD '$pg_password'\""
  su postgres -c "createdb -O $pg_user $pg_db"
  BENCH_PG_URL="jdbc:postgresql://127.0.0.1:5432/$pg_db"
fi
export PGPASSWORD="$pg_password"
psql_bench() { psql -h 127.0.0.1 -U "$pg_user" -d "$pg_db" -qtAc "$1"; }

build_app
mvn -B -ntp -q -DskipTests test-compile -pl reference-app -am >&2
cp=$(mvn -B -ntp -q -pl reference-app dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
data=$(mktemp -d)
echo "Starting the app on PostgreSQL with the demo seeds..." >&2
start_app "$data" DATABASE_URL="$BENCH_PG_URL" DATABASE_USER="$pg_user" DATABASE_PASSWORD="$pg_password" MARKETPLACE_SEED=demo

# Two products of two shops, with stock that the run cannot exhaust.
variants=$(psql_bench "SELECT v.id FROM variant v JOIN product p ON p.id = v.product_id JOIN merchant m ON m.id = p.merchant_id
                       WHERE m.status = 'LIVE' AND NOT p.hidden AND NOT v.withdrawn
                       AND v.id IN (SELECT MIN(v2.id) FROM variant v2 JOIN product p2 ON p2.id = v2.product_id GROUP BY p2.merchant_id)
                       ORDER BY v.id LIMIT 2" | tr '\n' ' ')
read -r variant_a variant_b <<<"$variants"
psql_bench "UPDATE variant SET stock = 10000000 WHERE id IN ($variant_a, $variant_b)"

echo "pgbench -c 8 -T 15 (TPC-B-like) on the same database..." >&2
pgbench -h 127.0.0.1 -U "$pg_user" -i -s 8 -q "$pg_db" >/dev/null 2>&1
pg_tps=$(pgbench -h 127.0.0.1 -U "$pg_user" -c 8 -j 2 -T 15 "$pg_db" 2>/dev/null | awk '/^tps/ {print $3; exit}')

java -Xmx256m -cp "reference-app/target/test-classes:$cp" io.comptoir.app.bench.CheckoutLoad "$BENCH_BASE" 16 "${WARMUP_SECONDS:-60}" 15 \
  "$variant_a" "$variant_b" | tee "$data/checkout.txt"
rate=$(sed -E 's/.*: ([0-9.]+) checkouts\/s.*/\1/' "$data/checkout.txt")
echo
echo "pgbench: $pg_tps tps; checkouts: $rate/s; ratio $(awk -v a="$rate" -v b="$pg_tps" 'BEGIN {printf "%.0f%%", 100 * a / b}')"
echo "Server RSS: $(rss_mib) MiB"
