#!/usr/bin/env bash
# Drill: PostgreSQL restarts under load (the drills' private cluster $PG_VERSION/$PG_CLUSTER on $PG_PORT, never the
# machine's shared one). It is stopped for 8 s, then started. Content reads keep working (cached); writes fail
# fast with 503 problem+json and Retry-After; the service recovers by itself; no acknowledged write is lost (every
# bookmark whose POST got a 2xx is looked up in the database afterwards).
. "$(dirname "$0")/lib.sh"
ensure_cluster
sign_in
ACKED="$WORK/acked.txt"; : > "$ACKED"
say "warming the content caches"
load --seconds 4 --connections 4 --mix content=1 >/dev/null
say "postgres restart: reads (12 connections) and writes (4 connections) for 40 s; database down from 8 s to 16 s"
load --seconds 40 --connections 12 --mix content=1 > "$WORK/pg-reads.json" & reads_pid=$!
load --seconds 40 --connections 4 --mix write=1 --token "$TOKEN" --acked "$ACKED" --seed 11 > "$WORK/pg-writes.json" & writes_pid=$!
sleep 8
pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop -m fast
sleep 2
# One write by hand while the database is down: status, Retry-After, media type and how long the answer took.
PROBE=$(curl -s -o "$WORK/probe.json" -D "$WORK/probe.headers" -w '%{http_code} %{time_total}' \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -H "Idempotency-Key: probe-$(date +%s%N)" \
  -d '{"type":"ayah","key":1,"verseNumber":1,"mushaf":20}' "$BASE/auth/v1/bookmarks")
READ_DOWN=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v4/verses/by_key/2:255?translations=20")
sleep 6
pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
UP_AT=$(date +%s)
# Recovery: the first acknowledged write after the restart.
RECOVERED=""
for _ in $(seq 1 60); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: recover-$(date +%s%N)" -d '{"type":"ayah","key":1,"verseNumber":2,"mushaf":20}' \
    "$BASE/auth/v1/bookmarks")
  if [ "${code:0:1}" = 2 ]; then RECOVERED=$(( $(date +%s) - UP_AT )); break; fi
  sleep 0.5
done
wait "$reads_pid" "$writes_pid"
READS=$(cat "$WORK/pg-reads.json"); WRITES=$(cat "$WORK/pg-writes.json")
ACK_COUNT=$(grep -c . "$ACKED" || true)
IDS=$(grep -v None "$ACKED" | sed "s/.*/'&'/" | paste -sd,)
FOUND=$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$PG_DB" -qtAc "SELECT count(*) FROM ud_bookmarks WHERE id IN ($IDS)")
say "write while down: HTTP ${PROBE% *} in ${PROBE#* } s, $(grep -i '^retry-after' "$WORK/probe.headers" | tr -d '\r'), $(grep -i '^content-type' "$WORK/probe.headers" | tr -d '\r')"
say "content read while down: HTTP $READ_DOWN; writes recovered ${RECOVERED:-never} s after the database was back"
say "reads: $READS"
say "writes: $WRITES"
say "acknowledged writes: $ACK_COUNT, found in the database: $FOUND"
check "content reads kept working (zero errors)" [ "$(field "$READS" "['errors']")" = 0 ]
check "a write while the database is down gets 503" [ "${PROBE% *}" = 503 ]
check "... with Retry-After" grep -qi '^retry-after: *[0-9]' "$WORK/probe.headers"
check "... as problem+json" grep -qi '^content-type: application/problem+json' "$WORK/probe.headers"
check "... fast (under 3 s)" python3 -c "import sys; sys.exit(0 if float('${PROBE#* }') < 3 else 1)"
check "writes failed only with 503 (no 500, no timeout)" python3 -c "
import json,sys; c=json.loads('''$WRITES''')['counts']; bad={k:v for k,v in c.items() if not (k.endswith('2xx') or k.endswith('5xx'))}
sys.exit(0 if not bad and json.loads('''$WRITES''')['status_503'] == c.get('write:5xx',0) else 1)"
check "the service recovered by itself (writes acknowledged again)" [ -n "$RECOVERED" ]
check "no acknowledged write was lost ($FOUND of $ACK_COUNT)" [ "$ACK_COUNT" -gt 0 -a "$FOUND" = "$ACK_COUNT" ]
finish
