# bench/measures/e2e.sh -- measure 3: intake's 201 -> counted in form 06, under sustained load; and Kafka's own
# produce-to-consume latency on the same broker (org.apache.kafka.tools.EndToEndLatency, broker's classpath).
# The probe agency E2E (procedure BENCH-E2E, lib/catalogue.sh) is used only by the probe.
# Sustained load: 16 threads paced at half of intake's 16-client throughput of measure 1 (a saturated intake
# would only measure its own queue; E2E_RATE=N sets it); the probe is one dossier every 200 ms for an agency of its own.
# One unrecorded run of E2E_WARMUP_S first (the first requests for form 06 of the whole run; 30 s was too short on a
# slow host, 120 s enough: docs/notes/benchmark.md, session 10).

# e2e_run LABEL SECONDS: drains the backlog, runs the probe for SECONDS under the background load and records its
# line (detail and log) under LABEL; prints the line. Uses measure_e2e's portal, auditor and rate.
e2e_run() {
  local label=$1 seconds=$2 line
  wait_drained 300 "end to end $label" >&2
  line=$(jrun E2eProbe "$INTAKE_URL" "$portal" "$REPORTING_URL" "$auditor" "$rate" "$seconds" 200 \
    E2E "$E2E_SETTLE_S")
  detail "end-to-end, background $rate dossiers/s, $label: $line"
  log "e2e $label: $line"
  printf '%s\n' "$line"
}

measure_e2e() {
  local auditor portal rate r line p50s=() p99s=() lost=0
  portal=$("$REPO/deploy/local/token.sh" portal bench-portal)
  auditor=$("$REPO/deploy/local/token.sh" auditor bench-auditor)
  rate=${E2E_RATE:-$(awk -v r="$(intake_rate 16)" 'BEGIN { printf "%.1f", (r ~ /^[0-9.]+$/ ? r : 20) / 2 }')}
  # Unrecorded first: until this measure, form 06 has not been asked for once, and the probe asks reporting for it
  # 100 times a second; its first run used to time reporting's JIT compiling that path on the 2 busy cores (p99
  # 1.6-13.9 s against 0.2-0.6 s for the next runs, sessions 8-9; docs/notes/benchmark.md, session 10).
  e2e_run "warm-up of ${E2E_WARMUP_S} s (not recorded)" "$E2E_WARMUP_S" >/dev/null
  for ((r = 1; r <= REPS; r++)); do
    line=$(e2e_run "run $r" "$E2E_S")
    p50s+=("$(field p50_ms "$line")") p99s+=("$(field p99_ms "$line")")
    lost=$((lost + $(field lost "$line")))
  done
  local p99
  p99=$(median "${p99s[@]}")
  row "end to end 201 → form 06, background $rate dossiers/s" "p50 $(median "${p50s[@]}") ms, p99 $p99 ms ($lost lost)" \
    "p99 ≤ 1000 ms" "$(verdict "$p99" "<=" 1000)"
}

measure_kafka_latency() {
  local L=-Dlog4j2.configurationFile=$REPO/deploy/local/kafka/log4j2-tools.properties r line p50s=() p99s=()
  java $L -cp "$KAFKA_CP" org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" --create \
    --if-not-exists --topic bench.e2e-latency --partitions 1 --replication-factor 1 >/dev/null 2>&1
  for ((r = 1; r <= REPS; r++)); do
    line=$(java $L -cp "$KAFKA_CP" org.apache.kafka.tools.EndToEndLatency --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
      --topic bench.e2e-latency --num-records "$KAFKA_RECORDS" --producer-acks all --record-size 1500 2>&1 |
      sed -n 's/^Percentiles: 50th = \([0-9.]*\), 99th = \([0-9.]*\), 99.9th = \([0-9.]*\).*/p50_ms=\1 p99_ms=\2 p999_ms=\3/p')
    detail "Kafka EndToEndLatency, $KAFKA_RECORDS records of 1500 bytes, acks=all, run $r: $line"
    log "kafka latency run $r: $line"
    p50s+=("$(field p50_ms "$line")") p99s+=("$(field p99_ms "$line")")
  done
  row "bus limit: Kafka produce → consume (EndToEndLatency, acks=all)" \
    "p50 $(median "${p50s[@]}") ms, p99 $(median "${p99s[@]}") ms" — —
}
