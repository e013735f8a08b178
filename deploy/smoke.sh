#!/usr/bin/env bash
# Proves the deploy/ files on this Debian machine, as root: installs nginx when absent, makes a self-signed certificate,
# installs the app as the unit describes it (the jar, its settings file, the dedicated user) under a temporary root,
# checks the systemd units with `systemd-analyze verify`, creates a fresh PostgreSQL role and database, and starts the
# app on PostgreSQL with the demo data behind nginx, on free ports. Then it checks, over HTTPS through nginx: the
# "starting" page while the demo loads, pages with `Secure` cookies, HTTP→HTTPS redirect, gzip and cache headers on
# static files, the client's address as the sign-in throttle sees it (X-Forwarded-For set by nginx, a forged one
# ignored); places an order through the JSON API and sells vouchers at a point of sale; takes backups (with rotation),
# restores the newest into a new database, compares the counts of shops, products, orders and vouchers, and starts the
# app on the restored database. It stops and removes everything it started or created, whatever happens.
#
# systemd is usually not PID 1 where this runs (containers, CI), so `systemctl start` is not available: the script runs
# the unit's own ExecStart, as its User and Group, in its WorkingDirectory, with exactly the variables of its
# EnvironmentFile — read from the unit file, not written again here. The unit's sandboxing options (ProtectSystem...)
# are checked by `systemd-analyze verify` but not enforced without systemd.
#
#   sudo bash deploy/smoke.sh        (CI=true, no stdin needed; uses reference-app/target/reference-app.jar, built if absent)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
started=$(date +%s)
step() { echo "== [$(( $(date +%s) - started ))s] $*"; }
fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
ok() { echo "   ok: $*"; }

[ "$(id -u)" = 0 ] || fail "run as root (it installs nginx, creates a user and a database)"
export DEBIAN_FRONTEND=noninteractive

step "tools"
missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "   installing: ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

jar="$repo/reference-app/target/reference-app.jar"
if [ ! -f "$jar" ]; then
  step "building $jar"
  mvn -B -ntp -q -pl reference-app -am package -DskipTests
fi

# PostgreSQL: the local cluster, started when it is not (as .ci/run does).
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
for _ in $(seq 1 60); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
pg_isready -q -h 127.0.0.1 -p 5432 || fail "PostgreSQL does not answer on 127.0.0.1:5432"
as_postgres() { runuser -u postgres -- psql -XqtA -v ON_ERROR_STOP=1 "$@"; }

tag="smoke_$$_$(date +%s)"
role="comptoir_$tag"
role_password="$(openssl rand -hex 16)"
database="comptoir_$tag"
restored="comptoir_${tag}_restored"
root="$(mktemp -d /tmp/comptoir-smoke.XXXXXX)"
chmod 755 "$root"
app_pid=""
restored_pid=""
created_user=""

cleanup() {
  local status=$?
  set +e
  for pid in $restored_pid $app_pid; do kill -TERM "$pid" 2>/dev/null; done
  for pid in $restored_pid $app_pid; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null
  done
  if [ -f "$root/nginx/nginx.pid" ]; then
    "$nginx_bin" -p "$root/nginx/" -c "$root/nginx/nginx.conf" -s quit 2>/dev/null
    for _ in $(seq 1 20); do [ -f "$root/nginx/nginx.pid" ] || break; sleep 0.25; done
  fi
  as_postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" 2>/dev/null
  as_postgres -c "DROP DATABASE IF EXISTS $restored WITH (FORCE)" 2>/dev/null
  as_postgres -c "DROP ROLE IF EXISTS $role" 2>/dev/null
  [ -n "$created_user" ] && userdel comptoir 2>/dev/null
  if [ "$status" != 0 ] && [ -f "$root/app.log" ]; then
    echo "--- last lines of the app's log" >&2
    tail -n 40 "$root/app.log" >&2
  fi
  rm -rf "$root"
  echo "== [$(( $(date +%s) - started ))s] cleaned up (exit status $status)"
}
trap cleanup EXIT

