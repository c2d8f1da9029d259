#!/usr/bin/env bash
#
# bench/run.sh -- the benchmark harness of issue 9: how fast the suite is against the limits of its machine
# (PostgreSQL via pgbench, Kafka via its EndToEndLatency tool) and against an embedded BPMN engine (Flowable).
#
# Usage:
#   bench/run.sh [--quick]
#
# One command: builds the service jars if missing (offline reactor build), resolves the bench classpath
# (bench/pom.xml, not in the reactor), starts the suite with production settings (deploy/local/up.sh: prod
# profile, up.sh's JVM options, reference catalogue), runs the measures, stops everything it started (also on failure),
# and writes bench/results/<UTC date-time>-<quick|full>.md, which it also prints.
#
#   full     3 repetitions of every measure (the table gives the median over them), 20 s per load level
#            after the suite's steady state (16-client slices of 15 s, at least 180 s and until two agree
#            within 5 %, at most 420 s), lifecycles (ours and the peer's) after the same rule (slices of 150, at
#            least 60 s, at most 240 s) and one more run a side for the database work a lifecycle (lib/dbwork.sh),
#            form 06 over 100,000 and 1,000,000 dossiers
#   --quick  1 repetition, 5 s per load level after at most 20 s of warm-up (lifecycles: 6 s a side), form 06 over
#            100,000 only: under 5 minutes on 2 idle cores
#
# Measures (bench/measures/*.sh, one file each): intake at 1/16/64 clients; pgbench with the same writes
# (ratio); one receiving agency (its gapless sequence row: intake and pgbench, full runs only); end-to-end
# 201 -> form 06 under load and Kafka's own latency; full lifecycle vs Flowable (ratio); form 06 over N dossiers;
# peak RSS and start-up time per service.
#
# Environment (defaults keep clear of a developer's suite on 8081-8084/9092 and .data/):
#   MOTCUA_DATA_DIR [<repo>/.data/bench]  KAFKA_PORT [9192]  MOTCUA_PORT_OFFSET [1000] (services on 9081-9084)
#   PGHOST/PGPORT/PGUSER [127.0.0.1/5432/postgres]  MOTCUA_JAVA_OPTS (up.sh's default: -Xmx256m, SerialGC)
#   E2E_WARMUP_S=N       the unrecorded end-to-end run before the recorded ones [120; quick 5]
#   LIFECYCLE_C=N        lifecycles in parallel, the same on both sides [8]
#   INTAKE_CLIENT=java   intake's load from the JVM (IntakeLoad) instead of wrk [wrk; installed with apt-get if
#                        missing: measures/intake.sh]
#   BENCH_MEASURES="e2e" only these measures (of: intake intake_alone pgbench one_agency e2e kafka_latency lifecycle
#                        import form06 memory), after the same warm-up; e.g. BENCH_MEASURES=e2e E2E_RATE=194 bench/run.sh
#   BENCH_PROFILE=true   also record intake with JFR during its first 16-client run, and processing during the
#                        first lifecycle run; the hottest frames go under the table, the recordings to
#                        $MOTCUA_DATA_DIR/profiles/ (every service gets an empty recording at start-up: lib/profile.sh)
#   MOTCUA_DB_PREFIX [bench_]  the suite's databases: bench_catalog, bench_intake, bench_processing,
#                        bench_reporting, dropped at every start; empty: the developer's own, kept
#   BENCH_AUTOVACUUM=server  keep the server's autovacuum setting (default: on for the run if the server has it off,
#                        put back at the end; lib/autovacuum.sh)
# Databases also used on that PostgreSQL: bench_pgbench and bench_flowable (recreated).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
MODE=full
case ${1:-} in
  --quick) MODE=quick ;;
  "") ;;
  -h | --help) sed -n '3,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: bench/run.sh [--quick]" >&2; exit 2 ;;
esac

# the command as given, for the results: the harness's own settings from the environment before it
BENCH_COMMAND=bench/run.sh${1:+ $1}
for v in E2E_RATE E2E_WARMUP_S LIFECYCLE_C INTAKE_CLIENT BENCH_AUTOVACUUM BENCH_PROFILE BENCH_MEASURES; do
  [[ -z ${!v:-} ]] || BENCH_COMMAND="$v=\"${!v}\" $BENCH_COMMAND"
done

source "$HERE/lib/all.sh"

CLIENTS=(1 16 64)
FLOWABLE_VERSION=$(sed -n 's:.*<flowable.version>\(.*\)</flowable.version>.*:\1:p' "$HERE/pom.xml")
LIFECYCLE_C=${LIFECYCLE_C:-8}
if [[ $MODE == quick ]]; then
  REPS=1 JIT_WARMUP_S=20 WARMUP_MIN_S=0 WARMUP_SLICE_S=10 WARMUP_S=2 LOAD_S=5 E2E_S=10 E2E_WARMUP_S=${E2E_WARMUP_S:-5} E2E_SETTLE_S=5 KAFKA_RECORDS=1000 LIFECYCLES=60 LIFECYCLE_SLICE=30 LIFECYCLE_WARMUP_MIN_S=0 LIFECYCLE_WARMUP_MAX_S=6 IMPORT_N=2000 IMPORT_CHUNK=2000 FORM06_RUNS=30 FORM06_SIZES=(100000)
