# bench/measures/form06.sh -- measure 5: form 06 for one year (2024, by field, all agencies) over N dossiers.
# The rows are bulk-loaded with reporting-service/bench/form06-bench.sh's SQL (the same rows the live consumer
# writes: dossier_fact + daily/monthly counters, spread over 2020-2025): 1,000,000 dossiers through intake's
# historical import would take longer than a run (measure 5a, import.sh, takes 100,000 that way and times form 06
# over them). Target: p99 < 200 ms at 1,000,000.

measure_form06() {
  local n auditor url r line p50s=() p95s=() p99s=()
  auditor=$("$REPO/deploy/local/token.sh" auditor bench-auditor)
  url="$REPORTING_URL/api/v1/reports/form-06?from=2024-01-01&to=2024-12-31&groupBy=field"
  for n in "${FORM06_SIZES[@]}"; do
    p50s=() p95s=() p99s=()
    log "form 06: loading $n dossiers"
    local t0=$SECONDS
    BENCH_DB=$REPORTING_DB BASE_URL=$REPORTING_URL RUNS=1 TOKEN=$auditor \
      "$REPO/reporting-service/bench/form06-bench.sh" "$n" >"$WORK/form06-load-$n.log" 2>&1 ||
      { tail -20 "$WORK/form06-load-$n.log" >&2; row "form 06, $n dossiers" "load failed" "—" "n/a"; continue; }
    detail "form 06: $n dossiers loaded in $((SECONDS - t0)) s"
    wait_drained 300 "form 06, $n dossiers"
    for ((r = 1; r <= REPS; r++)); do
      line=$(jrun HttpTimer "$url" "$auditor" 3 "$FORM06_RUNS")
      detail "form 06, $n dossiers, year 2024 by field, run $r: $line"
      log "form 06 $n run $r: $line"
      p50s+=("$(field p50_ms "$line")") p95s+=("$(field p95_ms "$line")") p99s+=("$(field p99_ms "$line")")
    done
    local p99 target=— v=—
    p99=$(median "${p99s[@]}")
    if ((n >= 1000000)); then target="p99 < 200 ms" v=$(verdict "$p99" "<" 200); fi
    row "form 06, year 2024 by field, $n dossiers over 2020-2025" "median $(median "${p50s[@]}") ms, p95 $(median "${p95s[@]}") ms, p99 $p99 ms" \
      "$target" "$v"
  done
}