. "$repo/deploy/free-port.sh"
free_port app_port && free_port http_port && free_port https_port && free_port restored_port || fail "no free port found"
echo "   ports: app $app_port, http $http_port, https $https_port, restored app $restored_port; root $root"

step "database $database and role $role"
as_postgres -c "CREATE ROLE $role LOGIN PASSWORD '$role_password'"
as_postgres -c "CREATE DATABASE $database OWNER $role"

step "install under $root as the unit describes it"
if ! id comptoir >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/comptoir --no-create-home --shell /usr/sbin/nologin comptoir
  created_user=1
fi
mkdir -p "$root/opt/comptoir/deploy" "$root/etc/comptoir" "$root/etc/systemd/system" "$root/var/lib/comptoir" "$root/backups"
cp "$jar" "$root/opt/comptoir/reference-app.jar"
cp "$repo/reference-app/jvm.flags" "$root/opt/comptoir/jvm.flags"
cp "$repo/deploy/backup.sh" "$repo/deploy/restore.sh" "$repo/deploy/lib.sh" "$root/opt/comptoir/deploy/"
chmod -R a+rX "$root/opt"
chown comptoir:comptoir "$root/var/lib/comptoir"
chmod 750 "$root/var/lib/comptoir"
for unit in comptoir.service comptoir-backup.service comptoir-backup.timer; do
  sed -e "s#/opt/comptoir#$root/opt/comptoir#g" -e "s#/etc/comptoir#$root/etc/comptoir#g" \
      -e "s#^WorkingDirectory=/var/lib/comptoir#WorkingDirectory=$root/var/lib/comptoir#" \
      "$repo/deploy/$unit" > "$root/etc/systemd/system/$unit"
done
env_file="$root/etc/comptoir/comptoir.env"
cp "$repo/deploy/comptoir.env.example" "$env_file"
set_env() {
  if grep -q "^$1=" "$env_file"; then sed -i "s#^$1=.*#$1=$2#" "$env_file"; else echo "$1=$2" >> "$env_file"; fi
}
set_env PORT "$app_port"
set_env PUBLIC_URL "https://localhost:$https_port"
set_env DATABASE_URL "jdbc:postgresql://127.0.0.1:5432/$database"
set_env DATABASE_USER "$role"
set_env DATABASE_PASSWORD "$role_password"
set_env DATA_DIR "$root/var/lib/comptoir"
# a demonstration site: the demo data, and no simulated card on an https address (PAYMENT_METHODS of the example)
set_env MARKETPLACE_SEED demo
chown root:comptoir "$env_file"
chmod 640 "$env_file"

if command -v systemd-analyze >/dev/null 2>&1; then
  (cd "$root/etc/systemd/system" && systemd-analyze verify comptoir.service comptoir-backup.service comptoir-backup.timer) \
    || fail "systemd-analyze verify refused the units"
  ok "systemd-analyze verify: comptoir.service, comptoir-backup.service, comptoir-backup.timer"
else
  echo "   systemd-analyze is not installed: the units are not verified"
fi

step "self-signed certificate and nginx (the site file, on free ports)"
mkdir -p "$root/ssl" "$root/nginx/cache" "$root/nginx/tmp" "$root/nginx/sites-enabled"
openssl req -x509 -newkey rsa:2048 -sha256 -days 2 -nodes -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -keyout "$root/ssl/localhost.key" -out "$root/ssl/localhost.pem" 2>/dev/null
nginx_user=www-data
id "$nginx_user" >/dev/null 2>&1 || nginx_user=nobody
chown -R "$nginx_user" "$root/nginx/cache" "$root/nginx/tmp"
sed -e "s#listen 80;#listen 127.0.0.1:$http_port;#" -e "s#listen 443 ssl http2;#listen 127.0.0.1:$https_port ssl http2;#" \
    -e "/listen \[::\]/d" -e "s#server 127.0.0.1:7070 #server 127.0.0.1:$app_port #" \
    -e "s#return 301 https://\$host\$request_uri;#return 301 https://\$host:$https_port\$request_uri;#" \
    -e "s#server_name marche.example.fr;#server_name localhost;#" \
    -e "s#/etc/ssl/certs/marche.example.fr.pem#$root/ssl/localhost.pem#" \
    -e "s#/etc/ssl/private/marche.example.fr.key#$root/ssl/localhost.key#" \
    -e "s#/var/cache/nginx/comptoir#$root/nginx/cache#" \
    "$repo/deploy/nginx-comptoir.conf" > "$root/nginx/sites-enabled/comptoir"
