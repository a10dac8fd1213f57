#!/usr/bin/env bash
# Issue 4 benchmark: the cost of the rate limiter on a cached content request, in one run:
#   off    quran.rate-limit.enabled=false (no filter at all)
#   local  limiter on, node-local buckets (the embedded default)
#   redis  limiter on, buckets in Redis (only when Redis answers on 127.0.0.1:6379)
#   token  limiter on (local), and every request carries a client-credentials Bearer token (JWT verified, revocation
#          checked, caller charged to the client tier): the whole admission path of a signed-in client
# The tier is set so high that nothing is ever refused: this measures admission, not refusal. Every wrk request comes
# from 127.0.0.1, so all of them hit ONE bucket: the most contended case.
#   bench/ratelimit.sh            (DURATION=10s, ROUNDS=2 by default; modes alternate to spread the noise)
# Own work directory and port, so this can run beside bench/content.sh.
BENCH_WORK="${BENCH_WORK:-/tmp/itqan-bench-ratelimit}"
APP_PORT="${APP_PORT:-18090}"
. "$(dirname "$0")/lib.sh"
need_tools
build_jar
trap 'stop_app' EXIT
rm -rf "$WORK" && mkdir -p "$WORK"
REQUEST="/api/v4/verses/by_key/2:255?translations=20"
ROUNDS="${ROUNDS:-2}"
HIGH=(--quran.rate-limit.tiers.anonymous.limit=1000000000 --quran.rate-limit.tiers.anonymous.burst=1000000000
  --quran.rate-limit.tiers.client.limit=1000000000 --quran.rate-limit.tiers.client.burst=1000000000
  --quran.security.bootstrap.client-id=bench-client --quran.security.bootstrap.client-secret=bench-client-secret)
MODES=(off local token)
if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then MODES+=(redis); fi
if [ -n "${BENCH_MODES:-}" ]; then read -r -a MODES <<<"$BENCH_MODES"; fi   # e.g. BENCH_MODES="off redis"

start_mode() {
  case "$1" in
    off) start_app --quran.rate-limit.enabled=false ;;
    local|token) start_app "${HIGH[@]}" ;;
    redis) start_app "${HIGH[@]}" --quran.redis.url=redis://127.0.0.1:6379 \
      --quran.rate-limit.key-prefix="itqan-bench-$$-$RANDOM:" ;;
  esac
}

start_app --quran.rate-limit.enabled=false
echo "first start (imports the data) ready in ${READY_MS} ms"
stop_app

declare -A SUM
for round in $(seq 1 "$ROUNDS"); do
  # Odd rounds run the modes in order, even rounds in reverse: a drift in the machine's load hits all alike.
  order=("${MODES[@]}")
  if [ $((round % 2)) -eq 0 ]; then order=($(printf '%s\n' "${MODES[@]}" | tac)); fi
  for mode in "${order[@]}"; do
    start_mode "$mode"
    headers=$(curl -fsS -D - -o /dev/null "http://127.0.0.1:$APP_PORT$REQUEST" | tr -d '\r' | { grep -i '^ratelimit-' || true; } | tr '\n' ' ')
    auth=()
    if [ "$mode" = token ]; then
      token=$(curl -fsS -u bench-client:bench-client-secret -d grant_type=client_credentials -d scope=content.read \
        "http://127.0.0.1:$APP_PORT/oauth2/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
      auth=(-H "Authorization: Bearer $token")
      headers="$headers tier=$(curl -fsS "${auth[@]}" "http://127.0.0.1:$APP_PORT/api/v4/me/usage" | sed -n 's/.*"tier":"\([^"]*\)".*/\1/p')"
    fi
    # Warm-up: let the JIT compile the hot path before measuring. Each mode is a fresh JVM, and on two cores the
    # compilers need longer than 5 s: with 5 s, single rounds of one mode differed by up to 45%.
    DURATION="${WARMUP:-15s}" run_wrk "http://127.0.0.1:$APP_PORT$REQUEST" 32 "${auth[@]}" >/dev/null
    read -r rps p50 p99 err <<<"$(run_wrk "http://127.0.0.1:$APP_PORT$REQUEST" 32 "${auth[@]}")"
    printf 'round %s %-6s %10s req/s  p50 %7s ms  p99 %7s ms  errors: %s  headers: %s\n' \
      "$round" "$mode" "$rps" "$p50" "$p99" "$err" "${headers:-none}"
    SUM[$mode]=$(awk -v a="${SUM[$mode]:-0}" -v b="$rps" 'BEGIN {print a + b}')
    stop_app
  done
done

echo
off=$(awk -v s="${SUM[off]}" -v n="$ROUNDS" 'BEGIN {print s / n}')
printf '%-6s %10.0f req/s (mean of %s rounds)\n' off "$off" "$ROUNDS"
for mode in "${MODES[@]:1}"; do
  on=$(awk -v s="${SUM[$mode]}" -v n="$ROUNDS" 'BEGIN {print s / n}')
  printf '%-6s %10.0f req/s  overhead %5.1f%% (target <= 15%%)\n' "$mode" "$on" \
    "$(awk -v a="$on" -v b="$off" 'BEGIN {print (b - a) / b * 100}')"
done
echo "note: the CPU may be shared with other work; compare modes within one run only"
