#!/usr/bin/env bash
# PIT mutation testing of the domain-critical pure code (verse keys, the mushaf table, the integrity hash, the
# Quranic normaliser). Report: target/pit-reports/index.html; the score is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-env.sh
./mvnw -B -q test-compile
./mvnw -B org.pitest:pitest-maven:mutationCoverage "$@" | grep -E ">> (Generated|Line Coverage|Test strength|Ran)|mutations Killed|BUILD"