# What Debian's /etc/nginx/nginx.conf gives a site, with this instance's own pid, logs and temporary files.
cat > "$root/nginx/nginx.conf" <<EOF
user $nginx_user;
worker_processes 1;
pid $root/nginx/nginx.pid;
error_log $root/nginx/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    access_log $root/nginx/access.log;
    client_body_temp_path $root/nginx/tmp/body;
    proxy_temp_path $root/nginx/tmp/proxy;
    fastcgi_temp_path $root/nginx/tmp/fastcgi;
    uwsgi_temp_path $root/nginx/tmp/uwsgi;
    scgi_temp_path $root/nginx/tmp/scgi;
    include $root/nginx/sites-enabled/*;
}
EOF
"$nginx_bin" -t -q -p "$root/nginx/" -c "$root/nginx/nginx.conf" || fail "nginx -t refused the site"
"$nginx_bin" -p "$root/nginx/" -c "$root/nginx/nginx.conf"
ok "nginx -t, nginx started (https://localhost:$https_port)"

# Runs a unit's ExecStart as the unit would: its User/Group, WorkingDirectory, UMask and EnvironmentFile only.
unit_value() { sed -n "s/^$2=//p" "$1" | tail -n 1; }
run_unit() {
  local unit="$1" log="$2" file line
  local -a command variables=()
  read -ra command <<< "$(unit_value "$unit" ExecStart)"
  file="$(unit_value "$unit" EnvironmentFile)"
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in ''|'#'*) continue ;; esac
    variables+=("$line")
  done < "$file"
  (
    cd "$(unit_value "$unit" WorkingDirectory)"
    umask "$(unit_value "$unit" UMask)"
    exec env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 "${variables[@]}" \
      setpriv --reuid="$(unit_value "$unit" User)" --regid="$(unit_value "$unit" Group)" --init-groups --no-new-privs -- "${command[@]}"
  ) > "$log" 2>&1 < /dev/null &
}

step "start the app as comptoir.service runs it: $(unit_value "$root/etc/systemd/system/comptoir.service" ExecStart)"
run_unit "$root/etc/systemd/system/comptoir.service" "$root/app.log"
app_pid=$!
url="https://localhost:$https_port"
fetch() { curl -sk --max-time 30 "$@"; }

saw_starting=""
# The demo load takes about a minute and a half on 2 free cores (Argon2id hashes 200 accounts); longer on a busy machine.
start_deadline=$(( $(date +%s) + ${SMOKE_START_TIMEOUT:-600} ))
while [ "$(date +%s)" -lt "$start_deadline" ]; do
  kill -0 "$app_pid" 2>/dev/null || fail "the app stopped during its start"
  page="$(fetch "$url/" -w '\n%{http_code}' || true)"
  code="${page##*$'\n'}"
  if [ "$code" = 503 ] && [[ "$page" == *"Le marché démarre"* ]]; then saw_starting=1; fi
  [ "$code" = 200 ] && break
  sleep 0.5
done
[ "$code" = 200 ] || fail "the site did not answer 200 within ${SMOKE_START_TIMEOUT:-600} s (last status $code)"
[ -n "$saw_starting" ] || fail "the starting page (503, 'Le marché démarre') was never seen through nginx during the start"
ok "503 'Le marché démarre' through nginx while starting, then 200"
grep -q "Demo load: 1000 of" "$root/app.log" || fail "the demo load printed no progress"
grep -q "Marketplace ready: open https://localhost:$https_port" "$root/app.log" || fail "no ready line with the URL to open"
grep "Marketplace ready: open" "$root/app.log" | grep -q "listed in README.md" || fail "the ready line does not say where the demo accounts are"
ok "log: demo load progress, ready line with $url and where the demo accounts are"
echo "   app ready $(( $(date +%s) - started )) s after the smoke started"

step "HTTPS pages, cookies, redirect, static files"
headers="$(fetch -D - -o /dev/null "$url/?lang=en")"
grep -qi '^strict-transport-security: max-age=' <<< "$headers" || fail "no HSTS header"
cookies="$(grep -i '^set-cookie:' <<< "$headers" || true)"
[ "$(grep -c . <<< "$cookies")" -ge 2 ] || fail "expected the visit and language cookies, got: $cookies"
if grep -vi '; *secure' <<< "$cookies" | grep -q .; then fail "a cookie without Secure: $cookies"; fi
ok "$(grep -c . <<< "$cookies") cookies, all Secure: $(sed -E 's/^set-cookie: *([^=]+)=.*/\1/I' <<< "$cookies" | tr -d '\r' | tr '\n' ' ')"
for path in /recherche?q=miel /boutiques /connexion /health; do
  code="$(fetch -o /dev/null -w '%{http_code}' "$url$path")"
  [ "$code" = 200 ] || fail "$path answered $code"
