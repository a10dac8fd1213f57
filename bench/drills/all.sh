#!/usr/bin/env bash
# Runs every drill in turn on one local cluster (started if needed, stopped at the end unless KEEP=1) and prints a
# summary line per drill. Exit status: non-zero when any drill failed.
. "$(dirname "$0")/lib.sh"
ensure_cluster
status=0
declare -A RESULT
for drill in mixed-load node-kill graceful-shutdown redis-outage postgres-restart; do
  say "=== $drill"
  if timeout 600 "$DRILLS/$drill.sh"; then RESULT[$drill]=PASSED; else RESULT[$drill]=FAILED; status=1; fi
done
for drill in mixed-load node-kill graceful-shutdown redis-outage postgres-restart; do
  printf '%-20s %s\n' "$drill" "${RESULT[$drill]}"
done
[ "${KEEP:-0}" = 1 ] || cluster stop
exit $status
