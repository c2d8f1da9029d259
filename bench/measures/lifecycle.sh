# bench/measures/lifecycle.sh -- measure 4: full lifecycles (receive -> assign -> approve -> result ready ->
# return) through intake's and processing's REST APIs and Kafka (LifecycleLoad), versus the same lifecycle in
# an embedded BPMN engine, Flowable, on the same PostgreSQL (database bench_flowable, history audit)
# (FlowableLifecycle). Same number of lifecycles, concurrency and unrecorded warm-up lifecycles (LIFECYCLE_WARMUP:
# ours once, the suite stays up; the peer's in each of its fresh JVMs). Target: ours >= 3x the peer.

measure_lifecycle() {
  local desk head officer r line ours=() peer=() ours_p50=() peer_p50=() failed=0
  desk=$("$REPO/deploy/local/token.sh" intake-officer bench-desk TTPVHCC)
  head=$("$REPO/deploy/local/token.sh" unit-head bench-head P.QLCL)
  officer=$("$REPO/deploy/local/token.sh" processing-officer bench-officer P.QLCL)
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS bench_flowable WITH (FORCE)" -c "CREATE DATABASE bench_flowable"
  wait_drained 300 "lifecycle warm-up"
  jrun LifecycleLoad "$INTAKE_URL" "$PROCESSING_URL" "$desk" "$head" "$officer" "$LIFECYCLE_WARMUP" "$LIFECYCLE_C" \
    >/dev/null 2>&1 || true
  for ((r = 1; r <= REPS; r++)); do
    wait_drained 300 "lifecycle run $r"
    if ((r == 1)); then profile_start processing-service lifecycle; fi
    line=$(cpu_measured LifecycleLoad "$INTAKE_URL" "$PROCESSING_URL" "$desk" "$head" "$officer" \
      "$LIFECYCLES" "$LIFECYCLE_C" 2> >(head -5 >&2))
    if ((r == 1)); then profile_stop processing-service lifecycle; fi
    detail "lifecycle, ours, $LIFECYCLES x $LIFECYCLE_C in parallel, run $r: $line"
    detail "lifecycle, ours, run $r: $(cpu_of_last "$(field ok "$line")" "lifecycle (ms)")"
    log "lifecycle ours run $r: $line"
    ours+=("$(field rate "$line")") ours_p50+=("$(field p50_ms "$line")") failed=$((failed + $(field failed "$line")))
    line=$(cpu_measured FlowableLifecycle "jdbc:postgresql://$PGHOST:$PGPORT/bench_flowable" "$PGUSER" \
      "${PGPASSWORD:-}" "$LIFECYCLES" "$LIFECYCLE_C" "$LIFECYCLE_WARMUP" 2> >(head -5 >&2))
    detail "lifecycle, Flowable $FLOWABLE_VERSION, run $r: $line"
    detail "lifecycle, Flowable, run $r (its JVM is the load generator; warm-up and engine start included): $(cpu_of_last \
      "$(field ok "$line")" "lifecycle (ms)")"
    log "lifecycle Flowable run $r: $line"
    peer+=("$(field rate "$line")") peer_p50+=("$(field p50_ms "$line")")
  done
  local o p x
  o=$(median "${ours[@]}") p=$(median "${peer[@]}")
  x=$(ratio "$o" "$p")
  row "lifecycle, ours, $LIFECYCLE_C in parallel" "$o lifecycles/s, p50 $(median "${ours_p50[@]}") ms ($failed failed)" — —
  row "lifecycle, peer: Flowable $FLOWABLE_VERSION embedded" "$p lifecycles/s, p50 $(median "${peer_p50[@]}") ms" — —
  row "lifecycle ours / peer" "$x×" "≥ 3×" "$(verdict "$x" ">=" 3)"
}