done
ok "/recherche, /boutiques, /connexion, /health answer 200 over HTTPS"
metrics_local="$(fetch -o /dev/null -w '%{http_code}' "$url/metrics")"
metrics_remote="$(fetch --interface 127.0.0.2 -o /dev/null -w '%{http_code}' "$url/metrics")"
[ "$metrics_local" = 200 ] && [ "$metrics_remote" = 403 ] || fail "/metrics answered $metrics_local locally and $metrics_remote to another client"
ok "/metrics: 200 from the machine, 403 from another address"
redirect="$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "http://localhost:$http_port/recherche?q=miel")"
[ "$redirect" = "301 https://localhost:$https_port/recherche?q=miel" ] || fail "HTTP did not redirect to HTTPS: $redirect"
ok "http:// → $redirect"
css="$(fetch "$url/" | grep -o '/static/app\.css?v=[^"]*' | head -n 1)"
[ -n "$css" ] || fail "no style sheet link on the home page"
static_headers="$(fetch -D - -o /dev/null -H 'Accept-Encoding: gzip' "$url$css")"
grep -qi '^content-encoding: gzip' <<< "$static_headers" || fail "static file not gzipped: $static_headers"
grep -qi '^cache-control: public, max-age=31536000, immutable' <<< "$static_headers" || fail "no long cache on static files: $static_headers"
cache_status="$(fetch -D - -o /dev/null -H 'Accept-Encoding: gzip' "$url$css" | grep -i '^x-cache-status:' | tr -d '\r')"
[[ "$cache_status" == *HIT* ]] || fail "nginx did not keep the static file: $cache_status"
ok "$css: gzip, Cache-Control public, max-age=31536000, immutable, then $cache_status"

step "the client's address as the sign-in throttle sees it (X-Forwarded-For from nginx)"
login() { # login SOURCE_ADDRESS EMAIL PASSWORD [extra curl args] -> status code
  local source="$1" email="$2" password="$3"
  shift 3
  fetch --interface "$source" -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' "$@" \
    -d "{\"email\": \"$email\", \"password\": \"$password\"}" "$url/api/v1/auth/login"
}
for i in $(seq 1 20); do
  code="$(login 127.0.0.2 "nobody$i@smoke.example" wrong-password)"
  [ "$code" = 401 ] || fail "failed sign-in $i from 127.0.0.2 answered $code, expected 401"
done
code="$(login 127.0.0.2 nobody21@smoke.example wrong-password)"
[ "$code" = 429 ] || fail "the 21st failed sign-in from 127.0.0.2 answered $code, expected 429 (the client limit is 20)"
code="$(login 127.0.0.2 nobody22@smoke.example wrong-password -H 'X-Forwarded-For: 198.51.100.7')"
[ "$code" = 429 ] || fail "a forged X-Forwarded-For got 127.0.0.2 past its limit ($code)"
code="$(login 127.0.0.3 nobody23@smoke.example wrong-password)"
[ "$code" = 401 ] || fail "another client (127.0.0.3) was throttled too ($code): the app counts the proxy, not the client"
ok "20 failures from 127.0.0.2 → 429 (also with a forged X-Forwarded-For), 127.0.0.3 still 401"

