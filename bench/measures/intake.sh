# bench/measures/intake.sh -- measure 1: intake throughput and latency at 1, 16 and 64 concurrent clients.
# Closed loop, one kept-alive connection per client on 127.0.0.1, valid complete dossiers (copies of SGDDT-015,
# portal channel ONLINE, Idempotency-Key), distinct applicants, receiving agencies LOAD01..LOAD16 round robin (as
# intake-bench.sh with A=16). The client is wrk (Debian's package, bench/wrk/intake.lua), a C client like pgbench,
# the database limit it is compared with; INTAKE_CLIENT=java runs the JVM's IntakeLoad (PlainHttp) instead, the
# client of sessions 5-30. Writes the median dossiers/s at C clients to $WORK/intake-rate-C for the ratios of
# later measures.
# With BENCH_PROFILE=true, intake's first 16-client run is recorded with JFR (lib/profile.sh).

INTAKE_CLIENT=${INTAKE_CLIENT:-wrk}

# intake_load TOKEN CLIENTS AGENCIES WARMUP_S DURATION_S PREFIX: one closed-loop run of the chosen client; prints
# IntakeLoad's line (ok= over DURATION_S; received= every dossier received, the warm-up's too)
intake_load() {
  if [[ $INTAKE_CLIENT == java ]]; then
    jrun IntakeLoad "$INTAKE_URL" "$@"
    return
  fi
  local token=$1 c=$2 agencies=$3 warmup=$4 seconds=$5 prefix=$6 t warm=0 line
  t=$((c < 2 ? c : 2))
  if [[ $warmup != 0 ]]; then
    warm=$(field received "$(wrk_intake "$token" "$c" "$t" "$agencies" "$warmup" "$prefix")")
  fi
  line=$(wrk_intake "$token" "$c" "$t" "$agencies" "$seconds" "$prefix")
  printf '%s received=%d\n' "${line% received=*}" "$(($(field received "$line") + ${warm:-0}))"
}

# wrk_intake TOKEN CLIENTS THREADS AGENCIES SECONDS PREFIX: one wrk run of bench/wrk/intake.lua
wrk_intake() {
  local base
  base=$(($(date +%s%3N) % 1000000000 * 100))
  wrk -t "$3" -c "$2" -d "${5}s" --timeout 30s -s "$HERE/wrk/intake.lua" "$INTAKE_URL" -- "$1" "$4" "$6" "$base" "$3" |
    grep '^ok='
}

# intake_rate C: the median rate of measure 1 at C clients (n/a when it did not run)
intake_rate() { cat "$WORK/intake-rate-$1" 2>/dev/null || echo n/a; }

# warm_up_intake TOKEN: unrecorded 16-client slices of WARMUP_SLICE_S until the suite is in its steady state (at
# least WARMUP_MIN_S, at most JIT_WARMUP_S). A fresh suite needs minutes, not seconds, to compile its hot paths
# (measured: 107 -> 174 -> 247 -> 294 -> 347 dossiers/s over five 20-s runs of the same JVMs, C2 compiler threads
# still busy in the 4th; and two 15-s slices agreed within 5 % at 141/s after 100 s, on the way up: hence the
# minimum).
warm_up_intake() {
  steady_warm_up "intake, 16 clients, ${WARMUP_SLICE_S}-s slices" dossiers/s "$WARMUP_MIN_S" "$JIT_WARMUP_S" \
    intake_load "$1" 16 16 0 "$WARMUP_SLICE_S" LOAD
}

