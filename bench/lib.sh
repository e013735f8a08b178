# Shared helpers of the benchmark scripts: build, start the app, run wrk, print results. Sourced, not run.

BENCH_PORT="${BENCH_PORT:-7099}"
BENCH_BASE="http://127.0.0.1:${BENCH_PORT}"
# The JVM flags of the README's run command, as a java argument file.
JVM_FLAGS="@reference-app/jvm.flags ${BENCH_EXTRA_JVM_FLAGS:-}"   # extra flags: a profiler, e.g. -XX:StartFlightRecording=...

need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "Installing $2" >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq "$2" >/dev/null
}

build_app() {
  if [ "${BENCH_SKIP_BUILD:-0}" = 1 ]; then   # re-running on what an earlier run of the same checkout built
    return 0
  fi
  echo "Building the reference app (tests skipped)..." >&2
  mvn -B -ntp -q -DskipTests package -pl reference-app -am >&2
}

# start_app <data dir> [extra env assignments...]: starts the shaded jar in the background, waits for /health.
start_app() {
  local data="$1"; shift
  env DATA_DIR="$data" PORT="$BENCH_PORT" "$@" java $JVM_FLAGS -jar "${BENCH_APP_JAR:-reference-app/target/reference-app.jar}" >"$data/app.log" 2>&1 &
  APP_PID=$!
  trap 'kill $APP_PID 2>/dev/null || true' EXIT
  # loading the demo territory takes about a minute on a quiet machine, far longer on a busy one (BENCH_START_MINUTES)
  for _ in $(seq 1 $((60 * ${BENCH_START_MINUTES:-10}))); do
    if curl -fsS "$BENCH_BASE/health" >/dev/null 2>&1; then
      return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "The app died; its log:" >&2
      tail -50 "$data/app.log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "The app did not become healthy in ${BENCH_START_MINUTES:-10} minutes" >&2
  exit 1
}

rss_mib() {
  awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$APP_PID/status"
}

# wrk_run <seconds> <connections> <url> [lua script]: prints "req/s p50_ms p99_ms errors"
# Requests come from a returning browser: it sends its visitor cookie, so a shopper page counts the visit once a day
# as for a real browser, instead of writing a new visitor on every request (wrk keeps no cookies).
WRK_HEADERS=(-H "Cookie: comptoir_visitor=bench-returning-browser-0123456789abcdefghi")

wrk_run() {
  local seconds="$1" connections="$2" url="$3" script="${4:-}"
  local out
  if [ -n "$script" ]; then
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "${WRK_HEADERS[@]}" -s "$script" "$url")
  else
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "${WRK_HEADERS[@]}" "$url")
  fi
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx or 3xx responses/ {print $5} /Socket errors/ {print "socket"}' | tr '\n' ' ')
  echo "$rps $(to_ms "$p50") $(to_ms "$p99") ${errors:-0}"
}

# wrk prints latencies as 1.23ms, 456.78us or 1.02s.
to_ms() {
  local v="$1"
  case "$v" in
    *us) awk -v x="${v%us}" 'BEGIN {printf "%.2f", x / 1000}' ;;
    *ms) awk -v x="${v%ms}" 'BEGIN {printf "%.2f", x}' ;;
    *s) awk -v x="${v%s}" 'BEGIN {printf "%.2f", x * 1000}' ;;
    *) echo "$v" ;;
  esac
}