step "an order through the JSON API, vouchers sold at a point of sale"
demo_password=comptoir-demo-2026
token_of() { sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p'; }
shopper="$(fetch -H 'Content-Type: application/json' -d "{\"email\": \"camille.martin@demo.example\", \"password\": \"$demo_password\"}" \
  "$url/api/v1/auth/login" | token_of)"
[ -n "$shopper" ] || fail "the demo shopper cannot sign in over the API"
export PGPASSWORD="$role_password"
db() { # a read-only query, retried while the server refuses connections (e.g. "too many clients" on a shared server)
  local attempt
  for attempt in 1 2 3 4 5; do
    psql -XqtA -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "$role" -d "${DB:-$database}" -c "$1" && return 0
    sleep $(( attempt * 2 ))
  done
  return 1
}
placed=""
for variant in $(db "SELECT v.id FROM variant v JOIN product p ON p.id = v.product_id JOIN merchant m ON m.id = v.merchant_id
                     WHERE m.status = 'LIVE' AND NOT p.hidden AND NOT v.withdrawn AND v.stock > 5 ORDER BY v.id LIMIT 5"); do
  code="$(fetch -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $shopper" -H 'Content-Type: application/json' \
    -d "{\"variantId\": $variant, \"quantity\": 1}" "$url/api/v1/cart/lines")"
  [ "$code" = 200 ] || continue
  answer="$(fetch -w '\n%{http_code}' -H "Authorization: Bearer $shopper" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: smoke-order-$tag-$variant" -d '{"tenders": [{"provider": "pay-at-pickup"}]}' "$url/api/v1/checkout")"
  if [ "${answer##*$'\n'}" = 201 ]; then placed="$variant"; break; fi
  echo "   checkout with variant $variant answered: ${answer//$'\n'/ }"
  fetch -o /dev/null -X DELETE -H "Authorization: Bearer $shopper" "$url/api/v1/cart/lines/$variant"
done
[ -n "$placed" ] || fail "no order could be placed through the API"
ok "order placed through POST /api/v1/checkout (variant $placed, pay at pickup)"
operator="$(fetch -H 'Content-Type: application/json' \
  -d "{\"email\": \"buraliste@tabac-le-week-end-saint-omer.example\", \"password\": \"$demo_password\"}" "$url/api/v1/auth/login" | token_of)"
[ -n "$operator" ] || fail "the demo point of sale cannot sign in over the API"
place="$(fetch -H "Authorization: Bearer $operator" "$url/api/v1/pos" | grep -o '"id" *: *[0-9]*' | head -n 1 | grep -o '[0-9]*$')"
[ -n "$place" ] || fail "the operator has no point of sale"
read -r programme denomination <<< "$(db "SELECT p.id || ' ' || d.id FROM voucher_programme p JOIN voucher_denomination d ON d.programme_id = p.id
  WHERE p.sold_at_points_of_sale AND d.active AND p.sale_opens_on <= CURRENT_DATE AND (p.sale_closes_on IS NULL OR p.sale_closes_on >= CURRENT_DATE)
  ORDER BY p.sale_closes_on NULLS FIRST, d.position LIMIT 1")"
[ -n "${denomination:-}" ] || fail "no voucher programme on sale at points of sale today"
answer="$(fetch -w '\n%{http_code}' -H "Authorization: Bearer $operator" -H 'Content-Type: application/json' -H "Idempotency-Key: smoke-sale-$tag" \
  -d "{\"programmeId\": $programme, \"denominationId\": $denomination, \"quantity\": 2}" "$url/api/v1/pos/$place/sales")"
[ "${answer##*$'\n'}" = 201 ] || fail "the voucher sale answered: ${answer//$'\n'/ }"
ok "2 vouchers sold at point of sale $place (programme $programme)"

