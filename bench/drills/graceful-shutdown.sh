#!/usr/bin/env bash
# Drill: graceful shutdown. Slow requests are in flight on node 1 when it gets SIGTERM: each must complete.
# Meanwhile clients of the load balancer see no errors (node 2 takes the new requests). A WebSocket client on
# node 1 must get a close frame that tells it to reconnect (1001 going away or 1012 service restart).
. "$(dirname "$0")/lib.sh"
ensure_cluster
NODE1="http://127.0.0.1:${NODE_PORTS%% *}"
# Slow uploads keep requests in flight inside the server (a slow download would not: the whole response fits in
# the loopback socket buffers, so the server is done with it at once). Each POST /api/v4/verify body (Al-Fatiha,
# about 400 bytes) is sent at 60 bytes/s, so it is 2 s into a 6.5 s request when the node is told to stop.
python3 - "$WORK/verify.json" <<'PY'
import json, sys
text = ("بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ مَٰلِكِ يَوْمِ ٱلدِّينِ "
        "إِيَّاكَ نَعْبُدُ وَإِيَّاكَ نَسْتَعِينُ ٱهْدِنَا ٱلصِّرَٰطَ ٱلْمُسْتَقِيمَ")
open(sys.argv[1], "w").write(json.dumps({"text": text}, ensure_ascii=False))
PY
curl -fs -H 'Content-Type: application/json' --data-binary @"$WORK/verify.json" "$NODE1/api/v4/verify" -o "$WORK/expected.json"
say "graceful shutdown: 4 slow requests ($(stat -c %s "$WORK/verify.json") bytes at 60 B/s) in flight on node 1, then SIGTERM"

pids=()
for i in 1 2 3 4; do
  curl -fs --limit-rate 60 -H 'Content-Type: application/json' --data-binary @"$WORK/verify.json" \
    "$NODE1/api/v4/verify" -o "$WORK/slow$i.json" & pids+=($!)
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
say "node 1 stopped in $STOP_MS ms (it waited for its in-flight requests); slow requests answered in full: $ok/4"
say "load through the LB while it stopped: $LOAD"
say "WebSocket: $WS"
check "every in-flight request completed with its full answer" [ "$ok" = 4 ]
check "the node waited for them (stopped after more than 3 s)" [ "$STOP_MS" -gt 3000 ]
check "no client of the load balancer saw an error" [ "$(field "$LOAD" "['errors']")" = 0 ]
case "$WS" in
  SKIP*) echo "  SKIP  WebSocket close on shutdown: $WS" ;;
  *) check "the WebSocket client was told to reconnect (close 1001/1012)" grep -Eq '^CLOSE (1001|1012)' <<<"$WS" ;;
esac
cluster node-start 1 >/dev/null
finish
