#!/usr/bin/env bash
# Issue 6 benchmark: GraphQL subscription delivery latency, write to message. One graphql-ws client (npm, run with
# Node) subscribes to syncChanges; WRITES bookmark writes over REST follow one another, and each latency runs from
# sending the POST to receiving its bookmark.added message (commit, event registry, live-event bus, WebSocket).
#   bench/subscriptions.sh            (WRITES=200 by default)
# The CPU of the bench machine is shared: treat the figures as noisy, compare only runs made side by side.
. "$(dirname "$0")/lib.sh"
need_tools
command -v openssl >/dev/null || { apt-get update -qq && apt-get install -y -qq openssl >/dev/null; }
command -v node >/dev/null && command -v npm >/dev/null || { echo "Node.js 20+ and npm are needed" >&2; exit 1; }
WRITES="${WRITES:-200}"
# The first start imports the bundled data: on a busy shared machine that takes minutes.
READY_TRIES="${READY_TRIES:-3000}"
build_jar
trap 'stop_app' EXIT
rm -rf "$WORK" && mkdir -p "$WORK/e2e"
BASE="http://127.0.0.1:$APP_PORT"
CLIENT=bench-client
SECRET=bench-client-secret-0123456789
REDIRECT=http://127.0.0.1/callback
cp "$BENCH_ROOT"/src/test/e2e/package.json "$BENCH_ROOT"/src/test/e2e/package-lock.json \
  "$BENCH_ROOT"/src/test/e2e/subscription-latency.mjs "$WORK/e2e/"
(cd "$WORK/e2e" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error)
start_app --quran.security.bootstrap.admin-email=admin@bench.test \
  --quran.security.bootstrap.admin-password=bench-admin-password \
  --quran.security.bootstrap.client-id=$CLIENT --quran.security.bootstrap.client-secret=$SECRET \
  --quran.security.bootstrap.redirect-uris=$REDIRECT --quran.rate-limit.enabled=false
echo "ready in ${READY_MS} ms"

EMAIL="bench-$(date +%s)@example.org"
PASSWORD="bench user password"
curl -fs -H 'Content-Type: application/json' -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" \
  "$BASE/api/v4/accounts" >/dev/null
# Authorization code with PKCE, as a browser would: authorize -> login page -> login -> authorize -> code.
COOKIES="$WORK/cookies"
VERIFIER=$(openssl rand -base64 48 | tr -d '=+/\n' | cut -c1-64)
CHALLENGE=$(printf '%s' "$VERIFIER" | openssl dgst -binary -sha256 | openssl base64 -A | tr '+/' '-_' | tr -d '=')
SCOPE="openid%20bookmark.read%20bookmark.create"
curl -fs -c "$COOKIES" -b "$COOKIES" -H 'Accept: text/html' -o /dev/null \
  "$BASE/oauth2/authorize?response_type=code&client_id=$CLIENT&redirect_uri=$REDIRECT&scope=$SCOPE&state=s&code_challenge=$CHALLENGE&code_challenge_method=S256"
CSRF=$(curl -fs -c "$COOKIES" -b "$COOKIES" "$BASE/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
NEXT=$(curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -w '%{redirect_url}' --data-urlencode "username=$EMAIL" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF" "$BASE/login")
CALLBACK=$(curl -s -c "$COOKIES" -b "$COOKIES" -H 'Accept: text/html' -o /dev/null -w '%{redirect_url}' "$NEXT")
CODE=$(printf '%s' "$CALLBACK" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
TOKEN=$(curl -fs -u "$CLIENT:$SECRET" -d grant_type=authorization_code -d "code=$CODE" \
  -d "redirect_uri=$REDIRECT" -d "code_verifier=$VERIFIER" "$BASE/oauth2/token" \
  | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || { echo "sign-in failed" >&2; exit 1; }

echo "subscription delivery, write to message, $WRITES sequential bookmark writes:"
(cd "$WORK/e2e" && BASE_URL="$BASE" TOKEN="$TOKEN" WRITES="$WRITES" node subscription-latency.mjs)
echo "(noisy: the CPU is shared with other work; figures are indicative only)"
