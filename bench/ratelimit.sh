#!/usr/bin/env bash
# Issue 4 benchmark: the cost of the rate limiter on a cached content request, in one run:
#   off    quran.rate-limit.enabled=false (no filter at all)
#   local  limiter on, node-local buckets (the embedded default)
#   redis  limiter on, buckets in Redis (only when Redis answers on 127.0.0.1:6379)
#   token  limiter on (local), and every request carries a client-credentials Bearer token (JWT verified, revocation
#          checked, caller charged to the client tier): the whole admission path of a signed-in client
# The tier is set so high that nothing is ever refused: this measures admission, not refusal. Every wrk request comes
# from 127.0.0.1, so all of them hit ONE bucket: the most contended case.
#   bench/ratelimit.sh            (DURATION=10s, ROUNDS=6 by default; modes alternate to spread the noise)
#   REPLICAS=2 bench/ratelimit.sh (two JVMs per mode, averaged: two JVMs of one configuration can differ by as much
#                                  as the overhead measured, so one JVM per mode measures partly its luck)
# Own work directory and port, so this can run beside bench/content.sh.
BENCH_WORK="${BENCH_WORK:-/tmp/itqan-bench-ratelimit}"
APP_PORT="${APP_PORT:-18090}"
. "$(dirname "$0")/lib.sh"
need_tools
build_jar
rm -rf "$WORK" && mkdir -p "$WORK"
REQUEST="/api/v4/verses/by_key/2:255?translations=20"
ROUNDS="${ROUNDS:-6}"
HIGH=(--quran.rate-limit.tiers.anonymous.limit=1000000000 --quran.rate-limit.tiers.anonymous.burst=1000000000
  --quran.rate-limit.tiers.client.limit=1000000000 --quran.rate-limit.tiers.client.burst=1000000000
  --quran.security.bootstrap.client-id=bench-client --quran.security.bootstrap.client-secret=bench-client-secret)
MODES=(off local token)
if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then MODES+=(redis); fi
if [ -n "${BENCH_MODES:-}" ]; then read -r -a MODES <<<"$BENCH_MODES"; fi   # e.g. BENCH_MODES="off redis"
REPLICAS="${REPLICAS:-1}"
# The JVMs: one per mode, named after it, or REPLICAS per mode named mode.1, mode.2, ..., in the order
# off.1 local.1 token.1 off.2 ... so that each mode's JVMs are spread over the round.
JVMS=()
for r in $(seq 1 "$REPLICAS"); do
  for mode in "${MODES[@]}"; do if [ "$REPLICAS" -eq 1 ]; then JVMS+=("$mode"); else JVMS+=("$mode.$r"); fi; done
done

# Every mode runs in its own JVM (own port, own copy of the imported database) for the whole run: each is warmed
# once, then the modes take turns for ROUNDS short rounds. Fresh JVMs per round (the first design) made the spread
# between two JVMs of the same mode, up to 45% on two cores, larger than the overhead being measured.
start_mode() {  # start_mode JVM INDEX
  WORK="$BASE_WORK/$1"
  APP_PORT=$((BASE_PORT + $2))
  mkdir -p "$WORK" && cp -r "$BASE_WORK/seed/db" "$WORK/db"
  case "${1%%.*}" in
    off) start_app --quran.rate-limit.enabled=false ;;
    local|token) start_app "${HIGH[@]}" ;;
    redis) start_app "${HIGH[@]}" --quran.redis.url=redis://127.0.0.1:6379 \
      --quran.rate-limit.key-prefix="itqan-bench-$$-$RANDOM:" ;;
  esac
  PIDS[$1]=$APP_PID; PORTS[$1]=$APP_PORT; APP_PID=
}
stop_all() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap 'stop_all; stop_app' EXIT

BASE_WORK="$WORK"; BASE_PORT="$APP_PORT"
declare -A PIDS PORTS AUTH HEADERS SUM
WORK="$BASE_WORK/seed"
start_app --quran.rate-limit.enabled=false
echo "first start (imports the data) ready in ${READY_MS} ms"
stop_app

