#!/usr/bin/env bash
# Time to readiness (/actuator/health/readiness UP) on the embedded default once the data is imported, for each
# way of launching the jar, RUNS times each (interleaved, so load on the machine hits every variant alike);
# prints every run and the median.
#   bench/startup.sh                 RUNS=5 by default; VARIANTS="fat extracted aot" by default (add "lazy")
# Variants:
#   fat        java -jar target/quran-api-*.jar                     (the uber jar as built)
#   extracted  java -jar app/quran-api-*.jar                        (java -Djarmode=tools extract: plain jars)
#   aot        extracted + -XX:AOTCache=app.aot                     (JDK 25 AOT cache, JEP 483/514/515)
#   lazy       aot + --spring.main.lazy-initialization=true        (for comparison only; see the README)
# REUSE=1 keeps $BENCH_WORK from an earlier run (its database, index, extracted jar and AOT cache) and skips the
# first start and the training run when their results are there.
. "$(dirname "$0")/lib.sh"
RUNS="${RUNS:-5}"
VARIANTS="${VARIANTS:-fat extracted aot}"
[ -n "${JAR:-}" ] || build_jar
trap 'stop_app' EXIT
[ "${REUSE:-0}" = 1 ] || rm -rf "$WORK"
mkdir -p "$WORK"

# The extracted layout (the one the Dockerfile uses) and its AOT cache.
APP_JAR="$WORK/app/$(basename "$JAR")"
[ -f "$APP_JAR" ] || "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
DB_ARGS=(--spring.datasource.url="jdbc:h2:file:$WORK/db/quran;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE"
         --quran.search.index-directory="$WORK/index" --logging.level.root=WARN)

# launch VARIANT: starts the app, sets APP_PID and READY_MS
launch() {
  local cmd=("$JAVA_HOME/bin/java" ${JAVA_OPTS})
  case "$1" in
    fat) cmd+=(-jar "$JAR") ;;
    extracted) cmd+=(-jar "$APP_JAR") ;;
    aot) cmd+=(-XX:AOTCache="$WORK/app.aot" -jar "$APP_JAR") ;;
    lazy) cmd+=(-XX:AOTCache="$WORK/app.aot" -jar "$APP_JAR" --spring.main.lazy-initialization=true) ;;
  esac
  local started=$(date +%s%N)
  "${cmd[@]}" --server.port="$APP_PORT" "${DB_ARGS[@]}" > "$WORK/app-$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    if curl -fs "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1; then
      READY_MS=$(( ($(date +%s%N) - started) / 1000000 )); return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.05
  done
  echo "the $1 variant did not become ready; see $WORK/app-$1.log" >&2; exit 1
}

if [ ! -d "$WORK/db" ]; then
  echo "first start (imports the data, builds the search index):"
  launch extracted; echo "  ready in ${READY_MS} ms"; stop_app
fi

if [ ! -s "$WORK/app.aot" ]; then
  echo "AOT cache training run (exits once the context is refreshed):"
  t0=$(date +%s%N)
  (cd "$WORK/app" && "$JAVA_HOME/bin/java" ${JAVA_OPTS} -XX:AOTCacheOutput="$WORK/app.aot" \
    -Dspring.context.exit=onRefresh -jar "$APP_JAR" "${DB_ARGS[@]}" > "$WORK/training.log" 2>&1) || true
  [ -s "$WORK/app.aot" ] || { echo "no AOT cache was written; see $WORK/training.log" >&2; exit 1; }
  echo "  $(( ($(date +%s%N) - t0) / 1000000 )) ms, cache $(( $(stat -c %s "$WORK/app.aot") / 1048576 )) MB"
fi

declare -A TIMES
for run in $(seq 1 "$RUNS"); do
  for variant in $VARIANTS; do
    launch "$variant"
    TIMES[$variant]+="$READY_MS "
    rss=$(( $(awk '/VmRSS/ {print $2}' /proc/$APP_PID/status) / 1024 ))
    printf 'run %d %-10s ready in %5d ms  (RSS at readiness %d MB, load %s)\n' "$run" "$variant" "$READY_MS" "$rss" \
      "$(cut -d' ' -f1 /proc/loadavg)"
    stop_app
  done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2))}'; }
printf '\n%-10s %10s   %s\n' variant median_ms runs_ms
for variant in $VARIANTS; do
  printf '%-10s %10s   %s\n' "$variant" "$(echo "${TIMES[$variant]}" | median)" "${TIMES[$variant]}"
done
echo "JAVA_OPTS: ${JAVA_OPTS}"
