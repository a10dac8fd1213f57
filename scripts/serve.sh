#!/usr/bin/env bash
# Runs the server on the embedded default (H2 file database under ./data, in-process caches) on port 8080,
# or on $SERVER_PORT, the way production runs it: the packaged jar in its extracted form, with the README's JVM
# flags and a JDK AOT cache (made by a training run the first time, and again whenever the jar changes).
# The first start imports the bundled, checksum-verified data and builds the search index; later starts open both.
#   scripts/serve.sh [application arguments]      AOT=0 to run without the AOT cache; JAVA_OPTS to change the flags
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-env.sh
JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx256m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k -XX:+UseG1GC -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=75 -XX:+ExitOnOutOfMemoryError --enable-native-access=ALL-UNNAMED}"
AOT="${AOT:-1}"
# Package when any source is newer than the jar (or there is no jar).
JAR="$(ls target/quran-api-*.jar 2>/dev/null | grep -v original | head -1 || true)"
if [ -z "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -type f -print -quit)" ]; then
  ./mvnw -B -q package -DskipTests -Djacoco.skip=true
  JAR="$(ls target/quran-api-*.jar | grep -v original | head -1)"
fi
APP=target/app
if [ ! -f "$APP/app.jar" ] || [ "$JAR" -nt "$APP/app.jar" ]; then
  rm -rf "$APP" && mkdir -p "$APP"
  cp "$JAR" "$APP/source.jar"
  "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$APP/source.jar" extract --destination "$APP/x" >/dev/null
  mv "$APP/x/source.jar" "$APP/app.jar" && mv "$APP/x/lib" "$APP/lib" && rm -rf "$APP/x" "$APP/source.jar"
fi
FLAGS=()
if [ "$AOT" = 1 ]; then
  if [ ! -s "$APP/app.aot" ]; then
    echo "AOT cache training run (once per build; imports the data on a fresh ./data)"
    "$JAVA_HOME/bin/java" $JAVA_OPTS -XX:AOTCacheOutput="$APP/app.aot" -Dspring.context.exit=onRefresh \
      -jar "$APP/app.jar" "$@" > "$APP/training.log" 2>&1 || true
  fi
  [ -s "$APP/app.aot" ] && FLAGS+=(-XX:AOTCache="$APP/app.aot")
fi
exec "$JAVA_HOME/bin/java" $JAVA_OPTS "${FLAGS[@]}" -jar "$APP/app.jar" "$@"
