#!/usr/bin/env bash
# Checkout benchmark (issue "Shopping"): checkouts per second with 16 concurrent shoppers (BENCH_SHOPPERS) on PostgreSQL (each: add one
# product of each of two shops, drawn at random among one product per live shop, check out, sandbox card payment through
# its signed webhook), side by side with pgbench -c 8 -T 15 (TPC-B-like) on the same database in the same run.
# The sandbox bank answers at once (SANDBOX_CARD_DELAY_MS=0): with 16 shoppers each waiting for it, its simulated 200 ms
# would cap the run at 80 checkouts/s whatever the marketplace does.
# Then, on the same app and against the same pgbench baseline, the voucher paths through the JSON API (VoucherHttpLoad):
# point-of-sale sales, then in-store redemptions of the vouchers sold, 16 clients, VOUCHER_WARMUP_SECONDS (30) and
# VOUCHER_SECONDS (15) each; BENCH_VOUCHERS=0 leaves them out.
# Needs a PostgreSQL server: BENCH_PG_URL (jdbc URL of an empty database), BENCH_PG_USER, BENCH_PG_PASSWORD; by default
# the local server of .ci/run, database comptoir_bench (created if absent, as the postgres user).
# Re-running: BENCH_SKIP_BUILD=1 reuses what the last run built, BENCH_APP_JAR names another build of the app,
# BENCH_SEEDED_DB starts from a copy of a database holding the demo territory, BENCH_START_MINUTES (10) waits longer.
# The load generator speaks HTTP/1.1 over a kept-alive connection per client (PlainHttp): it shares the machine, and the
# JDK's HttpClient took three times its CPU per purchase; BENCH_LOAD_CLIENT=jdk runs with the JDK's client instead.
# Profiling the app: BENCH_EXTRA_JVM_FLAGS adds JVM flags, e.g. a Flight Recording of the measure (the demo loads in about
# a minute on a quiet machine, pgbench and the warm-up take 90 s more): BENCH_EXTRA_JVM_FLAGS=-XX:StartFlightRecording=
# delay=160s,duration=15s,filename=/tmp/app.jfr (then: jfr print --events jdk.ExecutionSample --stack-depth 300 /tmp/app.jfr).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

need curl curl
need psql postgresql-client
pg_user="${BENCH_PG_USER:-comptoir}"
pg_password="${BENCH_PG_PASSWORD:-comptoir}"
BENCH_PG_URL_GIVEN="${BENCH_PG_URL:-}"
pg_db=comptoir_bench
if [ -n "$BENCH_PG_URL_GIVEN" ]; then
  pg_db="${BENCH_PG_URL_GIVEN##*/}"   # the database the given URL names, for psql and pgbench
  pg_db="${pg_db%%\?*}"
fi
if [ -z "${BENCH_PG_URL:-}" ]; then
  su postgres -c "psql -qc 'DROP DATABASE IF EXISTS $pg_db'" >/dev/null
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = '$pg_user'\"" | grep -q 1 \
    || su postgres -c "psql -qc \"CREATE ROLE $pg_user LOGIN PASSWORD '$pg_password'\""
  # BENCH_SEEDED_DB: a copy of a database the app already loaded the demo territory into (minutes on a busy machine)
  su postgres -c "createdb -O $pg_user ${BENCH_SEEDED_DB:+-T $BENCH_SEEDED_DB} $pg_db"
  BENCH_PG_URL="jdbc:postgresql://127.0.0.1:5432/$pg_db"
fi
export PGPASSWORD="$pg_password"
psql_bench() { psql -h 127.0.0.1 -U "$pg_user" -d "$pg_db" -qtAc "$1"; }

build_app
# one reactor build: the engine's modules on the class path are this checkout's, not jars from ~/.m2
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -ntp -q -DskipTests test-compile dependency:build-classpath -pl reference-app -am -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/target/bench-checkout.cp" >&2
fi
cp=$(cat target/bench-checkout.cp)
data=$(mktemp -d)
echo "Starting the app on PostgreSQL with the demo seeds..." >&2
profile="$data/sql-profile.tsv"
start_app "$data" JAVA_TOOL_OPTIONS="-Dcomptoir.sqlProfile=$profile" SANDBOX_CARD_DELAY_MS=0 DATABASE_URL="$BENCH_PG_URL" DATABASE_USER="$pg_user" DATABASE_PASSWORD="$pg_password" MARKETPLACE_SEED=demo

