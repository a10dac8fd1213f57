#!/usr/bin/env bash
# Drill: Redis dies under load (the drills' private Redis on $REDIS_PORT, never the machine's shared one). The API
# keeps serving with zero 5xx (local cache, local rate limits), /actuator/health shows redis DEGRADED, and once
# Redis is back the nodes use it again (shared mode: keys reappear in Redis).
. "$(dirname "$0")/lib.sh"
ensure_cluster
sign_in
health_redis() { curl -s "$BASE/actuator/health" | python3 -c "import json,sys; print(json.load(sys.stdin)['components'].get('redis',{}).get('status'))"; }
say "redis outage: load (content, search, writes) for 30 s; Redis on $REDIS_PORT shut down at 5 s, back at 17 s"
load --seconds 30 --connections 12 --mix content=6,search=2,write=1 --token "$TOKEN" > "$WORK/redis-load.json" & load_pid=$!
sleep 5
BEFORE=$(health_redis)
redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
sleep 4
DURING=$(health_redis)
DURING2=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health")
sleep 8
start_redis
# The health probe is what notices Redis is back; give each node a probe.
for _ in 1 2 3 4; do health_redis >/dev/null; sleep 0.5; done
AFTER=$(health_redis)
wait "$load_pid"; LOAD=$(cat "$WORK/redis-load.json")
KEYS=$(redis-cli -p "$REDIS_PORT" dbsize)
say "health redis: before=$BEFORE during=$DURING (HTTP $DURING2) after=$AFTER; keys in Redis after return: $KEYS"
say "load: $LOAD"
check "zero errors while Redis was away" [ "$(field "$LOAD" "['errors']")" = 0 ]
check "health showed redis UP before" [ "$BEFORE" = UP ]
check "health showed redis DEGRADED (not DOWN) during, with HTTP 200" [ "$DURING" = DEGRADED -a "$DURING2" = 200 ]
check "health showed redis UP after its return" [ "$AFTER" = UP ]
check "the nodes write to Redis again after its return (shared mode)" [ "$KEYS" -gt 0 ]
finish