measure_intake() {
  local token c r line rates p50s p99s
  token=$("$REPO/deploy/local/token.sh" portal bench-portal)
  warm_up_intake "$token"
  for c in "${CLIENTS[@]}"; do
    rates=() p50s=() p99s=()
    for ((r = 1; r <= REPS; r++)); do
      if ((c == 16 && r == 1)); then profile_start intake-service 16-clients; fi
      line=$(cpu_measured_command intake_load "$token" "$c" 16 "$WARMUP_S" "$LOAD_S" LOAD)
      if ((c == 16 && r == 1)); then profile_stop intake-service 16-clients; fi
      detail "intake, $c clients, run $r: $line"
      # the whole run's CPU over every dossier it received, warm-up included (ok= counts the measured seconds only)
      detail "intake, $c clients, run $r: $(cpu_of_last "$(field received "$line")" "dossier (ms)")"
      if ((c == 16)); then
        detail "intake, 16 clients, run $r: $(cpu_threads_of_last "$(field received "$line")" dossier)"
        detail "intake, 16 clients, run $r: $(cpu_postgres_of_last "$(field received "$line")" dossier)"
      fi
      log "intake $c clients run $r: $line"
      rates+=("$(field rate "$line")") p50s+=("$(field p50_ms "$line")") p99s+=("$(field p99_ms "$line")")
    done
    median "${rates[@]}" >"$WORK/intake-rate-$c"
    local p99 target=— verdict_=—
    p99=$(median "${p99s[@]}")
    if ((c == 16)); then target="p99 < 100 ms" verdict_=$(verdict "$p99" "<" 100); fi
    row "intake, $c concurrent clients (16 agencies)" \
      "$(intake_rate "$c") dossiers/s, p50 $(median "${p50s[@]}") ms, p99 $p99 ms" "$target" "$verdict_"
  done
}

# measure_intake_alone: the same 16-client load with processing's and reporting's JVMs stopped (SIGSTOP) while it
# runs, then resumed (SIGCONT) and their backlog drained: intake, its database and the broker on the 2 cores
# without the consumers that, in production, run on other nodes. Not the headline figure (the suite above is):
# it says how much of the gap to the database limit is intake's own work and how much the rest of the suite's.
# A stop shorter than the consumers' session timeout (45 s) causes no rebalance. Writes the median rate and
# PostgreSQL's CPU a dossier (ms) to $WORK/intake-alone-rate-16 and intake-alone-pg-ms-16 for measure 2.
# consumers_stopped COMMAND...: COMMAND while processing's and reporting's JVMs are stopped (kill -STOP, then
# -CONT, under the consumers' 45-s session timeout: no rebalance); intake alone. Their backlog is the caller's to
# drain (wait_drained).
consumers_stopped() {
  local pids rc=0
  pids="$(cat "$MOTCUA_DATA_DIR/run/processing-service.pid") $(cat "$MOTCUA_DATA_DIR/run/reporting-service.pid")"
  # shellcheck disable=SC2086
  kill -STOP $pids
  "$@" || rc=$?
  # shellcheck disable=SC2086
  kill -CONT $pids
  return $rc
}

measure_intake_alone() {
  local token r line rates=() p50s=() p99s=() pg_ms=()
  token=$("$REPO/deploy/local/token.sh" portal bench-portal)
  wait_drained 300 "intake alone"
  for ((r = 1; r <= REPS; r++)); do
    line=$(consumers_stopped cpu_measured_command intake_load "$token" 16 16 "$WARMUP_S" "$LOAD_S" LOAD) || true
    detail "intake alone (processing and reporting stopped), 16 clients, run $r: $line"
    detail "intake alone, 16 clients, run $r: $(cpu_of_last "$(field received "$line")" "dossier (ms)")"
    detail "intake alone, 16 clients, run $r: $(cpu_threads_of_last "$(field received "$line")" dossier)"
    detail "intake alone, 16 clients, run $r: $(cpu_postgres_of_last "$(field received "$line")" dossier)"
    log "intake alone run $r: $line"
    rates+=("$(field rate "$line")") p50s+=("$(field p50_ms "$line")") p99s+=("$(field p99_ms "$line")")
    pg_ms+=("$(cpu_party_of_last postgres "$(field received "$line")")")
    wait_drained 300 "intake alone run $r (the stopped consumers' backlog)"
  done
  median "${rates[@]}" >"$WORK/intake-alone-rate-16"
  median_to 3 "${pg_ms[@]}" >"$WORK/intake-alone-pg-ms-16"
  local p99
  p99=$(median "${p99s[@]}")
  row "intake alone, 16 clients (processing and reporting stopped during the load)" \
    "$(cat "$WORK/intake-alone-rate-16") dossiers/s, p50 $(median "${p50s[@]}") ms, p99 $p99 ms" "p99 < 100 ms" \
    "$(verdict "$p99" "<" 100)"
}
