#!/usr/bin/env bash
# Drill: graceful shutdown. Slow downloads are in flight on node 1 when it gets SIGTERM: each must complete, whole.
# Meanwhile clients of the load balancer see no errors (node 2 takes the new requests). A WebSocket client on
# node 1 must get a close frame that tells it to reconnect (1001 going away or 1012 service restart).
. "$(dirname "$0")/lib.sh"
ensure_cluster
NODE1="http://127.0.0.1:${NODE_PORTS%% *}"
URL="/api/v4/resources/translations/20/download"
curl -fs "$NODE1$URL" -o "$WORK/expected.json"
SIZE=$(stat -c %s "$WORK/expected.json")
say "graceful shutdown: 4 throttled downloads of $SIZE bytes in flight on node 1, then SIGTERM"

pids=()
for i in 1 2 3 4; do
  # About 8 s each at 150 KB/s: they are mid-transfer when the node is told to stop.
  curl -fs --limit-rate 150k "$NODE1$URL" -o "$WORK/slow$i.json" & pids+=($!)
done
load --seconds 14 --connections 8 --mix content=4,search=1 > "$WORK/graceful-load.json" & load_pid=$!
python3 "$DRILLS/ws_close.py" "ws://127.0.0.1:${NODE_PORTS%% *}/graphql" 25 > "$WORK/ws.txt" 2>&1 & ws_pid=$!
sleep 2
t0=$(date +%s%N)
cluster node-stop 1 >/dev/null
STOP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
ok=0
for i in "${!pids[@]}"; do
  if wait "${pids[$i]}" && cmp -s "$WORK/slow$((i + 1)).json" "$WORK/expected.json"; then ok=$((ok + 1)); fi
done
wait "$load_pid"; LOAD=$(cat "$WORK/graceful-load.json")
wait "$ws_pid" || true; WS=$(cat "$WORK/ws.txt")
say "node 1 stopped in $STOP_MS ms; downloads completed whole: $ok/4"
say "load through the LB while it stopped: $LOAD"
say "WebSocket: $WS"
check "every in-flight download completed whole" [ "$ok" = 4 ]
check "no client of the load balancer saw an error" [ "$(field "$LOAD" "['errors']")" = 0 ]
case "$WS" in
  SKIP*) echo "  SKIP  WebSocket close on shutdown: $WS" ;;
  *) check "the WebSocket client was told to reconnect (close 1001/1012)" grep -Eq '^CLOSE (1001|1012)' <<<"$WS" ;;
esac
cluster node-start 1 >/dev/null
finish
