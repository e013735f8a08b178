#!/usr/bin/env bash
# Vouchers benchmark (issue "plugin-vouchers"): at the service level on PostgreSQL, point-of-sale sales (boosted, with
# the budget committed, and ordinary) and in-store redemptions per second with 16 clients, a 50 000-voucher pre-printed
# batch, the statements of a week with 50 000 vouchers and 150 000 redemptions, the ledger audit and its CSV; side by
# side with pgbench -c 8 -T 15 (TPC-B-like) on the same server in the same run, as the baseline. Warm-up 60 s per
# measure (WARMUP_SECONDS), measures of 20 s (MEASURE_SECONDS).
# Needs a PostgreSQL server: BENCH_PG_URL (jdbc URL of a database where the user may create schemas), BENCH_PG_USER,
# BENCH_PG_PASSWORD; by default the local server of .ci/run, database comptoir_bench (created if absent, as postgres).
#   bench/vouchers.sh                       everything (about 8 minutes)
#   BENCH_PARTS=sales,redemptions bench/vouchers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

need psql postgresql-client
pg_user="${BENCH_PG_USER:-comptoir}"
pg_password="${BENCH_PG_PASSWORD:-comptoir}"
pg_db=comptoir_bench
local_server=0
if [ -z "${BENCH_PG_URL:-}" ]; then
  local_server=1
  su postgres -c "psql -qc 'DROP DATABASE IF EXISTS $pg_db'" >/dev/null
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = '$pg_user'\"" | grep -q 1 \
    || su postgres -c "psql -qc \"CREATE ROLE $pg_user LOGIN PASSWORD '$pg_password'\""
  su postgres -c "createdb -O $pg_user $pg_db"
  BENCH_PG_URL="jdbc:postgresql://127.0.0.1:5432/$pg_db"
fi
export PGPASSWORD="$pg_password"

echo "Building plugin-vouchers test classes..." >&2
# in one reactor build, so that the engine's modules are this checkout's classes, not jars from ~/.m2 (each module writes
# the file; the last, plugin-vouchers, wins)
mvn -B -ntp -q -DskipTests test-compile dependency:build-classpath -pl plugin-vouchers -am -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/target/bench-vouchers.cp" >&2
cp=$(cat target/bench-vouchers.cp)

# A checkpoint before the baseline and before each part, as pgbench's documentation advises for repeatable runs: the
# WAL one part writes (the batch writes 50 000 vouchers) is otherwise checkpointed during the next part's measure, whose
# every first write to a page then logs the whole page. Only on the local server (CHECKPOINT needs a privileged role).
checkpoint() {
  if [ "$local_server" = 1 ]; then
    su postgres -c "psql -qc CHECKPOINT" >/dev/null
  fi
}

checkpoint
echo "pgbench -c 8 -T 15 (TPC-B-like, scale 8) on the same server..." >&2
pgbench -h 127.0.0.1 -U "$pg_user" -i -s 8 -q "$pg_db" >/dev/null 2>&1
pg_tps=$(pgbench -h 127.0.0.1 -U "$pg_user" -c 8 -j 2 -T 15 "$pg_db" 2>/dev/null | awk '/^tps/ {print $3; exit}')
echo "pgbench baseline: $pg_tps tps"

out=$(mktemp)
# each part in a JVM of its own, on a market of its own (so that each measure starts from the same state)
parts="${BENCH_PARTS:-batch,sales,boosted,redemptions,statements}"
for part in ${parts//,/ }; do
  checkpoint
  COMPTOIR_TEST_POSTGRES_URL="$BENCH_PG_URL" COMPTOIR_TEST_POSTGRES_USER="$pg_user" COMPTOIR_TEST_POSTGRES_PASSWORD="$pg_password" \
    java -Xmx1g -Dbench.warmup="${WARMUP_SECONDS:-60}" -Dbench.seconds="${MEASURE_SECONDS:-20}" -Dbench.parts="$part" \
    -cp "plugin-vouchers/target/test-classes:plugin-vouchers/target/classes:$cp" io.comptoir.vouchers.VoucherBenchmark | tee -a "$out"
done
echo
# each throughput line reads "<what>: N in S s with C clients = R/s, ..."
grep -E '= [0-9]+/s' "$out" | while read -r line; do
  what="${line%%:*}"
  rate=$(echo "$line" | sed -E 's/.*= ([0-9]+)\/s.*/\1/')
  printf '%-40s %6s/s  %s of pgbench\n' "$what" "$rate" "$(awk -v a="$rate" -v b="$pg_tps" 'BEGIN {printf "%.0f%%", 100 * a / b}')"
done
