# bench/measures/pgbench.sh -- measure 2: the database limit for the same row writes as one intake.
# A scratch database bench_pgbench gets a copy of intake's tables (pg_dump --schema-only) and the
# SGDDT-015 procedure rows; pgbench runs bench/sql/intake-tx.sql (see its header) at the same concurrency
# and agencies as measure 1, for the same duration. Prints intake / pgbench as a ratio (target >= 0.50).
# Each run's CPU split too (pgbench is its load generator), and, at 16 clients after measure_intake_alone, the
# database's own ratio: PostgreSQL's CPU a pgbench transaction over its CPU an intake dossier, which is what
# intake / pgbench becomes when the database is the bound, the JVMs and load generators on cores of their own.

measure_pgbench() {
  local plen dlen c r line tps tpss lats pg_tx
  plen=$(psql_q "$INTAKE_DB" "SELECT coalesce(avg(length(payload))::int, 1500) FROM (SELECT payload FROM outbox_event ORDER BY id DESC LIMIT 200) s")
  dlen=$(psql_q "$INTAKE_DB" "SELECT coalesce(avg(length(documents::text))::int, 400) FROM (SELECT documents FROM dossier ORDER BY received_at DESC LIMIT 200) s")
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS bench_pgbench WITH (FORCE)" -c "CREATE DATABASE bench_pgbench"
  pg_dump --schema-only --no-owner -t dossier -t dossier_sequence -t outbox_event -t idempotency_key \
    -t procedure_version "$INTAKE_DB" | psql -X -q -v ON_ERROR_STOP=1 -d bench_pgbench >/dev/null
  psql_q "$INTAKE_DB" "COPY (SELECT * FROM procedure_version WHERE procedure_code = 'SGDDT-015') TO STDOUT" |
    psql -X -q -d bench_pgbench -c "COPY procedure_version FROM STDIN"
  detail "pgbench: outbox payload $plen chars, documents $dlen chars (averages of intake's last 200 rows)"
  for c in "${CLIENTS[@]}"; do
    tpss=() lats=() pg_tx=()
    # the server's max_connections is shared with the services' pools (up to 20 each) and anyone else
    local free cc
    free=$(psql_q postgres "SELECT current_setting('max_connections')::int - count(*) - 10 FROM pg_stat_activity")
    cc=$(( c < free ? c : free ))
    ((cc >= 1)) || cc=1
    ((cc == c)) || detail "pgbench at $c clients: only $cc connections free on the server (max_connections), run with $cc"
    for ((r = 1; r <= REPS; r++)); do
      line=$( { cpu_measured_command pgbench -n -M prepared -c "$cc" -j "$(( cc < 2 ? 1 : 2 ))" -T "$LOAD_S" \
        -D agencies=16 -D clients="$cc" -D plen="$plen" -D dlen="$dlen" -f "$HERE/sql/intake-tx.sql" bench_pgbench 2>&1 || true; } |
        awk '/^tps/ { tps = $3 } /^latency average/ { lat = $4 } /^number of failed/ { f = $5 } /aborted/ { a++ }
             /^number of transactions actually processed/ { split($6, t, "/"); n = t[1] }
             /aborted in command/ && !e { e = $0; sub(/.*ERROR: */, "", e); gsub(/ /, "_", e) }
             END { printf "tps=%.1f latency_avg_ms=%s failed=%s aborted_clients=%d tx=%d%s\n", tps, lat, f, a, n,
                   e ? " first_error=" substr(e, 1, 60) : "" }')
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
