#!/usr/bin/env bash
# The compose.yaml topology as local processes, for machines without a container engine: two API nodes on the
# machine's PostgreSQL and Redis, behind an nginx load balancer on loopback that uses the same upstream and proxy
# settings as the compose one (deploy/nginx/itqan.conf).
#
#   scripts/cluster-local.sh start | stop | status
#   scripts/cluster-local.sh node-stop N | node-kill N | node-start N     (one node: SIGTERM, SIGKILL, start)
#
# Settings (environment):
#   CLUSTER_DIR   run directory: logs, pids, nginx prefix, each node's ./data        (./target/cluster)
#   PG_HOST PG_PORT PG_USER PG_DB                                   (127.0.0.1 5432 postgres itqan_cluster)
#   REDIS_PORT    Redis on 127.0.0.1                                                  (6379)
#   LB_PORT       nginx on 127.0.0.1                                                  (8080)
#   NODE_PORTS    one port per node                                                   ("8081 8082")
#   JAVA_OPTS     JVM flags                                   (the README's production flags)
#   APP_ARGS      extra application arguments, e.g. --quran.rate-limit.tiers.anonymous.limit=...
#   AOT           1: run the nodes with a JDK AOT cache (one training run per jar build), 0: without   (1)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
. "$ROOT/scripts/java-env.sh"
RUN="${CLUSTER_DIR:-$ROOT/target/cluster}"
PG_HOST="${PG_HOST:-127.0.0.1}"
PG_PORT="${PG_PORT:-5432}"
PG_USER="${PG_USER:-postgres}"
PG_DB="${PG_DB:-itqan_cluster}"
REDIS_PORT="${REDIS_PORT:-6379}"
LB_PORT="${LB_PORT:-8080}"
read -r -a PORTS <<<"${NODE_PORTS:-8081 8082}"
JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx256m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k -XX:+UseG1GC -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=75 -XX:+ExitOnOutOfMemoryError --enable-native-access=ALL-UNNAMED}"
APP_ARGS="${APP_ARGS:-}"
AOT="${AOT:-1}"

log() { echo "[cluster] $*"; }

jar() {
  local jar
  jar="$(ls "$ROOT"/target/quran-api-*.jar 2>/dev/null | grep -v original | head -1 || true)"
  if [ -z "$jar" ]; then
    log "building the jar"
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Djacoco.skip=true)
    jar="$(ls "$ROOT"/target/quran-api-*.jar | grep -v original | head -1)"
  fi
  echo "$jar"
}

