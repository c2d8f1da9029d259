# bench/measures/one_agency.sh -- measure 2b: one receiving agency. A dossier's code is the receiving agency's
# daily sequence, gapless (DOMAIN.md, Circular 01 Art 19): intake increments the agency's row of dossier_sequence
# in the dossier's transaction, and the row stays locked until that transaction commits. Dossiers of one agency
# are therefore written one after another, however many clients send them; a province whose one-stop centre
# receives every dossier under its own code meets that bound at its opening-hour peak. Measures 1 and 2 spread
# their load over 16 agencies (LOAD01..LOAD16) and never meet it; this one sends all 16 clients' dossiers to one
# (LOAD01), alternated in every repetition with the 16 agencies of measure 1, intake alone (processing and
# reporting stopped, as measure_intake_alone) and pgbench with the same writes (bench/sql/intake-tx.sql with
# -D agencies=1): the database's own limit for one sequence row, one dossier a transaction, so the row is held
# 1,000 / tps ms a transaction (printed). Until session 33 intake too wrote one dossier a transaction and held the
# row 1.5-3 ms (four round trips and the commit): 0.61 of its 16-agency rate (2026-12-07T180859Z); it now writes
# the dossiers that queue on one agency in one transaction (intake-service ReceiptLanes), and the row is no longer
# what bounds it when its one-agency rate is that of 16 agencies.

measure_one_agency() {
  local token r a line
  local -A rates=() p99s=()
  token=$("$REPO/deploy/local/token.sh" portal bench-portal)
  pgbench_database
  wait_drained 300 "one agency"
  for ((r = 1; r <= REPS; r++)); do
    for a in 16 1; do
      line=$(consumers_stopped intake_load "$token" 16 "$a" "$WARMUP_S" "$LOAD_S" LOAD) || true
      detail "one agency: intake alone, 16 clients, $a agencies, run $r: $line"
      log "one agency: intake alone, $a agencies, run $r: $line"
      rates[intake-$a]+="$(field rate "$line") " p99s[intake-$a]+="$(field p99_ms "$line") "
      wait_drained 300 "one agency run $r (the stopped consumers' backlog)"
      line=$(pgbench_run 16 "$a")
      detail "one agency: pgbench, 16 clients, $a agencies, run $r: $line"
      log "one agency: pgbench, $a agencies, run $r: $line"
      rates[pgbench-$a]+="$(field tps "$line") "
    done
  done
  local intake1 intake16 pg1 pg16
  # shellcheck disable=SC2086
  intake1=$(median ${rates[intake-1]}) intake16=$(median ${rates[intake-16]}) pg1=$(median ${rates[pgbench-1]}) \
    pg16=$(median ${rates[pgbench-16]})
  # shellcheck disable=SC2086
  row "intake alone, 16 clients, one receiving agency (one sequence row for every dossier)" \
    "$intake1 dossiers/s, p99 $(median ${p99s[intake-1]}) ms; 16 agencies in the same run: $intake16/s, p99 $(median ${p99s[intake-16]}) ms ($(ratio "$intake1" "$intake16") of it)" — —
  row "database limit, pgbench same writes, 16 clients, one agency" \
    "$pg1 tx/s, the row held $(held_ms "$pg1") ms a transaction; 16 agencies: $pg16 tx/s ($(ratio "$pg1" "$pg16") of it)" — —
  row "intake / database limit, 16 clients, one agency" "$(ratio "$intake1" "$pg1")" "(≥ 0.50)" \
    "$(verdict "$(ratio "$intake1" "$pg1")" ">=" 0.50)"
}

# held_ms RATE: milliseconds a transaction at RATE a second (how long pgbench holds the row, the row its bound)
held_ms() { awk -v r="$1" 'BEGIN { if (r + 0 == 0) print "n/a"; else printf "%.2f\n", 1000 / r }'; }