# One product of each live shop, with stock that the run cannot exhaust; each purchase takes two of them at random.
variants=$(psql_bench "SELECT MIN(v.id) FROM variant v JOIN product p ON p.id = v.product_id JOIN merchant m ON m.id = p.merchant_id
                       WHERE m.status = 'LIVE' AND NOT p.hidden AND NOT v.withdrawn GROUP BY m.id ORDER BY 1" | paste -sd, -)
psql_bench "UPDATE variant SET stock = 10000000 WHERE id IN ($variants)"
echo "$(tr ',' '\n' <<<"$variants" | wc -l) products of as many shops" >&2

echo "pgbench -c 8 -T 15 (TPC-B-like) on the same database..." >&2
pgbench -h 127.0.0.1 -U "$pg_user" -i -s 8 -q "$pg_db" >/dev/null 2>&1
pg_tps=$(pgbench -h 127.0.0.1 -U "$pg_user" -c 8 -j 2 -T 15 "$pg_db" 2>/dev/null | awk '/^tps/ {print $3; exit}')

warmup="${WARMUP_SECONDS:-60}"
measure="${MEASURE_SECONDS:-15}"   # the counts below cover its middle, all but its first 3 s and its last 2 s
window=$((measure - 5))
# Each shopper buys again as soon as a purchase ends (a closed loop): once the cores are saturated, more shoppers add
# only waiting, so the latency printed is that of this load; BENCH_SHOPPERS=8 shows it at half the queue.
shoppers="${BENCH_SHOPPERS:-16}"
load_client="${BENCH_LOAD_CLIENT:-plain}"
echo "Load generator's HTTP client: $load_client (BENCH_LOAD_CLIENT)" >&2
java -Xmx256m -Dbench.loadClient="$load_client" -cp "reference-app/target/test-classes:$cp" io.comptoir.app.bench.CheckoutLoad "$BENCH_BASE" "$shoppers" "$warmup" "$measure" \
  "$variants" >"$data/checkout.txt" &
load_pid=$!

# Where the machine's time goes during the measure (all of it but its first 3 s and last 2 s): CPU of each process from /proc (PostgreSQL's
# only when it runs here), and what a purchase costs the database (its transactions and the rows it writes).
ticks() {   # a process may end between the listing and the read (PostgreSQL's backends): it counts for nothing
  local t=0 p n; for p in "$@"; do n=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null) && t=$((t + ${n:-0})); done; echo "$t"
}
machine() { awk '/^cpu / {print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $5 + $6}' /proc/stat; }
db_counts() { psql_bench "SELECT (SELECT COUNT(*) FROM customer_order), xact_commit, tup_inserted + tup_updated + tup_deleted
                          FROM pg_stat_database WHERE datname = current_database()" | tr '|' ' '; }
pg_pids() { if [ -z "${BENCH_PG_URL_GIVEN:-}" ]; then pgrep -u postgres postgres | tr '\n' ' '; fi; }
sleep $((warmup + 3))
cp "$profile" "$data/profile0.tsv"
read -r orders0 commits0 rows0 <<<"$(db_counts)"
read -r all0 idle0 <<<"$(machine)"
app0=$(ticks "$APP_PID"); load0=$(ticks "$load_pid"); pg0=$(ticks $(pg_pids))
sleep "$window"
app1=$(ticks "$APP_PID"); load1=$(ticks "$load_pid"); pg1=$(ticks $(pg_pids))
read -r all1 idle1 <<<"$(machine)"
cp "$profile" "$data/profile1.tsv"
read -r orders1 commits1 rows1 <<<"$(db_counts)"
wait "$load_pid"
cat "$data/checkout.txt"

rate=$(sed -E 's/.*: ([0-9.]+) checkouts\/s.*/\1/' "$data/checkout.txt")
echo
echo "pgbench: $pg_tps tps; checkouts: $rate/s; ratio $(awk -v a="$rate" -v b="$pg_tps" 'BEGIN {printf "%.1f%%", 100 * a / b}') (goal ≥ 8 %, purchase p99 < 250 ms)"
echo "Server RSS: $(rss_mib) MiB"
awk -v window="$window" -v cores="$(nproc)" -v pg_tps="$pg_tps" -v all=$((all1 - all0)) -v idle=$((idle1 - idle0)) -v app=$((app1 - app0)) -v load=$((load1 - load0)) -v pg=$((pg1 - pg0)) \
    -v orders=$((orders1 - orders0)) -v commits=$((commits1 - commits0)) -v rows=$((rows1 - rows0)) 'BEGIN {
  printf "During " window " s of the measure: CPU busy %.0f%%: the app %.0f%%, PostgreSQL %.0f%%, the load generator %.0f%%, the rest %.0f%%\n",
    100 * (all - idle) / all, 100 * app / all, 100 * pg / all, 100 * load / all, 100 * (all - idle - app - pg - load) / all
  if (orders > 0) {
    printf "Per purchase: %.0f database transactions (reads in auto-commit included), %.0f rows written\n", commits / orders, rows / orders
    # /proc/stat counts every core: the window holds cores x window seconds of CPU time in all
    ms = 1000 * window * cores / all
    printf "CPU per purchase: the app %.1f ms, PostgreSQL %.1f ms, the load generator %.1f ms (8 %% of pgbench would leave %.1f ms for everything)\n",
      app * ms / orders, pg * ms / orders, load * ms / orders, 1000 * cores / (0.08 * pg_tps)
  }
}'

