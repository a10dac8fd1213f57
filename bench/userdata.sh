#!/usr/bin/env bash
# Issue 5 benchmark: p99 of a bookmark write (POST with a fresh Idempotency-Key each time, so every request runs
# the whole write transaction: account lock, idempotency record, row, sync mutation, event) and of a sync pull.
# One user signs in through the real authorization-code + PKCE flow (curl plays the browser).
#   bench/userdata.sh            (DURATION=10s by default)
# The CPU of the bench machine is shared: treat the figures as noisy, compare only runs made side by side.
. "$(dirname "$0")/lib.sh"
need_tools
command -v openssl >/dev/null || { apt-get update -qq && apt-get install -y -qq openssl >/dev/null; }
build_jar
trap 'stop_app' EXIT
rm -rf "$WORK" && mkdir -p "$WORK"
BASE="http://127.0.0.1:$APP_PORT"
CLIENT=bench-client
SECRET=bench-client-secret-0123456789
REDIRECT=http://127.0.0.1/callback
start_app --quran.security.bootstrap.admin-email=admin@bench.test \
  --quran.security.bootstrap.admin-password=bench-admin-password \
  --quran.security.bootstrap.client-id=$CLIENT --quran.security.bootstrap.client-secret=$SECRET \
  --quran.security.bootstrap.redirect-uris=$REDIRECT --quran.userdata.cursor-secret=bench-cursor-secret
echo "ready in ${READY_MS} ms"

EMAIL="bench-$(date +%s)@example.org"
PASSWORD="bench user password"
curl -fs -H 'Content-Type: application/json' -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" \
  "$BASE/api/v4/accounts" >/dev/null

# Authorization code with PKCE, as a browser would: authorize -> login page -> login -> authorize -> code.
JAR="$WORK/cookies"
VERIFIER=$(openssl rand -base64 48 | tr -d '=+/\n' | cut -c1-64)
CHALLENGE=$(printf '%s' "$VERIFIER" | openssl dgst -binary -sha256 | openssl base64 -A | tr '+/' '-_' | tr -d '=')
SCOPE="openid%20bookmark.read%20bookmark.create%20collection.read%20note.read"
curl -fs -c "$JAR" -b "$JAR" -H 'Accept: text/html' -o /dev/null \
  "$BASE/oauth2/authorize?response_type=code&client_id=$CLIENT&redirect_uri=$REDIRECT&scope=$SCOPE&state=s&code_challenge=$CHALLENGE&code_challenge_method=S256"
CSRF=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
NEXT=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{redirect_url}' --data-urlencode "username=$EMAIL" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF" "$BASE/login")
CALLBACK=$(curl -s -c "$JAR" -b "$JAR" -H 'Accept: text/html' -o /dev/null -w '%{redirect_url}' "$NEXT")
CODE=$(printf '%s' "$CALLBACK" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
TOKEN=$(curl -fs -u "$CLIENT:$SECRET" -d grant_type=authorization_code -d "code=$CODE" \
  -d "redirect_uri=$REDIRECT" -d "code_verifier=$VERIFIER" "$BASE/oauth2/token" \
  | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || { echo "sign-in failed" >&2; exit 1; }

# Each request: a new Idempotency-Key and an (ayah, mushaf) pair not used before in this run or the warm-up
# (6236 verses x 20 mushafs; SLOT_BASE separates the runs), so every request is an insert, not a lookup.
cat > "$WORK/write.lua" <<'LUA'
local counts = {7,286,200,176,120,165,206,75,129,109,123,111,43,52,99,128,111,110,98,135,112,78,118,64,77,227,93,88,69,60,34,30,73,54,45,83,182,88,75,85,54,53,89,59,37,35,38,29,18,45,60,49,62,55,78,96,29,22,24,13,14,11,11,18,12,12,30,52,52,44,28,28,20,56,40,31,50,40,46,42,29,19,36,25,22,17,19,26,30,20,15,21,11,8,8,19,5,8,8,11,11,8,3,9,5,4,7,3,6,3,5,4,5,6}
local n = 0
local id = 0
setup = function(thread) id = id + 1; thread:set("tid", id) end
init = function() math.randomseed(os.time() + tid); base = tonumber(os.getenv("SLOT_BASE") or "0") end
request = function()
  n = n + 1
  local slot = (base + n * 2 + tid) % 124720
  local verse = slot % 6236
  local chapter = 1
  while verse >= counts[chapter] do verse = verse - counts[chapter]; chapter = chapter + 1 end
  wrk.headers["Idempotency-Key"] = string.format("bench-%d-%d-%d", tid, n, math.random(1, 1000000000))
  wrk.headers["Content-Type"] = "application/json"
  return wrk.format("POST", "/auth/v1/bookmarks", nil, string.format(
    '{"type":"ayah","key":%d,"verseNumber":%d,"mushaf":%d}', chapter, verse + 1, math.floor(slot / 6236) + 1))
end
LUA
AUTH="Authorization: Bearer $TOKEN"
curl -fs -H "$AUTH" -H 'Content-Type: application/json' -d '{"type":"juz","key":1}' "$BASE/auth/v1/bookmarks" >/dev/null

# Warm-up, then measure. Writes of one user are serialised by its account lock, so 4 connections (a user's devices)
# is the realistic load for one account; the pull is read-only and runs at 32.
SLOT_BASE=0 DURATION=5s run_wrk "$BASE/auth/v1/bookmarks" 4 -s "$WORK/write.lua" -H "$AUTH" >/dev/null
DURATION=5s run_wrk "$BASE/auth/v1/sync?mutationsSince=0&limit=100" 32 -H "$AUTH" >/dev/null
printf '\n%-28s %6s %10s %10s %10s  %s\n' request conns req/s p50_ms p99_ms errors
read -r rps p50 p99 err <<<"$(SLOT_BASE=40000 run_wrk "$BASE/auth/v1/bookmarks" 4 -s "$WORK/write.lua" -H "$AUTH")"
printf '%-28s %6s %10s %10s %10s  %s\n' "POST bookmark (new key)" 4 "$rps" "$p50" "$p99" "$err"
read -r rps p50 p99 err <<<"$(run_wrk "$BASE/auth/v1/sync?mutationsSince=0&limit=100" 32 -H "$AUTH")"
printf '%-28s %6s %10s %10s %10s  %s\n' "GET sync (100 mutations)" 32 "$rps" "$p50" "$p99" "$err"
read -r rps p50 p99 err <<<"$(run_wrk "$BASE/auth/v1/sync?mutationsSince=0&limit=100" 4 -H "$AUTH")"
printf '%-28s %6s %10s %10s %10s  %s\n' "GET sync (100 mutations)" 4 "$rps" "$p50" "$p99" "$err"
echo "(noisy: the CPU is shared with other work; figures are indicative only)"
