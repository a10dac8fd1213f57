#!/usr/bin/env bash
# Benchmarks the search endpoints over HTTP with wrk against the naive LIKE '%word%' scan of the same database.
#
#   bench/search.sh                 # embedded H2 (file under a temp dir, opened by the server and the scan)
#   DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/itqan DATABASE_USERNAME=postgres bench/search.sh
#
# Needs JAVA_HOME (JDK 21+) and wrk (apt-get install -y wrk). Prints one line per query and writes
# target/bench-search.txt. Targets: p99 < 20 ms over HTTP; >= 20x the naive scan's throughput. The naive scan
# counts every match (COUNT(*) OVER ()), as a search answer needs total_results, and returns the first 20.
# nginx serves the same answers' bytes as static files in the same run: what no server can beat on this machine.
# The rate limiter stays in the path with an anonymous tier no benchmark reaches: this measures searching. The
# server runs with the production JVM flags (JAVA_OPTS from bench/lib.sh: 256 MB heap).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh   # JAVA_HOME, nginx
need_tools
JAVA="${JAVA_HOME:?set JAVA_HOME}/bin/java"
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-10}; DURATION=${DURATION%s}   # seconds; lib.sh may have set "10s"
THREADS=${THREADS:-2}

./mvnw -B -q package -DskipTests
JAR=$(ls target/quran-api-*.jar | grep -v plain | head -1)
WORK=$(mktemp -d) && chmod 755 "$WORK"   # nginx workers run as another user and must read www/
NGINX_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
trap 'stop_nginx; kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT

if [[ -n "${DATABASE_URL:-}" ]]; then
  URL=$DATABASE_URL; USER=${DATABASE_USERNAME:-postgres}; PASS=${DATABASE_PASSWORD:-}; DRIVER=postgresql
else
  # AUTO_SERVER lets the scan below open the same H2 file while the server holds it.
  URL="jdbc:h2:file:$WORK/quran;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
  USER=sa; PASS=""; DRIVER=h2
fi
(cd "$WORK" && unzip -q -o "$OLDPWD/$JAR" "BOOT-INF/lib/$DRIVER-*.jar")
DRIVER_JAR=$(ls "$WORK"/BOOT-INF/lib/$DRIVER-*.jar)

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# shellcheck disable=SC2086 # JAVA_OPTS (bench/lib.sh: the production flags) is a list of flags
"$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --spring.datasource.url="$URL" --spring.datasource.username="$USER" \
  --spring.datasource.password="$PASS" --logging.level.root=WARN --logging.level.org.itqan=INFO \
  --quran.rate-limit.tiers.anonymous.limit=1000000000 --quran.rate-limit.tiers.anonymous.burst=1000000000 \
  >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 1
done
grep -o "Built the search index.*" "$WORK/server.log" || true

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
BASE="http://127.0.0.1:$PORT/api/v4"
declare -a NAMES=("arabic-word" "phrase" "english-word" "fuzzy" "navigational")
declare -a PATHS=("/search?q=$(enc 'الرحمن')" "/search?q=$(enc '"الحمد لله"')" "/search?q=mercy"
  "/search?q=$(enc 'رحمه~')" "/search/navigation?q=al-baqarah")
OUT=target/bench-search.txt
echo "# $(date -u +%FT%TZ) $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, database $DRIVER" | tee "$OUT"
declare -A RPS
# The JIT warms on every query first: measured alone, whichever query came first paid for the warm-up (the first
# one measured at a fifth of its later speed).
for i in "${!NAMES[@]}"; do
  for header in "X-Bench: warm" "Cache-Control: no-cache"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP:-5}s" -H "$header" "$BASE${PATHS[$i]}" >/dev/null
  done
done
# nginx serves the very bytes of each answer as static files: the ceiling for serving them on this machine.
mkdir -p "$WORK/www"
for i in "${!NAMES[@]}"; do curl -fs "$BASE${PATHS[$i]}" -o "$WORK/www/${NAMES[$i]}.json"; done
start_nginx
# Each query three times: served by nginx, served by us (repeated queries hit the response cache), and recomputed
# on every request (Cache-Control: no-cache), which measures the search itself.
for variant in nginx cached computed; do
  HEADER=(); [[ $variant == computed ]] && HEADER=(-H "Cache-Control: no-cache")
  for i in "${!NAMES[@]}"; do
    TARGET="$BASE${PATHS[$i]}"; [[ $variant == nginx ]] && TARGET="http://127.0.0.1:$NGINX_PORT/${NAMES[$i]}.json"
    curl -fs "${HEADER[@]}" "$TARGET" >/dev/null  # a non-2xx answer stops the run
    wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "${HEADER[@]}" "$TARGET" >/dev/null  # settle
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "${HEADER[@]}" "$TARGET" >"$WORK/wrk.txt"
    rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
    p50=$(awk '$1=="50%" {print $2}' "$WORK/wrk.txt")
    p99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")
    errors=$(grep -E "Non-2xx|Socket errors" "$WORK/wrk.txt" | tr '\n' ' ' || true)
    RPS[$variant-${NAMES[$i]}]=$rps
    printf "http  %-8s %-13s rps %9s  p50 %8s  p99 %8s  %s\n" "$variant" "${NAMES[$i]}" "$rps" "$p50" "$p99" \
      "$errors" | tee -a "$OUT"
  done
done
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"

naive() {
  "$JAVA" -cp "$DRIVER_JAR" bench/NaiveScan.java "$URL" "$USER" "$PASS" "$DURATION" "$CONNECTIONS" "$1" "$2" "${WARMUP:-5}"
}
arabic=$(naive "SELECT id, text_uthmani, COUNT(*) OVER () FROM verses WHERE text_imlaei_simple LIKE ? ORDER BY id LIMIT 20" '%الرحمن%')
english=$(naive "SELECT verse_id, text, COUNT(*) OVER () FROM translation_texts WHERE LOWER(text) LIKE ? ORDER BY verse_id LIMIT 20" '%mercy%')
for pair in "arabic-word:$arabic" "english-word:$english"; do
  name=${pair%%:*}; line=${pair#*:}
  rps=$(awk '{print $4}' <<<"$line")
  printf "naive %-13s %s  ratio http/naive cached %.1fx, computed %.1fx (nginx serving the bytes %.1fx)\n" \
    "$name" "$line" "$(python3 -c "print(${RPS[cached-$name]}/$rps)")" \
    "$(python3 -c "print(${RPS[computed-$name]}/$rps)")" "$(python3 -c "print(${RPS[nginx-$name]}/$rps)")" \
    | tee -a "$OUT"
done
