#!/usr/bin/env bash
# Two nodes, measured (issue 16): two app processes on one PostgreSQL database behind Debian's nginx (round robin,
# passive health checks: a node that fails is left out for a few seconds; only idempotent requests are passed to the
# other node once sent), a mixed load for --duration seconds (search, product pages, baskets, checkouts by card and by
# gift voucher, declined cards, point-of-sale voucher sales, in-store redemptions, a shop's staff creating products),
# one node killed with `kill -9` at 40 % of the run and restarted at once. Then the load generator (TwoNodesLoad, Java,
# real HTTP through nginx) checks against the database and the API: no acknowledged order, payment, sale or redemption
# lost; no double charge; the voucher ledger audit clean; stock never negative; sessions valid on both nodes; a product
# created through one node found by the other's search within 1 s (p99); each periodic job run once per period; the
# errors clients saw during the kill, and which requests nginx passed to the other node. It prints PASS or FAIL per check
# and exits 1 when one fails.
#
#   bench/two-nodes.sh [--duration SECONDS] [--warm-up SECONDS] [--kill a|b] [--keep-seed NAME]
#
# Before the measured --duration (60), the same load runs for --warm-up seconds (15): the nodes' JIT compilers do their
# work then rather than in the measure; the warm-up's writes are checked with the others, its times are not counted (its
# freshness figures are printed apart). The restarted node is measured cold, as it comes back.
#
# Runs as root or as a normal user: nginx runs unprivileged with its own prefix and configuration in a temporary
# directory, on free high ports. PostgreSQL: BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432), BENCH_PG_USER and
# BENCH_PG_PASSWORD (comptoir/comptoir); the script creates a database for the run and drops it after, or, when the user
# may not create databases, a schema in the database it connects to, BENCH_PG_DATABASE (postgres), dropped the same
# way. The demo territory is loaded by the first node (a minute or two on a quiet machine); --keep-seed NAME keeps a copy
# of the loaded database as NAME, and BENCH_SEEDED_DB=NAME starts the next runs from it. BENCH_SKIP_BUILD=1 reuses the
# last build, BENCH_START_MINUTES (10) waits longer for a start, BENCH_KEEP=1 keeps the run's directory (logs, nginx's
# access log) and its database.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

duration=60
warm_up=15
killed=b
keep_seed=""
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --warm-up) warm_up="$2"; shift 2 ;;
    --kill) killed="$2"; shift 2 ;;
    --keep-seed) keep_seed="$2"; shift 2 ;;
    *) echo "usage: bench/two-nodes.sh [--duration SECONDS] [--warm-up SECONDS] [--kill a|b] [--keep-seed NAME]" >&2; exit 2 ;;
  esac
done
[[ "$duration" =~ ^[0-9]+$ ]] && [ "$duration" -ge 20 ] || { echo "--duration is a number of seconds, at least 20" >&2; exit 2; }
[[ "$warm_up" =~ ^[0-9]+$ ]] || { echo "--warm-up is a number of seconds" >&2; exit 2; }
[[ "$killed" =~ ^[ab]$ ]] || { echo "--kill names node a or b" >&2; exit 2; }
started=$(date +%s)
say() { echo "== [$(( $(date +%s) - started ))s] $*" >&2; }

need curl curl
need psql postgresql-client
if [ -x /usr/sbin/nginx ]; then   # a normal user's PATH may not hold /usr/sbin
  nginx_bin=/usr/sbin/nginx
else
  need nginx nginx
  nginx_bin="$(command -v nginx)"
fi
repo="$PWD"

pg_host="${BENCH_PG_HOST:-127.0.0.1}"
pg_port="${BENCH_PG_PORT:-5432}"
pg_user="${BENCH_PG_USER:-comptoir}"
admin_db="${BENCH_PG_DATABASE:-postgres}"   # the database the script connects to, to create the run's one
export PGPASSWORD="${BENCH_PG_PASSWORD:-comptoir}"
pg() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" "$@"; }

