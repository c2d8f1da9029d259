#!/usr/bin/env bash
#
# processing-service/bench/lifecycle-bench.sh -- full dossier lifecycles per second through the REST APIs and
# Kafka, against running intake and processing services (deploy/local/up.sh):
#   intake POST /api/v1/dossiers  --DossierReceived on Kafka-->  processing opens the case
#   processing: ASSIGN -> APPROVE -> RESULT_READY -> RETURN_RESULT   (POST /api/v1/cases/{code}/transitions)
#
# Usage:
#   processing-service/bench/lifecycle-bench.sh [-n LIFECYCLES] [-c CONCURRENCY] [-f DOSSIER_JSON] [-d]
#
#   -n  number of dossiers driven to RESULT_RETURNED          [200]
#   -c  lifecycles run in parallel                             [8]
#   -f  intake request body (NewDossierRequest) of a published procedure whose mandatory components are all
#       listed, so that intake receives it (status 201, a code)  [bench/dossier.json: procedure SGDDT-015 of the reference catalogue]
#   -d  direct: no intake service; the script publishes the N DossierReceived events itself (bench/DirectReceive.java,
#       broker KAFKA_BOOTSTRAP [127.0.0.1:9092]) and measures processing alone: Kafka in, REST transitions
#
# Environment: INTAKE_URL [http://127.0.0.1:8082], PROCESSING_URL [http://127.0.0.1:8083],
#              TOKEN_SH [<repo>/deploy/local/token.sh], OPEN_TIMEOUT seconds to wait for the case [30].
# Output: one line per failed lifecycle on stderr, then: lifecycles, failures, wall time, lifecycles/s,
#         p50/p95/max lifecycle latency (receive -> returned) in ms.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
N=200
C=8
BODY="$HERE/dossier.json"
DIRECT=false
while getopts "n:c:f:dh" opt; do
  case $opt in
    d) DIRECT=true ;;
    n) N=$OPTARG ;;
    c) C=$OPTARG ;;
    f) BODY=$OPTARG ;;
    *) sed -n '3,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
  esac
done
INTAKE_URL=${INTAKE_URL:-http://127.0.0.1:8082}
PROCESSING_URL=${PROCESSING_URL:-http://127.0.0.1:8083}
TOKEN_SH=${TOKEN_SH:-$REPO/deploy/local/token.sh}
OPEN_TIMEOUT=${OPEN_TIMEOUT:-30}
command -v jq >/dev/null || { echo "jq is required" >&2; exit 2; }

DESK=$("$TOKEN_SH" intake-officer bench-desk TTPVHCC)
HEAD=$("$TOKEN_SH" unit-head bench-head P.QLCL)
OFFICER=$("$TOKEN_SH" processing-officer bench-officer P.QLCL)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PREFIX=BENCH-$(date +%s)
export INTAKE_URL PROCESSING_URL OPEN_TIMEOUT DESK HEAD OFFICER BODY WORK DIRECT PREFIX

lifecycle() {
  local i=$1 start code status deadline
  start=$(date +%s%3N)
  if [[ $DIRECT == true ]]; then
    code=$(printf '%s-%04d' "$PREFIX" "$i")
  else
  code=$(curl -sf -X POST "$INTAKE_URL/api/v1/dossiers" -H "Authorization: Bearer $DESK" \
      -H 'Content-Type: application/json' -H "Idempotency-Key: bench-$$-$i-$start" --data @"$BODY" \
      | jq -r '.code // empty') || true
  fi
  if [[ -z $code ]]; then echo "lifecycle $i: intake did not receive the dossier" >&2; return 0; fi
  deadline=$((SECONDS + OPEN_TIMEOUT))
  until [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $HEAD" \
      "$PROCESSING_URL/api/v1/cases/$code") == 200 ]]; do
    if ((SECONDS > deadline)); then echo "lifecycle $i: case $code not opened" >&2; return 0; fi
    sleep 0.05
  done
  step() { # token body
    status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$PROCESSING_URL/api/v1/cases/$code/transitions" \
        -H "Authorization: Bearer $1" -H 'Content-Type: application/json' --data "$2")
    [[ $status == 200 ]] || { echo "lifecycle $i: $code ${2:0:40} -> $status" >&2; return 1; }
  }
  step "$HEAD" '{"action":"ASSIGN","unit":"P.QLCL","officer":"bench-officer"}' &&
  step "$HEAD" "{\"action\":\"APPROVE\",\"decision\":{\"number\":\"$i/QĐ-BENCH\",\"date\":\"$(date +%F)\",\"signer\":\"Giám đốc\"}}" &&
  step "$OFFICER" '{"action":"RESULT_READY"}' &&
  step "$OFFICER" '{"action":"RETURN_RESULT","channel":"DIRECT"}' &&
  echo $(( $(date +%s%3N) - start )) > "$WORK/ok-$i" || true
}
export -f lifecycle

begin=$(date +%s%3N)
if [[ $DIRECT == true ]]; then
  CP=$(cd "$REPO" && mvn -B -q -o -pl processing-service dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
  java -cp "$CP" "$HERE/DirectReceive.java" "${KAFKA_BOOTSTRAP:-127.0.0.1:9092}" "$N" "$PREFIX"
  begin=$(date +%s%3N)
fi
seq 1 "$N" | xargs -P "$C" -I{} bash -c 'lifecycle {}'
end=$(date +%s%3N)

ok=$(find "$WORK" -name 'ok-*' | wc -l)
wall=$(( end - begin ))
cat "$WORK"/ok-* 2>/dev/null | sort -n > "$WORK/latencies" || true
pct() { [[ $ok -gt 0 ]] && sed -n "$(( (ok * $1 + 99) / 100 ))p" "$WORK/latencies" || echo -; }
echo "lifecycles: $ok of $N (failures: $((N - ok))), concurrency $C"
echo "wall time: ${wall} ms; throughput: $(awk -v n="$ok" -v ms="$wall" 'BEGIN { printf "%.1f", n * 1000 / ms }') lifecycles/s"
echo "lifecycle latency ms: p50 $(pct 50), p95 $(pct 95), max $(tail -1 "$WORK/latencies" 2>/dev/null || echo -)"
