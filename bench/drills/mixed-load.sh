#!/usr/bin/env bash
# The 60-second mixed load on the two-node topology: 64 connections through the nginx load balancer, 70% cached
# content, 20% search, 10% bookmark writes by USERS signed-in users (wrk + mixed.lua). Expectation: zero errors
# (a request counts as failed on an error status, a socket error, or no answer within wrk's --timeout of 10 s).
# Prints p50, p99, throughput and each node's RSS at 64 connections.
#   bench/drills/mixed-load.sh          (DURATION=60s, CONNECTIONS=64)
. "$(dirname "$0")/lib.sh"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
DURATION="${DURATION:-60s}"; CONNECTIONS="${CONNECTIONS:-64}"; USERS="${USERS:-8}"
ensure_cluster
TOKENS=""
for _ in $(seq 1 "$USERS"); do sign_in; TOKENS+="$TOKEN,"; done
export TOKENS
say "warm-up 10 s"
wrk -t2 -c"$CONNECTIONS" -d10s --timeout 10s -s "$DRILLS/mixed.lua" "$BASE" >/dev/null
say "mixed load: $CONNECTIONS connections for $DURATION"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$DRILLS/mixed.lua" "$BASE" > "$WORK/mixed.txt" & wrk_pid=$!
sleep 30
RSS=""
for n in 1 2; do
  RSS+="node$n $(( $(awk '/VmRSS/ {print $2}' "/proc/$(cat "$CLUSTER_DIR/node$n.pid")/status") / 1024 )) MB; "
done
wait "$wrk_pid"
RESULT=$(grep '^MIXED' "$WORK/mixed.txt")
say "$RESULT"
say "RSS at $CONNECTIONS connections (30 s in): $RSS"
say "load average: $(cut -d' ' -f1-3 /proc/loadavg) (wrk, nginx and both nodes share this machine's $(nproc) cores)"
check "zero error statuses" grep -q ' errors_status=0 ' <<<"$RESULT"
check "zero socket errors" grep -q ' socket_errors=0 ' <<<"$RESULT"
finish
