#!/usr/bin/env bash
#
# procedure-catalog-service/bench/search-bench.sh -- loads PROCEDURES synthetic procedures (half of them with two
# versions) through POST /api/v1/catalogue/import, then times REQUESTS searches GET /api/v1/procedures?q=...
# sequentially over one kept-alive connection (curl's time_total) and prints p50 / p90 / p99 / max.
#
# Usage:
#   bench/search-bench.sh            against the service at CATALOG_URL (e.g. started by deploy/local/up.sh),
#                                    with a catalog-admin token from deploy/local/token.sh
#   bench/search-bench.sh --start    starts the packaged service itself (target/quarkus-app) on BENCH_PORT with a
#                                    fresh database catalog_bench, the outbox relay off (nothing is published to
#                                    Kafka) and a throw-away key pair; stops it at the end
#
# Environment: PROCEDURES [5000]  REQUESTS [2000]  BATCH [500]  CATALOG_URL [http://127.0.0.1:8081]
#              BENCH_PORT [18181]  PGHOST [127.0.0.1]  PGPORT [5432]  PGUSER [postgres]
set -euo pipefail

MODULE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPO_DIR=$(cd "$MODULE_DIR/.." && pwd)
PROCEDURES=${PROCEDURES:-5000}
REQUESTS=${REQUESTS:-2000}
BATCH=${BATCH:-500}
BENCH_PORT=${BENCH_PORT:-18181}
WORK=$(mktemp -d /tmp/catalog-bench.XXXXXX)
SERVICE_PID=

cleanup() {
  if [[ -n $SERVICE_PID ]]; then
    kill "$SERVICE_PID" 2>/dev/null || true
    for _ in $(seq 1 10); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVICE_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

export MOTCUA_DATA_DIR=${MOTCUA_DATA_DIR:-$REPO_DIR/.data}
if [[ ${1:-} == --start ]]; then
  export MOTCUA_DATA_DIR=$WORK/data
  CATALOG_URL=http://127.0.0.1:$BENCH_PORT
  jar=$MODULE_DIR/target/quarkus-app/quarkus-run.jar
  [[ -f $jar ]] || { echo "build first: mvn -B -o -pl procedure-catalog-service install -DskipTests" >&2; exit 1; }
  psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -q \
    -c "DROP DATABASE IF EXISTS catalog_bench WITH (FORCE)" -c "CREATE DATABASE catalog_bench"
  "$REPO_DIR/deploy/local/token.sh" catalog-admin >/dev/null   # generates the key pair in $MOTCUA_DATA_DIR/keys
  env QUARKUS_HTTP_PORT="$BENCH_PORT" MOTCUA_DB_NAME=catalog_bench MOTCUA_OUTBOX_RELAY_ENABLED=false \
    KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 QUARKUS_LOG_LEVEL=WARN QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL=OFF \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$MOTCUA_DATA_DIR/keys/public.pem" \
    MP_JWT_VERIFY_ISSUER=https://motcua.local/issuer \
    java -jar "$jar" >"$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  # readiness would wait for Kafka, which the benchmark does not use: wait for the API itself
  for _ in $(seq 1 120); do
    curl -sf "$CATALOG_URL/api/v1/calendar/2020" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -sf "$CATALOG_URL/api/v1/calendar/2020" >/dev/null || { tail -50 "$WORK/service.log" >&2; exit 1; }
fi
CATALOG_URL=${CATALOG_URL:-http://127.0.0.1:8081}
TOKEN=$("$REPO_DIR/deploy/local/token.sh" catalog-admin)

python3 "$MODULE_DIR/bench/generate.py" "$WORK/docs" "$PROCEDURES" "$BATCH" "$REQUESTS" "$CATALOG_URL"
start=$(date +%s)
for doc in "$WORK"/docs/import-*.json; do
  code=$(curl -s -o "$WORK/import.response" -w '%{http_code}' --max-time 300 -X POST \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary "@$doc" \
    "$CATALOG_URL/api/v1/catalogue/import")
  [[ $code == 200 ]] || { echo "import of $doc answered $code: $(head -c 500 "$WORK/import.response")" >&2; exit 1; }
done
echo "imported $PROCEDURES procedures in $(($(date +%s) - start)) s: $(cat "$WORK/import.response")"

# warm-up, then the measured run
head -200 "$WORK/docs/urls.cfg" | curl -s -K - -w '%{time_total}\n' >/dev/null
curl -s -K "$WORK/docs/urls.cfg" -w '%{time_total}\n' >"$WORK/times.txt"
python3 - "$WORK/times.txt" <<'PY'
import sys
t = sorted(float(x) * 1000 for x in open(sys.argv[1]) if x.strip())
pick = lambda q: t[min(len(t) - 1, int(q * len(t)))]
print("searches: %d  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms" % (len(t), pick(.5), pick(.9), pick(.99), t[-1]))
PY
