#!/usr/bin/env bash
#
# deploy/local/up.sh -- the whole suite on this machine, without Docker:
# PostgreSQL, a Kafka broker, a development key pair, and the four services
# (java -jar target/quarkus-app/quarkus-run.jar), then the reference catalogue.
#
# Usage:
#   deploy/local/up.sh [--embedded-postgres] [--build] [--infra-only] [--skip-catalogue]
#
#   --embedded-postgres  always use the embedded PostgreSQL (postgres.sh start --embedded),
#                        even when a server answers on 127.0.0.1:5432
#   --build              run `mvn -B -q -DskipTests package` at the repository root even
#                        when every quarkus-run.jar exists (otherwise only when one is missing)
#   --infra-only         PostgreSQL + databases, Kafka + topics, keys; no service
#   --skip-catalogue     do not POST the reference catalogue
#
# Environment:
#   MOTCUA_HTTP_HOST      QUARKUS_HTTP_HOST of the services            [127.0.0.1]
#   MOTCUA_JAVA_OPTS      JVM options of each service  [-Xms64m -Xmx256m -XX:+UseSerialGC -XX:MetaspaceSize=128m
#                         -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TrimNativeHeapInterval=5000
#                         -XX:InlineSmallCode=1000 -XX:MaxInlineSize=20 -XX:FreqInlineSize=150
#                         -XX:MinHeapFreeRatio=20]
#   MOTCUA_JAVA_OPTS_CATALOG, _INTAKE, _PROCESSING, _REPORTING
#                         JVM options of one service, after MOTCUA_JAVA_OPTS   [none; intake: -Xms40m
#                         -XX:SurvivorRatio=4; processing: -XX:-TieredCompilation -XX:CICompilerCount=1;
#                         set one empty for none]
#   MALLOC_ARENA_MAX      glibc malloc arenas of each service            [2]
#   MOTCUA_START_TIMEOUT  seconds to wait for every /q/health/ready    [180]
#   MOTCUA_MIGRATE_AT_START  true = each service runs its Flyway migrations at its start; false = one
#                         migration run of each service's jar (QUARKUS_INIT_AND_EXIT) before the services
#                         start, which then start without Flyway, as in Kubernetes   [false]
#   MOTCUA_MIGRATE_JAVA_OPTS  JVM options of the migration runs  [-Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1]
#   MOTCUA_JWT_ISSUER     MP_JWT_VERIFY_ISSUER and the tokens' iss     [https://motcua.local/issuer]
#   KAFKA_PORT            broker port                                  [9092]
#   MOTCUA_PORT_OFFSET    added to the service ports 8081-8084         [0]
#   MOTCUA_DB_PREFIX      put before the database names (bench: bench_) [none]
#   MOTCUA_EMBEDDED_PG    true = same as --embedded-postgres
#   MOTCUA_DATA_DIR       data directory                               [<repo>/.data]
#   Any other QUARKUS_* / MP_* variable you export reaches the services unchanged.
#
# Services (port, database): procedure-catalog-service 8081 catalog,
# intake-service 8082 intake, processing-service 8083 processing,
# reporting-service 8084 reporting (dashboard at http://127.0.0.1:8084/).
# Pid files: $MOTCUA_DATA_DIR/run/<service>.pid; logs: $MOTCUA_DATA_DIR/logs/<service>.log.
# Running it again is harmless: what runs already is left alone. Stop with down.sh.
set -euo pipefail

MOTCUA_LOG_TAG=up
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"

usage() {
  sed -n '3,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'
}

embedded_pg=${MOTCUA_EMBEDDED_PG:-false}
build=false
infra_only=false
skip_catalogue=false
for arg in "$@"; do
  case $arg in
    --embedded-postgres) embedded_pg=true ;;
    --build) build=true ;;
    --infra-only) infra_only=true ;;
    --skip-catalogue) skip_catalogue=true ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      usage >&2
      die "unknown option: $arg"
      ;;
  esac
done

