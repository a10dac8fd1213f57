#!/usr/bin/env bash
# Issue 6 benchmark: webhook delivery throughput (deliveries per second) to a loopback receiver that answers 200 at
# once, through the whole path: enqueue in a transaction, claim from the database, sign, POST, record the attempt.
#   bench/webhooks.sh                         (10 webhooks x 200 events on H2)
#   SUBSCRIPTIONS=1 EVENTS=500 bench/webhooks.sh   (one webhook: strictly sequential, ordered delivery)
#   BENCH_DATABASE=jdbc:postgresql://127.0.0.1:5432/itqan_bench bench/webhooks.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
. "$ROOT/scripts/java-env.sh"
cd "$ROOT"
ARGS=(-Dbench.subscriptions="${SUBSCRIPTIONS:-10}" -Dbench.events="${EVENTS:-200}")
if [ -n "${BENCH_DATABASE:-}" ]; then ARGS+=(-Dbench.database="$BENCH_DATABASE"); fi
./mvnw -B -q test -Djacoco.skip=true -Dtest=WebhookThroughputBench -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="${ARGS[*]}" 2>&1 | grep -E '^(warm-up|measured)' || { echo "bench failed; run with -e for details"; exit 1; }
