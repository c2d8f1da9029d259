#!/usr/bin/env bash
#
# reporting-service/bench/form06-bench.sh -- bulk-loads synthetic dossiers into a running
# reporting-service's database with SQL (generate_series) and times GET /api/v1/reports/form-06.
#
# Usage:
#   reporting-service/bench/form06-bench.sh [N]        N dossiers, default 1000000
#
# Environment:
#   PGHOST, PGPORT, PGUSER   PostgreSQL of the service            [127.0.0.1, 5432, postgres]
#   BENCH_DB                 the service's database                [reporting]
#   BASE_URL                 the running service                   [http://127.0.0.1:8084]
#   TOKEN                    bearer token (role auditor); default: deploy/local/token.sh auditor
#   RUNS                     requests per query                    [20]
#   BENCH_SKIP_LOAD=true     time the endpoint on the rows loaded by a previous run
# The synthetic rows stay afterwards, all under agency codes BENCH-xx; they are replaced at every load.
#
# The synthetic dossiers belong to agencies BENCH-00..BENCH-19 (400 procedures, 40 fields, 3 channels),
# received from 2020-01-01 to 2025-12-31 (~456 a day); 98 % are resolved 0-28 days after receipt
# (due after 21 days, so some are late), 2 % stay in progress. The same rows a live service would
# write: one dossier_fact per dossier, its daily and monthly counters, the open cells of those in progress.
# Any other data is left alone.
set -euo pipefail

N=${1:-1000000}
BENCH_DB=${BENCH_DB:-reporting}
BASE_URL=${BASE_URL:-http://127.0.0.1:8084}
RUNS=${RUNS:-20}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)

[[ $N =~ ^[0-9]+$ ]] || { echo "N must be a number" >&2; exit 2; }
command -v psql >/dev/null || { echo "psql is needed" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }
TOKEN=${TOKEN:-$("$repo/deploy/local/token.sh" auditor)}

if [[ ${BENCH_SKIP_LOAD:-false} != true ]]; then
echo "Loading $N synthetic dossiers into database $BENCH_DB ..."
start=$(date +%s)
psql -v ON_ERROR_STOP=1 -q -d "$BENCH_DB" -v n="$N" <<'SQL'
\timing on
DELETE FROM dossier_fact WHERE dossier_code LIKE 'BENCH-%';
DELETE FROM daily_count WHERE agency_code LIKE 'BENCH-%';
DELETE FROM monthly_count WHERE agency_code LIKE 'BENCH-%';
DELETE FROM open_count WHERE agency_code LIKE 'BENCH-%';

INSERT INTO dossier_fact (dossier_code, agency_code, field_code, procedure_code, channel, digitised, received_at,
                          received_date, due_date, resolved_at, resolution_kind, resolution_due_date, open_until)
SELECT 'BENCH-' || g,
       'BENCH-' || lpad((p % 20)::text, 2, '0'),
       'BF' || lpad((p % 40)::text, 2, '0'),
       'BP' || lpad(p::text, 3, '0'),
       (ARRAY['DIRECT', 'ONLINE', 'POSTAL'])[(1 + g % 3)::int],
       g % 4 = 0,
       rt,
       rd,
       rd + 21,
       CASE WHEN g % 50 <> 0 THEN rt + make_interval(days => ((g * 31) % 29)::int) END,
       CASE WHEN g % 50 <> 0 THEN 'RESULT_READY' END,
       CASE WHEN g % 50 <> 0 THEN rd + 21 END,
       CASE WHEN g % 50 <> 0 THEN rd + ((g * 31) % 29)::int END