counts() { DB="$1" db "SELECT (SELECT count(*) FROM merchant) || ' shops, ' || (SELECT count(*) FROM product) || ' products, '
  || (SELECT count(*) FROM customer_order) || ' orders, ' || (SELECT count(*) FROM voucher) || ' vouchers'"; }
before="$(counts "$database")"
[[ "$before" =~ ^[1-9][0-9]*\ shops,\ [1-9][0-9]*\ products,\ [1-9][0-9]*\ orders,\ [1-9][0-9]*\ vouchers$ ]] || fail "unexpected counts: $before"
ok "live database: $before"

# The demo's pictures are drawn in the background after the site answers; a backup taken meanwhile is fine for an
# operator (new files are newer than the dump), but the comparison below needs a data folder that no longer changes.
for _ in $(seq 1 300); do
  grep -q "Demo pictures: " "$root/app.log" && break
  sleep 1
done
grep -q "Demo pictures: " "$root/app.log" || fail "the demo pictures were not all drawn within 300 s"
step "backups with rotation (--keep 2, three runs)"
for run in 1 2 3; do
  "$root/opt/comptoir/deploy/backup.sh" --env "$env_file" --to "$root/backups" --keep 2 | sed 's/^/   /'
  [ "$run" = 3 ] || sleep 1
done
mapfile -t backups < <(find "$root/backups" -mindepth 1 -maxdepth 1 -name 'comptoir-*' | sort)
[ "${#backups[@]}" = 2 ] || fail "rotation kept ${#backups[@]} backups, expected 2"
newest="${backups[1]}"
[ -s "$newest/database.dump" ] && [ -s "$newest/data.tar.gz" ] || fail "the backup lacks its dump or its data archive"
ok "2 backups kept, newest $(basename "$newest"): $(ls "$newest" | tr '\n' ' ')"

step "restore into a new database $restored"
as_postgres -c "CREATE DATABASE $restored OWNER $role"
"$root/opt/comptoir/deploy/restore.sh" "$newest" "$restored" --env "$env_file" --data-dir "$root/restored-data" | sed 's/^/   /'
after="$(counts "$restored")"
[ "$after" = "$before" ] || fail "restored counts differ: $after, live: $before"
ok "restored database: $after"
if "$root/opt/comptoir/deploy/restore.sh" "$newest" "$restored" --env "$env_file" >/dev/null 2>&1; then
  fail "restore.sh wrote into a database that is not empty"
fi
ok "restore.sh refuses a database that is not empty"
live_files="$(cd "$root/var/lib/comptoir" && find . | sort | sha256sum)"
restored_files="$(cd "$root/restored-data" && find . | sort | sha256sum)"
[ "$live_files" = "$restored_files" ] || fail "the restored data folder differs from DATA_DIR"
ok "the restored data folder lists the same files as DATA_DIR"

step "the app on the restored database"
restored_env="$root/etc/comptoir/restored.env"
sed -e "s#^PORT=.*#PORT=$restored_port#" -e "s#^DATABASE_URL=.*#DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/$restored#" \
    -e "s#^DATA_DIR=.*#DATA_DIR=$root/restored-data#" -e "s#^MARKETPLACE_SEED=.*#MARKETPLACE_SEED=none#" "$env_file" > "$restored_env"
chown root:comptoir "$restored_env"; chmod 640 "$restored_env"
chown -R comptoir:comptoir "$root/restored-data"
sed -e "s#^EnvironmentFile=.*#EnvironmentFile=$restored_env#" -e "s#^WorkingDirectory=.*#WorkingDirectory=$root/restored-data#" \
    "$root/etc/systemd/system/comptoir.service" > "$root/etc/systemd/system/comptoir-restored.service"
run_unit "$root/etc/systemd/system/comptoir-restored.service" "$root/restored.log"
restored_pid=$!
for _ in $(seq 1 240); do
  kill -0 "$restored_pid" 2>/dev/null || fail "the app on the restored database stopped: $(tail -n 5 "$root/restored.log")"
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$restored_port/health")" = 200 ] && break
  sleep 0.5
done
orders="$(curl -s -H "Authorization: Bearer $shopper" "http://127.0.0.1:$restored_port/api/v1/orders")"
[[ "$orders" == *'"number"'* ]] || fail "the demo shopper's order is not served by the restored app: $orders"
ok "the restored app serves /health and the shopper's order (same session token: sessions are in the database)"

step "passed in $(( $(date +%s) - started )) s"
