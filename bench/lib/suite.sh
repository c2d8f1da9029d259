# bench/lib/suite.sh -- build, start, drain and stop the suite for bench/run.sh (sourced).

# The four service jars (offline reactor build when one is missing) and the bench classpath (Flowable, pgjdbc).
build_if_missing() {
  local missing=false s
  for s in "${SERVICES[@]}"; do
    [[ -f $REPO/$s/target/quarkus-app/quarkus-run.jar ]] || missing=true
  done
  if $missing; then
    log "building the services: mvn -B -q package -DskipTests"
    (cd "$REPO" && mvn_offline_first package -DskipTests)
  fi
  mkdir -p "$MOTCUA_DATA_DIR"
  BENCH_CP_FILE=$MOTCUA_DATA_DIR/bench-classpath.txt
  if [[ ! -s $BENCH_CP_FILE || $HERE/pom.xml -nt $BENCH_CP_FILE ]]; then
    log "resolving the bench classpath (Flowable, PostgreSQL driver)"
    mvn_offline_first -f "$HERE/pom.xml" dependency:build-classpath -Dmdep.outputFile="$BENCH_CP_FILE"
  fi
  BENCH_CP=$(cat "$BENCH_CP_FILE")
  compile_programs
  if [[ $INTAKE_CLIENT == wrk ]] && ! command -v wrk >/dev/null; then
    log "installing wrk, intake's load generator (apt-get install wrk; INTAKE_CLIENT=java needs none)"
    { apt-get install -y -q wrk || { apt-get update -q && apt-get install -y -q wrk; }; } >&2
  fi
}

# Maven offline first (no network, fast), online when the offline attempt fails: on a new machine its errors
# (artifacts not in the local repository yet) are expected, so they are not shown; the online attempt's are.
mvn_offline_first() {
  mvn -B -q -o "$@" >/dev/null 2>&1 && return 0
  log "offline attempt failed (on a new machine: artifacts not downloaded yet); again online: mvn $*"
  mvn -B -q "$@" >&2
}

# The load generators of bench/java, compiled together once (they share PlainHttp, PortalDossier, Percentiles):
# a JVM that compiles its source at every start costs seconds per measure on a loaded 2-core machine.
compile_programs() {
  BENCH_CLASSES=$MOTCUA_DATA_DIR/bench-classes
  compile_java "$JAVA_DIR" "$BENCH_CP" "$BENCH_CLASSES"
}

# bench/java/kafka: programs of the broker's classpath (known once the broker has started)
compile_kafka_programs() {
  KAFKA_CLASSES=$MOTCUA_DATA_DIR/bench-kafka-classes
  compile_java "$JAVA_DIR/kafka" "$KAFKA_CP" "$KAFKA_CLASSES"
}

# compile_java SOURCE_DIR CLASSPATH CLASSES_DIR: the .java files of SOURCE_DIR (not of its subdirectories),
# compiled again only when one is newer than the last compilation
compile_java() {
  local stamp=$3/.compiled
  if [[ ! -f $stamp ]] || [[ -n $(find "$1" -maxdepth 1 -name '*.java' -newer "$stamp") ]]; then
    log "compiling ${1#"$REPO"/}"
    rm -rf "$3"
    mkdir -p "$3"
    javac -nowarn -d "$3" -cp "$2" "$1"/*.java
    touch "$stamp"
  fi
}

# Starts everything with deploy/local/up.sh; records the wall time and each service's own start-up time.
suite_up() {
  local t0 t1 db
  if [[ -n $MOTCUA_DB_PREFIX ]]; then # a run starts from empty databases; a developer's suite is left alone
    for db in catalog intake processing reporting; do
      psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$MOTCUA_DB_PREFIX$db\" WITH (FORCE)"
    done
  fi
  t0=$(date +%s.%N)
  "$REPO/deploy/local/up.sh" >"$WORK/up.log" 2>&1 || { tail -40 "$WORK/up.log" >&2; return 1; }
  t1=$(date +%s.%N)
  UP_SECONDS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
  KAFKA_CP=$(cat "$MOTCUA_DATA_DIR/kafka-$KAFKA_PORT/classpath.txt")
  compile_kafka_programs
  JVM_OPTIONS=$(services_jvm_options)
  log "suite up in $UP_SECONDS s (up.sh: build check, PostgreSQL, Kafka, keys, 4 services ready, catalogue)"
}

# services_jvm_options: the JVM options each service was started with (its command line between java and -jar),
# once when all four are the same, else "service: options" for each, "; " between them
services_jvm_options() {
  local s pid lines=()
  for s in "${SERVICES[@]}"; do
    pid=$(cat "$MOTCUA_DATA_DIR/run/$s.pid" 2>/dev/null)
    lines+=("$s: $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | sed 's/^java //; s/ -jar .*//')")
  done
  if (($(printf '%s\n' "${lines[@]#*: }" | sort -u | wc -l) == 1)); then
    printf '%s' "${lines[0]#*: }"
  else
    printf '%s; ' "${lines[@]}" | sed 's/; $//'
  fi
}

