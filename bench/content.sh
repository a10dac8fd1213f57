#!/usr/bin/env bash
# Issue 2 benchmark: our content API against nginx serving the identical response bytes as static files, in the
# same run, with wrk for $DURATION at 32 connections on each of two requests.
#   bench/content.sh            (DURATION=10s by default)
. "$(dirname "$0")/lib.sh"
need_tools
build_jar
trap 'stop_app; stop_nginx' EXIT
rm -rf "$WORK" && mkdir -p "$WORK/www"
# The limiter stays in the path (as in production) with a tier no benchmark reaches: this measures serving.
UNLIMITED=(--quran.rate-limit.tiers.anonymous.limit=1000000000 --quran.rate-limit.tiers.anonymous.burst=1000000000)
start_app "${UNLIMITED[@]}"
echo "ready in ${READY_MS} ms (first start includes the data import)"
stop_app
start_app "${UNLIMITED[@]}"
echo "ready in ${READY_MS} ms (data already imported)"

declare -A REQUESTS=(
  [verse]="/api/v4/verses/by_key/2:255?translations=20"
  [chapter]="/api/v4/verses/by_chapter/2?per_page=50&translations=20"
)
for name in verse chapter; do
  curl -fs "http://127.0.0.1:$APP_PORT${REQUESTS[$name]}" -o "$WORK/www/$name.json"
done
start_nginx
for name in verse chapter; do
  cmp <(curl -fs "http://127.0.0.1:$NGINX_PORT/$name.json") "$WORK/www/$name.json"
done

# Warm-up: let the JIT compile the hot path before measuring.
for name in verse chapter; do
  DURATION=5s run_wrk "http://127.0.0.1:$APP_PORT${REQUESTS[$name]}" 32 >/dev/null
done

printf '\n%-8s %-7s %12s %10s %10s  %s\n' request server req/s p50_ms p99_ms errors
for name in verse chapter; do
  read -r app_rps app_p50 app_p99 app_err <<<"$(run_wrk "http://127.0.0.1:$APP_PORT${REQUESTS[$name]}" 32)"
  read -r ngx_rps ngx_p50 ngx_p99 ngx_err <<<"$(run_wrk "http://127.0.0.1:$NGINX_PORT/$name.json" 32)"
  printf '%-8s %-7s %12s %10s %10s  %s\n' "$name" itqan "$app_rps" "$app_p50" "$app_p99" "$app_err"
  printf '%-8s %-7s %12s %10s %10s  %s\n' "$name" nginx "$ngx_rps" "$ngx_p50" "$ngx_p99" "$ngx_err"
  printf '%-8s ratio   %12s   (%s bytes per response)\n' "$name" \
    "$(awk -v a="$app_rps" -v b="$ngx_rps" 'BEGIN {printf "%.2f", a / b}')" "$(stat -c %s "$WORK/www/$name.json")"
done
echo "RSS of the app after the run: $(( $(awk '/VmRSS/ {print $2}' /proc/$APP_PID/status) / 1024 )) MB"
# Issue 7 target: RSS under 512 MB at 64 connections. Sampled halfway through a run at 64 connections on the
# chapter request (the largest response), and again at its end.
run_wrk "http://127.0.0.1:$APP_PORT${REQUESTS[chapter]}" 64 > "$WORK/wrk64.txt" &
sleep "$(( ${DURATION%s} / 2 ))"
mid=$(( $(awk '/VmRSS/ {print $2}' /proc/$APP_PID/status) / 1024 ))
wait $!
read -r rps64 p50_64 p99_64 err64 < "$WORK/wrk64.txt"
echo "RSS at 64 connections: ${mid} MB mid-run, $(( $(awk '/VmRSS/ {print $2}' /proc/$APP_PID/status) / 1024 )) MB at the end" \
  "(chapter at 64 connections: $rps64 req/s, p99 $p99_64 ms, errors: $err64; JAVA_OPTS: $JAVA_OPTS)"