MOTCUA_HTTP_HOST=${MOTCUA_HTTP_HOST:-127.0.0.1}
# -Xms64m: without it the initial heap is 1/64 of the machine's memory, i.e. the whole -Xmx here, and the young
# generation alone (a third of it) is resident from the first minutes; grown on demand instead, the peak RSS under
# the benchmark's load fell by 50-120 MiB per service (bench/results, docs/notes/benchmark.md). Not lower: with
# -Xms32m and the heap kept near what is live (-XX:MaxHeapFreeRatio=30), peak RSS fell by 10-23 MiB more but
# form 06 took twice as long (p99 over 1,000,000 dossiers 188 -> 358 ms, bench/results/2026-12-01T221343Z-full.md).
# -XX:TrimNativeHeapInterval: glibc keeps what the JIT and the threads have freed; given back every 5 s
# (measured after 100 s at 16 clients: 27-28 MiB of intake's and processing's resident memory was such garbage).
# Tiered compilation (the default): measured without C1 and with one C2 compiler thread (-XX:-TieredCompilation
# -XX:CICompilerCount=1), the peak RSS fell by 20-45 MiB a service (intake 342-350 -> 312 MiB, processing and
# reporting under 300), but after 10 minutes of load intake was still warming up (0.07 of pgbench at 16 clients
# against 0.11), and endpoints called less than 10,000 times stay interpreted (form 06 over 1,000,000 dossiers,
# p99 223 ms): a restart at opening hours would cost minutes of throughput. An operator short of memory can set
# it, per service too (MOTCUA_JAVA_OPTS_REPORTING, ...; docs/notes/benchmark.md, session 7).
# Processing runs that way by default since session 19 (below, MOTCUA_JAVA_OPTS_PROCESSING).
# -XX:MetaspaceSize=128m: the class metadata grows to 85-105 MiB a service, and with the default threshold (21 MiB)
# every step of that growth stopped the JVM for a full collection ("Pause Full (Metadata GC Threshold)"): four or
# five in intake's first minute after a start, up to 281 ms each, the later ones under the first requests (-Xlog:gc,
# session 8). It is the threshold of the first such collection, not memory taken.
# -XX:InlineSmallCode=1000 -XX:MaxInlineSize=20 -XX:FreqInlineSize=150 (HotSpot's 2500 / 35 / 325): C2 inlines
# less, so its compilations are smaller and so are the arenas it holds while it compiles, which make the peak RSS.
# Session 13, two A/B pairs in opposite orders: quick 035317Z (defaults) / 035827Z peaks 258/322/305/280 ->
# 250/309/291/252 MiB; full (intake, intake alone, lifecycle, memory) 041915Z (defaults) / 040426Z 265/334/337/302
# -> 250/323/323/285 MiB; throughput not lower (intake alone 735 / 711 dossiers/s, lifecycle 0.66x / 0.76x).
# -XX:MinHeapFreeRatio=20 (HotSpot's 40): after a full collection the old generation grows only when less than 20 %
# of it is free, instead of 40 %; the heap stayed at its 64 MiB in intake, processing and reporting (it had grown
# to 71-75). With -Xms64m only: the old generation keeps at least its 43 MiB, far above what is live (27-35 MiB),
# so the smaller margin never makes full collections frequent. Kubernetes keeps HotSpot's 40: there no -Xms keeps
# the old generation above the live set, so the margin would be 20 % of the live set itself (not measured).
# Session 17, full runs on one host, the flag first (bench/results/2026-12-05T210628Z) then without (213554Z):
# peaks 243/305/314/305 against 244/318/323/307 MiB, resident at the end 230/288/286/273 against 230/301/296/287;
# CPU a dossier and a lifecycle the same (intake alone 1.25-1.37 against 1.23-1.27 ms, processing 6.5-6.8 against
# 6.5-7.0 ms a lifecycle), form 06 over 1,000,000 p99 73 against 76 ms. Session 5's -XX:MinHeapFreeRatio=20
# -XX:MaxHeapFreeRatio=40 also shrank the heap back to what was live and cost 36 % of intake's throughput.
MOTCUA_JAVA_OPTS=${MOTCUA_JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC -XX:MetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TrimNativeHeapInterval=5000 -XX:InlineSmallCode=1000 -XX:MaxInlineSize=20 -XX:FreqInlineSize=150 -XX:MinHeapFreeRatio=20}
# Processing without C1, with one C2 thread: its peak RSS came from the lifecycle's first compilations (269 -> 314
# MiB over 10 s, session 17). Session 19, full mode (intake, pgbench, lifecycle, memory) on one host, this first
# (bench/results/2026-12-06T020112Z) then tiered (021849Z): processing's peak 271 against 306 MiB; CPU a lifecycle
# 10.1-13.5 against 13.7-16.8 ms, lifecycle ratio 1.24x against 1.14x (the host slowed between the runs: pgbench
# 1,532 against 1,356 tx/s at 16 clients); ours' warm-up slices 15.6 -> 44 lifecycles/s in 76 s against 18.2 -> 46
# in 75 s. Unlike intake (minutes of lower throughput after a start) and reporting (rare reports interpreted),
# processing's hot paths are called thousands of times a minute. C1 only (TieredStopAtLevel=1) cost a third of the
# lifecycle throughput (session 18). Set MOTCUA_JAVA_OPTS_PROCESSING= (empty) for tiered compilation.
MOTCUA_JAVA_OPTS_PROCESSING=${MOTCUA_JAVA_OPTS_PROCESSING--XX:-TieredCompilation -XX:CICompilerCount=1}
# Intake's heap from 40 MiB, each survivor space a sixth of the young generation (HotSpot's: a tenth): its heap
# settles at 53-55 MiB (old generation ~35 MiB, what MinHeapFreeRatio=20 keeps above its 24-31 MiB live) instead of 62-64,
# and the larger survivors keep the in-flight requests' objects young, so full collections stay nearly as rare as with
# 64 MiB. Session 23, BENCH_MEASURES="intake intake_alone import memory" with -Xlog:gc, one host: 64 MiB
# (bench/results/2026-12-06T140229Z) peak 298 MiB, 14 full collections (3.8 s); 40 MiB alone (134354Z) 287 MiB
# but 32 (8.0 s); 40 MiB and SurvivorRatio=4 (142010Z) 291 MiB, 18 (4.5 s), intake alone 673 against 599
# dossiers/s. Set MOTCUA_JAVA_OPTS_INTAKE= (empty) for the common 64 MiB.
MOTCUA_JAVA_OPTS_INTAKE=${MOTCUA_JAVA_OPTS_INTAKE--Xms40m -XX:SurvivorRatio=4}
# glibc's malloc keeps up to 8 arenas a core for the JVM's native allocations (JIT, threads): 2 are enough
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
MOTCUA_START_TIMEOUT=${MOTCUA_START_TIMEOUT:-180}
MOTCUA_MIGRATE_AT_START=${MOTCUA_MIGRATE_AT_START:-false}
# The migration runs are short: C1 only, a small heap.
MOTCUA_MIGRATE_JAVA_OPTS=${MOTCUA_MIGRATE_JAVA_OPTS:--Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
MOTCUA_JWT_ISSUER=${MOTCUA_JWT_ISSUER:-https://motcua.local/issuer}
export MOTCUA_JWT_ISSUER
KAFKA_PORT=${KAFKA_PORT:-9092}
export KAFKA_PORT
MOTCUA_PORT_OFFSET=${MOTCUA_PORT_OFFSET:-0}
[[ $MOTCUA_PORT_OFFSET =~ ^[0-9]+$ ]] || die "MOTCUA_PORT_OFFSET must be a number"

# The address to probe: a service bound to every interface answers on loopback.
PROBE_HOST=$MOTCUA_HTTP_HOST
if [[ $PROBE_HOST == 0.0.0.0 || $PROBE_HOST == "::" ]]; then
  PROBE_HOST=127.0.0.1
fi

# module:port:database (MOTCUA_DB_PREFIX: a suite of its own on a shared server, e.g. the benchmark's)
MOTCUA_DB_PREFIX=${MOTCUA_DB_PREFIX:-}
readonly SERVICES=(
  "procedure-catalog-service:$((8081 + MOTCUA_PORT_OFFSET)):${MOTCUA_DB_PREFIX}catalog"
  "intake-service:$((8082 + MOTCUA_PORT_OFFSET)):${MOTCUA_DB_PREFIX}intake"
  "processing-service:$((8083 + MOTCUA_PORT_OFFSET)):${MOTCUA_DB_PREFIX}processing"
  "reporting-service:$((8084 + MOTCUA_PORT_OFFSET)):${MOTCUA_DB_PREFIX}reporting"
)
CATALOG_URL=http://127.0.0.1:$((8081 + MOTCUA_PORT_OFFSET))
DASHBOARD_URL=http://$PROBE_HOST:$((8084 + MOTCUA_PORT_OFFSET))/
readonly DATABASES=("${MOTCUA_DB_PREFIX}catalog" "${MOTCUA_DB_PREFIX}intake" "${MOTCUA_DB_PREFIX}processing"
  "${MOTCUA_DB_PREFIX}reporting")
RUN_DIR=$MOTCUA_DATA_DIR/run
LOGS_DIR=$MOTCUA_DATA_DIR/logs
CATALOGUE_FILE=$MOTCUA_REPO_ROOT/procedure-catalog-service/src/main/resources/reference/reference-catalogue.json

# The JVM options of one service: the common ones, then its own (MOTCUA_JAVA_OPTS_INTAKE, ...), which win.
java_opts_of() {
  local own=${1%-service}
  own=${own#procedure-}
  own=MOTCUA_JAVA_OPTS_${own^^}
  printf '%s %s' "$MOTCUA_JAVA_OPTS" "${!own:-}"
}

jar_of() { printf '%s/%s/target/quarkus-app/quarkus-run.jar' "$MOTCUA_REPO_ROOT" "$1"; }

# Pid of a service this script started, if alive.
service_pid() {
  local module=$1 pid
  pid=$(read_pid "$RUN_DIR/$module.pid")
  if [[ -n $pid ]] && pid_cmdline_has "$pid" "$(jar_of "$module")"; then
    printf '%s' "$pid"
  fi
}

http_code() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$1" 2>/dev/null || true
}

build_if_needed() {
  local entry module missing=()
  for entry in "${SERVICES[@]}"; do
    module=${entry%%:*}
    [[ -f $(jar_of "$module") ]] || missing+=("$module")
  done
  if [[ $build == true || ${#missing[@]} -gt 0 ]]; then
    require_cmd mvn
    if ((${#missing[@]} > 0)); then
      info "building (missing: ${missing[*]}): mvn -B -q -DskipTests package"
    else
      info "building (--build): mvn -B -q -DskipTests package"
    fi
    local t0
    t0=$(now_ms)
    (cd "$MOTCUA_REPO_ROOT" && mvn -B -q -DskipTests package) || die "the build failed"
    info "build done in $(elapsed_s "$t0") s"
    for entry in "${SERVICES[@]}"; do
      module=${entry%%:*}
      [[ -f $(jar_of "$module") ]] || die "the build did not produce $(jar_of "$module")"
    done
  fi
}

start_postgres() {
  local before="" args=()
  if [[ $embedded_pg == true ]]; then
    args+=(--embedded)
  fi
  # Remember whether this run launched the embedded server, so that down.sh
  # stops it only then.
  before=$(read_pid "$MOTCUA_DATA_DIR/postgres/embedded.pid")
  if [[ -n $before ]] && ! pid_alive "$before"; then
    before=""
  fi
  "$MOTCUA_LOCAL_DIR/postgres.sh" start "${args[@]}"
  # shellcheck source=/dev/null
  source "$MOTCUA_DATA_DIR/postgres.env"
  if [[ ${MOTCUA_PG_EMBEDDED:-false} == true && -z $before ]]; then
    printf 'started by up.sh %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$RUN_DIR/postgres.started-by-up"
  fi
  "$MOTCUA_LOCAL_DIR/postgres.sh" create-db "${DATABASES[@]}"
}

# The environment of a service's JVM, one NAME=value a line: the same for its migration run and for the service.
service_env() { # port database
  local port=$1 db=$2
  printf '%s\n' "QUARKUS_HTTP_HOST=$MOTCUA_HTTP_HOST" "QUARKUS_HTTP_PORT=$port" \
    "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$PGHOST:$PGPORT/$db" "QUARKUS_DATASOURCE_USERNAME=$PGUSER" \
    "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT" "MP_JWT_VERIFY_PUBLICKEY_LOCATION=$MOTCUA_KEYS_DIR/public.pem" \
    "MP_JWT_VERIFY_ISSUER=$MOTCUA_JWT_ISSUER" "MOTCUA_CATALOG_URL=$CATALOG_URL" "MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX"
  if [[ -n ${PGPASSWORD:-} ]]; then
    printf '%s\n' "QUARKUS_DATASOURCE_PASSWORD=$PGPASSWORD"
  fi
}

# The schema migrations of every service not running yet, all at once, before any service starts: each service's
# own jar with QUARKUS_INIT_AND_EXIT=true runs Flyway and exits (what Kubernetes' init container does, deploy/k8s).
# The services then start without Flyway (QUARKUS_FLYWAY_MIGRATE_AT_START=false): about 550 fewer classes loaded
# and a lower peak resident memory (docs/notes/benchmark.md, session 14). Not while the broker starts: on 2 cores
# the five JVMs slowed each other (broker up in 15 s instead of 3-7). MOTCUA_MIGRATE_AT_START=true: each service
# migrates at its start instead, as the tests' services do.
migrate_schemas() {
  [[ $MOTCUA_MIGRATE_AT_START == true ]] && return 0
  local entry module port db t0 i pids=() modules=() failed=()
  t0=$(now_ms)
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r module port db <<<"$entry"
    [[ -n $(service_pid "$module") ]] && continue
    (
      cd "$MOTCUA_REPO_ROOT/$module"
      mapfile -t envs < <(service_env 0 "$db")
      # shellcheck disable=SC2086 # MOTCUA_MIGRATE_JAVA_OPTS is a list of options
      exec env "${envs[@]}" QUARKUS_INIT_AND_EXIT=true QUARKUS_FLYWAY_MIGRATE_AT_START=true \
        java $MOTCUA_MIGRATE_JAVA_OPTS -jar "$(jar_of "$module")" </dev/null >"$LOGS_DIR/$module.migrate.log" 2>&1 9>&-
    ) &
    pids+=($!)
    modules+=("$module")
  done
  ((${#pids[@]} > 0)) || return 0
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || failed+=("${modules[$i]}")
  done
  if ((${#failed[@]} > 0)); then
    for module in "${failed[@]}"; do
      print_log_tail "$LOGS_DIR/$module.migrate.log" 40
    done
    die "schema migration failed: ${failed[*]} (logs: $LOGS_DIR/<service>.migrate.log)"
  fi
  info "schemas migrated (${modules[*]}) in $(elapsed_s "$t0") s"
}

start_service() { # module port database
  local module=$1 port=$2 db=$3 pid jar log
  jar=$(jar_of "$module")
  log=$LOGS_DIR/$module.log
  pid=$(service_pid "$module")
  if [[ -n $pid ]]; then
    info "$module already running (pid $pid)"
    return 0
  fi
  if port_open "$PROBE_HOST" "$port"; then
    warn "$module: port $port already answers (not started by up.sh): left alone"
    rm -f "$RUN_DIR/$module.pid"
    return 0
  fi
  if [[ -f $log ]]; then
    mv -f "$log" "$log.prev"
  fi
  local -a envs
  mapfile -t envs < <(service_env "$port" "$db")
  if [[ $MOTCUA_MIGRATE_AT_START != true ]]; then
    envs+=("QUARKUS_FLYWAY_MIGRATE_AT_START=false")
  fi
  (
    cd "$MOTCUA_REPO_ROOT/$module"
    read -r -a opts <<<"$(java_opts_of "$module")"
    exec env "${envs[@]}" setsid nohup java "${opts[@]}" -jar "$jar" </dev/null >"$log" 2>&1 9>&-
  ) &
  pid=$!
  printf '%s\n' "$pid" >"$RUN_DIR/$module.pid"
  info "started $module (pid $pid, port $port, database $db, log ${log#"$MOTCUA_REPO_ROOT"/})"
}

print_log_tail() { # file lines
  printf -- '----- last lines of %s -----\n' "$1" >&2
  tail -n "$2" "$1" >&2 2>/dev/null || true
}

wait_ready() {
  local deadline=$((SECONDS + MOTCUA_START_TIMEOUT)) entry module port pid code pending t0
  t0=$(now_ms)
  while :; do
    pending=()
    for entry in "${SERVICES[@]}"; do
      IFS=: read -r module port _ <<<"$entry"
      code=$(http_code "http://$PROBE_HOST:$port/q/health/ready")
      if [[ $code == 200 ]]; then
        continue
      fi
      pid=$(read_pid "$RUN_DIR/$module.pid")
      if [[ -n $pid ]] && ! pid_alive "$pid"; then
        print_log_tail "$LOGS_DIR/$module.log" 60
        die "$module (pid $pid) exited during start-up (log: $LOGS_DIR/$module.log)"
      fi
      pending+=("$module:$port:$code")
    done
    if ((${#pending[@]} == 0)); then
      info "all services ready in $(elapsed_s "$t0") s"
      return 0
    fi
    if ((SECONDS >= deadline)); then
      for entry in "${pending[@]}"; do
        IFS=: read -r module port code <<<"$entry"
        warn "$module: http://$PROBE_HOST:$port/q/health/ready answered '${code:-nothing}'"
        print_log_tail "$LOGS_DIR/$module.log" 60
      done
      die "not ready within ${MOTCUA_START_TIMEOUT}s: ${pending[*]%%:*} (stop everything with deploy/local/down.sh)"
    fi
    sleep 1
  done
}

load_catalogue() {
  local url=$CATALOG_URL/api/v1/catalogue/import token code body
  if [[ ! -f $CATALOGUE_FILE ]]; then
    info "no reference catalogue at ${CATALOGUE_FILE#"$MOTCUA_REPO_ROOT"/}: skipped"
    return 0
  fi
  token=$("$MOTCUA_LOCAL_DIR/token.sh" catalog-admin)
  body=$RUN_DIR/catalogue-import.response
  code=$(curl -s -o "$body" -w '%{http_code}' --max-time 120 -X POST \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    --data-binary "@$CATALOGUE_FILE" "$url" || true)
  if [[ $code == 2?? ]]; then
    info "reference catalogue imported (HTTP $code): $(head -c 300 "$body")"
  else
    head -c 2000 "$body" >&2 || true
    printf '\n' >&2
    die "importing the reference catalogue failed: POST $url answered HTTP ${code:-nothing}"
  fi
}

print_table() {
  local entry module port pid base
  # shellcheck source=/dev/null
  source "$MOTCUA_DATA_DIR/postgres.env"
  printf '\n'
  printf '%-26s %-7s %-37s %-33s %s\n' SERVICE PID 'SWAGGER UI' HEALTH METRICS
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r module port _ <<<"$entry"
    pid=$(service_pid "$module")
    base=http://$PROBE_HOST:$port
    printf '%-26s %-7s %-37s %-33s %s\n' "$module" "${pid:-ext}" \
      "$base/q/swagger-ui" "$base/q/health" "$base/q/metrics"
  done
  printf '\n'
  printf '%-12s %s\n' Dashboard "$DASHBOARD_URL"
  printf '%-12s %s\n' PostgreSQL "$PGHOST:$PGPORT user $PGUSER (embedded: $MOTCUA_PG_EMBEDDED), databases: ${DATABASES[*]}"
  printf '%-12s %s\n' Kafka "127.0.0.1:$KAFKA_PORT"
  printf '%-12s %s\n' 'Public key' "$MOTCUA_KEYS_DIR/public.pem"
  printf '%-12s %s\n' Token "deploy/local/token.sh ROLE [SUBJECT] [UNIT]"
  printf '%-12s %s\n' Logs "$LOGS_DIR/"
  printf '%-12s %s\n' Stop "deploy/local/down.sh"
}

main() {
  local t0 entry module port db
  t0=$(now_ms)
  require_cmd java curl openssl
  mkdir -p "$RUN_DIR" "$LOGS_DIR"
  take_lock "$RUN_DIR/.up.lock" 600

  if [[ $infra_only != true ]]; then
    build_if_needed
  fi
  start_postgres
  "$MOTCUA_LOCAL_DIR/kafka.sh" start
  ensure_keys

  if [[ $infra_only == true ]]; then
    info "infrastructure up in $(elapsed_s "$t0") s (--infra-only: no service started)"
    info "PostgreSQL $PGHOST:$PGPORT (embedded: $MOTCUA_PG_EMBEDDED), Kafka 127.0.0.1:$KAFKA_PORT, key $MOTCUA_KEYS_DIR/public.pem"
    return 0
  fi

  migrate_schemas
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r module port db <<<"$entry"
    start_service "$module" "$port" "$db"
  done
  wait_ready
  if [[ $skip_catalogue != true ]]; then
    load_catalogue
  fi
  print_table
  info "up in $(elapsed_s "$t0") s"
}

main