# The app's own count of the same window (SqlProfile: each transaction and statement under the kind of work that began
# it, read from the call stack), per purchase, by kind and in detail. The profile file is rewritten every 250 ms: each end
# of its window is up to 250 ms older than the order count it is divided by (a few per cent of a 10 s window).
# On a machine so busy that few purchases end in the window, a longer MEASURE_SECONDS gives the breakdown more of them.
awk -F'\t' -v orders=$((orders1 - orders0)) -f bench/sql-profile.awk "$data/profile0.tsv" "$data/profile1.tsv"

# Background listeners share the cores with the shoppers' requests: one that falls behind does less of its work in the
# window, and the breakdown above then undercounts it. How far each subscription is behind the feed once the load has
# stopped says so.
echo
echo "Event subscriptions behind the feed at the end of the checkouts (events): $(psql_bench "SELECT string_agg(subscription || ' '
  || ((SELECT last_position FROM event_feed) - feed_position), ', ' ORDER BY subscription) FROM event_subscription")"
echo "Placed orders mailed to their shopper so far: $(psql_bench "SELECT (SELECT COUNT(*) FROM mail_outbox WHERE kind = 'order_placed')
  || ' of ' || (SELECT COUNT(*) FROM customer_order WHERE status NOT IN ('PENDING_PAYMENT', 'PAYMENT_FAILED'))")"

if [ "${BENCH_VOUCHERS:-1}" != 0 ]; then
  # The points of sale's operators, and one staff account of each live shop that takes the gift vouchers (not opted out).
  password=$(sed -nE 's/.*"password": *"([^"]+)".*/\1/p' territories/pays-de-saint-omer/demo/accounts.json | head -1)
  operators=$(psql_bench "SELECT a.email FROM account a JOIN account_role r ON r.account_id = a.id
                          WHERE r.role = 'POINT_OF_SALE' ORDER BY r.scope" | paste -sd, -)
  staff=$(psql_bench "SELECT m.id || ':' || MIN(a.email) FROM merchant m
                      JOIN account_role r ON r.role = 'MERCHANT_STAFF' AND r.scope = m.id JOIN account a ON a.id = r.account_id
                      WHERE m.status = 'LIVE' AND NOT EXISTS (SELECT 1 FROM voucher_programme_merchant o
                        JOIN voucher_programme p ON p.id = o.programme_id
                        WHERE p.slug = 'cheque-cadeau' AND o.merchant_id = m.id AND NOT o.included)
                      GROUP BY m.id ORDER BY m.id" | paste -sd, -)
  echo
  echo "Voucher paths over HTTP: $(tr ',' '\n' <<<"$operators" | wc -l) points of sale, $(tr ',' '\n' <<<"$staff" | wc -l) shops" >&2
  java -Xmx256m -Dbench.loadClient="$load_client" -cp "reference-app/target/test-classes:$cp" io.comptoir.app.bench.VoucherHttpLoad "$BENCH_BASE" 16 \
    "${VOUCHER_WARMUP_SECONDS:-30}" "${VOUCHER_SECONDS:-15}" "$password" "$operators" "$staff" >"$data/vouchers.txt"
  # each line reads "<what>: N in S s with C clients = R/s, p50 …"
  while read -r line; do
    echo "$line"
    rate=$(sed -E 's/.*= ([0-9]+)\/s.*/\1/' <<<"$line")
    echo "  ${line%%:*}: ratio to pgbench $(awk -v a="$rate" -v b="$pg_tps" 'BEGIN {printf "%.1f%%", 100 * a / b}')"
  done <"$data/vouchers.txt"
fi