i=0
for jvm in "${JVMS[@]}"; do start_mode "$jvm" "$i"; i=$((i + 1)); done
for mode in "${JVMS[@]}"; do
  url="http://127.0.0.1:${PORTS[$mode]}"
  HEADERS[$mode]=$(curl -fsS -D - -o /dev/null "$url$REQUEST" | tr -d '\r' | { grep -i '^ratelimit-' || true; } | tr '\n' ' ')
  AUTH[$mode]=""
  if [ "${mode%%.*}" = token ]; then
    token=$(curl -fsS -u bench-client:bench-client-secret -d grant_type=client_credentials -d scope=content.read \
      "$url/oauth2/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
    AUTH[$mode]="Authorization: Bearer $token"
    HEADERS[$mode]="${HEADERS[$mode]} tier=$(curl -fsS -H "${AUTH[$mode]}" "$url/api/v4/me/usage" | sed -n 's/.*"tier":"\([^"]*\)".*/\1/p')"
  fi
  echo "$mode: port ${PORTS[$mode]}, headers: ${HEADERS[$mode]:-none}"
done

wrk_mode() {  # wrk_mode JVM: run_wrk on that JVM, with its token if it has one
  local url="http://127.0.0.1:${PORTS[$1]}$REQUEST"
  if [ -n "${AUTH[$1]}" ]; then run_wrk "$url" 32 -H "${AUTH[$1]}"; else run_wrk "$url" 32; fi
}
# Warm-up: the JIT compiles each JVM's hot path before anything is measured (on two cores it needs over 5 s).
# 30 s: with 15 s a token JVM still got faster over its first rounds (15k to 18.7k req/s in one run).
for jvm in "${JVMS[@]}"; do DURATION="${WARMUP:-30s}" wrk_mode "$jvm" >/dev/null; done

declare -A ROUND
for round in $(seq 1 "$ROUNDS"); do
  # Odd rounds run the modes in order, even rounds in reverse: a drift in the machine's load hits all alike.
  order=("${JVMS[@]}")
  if [ $((round % 2)) -eq 0 ]; then order=($(printf '%s\n' "${JVMS[@]}" | tac)); fi
  for jvm in "${order[@]}"; do
    mode=${jvm%%.*}
    DURATION=2s wrk_mode "$jvm" >/dev/null   # the connections of the previous JVM are gone; settle
    read -r rps p50 p99 err <<<"$(wrk_mode "$jvm")"
    printf 'round %s %-8s %10s req/s  p50 %7s ms  p99 %7s ms  errors: %s\n' "$round" "$jvm" "$rps" "$p50" "$p99" "$err"
    # A mode's figure for the round is the mean of its JVMs.
    SUM[$mode]=$(awk -v a="${SUM[$mode]:-0}" -v b="$rps" -v n="$REPLICAS" 'BEGIN {print a + b / n}')
    ROUND[$round-$mode]=$(awk -v a="${ROUND[$round-$mode]:-0}" -v b="$rps" -v n="$REPLICAS" 'BEGIN {print a + b / n}')
    if [ "$mode" = token ]; then
      # The token's own cost, free of the spread between JVMs: the same JVM, right after, without the token.
      token_rps=$rps
      read -r rps p50 p99 err <<<"$(run_wrk "http://127.0.0.1:${PORTS[$jvm]}$REQUEST" 32)"
      printf 'round %s %-8s %10s req/s  p50 %7s ms  p99 %7s ms  errors: %s  (token JVM, anonymous)\n' "$round" \
        anon "$rps" "$p50" "$p99" "$err"
      SAME=$(awk -v a="${SAME:-0}" -v t="$token_rps" -v b="$rps" -v n="$REPLICAS" \
        'BEGIN {print a + (b - t) / b * 100 / n}')
    fi
  done
done

echo
off=$(awk -v s="${SUM[off]}" -v n="$ROUNDS" 'BEGIN {print s / n}')
printf '%-6s %10.0f req/s (mean of %s rounds, %s JVM(s) per mode)\n' off "$off" "$ROUNDS" "$REPLICAS"
for mode in "${MODES[@]:1}"; do
  on=$(awk -v s="${SUM[$mode]}" -v n="$ROUNDS" 'BEGIN {print s / n}')
  # Each round also gives a paired overhead (the two modes measured seconds apart); their median resists drift.
  paired=$(for round in $(seq 1 "$ROUNDS"); do
    awk -v a="${ROUND[$round-$mode]}" -v b="${ROUND[$round-off]}" 'BEGIN {print (b - a) / b * 100}'; done | sort -g \
    | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}')
  printf '%-6s %10.0f req/s  overhead %5.1f%% (median of paired rounds %5.1f%%; target <= 15%%)\n' "$mode" "$on" \
    "$(awk -v a="$on" -v b="$off" 'BEGIN {print (b - a) / b * 100}')" "$paired"
done
if [ -n "${SAME:-}" ]; then
  printf 'token vs anonymous in the same JVM: %5.1f%% (mean of %s rounds): the token'"'"'s own share of the token overhead\n' \
    "$(awk -v s="$SAME" -v n="$ROUNDS" 'BEGIN {print s / n}')" "$ROUNDS"
fi
echo "note: the CPU may be shared with other work; compare modes within one run only"
