#!/usr/bin/env bash
#
# intake-service/bench/intake-bench.sh -- sustained intake throughput and latency at C concurrent clients.
#
# Sends N POST /api/v1/dossiers (complete dossiers, ONLINE, each a new dossier) to a running intake-service
# with curl --parallel (C transfers at a time), then prints throughput and p50/p90/p99/max latency.
# Only loopback targets are accepted. The run is bounded by N and by curl's --max-time per request.
#
# Usage:
#   intake-service/bench/intake-bench.sh [N] [C] [A]     N requests [2000], C concurrent clients [16],
#                                                        A agencies the requests rotate over [1]
#
# One agency is the worst case: its dossiers of one day take their numbers one transaction at a time (the
# gapless daily sequence). Real traffic is spread over many agencies.
#
# Environment:
#   BASE_URL     the service                                   [http://127.0.0.1:8082]
#   PROCEDURE    procedure code prefix in the service's replica: PROCEDURE.1 .. PROCEDURE.A   [BENCH]
#   SEED_DB      when set (a database name, e.g. intake), the script puts the A procedures (agencies BENCH1..A)
#                into that database's catalogue replica with psql first -- a stand-in for the catalogue's
#                events, for a bench machine without the catalogue service; PGHOST/PGPORT/PGUSER apply  [unset]
#   TOKEN        bearer token of role portal                   [deploy/local/token.sh portal]
set -euo pipefail

N=${1:-2000}
C=${2:-16}
A=${3:-1}
BASE_URL=${BASE_URL:-http://127.0.0.1:8082}
PROCEDURE=${PROCEDURE:-BENCH}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

[[ $N =~ ^[0-9]+$ && $N -ge 1 && $N -le 1000000 ]] || { echo "N must be 1..1000000" >&2; exit 2; }
[[ $C =~ ^[0-9]+$ && $C -ge 1 && $C -le 256 ]] || { echo "C must be 1..256" >&2; exit 2; }
[[ $A =~ ^[0-9]+$ && $A -ge 1 && $A -le 1000 ]] || { echo "A must be 1..1000" >&2; exit 2; }
case $BASE_URL in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "BASE_URL must be a loopback address" >&2; exit 2 ;;
esac

if [[ -n ${SEED_DB:-} ]]; then
  for a in $(seq 1 "$A"); do
    code="$PROCEDURE.$a"
    psql -q -v ON_ERROR_STOP=1 -d "$SEED_DB" <<SQL
INSERT INTO procedure_version (procedure_code, version, effective_from, effective_to, withdrawn, payload)
VALUES ('$code', 1, DATE '2019-01-01', NULL, FALSE, '{
  "procedureCode": "$code", "version": 1, "name": "Thủ tục đo tải (benchmark)",
  "field": {"code": "BENCH", "name": "Đo tải"}, "agency": {"code": "BENCH$a", "name": "Cơ quan đo tải $a"},
  "applicantTypes": ["CITIZEN", "BUSINESS"], "channels": ["DIRECT", "POSTAL", "ONLINE"], "onlineLevel": "FULLY_ONLINE",
  "components": [{"code": "TP1", "name": "Tờ khai", "mandatory": true, "originals": 1, "copies": 0},
                 {"code": "TP2", "name": "Bản sao giấy tờ", "mandatory": true, "originals": 0, "copies": 1}],
  "processingTime": {"statutory": {"value": 15, "unit": "WORKING_DAYS"}, "committed": {"value": 12, "unit": "WORKING_DAYS"}},
  "processingTimeByChannel": {}, "fees": [], "result": "Kết quả", "legalBasis": [], "effectiveFrom": "2019-01-01"}'::jsonb)
ON CONFLICT (procedure_code, version) DO NOTHING;
SQL
  done
fi

TOKEN=${TOKEN:-$("$ROOT/deploy/local/token.sh" portal bench-portal)}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for a in $(seq 1 "$A"); do
  cat > "$WORK/body$a.json" <<JSON
{"procedureCode": "$PROCEDURE.$a", "channel": "ONLINE",
 "applicant": {"type": "CITIZEN", "name": "Nguyễn Văn Đo Tải", "identityNumber": "001190012345",
               "phone": "0912345678", "email": "bench@example.vn", "address": "1 Tràng Tiền, Hà Nội"},
 "documents": [{"componentCode": "TP1", "originals": 1, "copies": 0, "fileRef": "s3://bench/tp1.pdf"},
               {"componentCode": "TP2", "originals": 0, "copies": 1, "fileRef": "s3://bench/tp2.pdf"}]}
JSON
done

# one curl config entry per request, rotating over the agencies
requests() {
  for i in $(seq 1 "$1"); do
    ((i == 1)) || printf 'next\n'
    printf 'url = "%s/api/v1/dossiers"\nrequest = "POST"\nheader = "Authorization: Bearer %s"\n' "$BASE_URL" "$TOKEN"
    printf 'header = "Content-Type: application/json"\ndata-binary = "@%s/body%d.json"\n' "$WORK" $(( (i - 1) % A + 1 ))
    printf 'output = "/dev/null"\nmax-time = 30\nwrite-out = "%%{http_code} %%{time_total}\\n"\n'
  done
}

# warm-up: let the JIT and the connection pool settle, not counted
requests 1 > "$WORK/one.cfg"
curl -s -K "$WORK/one.cfg" | grep -q '^201' \
  || { echo "warm-up request failed: is the service up and $PROCEDURE.1 in its replica?" >&2; exit 1; }
requests 200 > "$WORK/warm.cfg"
curl -s --no-progress-meter --parallel --parallel-max "$C" -K "$WORK/warm.cfg" >/dev/null || true

requests "$N" > "$WORK/run.cfg"
start=$(date +%s.%N)
curl -s --no-progress-meter --parallel --parallel-max "$C" -K "$WORK/run.cfg" > "$WORK/results.txt" || true
end=$(date +%s.%N)

ok=$(awk '$1 == 201' "$WORK/results.txt" | wc -l)
failed=$((N - ok))
awk '$1 == 201 {print $2}' "$WORK/results.txt" | sort -n > "$WORK/latencies.txt"
pct() { awk -v p="$1" '{a[NR]=$1} END {if (NR == 0) {print "n/a"; exit} i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; printf "%.1f ms", a[i] * 1000}' "$WORK/latencies.txt"; }
elapsed=$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.2f", e - s}')
echo "intake-bench: $N requests, $C concurrent clients, $A agencies, $BASE_URL"
echo "  created (201): $ok   failed: $failed   elapsed: ${elapsed} s"
awk -v n="$ok" -v t="$elapsed" 'BEGIN {printf "  throughput: %.1f dossiers/s\n", n / t}'
echo "  latency p50: $(pct 50)   p90: $(pct 90)   p99: $(pct 99)   max: $(pct 100)"
