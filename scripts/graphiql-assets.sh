#!/usr/bin/env bash
# Vendors GraphiQL's browser bundle (graphiql, react, react-dom UMD builds) from the npm registry into the static
# resources, so /graphiql works without a CDN. Run by Maven (generate-resources); versions are pinned in
# src/main/graphiql/package-lock.json. Skips the install when the lock file has not changed since the last copy.
set -euo pipefail
cd "$(dirname "$0")/.."
src=src/main/graphiql
work=target/graphiql-npm
out=target/classes/static/graphiql/vendor
stamp="$out/.lock-sha256"
want=$(sha256sum "$src/package-lock.json" | cut -d' ' -f1)
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -f "$out/graphiql.min.js" ]]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "graphiql-assets: npm is needed to vendor GraphiQL into the jar (install Node.js 20+ and npm)" >&2
  exit 1
fi
mkdir -p "$work" "$out"
cp "$src/package.json" "$src/package-lock.json" "$work/"
(cd "$work" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error)
cp "$work/node_modules/graphiql/graphiql.min.js" "$work/node_modules/graphiql/graphiql.min.css" \
  "$work/node_modules/react/umd/react.production.min.js" \
  "$work/node_modules/react-dom/umd/react-dom.production.min.js" "$out/"
cp "$work/node_modules/graphiql/LICENSE" "$out/LICENSE-graphiql" 2>/dev/null || true
echo "$want" > "$stamp"
