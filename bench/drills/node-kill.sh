#!/usr/bin/env bash
# Drill: one node is killed (SIGKILL) behind the load balancer under load. Clients may see the requests that were
# in flight on it fail (at most one per connection), and nothing after that.
. "$(dirname "$0")/lib.sh"
ensure_cluster
CONNS=16
say "node kill: $CONNS connections through the LB for 20 s; node 1 gets SIGKILL at 6 s"
load --seconds 20 --connections $CONNS --mix content=4,search=1 > "$WORK/kill-load.json" & load_pid=$!
sleep 6
cluster node-kill 1 >/dev/null
KILLED_AT=6
wait "$load_pid"; LOAD=$(cat "$WORK/kill-load.json")
say "load: $LOAD"
ERRORS=$(field "$LOAD" "['errors']")
LAST=$(field "$LOAD" "['last_error_at']")
check "at most the in-flight requests failed ($ERRORS errors, $CONNS connections)" [ "$ERRORS" -le "$CONNS" ]
check "no error more than 2 s after the kill (last at ${LAST}s, kill at ~${KILLED_AT}s)" \
  python3 -c "import sys; sys.exit(0 if '$LAST' == 'None' or float('$LAST') <= $KILLED_AT + 2 else 1)"
say "a further 10 s on the surviving node"
AFTER=$(load --seconds 10 --connections $CONNS --mix content=4,search=1)
say "load: $AFTER"
check "zero errors after the kill" [ "$(field "$AFTER" "['errors']")" = 0 ]
cluster node-start 1 >/dev/null
finish
