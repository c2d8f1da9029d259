# bench/lib/autovacuum.sh -- PostgreSQL's autovacuum on for the run, as on a production server.
#
# The CI machines' server has `autovacuum = off` (/etc/postgresql/15/main/conf.d/90-ci.conf): a run there would
# never vacuum nor analyse the suite's tables, so the outboxes' deleted rows, the visibility map that index-only
# scans need and the planner's statistics would all be a test machine's, not production's. When it is off, the
# run turns it on server-wide (ALTER SYSTEM + reload: it needs a superuser, as the trust setup here gives) and puts
# the server's own setting back when it stops, also on failure. BENCH_AUTOVACUUM=server keeps the server's.
# What the run used goes into the results' header ($AUTOVACUUM_NOTE).

AUTOVACUUM_RESTORE=
AUTOVACUUM_NOTE=

autovacuum_on_for_the_run() {
  local setting sourcefile
  IFS='|' read -r setting sourcefile <<<"$(psql_q postgres \
    "SELECT setting, coalesce(sourcefile, '') FROM pg_settings WHERE name = 'autovacuum'")"
  if [[ $setting == on || ${BENCH_AUTOVACUUM:-on} == server ]]; then
    AUTOVACUUM_NOTE="autovacuum $setting (the server's)"
    return 0
  fi
  if ! psql_q postgres "ALTER SYSTEM SET autovacuum = on" >/dev/null ||
    ! psql_q postgres "SELECT pg_reload_conf()" >/dev/null; then
    log "could not turn autovacuum on (ALTER SYSTEM needs a superuser): the run has the server's, off"
    AUTOVACUUM_NOTE="autovacuum off (the server's; could not turn it on)"
    return 0
  fi
  # ALTER SYSTEM writes postgresql.auto.conf: put back what was there, or nothing
  if [[ $sourcefile == */postgresql.auto.conf ]]; then
    AUTOVACUUM_RESTORE="ALTER SYSTEM SET autovacuum = off"
  else
    AUTOVACUUM_RESTORE="ALTER SYSTEM RESET autovacuum"
  fi
  sleep 1 # the reload is asynchronous
  AUTOVACUUM_NOTE="autovacuum on for the run (the server's own setting, off, put back at the end)"
  log "autovacuum turned on for the run (the server has it off; put back at the end)"
}

autovacuum_restore() {
  [[ -n $AUTOVACUUM_RESTORE ]] || return 0
  if psql_q postgres "$AUTOVACUUM_RESTORE" >/dev/null && psql_q postgres "SELECT pg_reload_conf()" >/dev/null; then
    log "autovacuum back to the server's setting"
  else
    log "could not put autovacuum back: run \"psql -c '$AUTOVACUUM_RESTORE' -c 'SELECT pg_reload_conf()'\""
  fi
  AUTOVACUUM_RESTORE=
}