run="$(mktemp -d "${TMPDIR:-/tmp}/comptoir-two-nodes.XXXXXX")"
chmod 755 "$run"
database="comptoir_two_nodes_$$"
schema=""
declare -A node_pid=() node_port=()
load_pid=""
cleanup() {
  local status=$? name
  set +e
  [ -n "$load_pid" ] && kill "$load_pid" 2>/dev/null
  for name in "${!node_pid[@]}"; do kill -TERM "${node_pid[$name]}" 2>/dev/null; done
  for name in "${!node_pid[@]}"; do
    for _ in $(seq 1 40); do kill -0 "${node_pid[$name]}" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "${node_pid[$name]}" 2>/dev/null
  done
  [ -f "$run/nginx/nginx.pid" ] && "$nginx_bin" -p "$run/nginx/" -e "$run/nginx/error.log" -c "$run/nginx/nginx.conf" -s quit 2>/dev/null
  if [ "${BENCH_KEEP:-0}" = 1 ]; then
    echo "Kept: the run's directory $run (node logs, nginx's access log), the database $database${schema:+, schema $schema}" >&2
  else
    if [ -n "$schema" ]; then
      pg -d "$database" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1
    else
      pg -d "$admin_db" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1
    fi
    if [ "$status" != 0 ]; then
      echo "The run's directory (node logs, nginx's access log) is kept: $run" >&2
    else
      rm -rf "$run"
    fi
  fi
  exit "$status"
}
trap cleanup EXIT

# Builds: the app's jar, and in the same reactor the load generator (test classes) with its class path.
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  say "building the reference app and the load generator (tests skipped)"
  nice -n 5 mvn -B -ntp -q -DskipTests package dependency:build-classpath -pl reference-app -am -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/target/bench-two-nodes.cp" >&2
fi
jar="$repo/reference-app/target/reference-app.jar"
load_cp="$repo/reference-app/target/test-classes:$(cat target/bench-two-nodes.cp)"

pg -d "$admin_db" -c "SELECT 1" >/dev/null \
  || { echo "cannot reach PostgreSQL at $pg_host:$pg_port as $pg_user (BENCH_PG_HOST, BENCH_PG_PORT, BENCH_PG_USER, BENCH_PG_PASSWORD)" >&2; exit 1; }
# create_db NAME [TEMPLATE]: as the bench's user, or, when it may not create databases and this runs as root beside the
# server (as .ci/run sets it up), as the postgres superuser with the bench's user as owner (who may then drop it)
create_db() {
  pg -d "$admin_db" -c "CREATE DATABASE $1${2:+ TEMPLATE $2}" 2>&1 && return 0
  [ "$(id -u)" = 0 ] && { [ "$pg_host" = 127.0.0.1 ] || [ "$pg_host" = localhost ]; } && id postgres >/dev/null 2>&1 \
    && su postgres -c "createdb -p $pg_port -O $pg_user ${2:+-T $2} $1" 2>&1
}
if refusal=$(create_db "$database" "${BENCH_SEEDED_DB:-}"); then
  jdbc="jdbc:postgresql://$pg_host:$pg_port/$database"
  say "database $database${BENCH_SEEDED_DB:+ (a copy of $BENCH_SEEDED_DB)}"
else
  [ -z "${BENCH_SEEDED_DB:-}" ] || { echo "cannot create database $database from $BENCH_SEEDED_DB: $refusal" >&2; exit 1; }
  database="$admin_db"
  schema="two_nodes_$$"
  pg -d "$database" -c "CREATE SCHEMA $schema" >/dev/null
  jdbc="jdbc:postgresql://$pg_host:$pg_port/$database?currentSchema=$schema"
  say "no database of its own (${refusal//$'\n'/ }): schema $schema of database $database"
fi

source deploy/free-port.sh
free_port port_a && free_port port_b && free_port proxy_port || exit 1
node_port[a]=$port_a
node_port[b]=$port_b
proxy="http://127.0.0.1:$proxy_port"
secret="two-nodes-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
mkdir -p "$run/assets"
timeline="$run/timeline"
: >"$timeline"
mark() { echo "$1 $(date +%s%3N)" >>"$timeline"; }

