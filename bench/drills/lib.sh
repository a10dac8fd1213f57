# Shared by the drills: the local cluster (scripts/cluster-local.sh) on a private PostgreSQL cluster and a private
# Redis, so that stopping them disturbs nobody else on the machine; a signed-in user; the load client.
# Loopback only. Every drill is bounded in time and exits non-zero when its expectation fails.
set -euo pipefail
DRILLS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$DRILLS/../.." && pwd)"
export PG_PORT="${PG_PORT:-5433}" REDIS_PORT="${REDIS_PORT:-6380}" LB_PORT="${LB_PORT:-8080}"
export NODE_PORTS="${NODE_PORTS:-8081 8082}" CLUSTER_DIR="${CLUSTER_DIR:-$ROOT/target/cluster}"
export PG_DB="${PG_DB:-itqan_cluster}"
PG_VERSION="${PG_VERSION:-$(ls /etc/postgresql | sort -n | tail -1)}"
PG_CLUSTER="${PG_CLUSTER:-drill}"
BASE="http://127.0.0.1:$LB_PORT"
CLIENT=drill-client
SECRET=drill-client-secret
REDIRECT=http://127.0.0.1/callback
# The rate limiter stays in the path with tiers no drill reaches: the drills test failures, not the limits.
UNREACHABLE=""
for tier in anonymous client user; do
  UNREACHABLE+=" --quran.rate-limit.tiers.$tier.limit=1000000000 --quran.rate-limit.tiers.$tier.burst=1000000000"
done
export APP_ARGS="${APP_ARGS:-$UNREACHABLE --quran.security.bootstrap.admin-email=admin@drill.test \
 --quran.security.bootstrap.admin-password=drill-admin-password --quran.security.bootstrap.client-id=$CLIENT \
 --quran.security.bootstrap.client-secret=$SECRET --quran.security.bootstrap.redirect-uris=$REDIRECT}"
WORK="$CLUSTER_DIR/drills"
mkdir -p "$WORK"
FAILED=0

say() { echo "[drill] $*"; }
check() { # check "description" command...: records a failed expectation, keeps going to print the summary
  if "${@:2}"; then echo "  PASS  $1"; else echo "  FAIL  $1"; FAILED=1; fi
}
finish() { if [ "$FAILED" = 0 ]; then say "PASSED"; else say "FAILED"; fi; exit "$FAILED"; }

# The private PostgreSQL cluster and Redis the drills may stop and restart.
private_services() {
  if ! pg_lsclusters | awk '{print $2, $3}' | grep -q "^$PG_CLUSTER $PG_PORT$"; then
    say "creating PostgreSQL cluster $PG_VERSION/$PG_CLUSTER on port $PG_PORT"
    pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PG_PORT" -- --auth=trust >/dev/null
  fi
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start 2>/dev/null || true
  redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 || start_redis
}
start_redis() {
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
    --pidfile "$WORK/redis-$REDIS_PORT.pid" --logfile "$WORK/redis-$REDIS_PORT.log"
  for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && return 0; sleep 0.1; done
  return 1
}

cluster() { "$ROOT/scripts/cluster-local.sh" "$@"; }
ensure_cluster() { private_services; cluster status >/dev/null 2>&1 || cluster start; }

load() { python3 "$DRILLS/load.py" --base "$BASE" "$@"; }
field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])$2)" "$1"; }

# sign_in: a new user through the authorization-code + PKCE flow (curl plays the browser); sets TOKEN
sign_in() {
  local email="drill-$(date +%s%N)@example.org" password="drill user password" jar="$WORK/cookies" verifier challenge
  curl -fs -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" \
    "$BASE/api/v4/accounts" >/dev/null
  verifier=$(openssl rand -base64 48 | tr -d '=+/\n' | cut -c1-64)
  challenge=$(printf '%s' "$verifier" | openssl dgst -binary -sha256 | openssl base64 -A | tr '+/' '-_' | tr -d '=')
  rm -f "$jar"
  curl -fs -c "$jar" -b "$jar" -H 'Accept: text/html' -o /dev/null \
    "$BASE/oauth2/authorize?response_type=code&client_id=$CLIENT&redirect_uri=$REDIRECT&scope=openid%20bookmark.read%20bookmark.create&state=s&code_challenge=$challenge&code_challenge_method=S256"
  local csrf next callback code
  csrf=$(curl -fs -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
  next=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "username=$email" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$BASE/login")
  callback=$(curl -s -c "$jar" -b "$jar" -H 'Accept: text/html' -o /dev/null -w '%{redirect_url}' "$next")
  code=$(printf '%s' "$callback" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
  TOKEN=$(curl -fs -u "$CLIENT:$SECRET" -d grant_type=authorization_code -d "code=$code" \
    -d "redirect_uri=$REDIRECT" -d "code_verifier=$verifier" "$BASE/oauth2/token" \
    | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')
  [ -n "$TOKEN" ] || { say "sign-in failed"; exit 1; }
  ACCOUNT_EMAIL="$email"
}
