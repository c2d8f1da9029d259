# bench/measures/lifecycle.sh -- measure 4: full lifecycles (receive -> assign -> approve -> result ready ->
# return) through intake's and processing's REST APIs and Kafka (LifecycleLoad), versus the same lifecycle in
# an embedded BPMN engine, Flowable, on the same PostgreSQL (database bench_flowable, history audit)
# (FlowableLifecycle). Each side's load generator is one JVM for the whole measure, driven from the harness
# (bench/lib/driven.sh), warm for every measured run and charged only for the runs. Both sides first run unrecorded
# slices of LIFECYCLE_SLICE lifecycles until they are in their steady state (steady_warm_up: at least
# LIFECYCLE_WARMUP_MIN_S, at most LIFECYCLE_WARMUP_MAX_S), then REPS runs each of LIFECYCLES, LIFECYCLE_C in
# parallel, ours and the peer's in turn. Target: ours >= 3x the peer.

# lifecycle_ours N / lifecycle_peer N: N lifecycles in the running LifecycleLoad / FlowableLifecycle
lifecycle_ours() { driven_run ours "$1"; }
lifecycle_peer() { driven_run peer "$1"; }

# peer_start: FlowableLifecycle on a new database bench_flowable, once it says "ready"
peer_start() {
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS bench_flowable WITH (FORCE)" -c "CREATE DATABASE bench_flowable"
  driven_start peer FlowableLifecycle "jdbc:postgresql://$PGHOST:$PGPORT/bench_flowable" "$PGUSER" \
    "${PGPASSWORD:-}" "$LIFECYCLE_C"
}

