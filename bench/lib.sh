# Shared helpers of the bench scripts: tools, the app, nginx, and wrk output parsing. Loopback only, bounded runs.
set -euo pipefail
BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$BENCH_ROOT/scripts/java-env.sh"
WORK="${BENCH_WORK:-/tmp/itqan-bench}"
APP_PORT="${APP_PORT:-18080}"
NGINX_PORT="${NGINX_PORT:-18081}"
DURATION="${DURATION:-10s}"
# The JVM flags the README recommends for production (bounded heap, so RSS stays predictable).
JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx256m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k -XX:+UseG1GC -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=75 -XX:+ExitOnOutOfMemoryError --enable-native-access=ALL-UNNAMED}"

need_tools() {
  local missing=()
  for tool in wrk nginx curl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} (Debian packages)"
    apt-get update -qq && apt-get install -y -qq wrk nginx curl >/dev/null
  fi
}

build_jar() {
  (cd "$BENCH_ROOT" && ./mvnw -B -q package -DskipTests)
  JAR="$(ls "$BENCH_ROOT"/target/quran-api-*.jar | grep -v original | head -1)"
}

# start_app [extra args...]: starts the jar on the embedded default in $WORK, waits for readiness, sets APP_PID.
start_app() {
  mkdir -p "$WORK"
  local started=$(date +%s%N)
  "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -jar "$JAR" --server.port="$APP_PORT" \
    --spring.datasource.url="jdbc:h2:file:$WORK/db/quran;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE" \
    --quran.search.index-directory="$WORK/index" --logging.level.root=WARN "$@" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 "${READY_TRIES:-600}"); do
    if curl -fs "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1; then
      READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
      return 0
    fi
    sleep 0.1
  done
  echo "app did not become ready; see $WORK/app.log" >&2; exit 1
}

stop_app() { [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; APP_PID=; }

# start_nginx: serves $WORK/www on $NGINX_PORT as static files, the way a CDN edge or static host would.
start_nginx() {
  mkdir -p "$WORK/nginx"
  cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on; tcp_nopush on; keepalive_requests 100000;
  default_type application/json;
  etag on;
  client_body_temp_path $WORK/nginx; proxy_temp_path $WORK/nginx; fastcgi_temp_path $WORK/nginx;
  uwsgi_temp_path $WORK/nginx; scgi_temp_path $WORK/nginx;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; location / { try_files \$uri =404; } }
}
CONF
  nginx -c "$WORK/nginx/nginx.conf"
}

stop_nginx() { [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true; }

# run_wrk URL CONNECTIONS [extra wrk args]: prints "rps p50_ms p99_ms errors"
run_wrk() {
  local out
  out=$(wrk -t2 -c"$2" -d"$DURATION" --latency "${@:3}" "$1")
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {e=e $0 " "} END {print (e=="" ? "none" : e)}')
  echo "$rps $(to_ms "$p50") $(to_ms "$p99") $errors"
}

# wrk prints latencies as 1.23ms, 456.00us or 1.2s
to_ms() {
  case "$1" in
    *us) awk -v v="${1%us}" 'BEGIN {printf "%.3f", v / 1000}' ;;
    *ms) awk -v v="${1%ms}" 'BEGIN {printf "%.3f", v}' ;;
    *s) awk -v v="${1%s}" 'BEGIN {printf "%.3f", v * 1000}' ;;
    *) echo "$1" ;;
  esac
}