# startup_seconds SERVICE: Quarkus's "started in N.NNNs" of the last start in the service's log
startup_seconds() {
  grep -o 'started in [0-9.]*s' "$MOTCUA_DATA_DIR/logs/$1.log" 2>/dev/null | tail -1 | grep -o '[0-9.]*[0-9]' || echo n/a
}

suite_down() {
  "$REPO/deploy/local/down.sh" >"$WORK/down.log" 2>&1 || tail -20 "$WORK/down.log" >&2
}

# Waits until the last measure's events are handled everywhere: intake's and processing's outboxes published,
# no consumer group lagging on the dossier and case topics (so that one measure's backlog does not load the next).
# The backlog found and the time it took are kept in the details: the consumers' own throughput. The lag is
# watched by one ConsumerLag JVM until it is 0 (one ConsumerGroupCommand per look took ~7 s on a loaded host),
# then the outboxes are looked at again: a consumer that caught up may have written events of its own.
wait_drained() {
  local deadline=$((SECONDS + ${1:-300})) start=$SECONDS first= pending line looked=false caught_up=false
  while ((SECONDS < deadline)); do
    pending=$(outbox_pending)
    if ((pending > 0)); then
      first=${first:-$pending} caught_up=false
      log "waiting for the backlog: outbox $pending"
      sleep 1
      continue
    fi
    $caught_up && break # the consumers caught up, and nothing new in the outboxes since
    line=$(consumer_lag $((deadline - SECONDS))) || { sleep 1; continue; }
    $looked || first=$((${first:-0} + $(field first "$line"))) looked=true
    caught_up=true
  done
  if $caught_up && ((pending == 0)); then
    if ((first > 0)); then
      detail "backlog before ${2:-a measure}: $first events (outbox + consumer lag), drained in $((SECONDS - start)) s"
    fi
    return 0
  fi
  detail "backlog before ${2:-a measure}: ${first:-?} events, NOT drained after ${1:-300} s (outbox $pending)"
  log "backlog not drained after ${1:-300} s: the next measure runs with it"
}

# outbox_pending: events written and not yet published, intake's and processing's
outbox_pending() {
  echo $(($(psql_q "$INTAKE_DB" "SELECT count(*) FROM outbox_event WHERE published_at IS NULL") +
    $(psql_q "$PROCESSING_DB" "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")))
}

# consumer_lag SECONDS: ConsumerLag until the groups have caught up on the dossier and case topics ("first=N
# last=0") or SECONDS have passed (exit status 1)
consumer_lag() {
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dlog4j2.configurationFile="$REPO/deploy/local/kafka/log4j2-tools.properties" \
    -cp "$KAFKA_CLASSES:$KAFKA_CP" ConsumerLag "127.0.0.1:$KAFKA_PORT" "$1" intake.dossiers.v1 processing.cases.v1 2>/dev/null
}

# bench_suite_up: what every bench command does before its loads: the jars and the bench classpath, autovacuum on
# for the run, the suite up (STARTED=true from then on: the caller's cleanup stops it), profiling prepared, the
# bench procedures published and in intake's replica
bench_suite_up() {
  build_if_missing
  autovacuum_on_for_the_run
  STARTED=true
  suite_up
  profile_prepare
  load_bench_procedures
}