FROM (SELECT g, (g * 7919) % 400 AS p, rt, (rt AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS rd
      FROM (SELECT g, timestamptz '2020-01-01 08:00+07'
                       + make_interval(secs => (g::double precision / :n) * 6 * 365 * 86400) AS rt
            FROM generate_series(1::bigint, :n::bigint) AS g) s) t;

-- the counters the live consumer would have written: received on the receipt day, outcome on the resolution day
INSERT INTO daily_count AS d (day, agency_code, field_code, procedure_code, channel, received, digitised,
                              resolved_early, resolved_on_time, resolved_late)
SELECT day, agency_code, field_code, procedure_code, channel, sum(received), sum(digitised), sum(early), sum(on_time),
       sum(late)
FROM (SELECT received_date AS day, agency_code, field_code, procedure_code, channel, 1 AS received,
             digitised::int AS digitised, 0 AS early, 0 AS on_time, 0 AS late
      FROM dossier_fact WHERE dossier_code LIKE 'BENCH-%'
      UNION ALL
      SELECT open_until, agency_code, field_code, procedure_code, channel, 0, 0,
             (open_until < resolution_due_date)::int, (open_until = resolution_due_date)::int,
             (open_until > resolution_due_date)::int
      FROM dossier_fact WHERE dossier_code LIKE 'BENCH-%' AND resolved_at IS NOT NULL) c
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO monthly_count (day, agency_code, field_code, procedure_code, channel, received, digitised,
                           resolved_early, resolved_on_time, resolved_late)
SELECT date_trunc('month', day)::date, agency_code, field_code, procedure_code, channel, sum(received), sum(digitised),
       sum(resolved_early), sum(resolved_on_time), sum(resolved_late)
FROM daily_count WHERE agency_code LIKE 'BENCH-%' GROUP BY 1, 2, 3, 4, 5;

-- the cells of the dossiers still in progress, as the consumer keeps them (V4 migration)
INSERT INTO open_count (received_date, agency_code, field_code, procedure_code, due_date, multi_supplement, dossiers)
SELECT received_date, agency_code, field_code, procedure_code, COALESCE(due_date, DATE 'infinity'),
       supplement_requests > 1, count(*)
FROM dossier_fact WHERE dossier_code LIKE 'BENCH-%' AND open_until IS NULL
GROUP BY 1, 2, 3, 4, 5, 6;

-- what autovacuum does on a live database: statistics, and the visibility map for index-only scans
VACUUM ANALYZE dossier_fact;
VACUUM ANALYZE daily_count;
VACUUM ANALYZE monthly_count;
VACUUM ANALYZE open_count;
SELECT (SELECT count(*) FROM dossier_fact) AS facts, (SELECT count(*) FROM daily_count) AS daily_cells,
       (SELECT count(*) FROM monthly_count) AS monthly_cells;
SQL
echo "Loaded in $(( $(date +%s) - start )) s."
fi

time_query() {
  local label=$1 query=$2
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE_URL/api/v1/reports/form-06?$query" \
    || { echo "request failed: $query" >&2; exit 1; }
  local times=()
  for _ in $(seq "$RUNS"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" \
      "$BASE_URL/api/v1/reports/form-06?$query")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '
    { t[NR] = $1 * 1000 }
    END { printf "%-58s min %6.1f ms  median %6.1f ms  p95 %6.1f ms  max %6.1f ms\n", label, t[1],
          t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)], t[NR] }'
}

echo "Timing GET /api/v1/reports/form-06 ($RUNS requests each, after one warm-up):"
time_query "year 2024, by field, all agencies" "from=2024-01-01&to=2024-12-31&groupBy=field"
time_query "year 2024, by procedure (400 rows), all agencies" "from=2024-01-01&to=2024-12-31&groupBy=procedure"
time_query "15/03/2021-20/11/2025 (partial months), by field" "from=2021-03-15&to=2025-11-20&groupBy=field"
time_query "one agency, 2024, by procedure" "from=2024-01-01&to=2024-12-31&groupBy=procedure&agency=BENCH-07"
time_query "one month (06/2023), by agency" "from=2023-06-01&to=2023-06-30&groupBy=agency"
time_query "reference-like period 01/01-21/12/2020, by field" "from=2020-01-01&to=2020-12-21&groupBy=field"
