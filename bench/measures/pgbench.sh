# bench/measures/pgbench.sh -- measure 2: the database limit for the same row writes as one intake.
# A scratch database bench_pgbench gets a copy of intake's tables (pg_dump --schema-only) and the
# SGDDT-015 procedure rows; pgbench runs bench/sql/intake-tx.sql (see its header) at the same concurrency
# and agencies as measure 1, for the same duration. Prints intake / pgbench as a ratio (target >= 0.50).
# Each run's CPU split too (pgbench is its load generator), and, at 16 clients after measure_intake_alone, the
# database's own ratio: PostgreSQL's CPU a pgbench transaction over its CPU an intake dossier, which is what
# intake / pgbench becomes when the database is the bound, the JVMs and load generators on cores of their own.

# pgbench_database: bench_pgbench afresh, with intake's tables and the procedure's rows; the payload lengths of
# intake's last 200 dossiers in PGBENCH_PLEN and PGBENCH_DLEN
pgbench_database() {
  PGBENCH_PLEN=$(psql_q "$INTAKE_DB" "SELECT coalesce(avg(length(payload))::int, 1500) FROM (SELECT payload FROM outbox_event ORDER BY id DESC LIMIT 200) s")
  PGBENCH_DLEN=$(psql_q "$INTAKE_DB" "SELECT coalesce(avg(length(documents::text))::int, 400) FROM (SELECT documents FROM dossier ORDER BY received_at DESC LIMIT 200) s")
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS bench_pgbench WITH (FORCE)" -c "CREATE DATABASE bench_pgbench"
  pg_dump --schema-only --no-owner -t dossier -t dossier_sequence -t outbox_event -t idempotency_key \
    -t procedure_version "$INTAKE_DB" | psql -X -q -v ON_ERROR_STOP=1 -d bench_pgbench >/dev/null
  psql_q "$INTAKE_DB" "COPY (SELECT * FROM procedure_version WHERE procedure_code = 'SGDDT-015') TO STDOUT" |
    psql -X -q -d bench_pgbench -c "COPY procedure_version FROM STDIN"
}

# pgbench_run CLIENTS AGENCIES: one CPU-measured pgbench run of bench/sql/intake-tx.sql for LOAD_S; prints
# tps= latency_avg_ms= failed= aborted_clients= tx= [first_error=]
pgbench_run() {
  { cpu_measured_command pgbench -n -M prepared -c "$1" -j "$(( $1 < 2 ? 1 : 2 ))" -T "$LOAD_S" \
    -D agencies="$2" -D clients="$1" -D plen="$PGBENCH_PLEN" -D dlen="$PGBENCH_DLEN" -f "$HERE/sql/intake-tx.sql" bench_pgbench 2>&1 || true; } |
    awk '/^tps/ { tps = $3 } /^latency average/ { lat = $4 } /^number of failed/ { f = $5 } /aborted/ { a++ }
         /^number of transactions actually processed/ { split($6, t, "/"); n = t[1] }
         /aborted in command/ && !e { e = $0; sub(/.*ERROR: */, "", e); gsub(/ /, "_", e) }
         END { printf "tps=%.1f latency_avg_ms=%s failed=%s aborted_clients=%d tx=%d%s\n", tps, lat, f, a, n,
               e ? " first_error=" substr(e, 1, 60) : "" }'
}

measure_pgbench() {
  local c r line tpss lats pg_tx
  pgbench_database
  detail "pgbench: outbox payload $PGBENCH_PLEN chars, documents $PGBENCH_DLEN chars (averages of intake's last 200 rows)"
  for c in "${CLIENTS[@]}"; do
    tpss=() lats=() pg_tx=()
    # the server's max_connections is shared with the services' pools (up to 20 each) and anyone else
    local free cc
    free=$(psql_q postgres "SELECT current_setting('max_connections')::int - count(*) - 10 FROM pg_stat_activity")
    cc=$(( c < free ? c : free ))
    ((cc >= 1)) || cc=1
    ((cc == c)) || detail "pgbench at $c clients: only $cc connections free on the server (max_connections), run with $cc"
    for ((r = 1; r <= REPS; r++)); do
      line=$(pgbench_run "$cc" 16)
      detail "pgbench, $c clients, run $r: $line"
      detail "pgbench, $c clients, run $r (pgbench is the load generator): $(cpu_of_last "$(field tx "$line")" "transaction (ms)")"
      pg_tx+=("$(cpu_party_of_last postgres "$(field tx "$line")")")
      log "pgbench $c clients run $r: $line"
      tpss+=("$(field tps "$line")") lats+=("$(field latency_avg_ms "$line")")
    done
    local limit share
    limit=$(median "${tpss[@]}")
    share=$(ratio "$(intake_rate "$c")" "$limit")
    row "database limit, pgbench same writes, $c clients$( ((cc == c)) || echo " ($cc connections)")" "$limit tx/s (avg latency $(median "${lats[@]}") ms)" — —
    row "intake / database limit, $c clients" "$share" "≥ 0.50" "$(verdict "$share" ">=" 0.50)"
    if ((c == 16)) && [[ -s $WORK/intake-alone-rate-16 ]]; then
      share=$(ratio "$(cat "$WORK/intake-alone-rate-16")" "$limit")
      row "intake alone / database limit, 16 clients" "$share" "(≥ 0.50)" "$(verdict "$share" ">=" 0.50)"
    fi
    if ((c == 16)) && [[ -s $WORK/intake-alone-pg-ms-16 ]]; then
      local pg_dossier pg_limit
      pg_dossier=$(cat "$WORK/intake-alone-pg-ms-16") pg_limit=$(median_to 3 "${pg_tx[@]}")
      share=$(ratio "$pg_limit" "$pg_dossier")
      row "intake alone / database limit, 16 clients, the database the bound (PostgreSQL's CPU: $pg_limit ms a pgbench transaction ÷ $pg_dossier ms an intake dossier)" \
        "$share" "(≥ 0.50)" "$(verdict "$share" ">=" 0.50)"
    fi
  done
}