# The extracted layout (as in the Dockerfile) and, with AOT=1, its AOT cache; redone when the jar changes.
prepare_app() {
  local jar stamp
  jar="$(jar)"
  stamp="$(stat -c %Y-%s "$jar")"
  mkdir -p "$RUN"
  if [ "$(cat "$RUN/app.stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$RUN/app" "$RUN/app.aot"
    cp "$jar" "$RUN/app.jar"
    "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$RUN/app.jar" extract --destination "$RUN/app" >/dev/null
    rm "$RUN/app.jar"
    echo "$stamp" > "$RUN/app.stamp"
  fi
  if [ "$AOT" = 1 ] && [ ! -s "$RUN/app.aot" ]; then
    log "AOT cache training run (once per jar build)"
    (cd "$RUN" && "$JAVA_HOME/bin/java" $JAVA_OPTS -XX:AOTCacheOutput="$RUN/app.aot" \
      -Dspring.context.exit=onRefresh -jar "$RUN/app/app.jar" \
      --spring.datasource.url='jdbc:h2:mem:training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH' \
      --quran.search.index-directory= --logging.level.root=WARN > "$RUN/training.log" 2>&1) || true
    [ -s "$RUN/app.aot" ] || log "no AOT cache written (see $RUN/training.log); nodes start without it"
  fi
}

ensure_database() {
  local psql=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -qtA)
  if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'")" != 1 ]; then
    log "creating database $PG_DB on $PG_HOST:$PG_PORT"
    "${psql[@]}" -c "CREATE DATABASE $PG_DB"
  fi
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

node_ready() { curl -fs -m 2 "http://127.0.0.1:${PORTS[$1-1]}/actuator/health/readiness" >/dev/null 2>&1; }

wait_ready() { # wait_ready N [seconds]
  local deadline=$(( $(date +%s) + ${2:-240} ))
  until node_ready "$1"; do
    if ! pid_alive "$RUN/node$1.pid"; then log "node $1 exited; see $RUN/node$1.log"; return 1; fi
    if [ "$(date +%s)" -ge "$deadline" ]; then log "node $1 not ready in time; see $RUN/node$1.log"; return 1; fi
    sleep 0.2
  done
}

# One cursor-signing secret for all nodes of this run directory (made once, kept across restarts).
cursor_secret() {
  [ -s "$RUN/cursor-secret" ] || (umask 077 && openssl rand -hex 32 > "$RUN/cursor-secret")
  cat "$RUN/cursor-secret"
}

node_start() {
  local n=$1 port=${PORTS[$1-1]} aot=()
  if pid_alive "$RUN/node$n.pid"; then log "node $n already running"; return 0; fi
  [ "$AOT" = 1 ] && [ -s "$RUN/app.aot" ] && aot=(-XX:AOTCache="$RUN/app.aot")
  mkdir -p "$RUN/node$n"
  # Each node runs in its own directory, so its stored search index (./data/index) is its own, as in a pod.
  (cd "$RUN/node$n" && exec env SPRING_PROFILES_ACTIVE=postgres \
    DATABASE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB?reWriteBatchedInserts=true" \
    DATABASE_USERNAME="$PG_USER" DATABASE_PASSWORD="" \
    REDIS_URL="redis://127.0.0.1:$REDIS_PORT" \
    QURAN_SECURITY_ISSUER="http://127.0.0.1:$LB_PORT" QURAN_RATELIMIT_TRUSTEDPROXIES=127.0.0.1 \
    QURAN_USERDATA_CURSORSECRET="$(cursor_secret)" \
    SERVER_PORT="$port" \
    "$JAVA_HOME/bin/java" $JAVA_OPTS "${aot[@]}" -jar "$RUN/app/app.jar" $APP_ARGS >> "$RUN/node$n.log" 2>&1) &
  echo $! > "$RUN/node$n.pid"
  log "node $n starting on 127.0.0.1:$port (pid $(cat "$RUN/node$n.pid"), log $RUN/node$n.log)"
  local started=$(date +%s%N)
  wait_ready "$n"
  log "node $n ready in $(( ($(date +%s%N) - started) / 1000000 )) ms"
}

node_stop() { # SIGTERM: Spring's graceful shutdown lets in-flight requests complete
  local n=$1 pid
  pid_alive "$RUN/node$n.pid" || { rm -f "$RUN/node$n.pid"; return 0; }
  pid="$(cat "$RUN/node$n.pid")"
  kill -TERM "$pid"
  for _ in $(seq 1 400); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then log "node $n did not stop in 40 s; killing it"; kill -KILL "$pid"; fi
  rm -f "$RUN/node$n.pid"
  log "node $n stopped"
}

node_kill() {
  local n=$1
  pid_alive "$RUN/node$n.pid" && kill -KILL "$(cat "$RUN/node$n.pid")"
  rm -f "$RUN/node$n.pid"
  log "node $n killed (SIGKILL)"
}

nginx_start() {
  command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx >/dev/null; }
  local conf="$RUN/nginx" upstreams=""
  mkdir -p "$conf"
  for port in "${PORTS[@]}"; do
    upstreams+="    server 127.0.0.1:$port max_fails=3 fail_timeout=10s;\n"
  done
  # The shared file with only its node addresses and listen address replaced.
  awk -v ups="$upstreams" '
    /^upstream / { done = 0 }
    /server app[0-9]+:8080/ { if (!done) { printf "%s", ups; done = 1 } next }
    /listen 80;/ { print "    listen 127.0.0.1:'"$LB_PORT"';"; next }
    { print }' "$ROOT/deploy/nginx/itqan.conf" > "$conf/itqan.conf"
  cat > "$conf/nginx.conf" <<CONF
# Generated by scripts/cluster-local.sh from deploy/nginx/nginx.conf and itqan.conf (do not edit).
worker_processes auto;
error_log $conf/error.log warn;
pid $conf/nginx.pid;
events { worker_connections 4096; }
http {
    access_log off;
    server_tokens off;
    client_body_temp_path $conf/tmp; proxy_temp_path $conf/tmp; fastcgi_temp_path $conf/tmp;
    uwsgi_temp_path $conf/tmp; scgi_temp_path $conf/tmp;
    include $conf/itqan.conf;
}
CONF
  mkdir -p "$conf/tmp"
  nginx -t -q -p "$conf" -c "$conf/nginx.conf"
  pid_alive "$conf/nginx.pid" && nginx -p "$conf" -c "$conf/nginx.conf" -s quit && sleep 0.5
  nginx -p "$conf" -c "$conf/nginx.conf"
  log "nginx on 127.0.0.1:$LB_PORT -> ${PORTS[*]}"
}

nginx_stop() {
  local conf="$RUN/nginx"
  if pid_alive "$conf/nginx.pid"; then nginx -p "$conf" -c "$conf/nginx.conf" -s quit; fi
  for _ in $(seq 1 50); do pid_alive "$conf/nginx.pid" || break; sleep 0.1; done
}

status() {
  local rc=0
  for i in "${!PORTS[@]}"; do
    local n=$((i + 1))
    if pid_alive "$RUN/node$n.pid" && node_ready "$n"; then
      echo "node $n: ready on 127.0.0.1:${PORTS[$i]} (pid $(cat "$RUN/node$n.pid"))"
    elif pid_alive "$RUN/node$n.pid"; then echo "node $n: running, not ready"; rc=1
    else echo "node $n: stopped"; rc=1; fi
  done
  if pid_alive "$RUN/nginx/nginx.pid"; then echo "nginx: 127.0.0.1:$LB_PORT"; else echo "nginx: stopped"; rc=1; fi
  return $rc
}

case "${1:-}" in
  start)
    prepare_app
    ensure_database
    # One after the other: the first node imports the data into a fresh database; the second finds it there.
    for i in "${!PORTS[@]}"; do node_start $((i + 1)); done
    nginx_start
    curl -fs -m 5 "http://127.0.0.1:$LB_PORT/actuator/health/readiness" >/dev/null && log "cluster ready on http://127.0.0.1:$LB_PORT"
    ;;
  stop)
    nginx_stop
    for i in "${!PORTS[@]}"; do node_stop $((i + 1)) & done
    wait
    log "stopped"
    ;;
  status) status ;;
  node-start) prepare_app; node_start "${2:?node number}" ;;
  node-stop) node_stop "${2:?node number}" ;;
  node-kill) node_kill "${2:?node number}" ;;
  *) echo "usage: $0 start|stop|status|node-start N|node-stop N|node-kill N" >&2; exit 2 ;;
esac