# start_node NAME SEED: DATA_DIR of its own, the pictures in a directory both share, the settings of
# deploy/comptoir.env.example (loopback, nginx trusted), the same sandbox card secret, the bank's webhooks through nginx.
start_node() {
  local name="$1" seed="$2"
  mkdir -p "$run/$name"
  ln -sfn "$run/assets" "$run/$name/assets"
  (cd "$run/$name" && exec env PORT="${node_port[$name]}" BIND_ADDRESS=127.0.0.1 TRUSTED_PROXIES=127.0.0.1 PUBLIC_URL="$proxy" \
    DATA_DIR="$run/$name" DATABASE_URL="$jdbc" DATABASE_USER="$pg_user" DATABASE_PASSWORD="$PGPASSWORD" MARKETPLACE_SEED="$seed" \
    PAYMENT_METHODS=pay-at-pickup,sandbox-card,vouchers SANDBOX_CARD_SECRET="$secret" \
    SANDBOX_CARD_WEBHOOK_URL="$proxy/api/v1/payments/sandbox-card/webhook" \
    java "@$repo/reference-app/jvm.flags" -Xlog:gc:file="$run/$name-gc-%p.log" -jar "$jar" >>"$run/$name.log" 2>&1) &
  node_pid[$name]=$!
}
wait_healthy() {
  local name="$1"
  for _ in $(seq 1 $((4 * 60 * ${BENCH_START_MINUTES:-10}))); do
    curl -fsS -o /dev/null "http://127.0.0.1:${node_port[$name]}/health" 2>/dev/null && return 0
    kill -0 "${node_pid[$name]}" 2>/dev/null || { echo "node $name died; its log:" >&2; tail -n 30 "$run/$name.log" >&2; exit 1; }
    sleep 0.25
  done
  echo "node $name was not healthy within ${BENCH_START_MINUTES:-10} minutes" >&2
  exit 1
}
stop_node() {
  kill -TERM "${node_pid[$1]}"
  wait "${node_pid[$1]}" 2>/dev/null || true
  unset "node_pid[$1]"
}

if [ -z "${BENCH_SEEDED_DB:-}" ]; then
  say "node a loads the demo territory (a minute or two on a quiet machine, far longer on a busy one)"
  start_node a demo
  wait_healthy a
  stop_node a   # the nodes then start on equal terms, without the demo's pictures being drawn during the measure
  if [ -n "$keep_seed" ] && [ -z "$schema" ]; then
    pg -d "$admin_db" -c "DROP DATABASE IF EXISTS $keep_seed" >/dev/null
    create_db "$keep_seed" "$database" >/dev/null
    say "kept a copy of the loaded database as $keep_seed: BENCH_SEEDED_DB=$keep_seed starts the next runs from it"
  fi
fi
java -cp "$load_cp" io.comptoir.app.bench.TwoNodesLoad prepare jdbc="$jdbc" db-user="$pg_user" db-password="$PGPASSWORD"

say "nginx on $proxy in front of node a (port ${node_port[a]}) and node b (port ${node_port[b]})"
mkdir -p "$run/nginx/tmp"
nginx_user=""
if [ "$(id -u)" = 0 ]; then   # nginx started by root hands its workers to an unprivileged user
  nginx_user="user $(id -un nobody 2>/dev/null || echo nobody) $(id -gn nobody 2>/dev/null || echo nogroup);"
  chmod 777 "$run/nginx/tmp"
