#!/usr/bin/env bash
# Validates the deployment files without a container engine: every YAML file parses, the nginx config of
# compose.yaml passes `nginx -t` (with the compose service names mapped to loopback, as nginx resolves upstream
# names when it loads), and the environment variable names match what the application reads
# (DeploymentConfigurationTests).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - <<'PY'
import glob, yaml
for f in ["compose.yaml"] + sorted(glob.glob("deploy/k8s/*.yaml")):
    docs = [d for d in yaml.safe_load_all(open(f)) if d]
    kinds = ", ".join(d.get("kind", "compose") for d in docs)
    print(f"yaml ok: {f} ({kinds})")
PY
command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx >/dev/null; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
sed -e 's/app1:8080/127.0.0.1:18091/; s/app2:8080/127.0.0.1:18092/' deploy/nginx/itqan.conf > "$tmp/itqan.conf"
sed -e "s#/etc/nginx/itqan.conf#$tmp/itqan.conf#; s#pid /tmp/nginx.pid#pid $tmp/nginx.pid#; s#/dev/stderr#$tmp/error.log#" \
  deploy/nginx/nginx.conf > "$tmp/nginx.conf"
nginx -t -p "$tmp" -c "$tmp/nginx.conf" 2>&1 | tail -1
. scripts/java-env.sh
./mvnw -B -q -o test -Djacoco.skip=true -Dtest=DeploymentConfigurationTests -Dsurefire.failIfNoSpecifiedTests=false
echo "env names ok (DeploymentConfigurationTests)"
