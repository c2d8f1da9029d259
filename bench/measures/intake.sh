# bench/measures/intake.sh -- measure 1: intake throughput and latency at 1, 16 and 64 concurrent clients.
# IntakeLoad (java.net.http, 127.0.0.1): closed loop, valid complete dossiers (SGDDT-015, portal channel ONLINE,
# Idempotency-Key), distinct applicants, receiving agencies LOAD01..LOAD16 round robin (as intake-bench.sh with
# A=16). Writes the median dossiers/s at C clients to $WORK/intake-rate-C for the ratios of later measures.
# With BENCH_PROFILE=true, intake's first 16-client run is recorded with JFR (lib/profile.sh).

# intake_rate C: the median rate of measure 1 at C clients (n/a when it did not run)
intake_rate() { cat "$WORK/intake-rate-$1" 2>/dev/null || echo n/a; }

measure_intake() {
  local token c r line rates p50s p99s
  token=$("$REPO/deploy/local/token.sh" portal bench-portal)
  # a fresh JVM needs far more than a few seconds to compile the hot path (measured: 16-client throughput
  # doubled between the 1st and the 3rd 20-s run): one unrecorded run of 16 clients first
  log "intake: JIT warm-up, 16 clients, $JIT_WARMUP_S s (not recorded)"
  jrun IntakeLoad "$INTAKE_URL" "$token" 16 16 0 "$JIT_WARMUP_S" LOAD >/dev/null
  for c in "${CLIENTS[@]}"; do
    rates=() p50s=() p99s=()
    for ((r = 1; r <= REPS; r++)); do
      if ((c == 16 && r == 1)); then profile_start intake-service 16-clients; fi
      line=$(jrun IntakeLoad "$INTAKE_URL" "$token" "$c" 16 "$WARMUP_S" "$LOAD_S" LOAD)
      if ((c == 16 && r == 1)); then profile_stop intake-service 16-clients; fi
      detail "intake, $c clients, run $r: $line"
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