fi
# The proxy settings of deploy/nginx-comptoir.conf, its server options (passive health checks: max_fails, fail_timeout)
# and its proxy_next_upstream (a request passed to the other node when the first cannot be reached, fails, times out or
# answers 503 "starting" — a POST only when nothing of it was sent) read from the file, with a second server, over plain
# HTTP on the loopback (no TLS, no static cache: the site's other parts are smoke.sh's to prove). The X-Upstream header and the log
# format tell the load generator which node answered and which requests nginx passed on.
site=deploy/nginx-comptoir.conf
server_options=$(sed -nE 's/^ *server 127\.0\.0\.1:7070 (.*);$/\1/p' "$site")
next_upstream=$(sed -nE 's/^ *(proxy_next_upstream .*;)$/\1/p' "$site")
[ -n "$server_options" ] && [ -n "$next_upstream" ] || { echo "$site has no upstream server options or proxy_next_upstream" >&2; exit 1; }
cat >"$run/nginx/nginx.conf" <<EOF
$nginx_user
worker_processes 1;
pid $run/nginx/nginx.pid;
error_log $run/nginx/error.log warn;
events { worker_connections 1024; }
http {
    log_format bench '\$msec \$request_method \$request_uri \$status "\$upstream_addr" "\$upstream_status" \$request_time';
    access_log $run/nginx/access.log bench;
    client_body_temp_path $run/nginx/tmp/body;
    proxy_temp_path $run/nginx/tmp/proxy;
    fastcgi_temp_path $run/nginx/tmp/fastcgi;
    uwsgi_temp_path $run/nginx/tmp/uwsgi;
    scgi_temp_path $run/nginx/tmp/scgi;
    upstream comptoir_app {
        server 127.0.0.1:${node_port[a]} $server_options;
        server 127.0.0.1:${node_port[b]} $server_options;
        keepalive 32;
    }
    server {
        listen 127.0.0.1:$proxy_port;
        client_max_body_size 6m;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host \$host;
        proxy_set_header X-Forwarded-For \$remote_addr;
        proxy_set_header X-Forwarded-Proto \$scheme;
        proxy_connect_timeout 5s;
        proxy_send_timeout 60s;
        proxy_read_timeout 120s;
        $next_upstream
        add_header X-Upstream \$upstream_addr always;
        location / {
            proxy_pass http://comptoir_app;
        }
    }
}
EOF
"$nginx_bin" -t -q -p "$run/nginx/" -e "$run/nginx/error.log" -c "$run/nginx/nginx.conf"
"$nginx_bin" -p "$run/nginx/" -e "$run/nginx/error.log" -c "$run/nginx/nginx.conf"

say "starting node a and node b on the loaded database"
start_node a none
start_node b none
wait_healthy a
wait_healthy b
say "both nodes healthy"
machine() {   # how busy the machine is: the load average, and the share of time runnable tasks waited for a CPU
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores$( [ -r /proc/pressure/cpu ] \
    && sed -nE 's/^some avg10=([0-9.]+) avg60=([0-9.]+).*/, CPU pressure (tasks waiting for a core) \1 % over 10 s, \2 % over 60 s/p' /proc/pressure/cpu)"
}
say "machine before the load: $(machine)"

password=$(sed -nE 's/.*"password": *"([^"]+)".*/\1/p' territories/pays-de-saint-omer/demo/accounts.json | head -1)
java -Xmx256m -cp "$load_cp" io.comptoir.app.bench.TwoNodesLoad run jdbc="$jdbc" db-user="$pg_user" db-password="$PGPASSWORD" \
  proxy="$proxy" nodes="a=http://127.0.0.1:${node_port[a]},b=http://127.0.0.1:${node_port[b]}" seconds="$duration" warm-up="$warm_up" \
  demo-password="$password" timeline="$timeline" proxy-log="$run/nginx/access.log" proxy-error-log="$run/nginx/error.log" &
load_pid=$!

# The kill, at 40 % of the load (its start is in the timeline once every client has signed in), and the restart at once.
until grep -q '^load-start ' "$timeline"; do
  kill -0 "$load_pid" 2>/dev/null || { wait "$load_pid"; exit 1; }
  sleep 0.2
done
sleep "$(awk -v d="$duration" 'BEGIN {printf "%.1f", d * 0.4}')"
say "kill -9 node $killed (pid ${node_pid[$killed]})"
mark kill
kill -KILL "${node_pid[$killed]}"
wait "${node_pid[$killed]}" 2>/dev/null || true
start_node "$killed" none
mark restart
wait_healthy "$killed"
mark ready
say "node $killed healthy again"
status=0
wait "$load_pid" || status=$?
say "machine after the load: $(machine)"
for name in a b; do
  rss=$(ps -o rss= -p "${node_pid[$name]}" 2>/dev/null | tr -d ' ' || true)
  rebuilt=$(sed -nE 's/.*Search index rebuilt: ([0-9]+ products in [0-9]+ ms).*/\1/p' "$run/$name.log" | tail -1)
  say "node $name: ${rss:+$((rss / 1024)) MB resident}${rebuilt:+, its last start rebuilt the search index of $rebuilt}"
done
say "done (exit status $status)"
exit "$status"
