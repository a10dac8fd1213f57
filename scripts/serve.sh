#!/usr/bin/env bash
# Runs the server on the embedded default (H2 file database under ./data, in-process caches) on port 8080,
# or on $SERVER_PORT. The first start imports the bundled, checksum-verified data.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-env.sh
exec ./mvnw -B -q spring-boot:run "$@"