# lifecycle_db_work: transactions and rows a lifecycle in each database (bench/lib/dbwork.sh), over one more run
# of LIFECYCLES on each side after the recorded ones (full runs only: the counters take DBWORK_SETTLE_S to settle,
# twice). The commits of the outbox relays' idle polls (read-only transactions) during the span are counted apart.
lifecycle_db_work() {
  local ours=("$INTAKE_DB" "$PROCESSING_DB" "$REPORTING_DB") peer=(bench_flowable) t0 t_ours t_peer t1 t2
  wait_drained 300 "database work, ours"
  sleep "$DBWORK_SETTLE_S"
  dbwork_snapshot "$WORK/db-ours-0" "${ours[@]}"
  dbwork_snapshot "$WORK/db-peer-0" "${peer[@]}"
  t0=$(date +%s.%N)
  lifecycle_ours "$LIFECYCLES" >/dev/null
  wait_drained 300 "database work, Flowable"
  t_ours=$(date +%s.%N)
  lifecycle_peer "$LIFECYCLES" >/dev/null
  t_peer=$(date +%s.%N)
  sleep "$DBWORK_SETTLE_S"
  dbwork_snapshot "$WORK/db-ours-1" "${ours[@]}"
  dbwork_snapshot "$WORK/db-peer-1" "${peer[@]}"
  t1=$(date +%s.%N)
  sleep 5
  dbwork_snapshot "$WORK/db-ours-2" "${ours[@]}"
  dbwork_snapshot "$WORK/db-peer-2" "${peer[@]}"
  t2=$(date +%s.%N)
  # how long each side was not running between the readings: ours' run (with its drain) and the peer's aside
  local idle_s side rate
  local -A span=([ours]=$(awk -v a="$t_ours" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
    [peer]=$(awk -v a="$t0" -v b="$t_ours" -v c="$t_peer" -v d="$t1" 'BEGIN { printf "%.1f", (b - a) + (d - c) }'))
  idle_s=$(awk -v a="$t1" -v b="$t2" 'BEGIN { print b - a }')
  for side in ours peer; do
    rate=$(dbwork_idle_rate "$WORK/db-$side-1" "$WORK/db-$side-2" "$idle_s")
    detail "lifecycle, database work a lifecycle, $side ($LIFECYCLES more lifecycles, pg_stat_database; idle commits" \
      "$rate/s over the ${span[$side]} s it was not running): $(dbwork_split "$WORK/db-$side-0" "$WORK/db-$side-1" \
      "$LIFECYCLES" "$rate" "${span[$side]}")"
  done
}

measure_lifecycle() {
  local r line ours=() peer=() ours_p50=() peer_p50=() failed=0
  # ours' load generator: one desk, head and officer
  driven_start ours LifecycleLoad "$INTAKE_URL" "$PROCESSING_URL" \
    "$("$REPO/deploy/local/token.sh" intake-officer bench-desk TTPVHCC)" \
    "$("$REPO/deploy/local/token.sh" unit-head bench-head P.QLCL)" \
    "$("$REPO/deploy/local/token.sh" processing-officer bench-officer P.QLCL)" "$LIFECYCLE_C"
  peer_start
  steady_warm_up "lifecycle, Flowable, slices of $LIFECYCLE_SLICE" lifecycles/s "$LIFECYCLE_WARMUP_MIN_S" \
    "$LIFECYCLE_WARMUP_MAX_S" lifecycle_peer "$LIFECYCLE_SLICE"
  wait_drained 300 "lifecycle warm-up"
  steady_warm_up "lifecycle, ours, slices of $LIFECYCLE_SLICE" lifecycles/s "$LIFECYCLE_WARMUP_MIN_S" \
    "$LIFECYCLE_WARMUP_MAX_S" lifecycle_ours "$LIFECYCLE_SLICE"
  for ((r = 1; r <= REPS; r++)); do
    wait_drained 300 "lifecycle run $r"
    if ((r == 1)); then profile_start processing-service lifecycle; fi
    line=$(cpu_measured_by cpu_s lifecycle_ours "$LIFECYCLES")
    if ((r == 1)); then profile_stop processing-service lifecycle; fi
    detail "lifecycle, ours, $LIFECYCLES x $LIFECYCLE_C in parallel, run $r: $line"
    detail "lifecycle, ours, run $r: $(cpu_of_last "$(field ok "$line")" "lifecycle (ms)")"
    detail "lifecycle, ours, run $r: $(cpu_threads_of_last "$(field ok "$line")" lifecycle)"
    detail "lifecycle, ours, run $r: $(cpu_postgres_of_last "$(field ok "$line")" lifecycle)"
    log "lifecycle ours run $r: $line"
    ours+=("$(field rate "$line")") ours_p50+=("$(field p50_ms "$line")") failed=$((failed + $(field failed "$line")))
    wait_drained 300 "lifecycle, Flowable run $r"
    line=$(cpu_measured_by cpu_s lifecycle_peer "$LIFECYCLES")
    detail "lifecycle, Flowable $FLOWABLE_VERSION, run $r: $line"
    detail "lifecycle, Flowable, run $r (its JVM is the load generator): $(cpu_of_last "$(field ok "$line")" "lifecycle (ms)")"
    detail "lifecycle, Flowable, run $r: $(cpu_postgres_of_last "$(field ok "$line")" lifecycle)"
    log "lifecycle Flowable run $r: $line"
    peer+=("$(field rate "$line")") peer_p50+=("$(field p50_ms "$line")")
  done
  if [[ $MODE == full ]]; then lifecycle_db_work; fi
  driven_stop peer
  driven_stop ours
  local o p x
  o=$(median "${ours[@]}") p=$(median "${peer[@]}")
  x=$(ratio "$o" "$p")
  row "lifecycle, ours, $LIFECYCLE_C in parallel" "$o lifecycles/s, p50 $(median "${ours_p50[@]}") ms ($failed failed)" — —
  row "lifecycle, peer: Flowable $FLOWABLE_VERSION embedded" "$p lifecycles/s, p50 $(median "${peer_p50[@]}") ms" — —
  row "lifecycle ours / peer" "$x×" "≥ 3×" "$(verdict "$x" ">=" 3)"
}
