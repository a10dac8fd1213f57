#!/usr/bin/env bash
# Runs the whole test suite. By default on H2; with QURAN_TEST_DB=postgres against the PostgreSQL in DATABASE_URL
# (default jdbc:postgresql://127.0.0.1:5432/itqan_test, which .ci/run recreates).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-env.sh
exec ./mvnw -B verify "$@"