else
  REPS=3 JIT_WARMUP_S=420 WARMUP_MIN_S=180 WARMUP_SLICE_S=15 WARMUP_S=5 LOAD_S=20 E2E_S=45 E2E_WARMUP_S=${E2E_WARMUP_S:-120} E2E_SETTLE_S=10 KAFKA_RECORDS=5000 LIFECYCLES=300 LIFECYCLE_SLICE=150 LIFECYCLE_WARMUP_MIN_S=60 LIFECYCLE_WARMUP_MAX_S=240 IMPORT_N=100000 IMPORT_CHUNK=2000 FORM06_RUNS=100 FORM06_SIZES=(100000 1000000)
fi

STAMP=$(date -u +%Y-%m-%dT%H%M%SZ)
WORK=$(mktemp -d /tmp/motcua-bench.XXXXXX)
ROWS=$WORK/rows.md
DETAILS=$WORK/details.md
PROFILES=$WORK/profiles.md
: >"$ROWS"
: >"$DETAILS"
: >"$PROFILES"
STARTED=false
cleanup() {
  local rc=$?
  if $STARTED; then
    log "stopping the suite (deploy/local/down.sh)"
    suite_down
  fi
  autovacuum_restore
  [[ $rc -eq 0 ]] && rm -rf "$WORK" || log "kept $WORK for inspection (exit $rc)"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

T0=$SECONDS
log "mode $MODE, data $MOTCUA_DATA_DIR, services on $((8081 + MOTCUA_PORT_OFFSET))-$((8084 + MOTCUA_PORT_OFFSET)), Kafka $KAFKA_PORT"
bench_suite_up

# run_measure NAME: one measure in a subshell with set -e; a failure is a row of the table, not the end of the run
run_measure() {
  local rc
  set +e
  (set -e; "measure_$1")
  rc=$?
  set -e
  if ((rc != 0)); then
    log "measure $1 failed (exit $rc)"
    row "$1" "FAILED (exit $rc, see the log above)" — miss
  fi
}

# one_agency (full runs; --quick has no time left for it): measure 2b, bench/measures/one_agency.sh
MEASURES=(${BENCH_MEASURES:-intake intake_alone pgbench $([[ $MODE == quick ]] || echo one_agency) e2e kafka_latency lifecycle import form06 memory})
if [[ " ${MEASURES[*]} " != *" intake "* ]]; then
  # a subset without measure 1 still measures a warm suite
  warm_up_intake "$("$REPO/deploy/local/token.sh" portal bench-portal)"
fi
for m in "${MEASURES[@]}"; do
  run_measure "$m"
done
relay_batches

suite_down
STARTED=false
autovacuum_restore
DURATION=$((SECONDS - T0))

mkdir -p "$HERE/results"
OUT=$HERE/results/$STAMP-$MODE.md
{
  echo "# Benchmark, $MODE run, $STAMP"
  echo
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM," \
    "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1); load average at the end:" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- date (UTC): $STAMP; duration: $((DURATION / 60)) min $((DURATION % 60)) s"
  echo "- commit: $(commit_measured)"
  echo "- command: \`$BENCH_COMMAND\` (JDK $(java -version 2>&1 | head -1 | cut -d'"' -f2)," \
    "PostgreSQL $(psql_q postgres 'SHOW server_version' | cut -d' ' -f1) with $AUTOVACUUM_NOTE, Kafka $(basename "$(tr ':' '\n' <<<"$KAFKA_CP" | grep -m1 '/kafka_2.13-')" .jar | sed 's/kafka_2.13-//'))"
  echo "- services' JVM options: $JVM_OPTIONS"
  # the settings given to the services through the environment (never a secret's value: the file is committed)
  overrides=$(env | grep -E '^(MOTCUA_OUTBOX_|MOTCUA_CONSUMER_|MOTCUA_INTAKE_|MOTCUA_DB_POOL|QUARKUS_)' |
    grep -viE '^[^=]*(PASSWORD|SECRET|TOKEN|KEY)[^=]*=' | sort | tr '\n' ' ' || true)
  [[ -z $overrides ]] || echo "- services' settings from the environment: $overrides"
  if [[ ${MOTCUA_MIGRATE_AT_START:-false} == true ]]; then
    echo "- schema migrations: by each service at its start (MOTCUA_MIGRATE_AT_START=true)"
  else
    echo "- schema migrations: one run of each service's jar before the services start (up.sh's default), the services without Flyway"
  fi
  echo "- intake's load generator: $([[ $INTAKE_CLIENT == java ]] && echo "IntakeLoad (JVM, PlainHttp)" ||
    echo "$(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2) with bench/wrk/intake.lua")"
  echo "- repetitions: $REPS (values are medians over them; p50/p99 are within each run)"
  echo
  echo "| measure | value | target | result |"
  echo "|---|---|---|---|"
  cat "$ROWS"
  echo
  echo "Per run:"
  echo
  cat "$DETAILS"
  cat "$PROFILES"
} >"$OUT"
cat "$OUT"
log "written $OUT in $((DURATION / 60)) min $((DURATION % 60)) s"
