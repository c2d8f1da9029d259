#!/usr/bin/env bash
#
# deploy/k8s/validate.sh -- renders every overlay with `kubectl kustomize` and validates every
# rendered resource offline: Kubernetes, Strimzi, CloudNativePG and Prometheus Operator
# schemas, unknown fields, the suite's deployment rules, PromQL, and the Grafana dashboard.
# Exits non-zero on any finding, naming the overlay, the resource and the field.
#
# Usage:
#   deploy/k8s/validate.sh               validate overlays/* (and the dashboard)
#   deploy/k8s/validate.sh --self-test   also prove that broken manifests fail
#
# Needs kubectl (for `kubectl kustomize`; no cluster), node >= 20 and npm. The validator's
# npm packages are installed from validator/package-lock.json on first use (`npm ci`).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
validator="$here/validator"
self_test=false
case "${1:-}" in
  "") ;;
  --self-test) self_test=true ;;
  -h|--help) sed -n '3,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "unknown argument: $1" >&2; exit 2 ;;
esac

for tool in kubectl node npm; do
  command -v "$tool" >/dev/null || { echo "validate.sh: $tool is required" >&2; exit 2; }
done
if [[ ! -d "$validator/node_modules" || "$validator/package-lock.json" -nt "$validator/node_modules/.package-lock.json" ]]; then
  echo "validate.sh: installing the validator's npm packages (npm ci)" >&2
  (cd "$validator" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# validate ROOT: renders ROOT/k8s/overlays/* and validates them with ROOT's dashboard.
validate() {
  local root=$1 out=$2 rendered=() overlay name
  for overlay in "$root"/k8s/overlays/*/; do
    name=$(basename "$overlay")
    if ! kubectl kustomize "$overlay" >"$out/$name.yaml" 2>"$out/$name.err"; then
      echo "FAIL $name: kubectl kustomize does not render:" >&2
      sed 's/^/  /' "$out/$name.err" >&2
      return 1
    fi
    rendered+=("$out/$name.yaml")
  done
  # Examples the runbook tells ops to apply by hand (e.g. a PostgreSQL restore) are checked too.
  for example in "$root"/k8s/examples/*.yaml; do
    [[ -e $example ]] && rendered+=("$example")
  done
  local topics=()
  [[ -f $root/local/topics.conf ]] && topics=(--topics "$root/local/topics.conf")
  node "$validator/validate.mjs" --dashboard "$root/observability/grafana-dashboard.json" "${topics[@]}" "${rendered[@]}"
}

mkdir -p "$work/real"
validate "$(dirname "$here")" "$work/real"

$self_test || exit 0

# ---- self-test: each case breaks a copy of deploy/ and must fail with the expected finding ----
# case name | file (under deploy/) | python expression turning text s into the broken text | expected output
cases=(
  "wrong type (Kubernetes)|k8s/base/intake-service/service.yaml|s.replace('port: 80', 'port: eighty')|Service motcua/intake-service: spec.ports[0].port: must be integer"
  "wrong type (Strimzi CRD)|k8s/base/kafka/topics.yaml|s.replace('partitions: 6', 'partitions: six', 1)|KafkaTopic motcua/intake.dossiers.v1: spec.partitions: must be integer"
  "missing required field (CNPG CRD)|k8s/base/postgres/pg-intake.yaml|s.replace('  schedule: \"0 0 19 * * *\"\n', '')|ScheduledBackup motcua/pg-intake-daily: spec: must have required property schedule"
  "missing required field (Kubernetes)|k8s/base/reporting-service/hpa.yaml|s.replace('    kind: Deployment\n    name: reporting-service\n', '    kind: Deployment\n')|HorizontalPodAutoscaler motcua/reporting-service: spec.scaleTargetRef: must have required property name"
  "unknown kind|k8s/base/kafka/topics.yaml|s.replace('kind: KafkaTopic', 'kind: KafkaTopik', 1)|unknown kind \"KafkaTopik\""
  "unknown field (typo)|k8s/base/kafka/nodepool.yaml|s.replace('  roles:', '  role: [broker]\n  roles:')|KafkaNodePool motcua/dual: spec.role: unknown field \"role\""
  "unknown field in a CRD's nested object|k8s/base/postgres/pg-processing.yaml|s.replace('        maxParallel: 2', '        maxParalel: 2')|Cluster motcua/pg-processing: spec.backup.barmanObjectStore.wal.maxParalel: unknown field"
  "secret as a plain value|k8s/base/intake-service/deployment.yaml|s.replace('''              valueFrom:\n                secretKeyRef:\n                  name: pg-intake-app\n                  key: password''', '              value: hunter2')|QUARKUS_DATASOURCE_PASSWORD: a secret must come from valueFrom.secretKeyRef"
  "migrations turned off with no init container to run them|k8s/base/reporting-service/deployment.yaml|s.replace('QUARKUS_INIT_AND_EXIT', 'QUARKUS_INIT_AND_EXITS')|QUARKUS_FLYWAY_MIGRATE_AT_START: is false, but no init container migrates"
  "init container without a CPU request|k8s/base/procedure-catalog-service/deployment.yaml|s.replace('              cpu: 250m', '              cpux: 250m', 1)|initContainers[0].resources.requests.cpu: is required"
  "missing probe|k8s/base/processing-service/deployment.yaml|s.replace('path: /q/health/ready', 'path: /health')|readinessProbe: must be an httpGet on /q/health/ready"
  "topic replication above brokers|k8s/overlays/dev/kustomization.yaml|s.replace('''        path: /spec/replicas\n        value: 1\n      - op: replace\n        path: /spec/config/min.insync.replicas''', '''        path: /spec/replicas\n        value: 3\n      - op: replace\n        path: /spec/config/min.insync.replicas''')|spec.replicas: 3 replicas but only 1 broker(s)"
  "broken PromQL in an alert|observability/prometheus-rules.yaml|s.replace('max by (service) (motcua_outbox_pending) > 100', 'max by (service (motcua_outbox_pending) > 100')|PromQL does not parse"
  "topic drifted from deploy/local/topics.conf|k8s/base/kafka/topics.yaml|s.replace('partitions: 3', 'partitions: 4', 1)|spec.partitions: 4, but topics.conf says 3"
  "dashboard not JSON|observability/grafana-dashboard.json|s[:-10]|not valid JSON"
)
failed=0
for c in "${cases[@]}"; do
  IFS='|' read -r title file expr expected <<<"$c"
  copy="$work/case"
  rm -rf "$copy" && mkdir -p "$copy/out"
  tar -C "$(dirname "$here")" --exclude=node_modules -cf - k8s observability local/topics.conf | tar -C "$copy" -xf -
  python3 - "$copy/$file" "$expr" <<'PY'
import sys
path, expr = sys.argv[1], sys.argv[2]
s = open(path, encoding="utf-8").read()
t = eval(expr, {"s": s})
if t == s:
    sys.exit(f"self-test case did not change {path}: fix the case")
open(path, "w", encoding="utf-8").write(t)
PY
  if output=$(validate "$copy" "$copy/out" 2>&1); then
    echo "SELF-TEST FAIL: $title: the broken copy was accepted" >&2; failed=1
  elif ! grep -qF -- "$expected" <<<"$output"; then
    echo "SELF-TEST FAIL: $title: expected \"$expected\", got:" >&2; printf '  %s\n' "${output//$'\n'/$'\n  '}" >&2; failed=1
  else
    echo "self-test ok: $title -> $(grep -F -- "$expected" <<<"$output" | head -1)"
  fi
done
((failed == 0)) || exit 1
echo "self-test: ${#cases[@]} passed, 0 failed"
