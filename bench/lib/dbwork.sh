# bench/lib/dbwork.sh -- the database work of a unit of load (sourced): transactions committed and rows inserted,
# updated and deleted in each database, from PostgreSQL's own counters (pg_stat_database). What a lifecycle costs
# PostgreSQL on each side of a comparison, in the database's terms rather than in CPU.
#
# PostgreSQL 15 publishes a backend's counters when its transaction ends at most once a second, and those of a
# backend gone idle 10 s later: a snapshot is taken DBWORK_SETTLE_S after the load has stopped.

DBWORK_SETTLE_S=${DBWORK_SETTLE_S:-11}

# dbwork_snapshot FILE DB...: "db commits inserted updated deleted" for each DB
dbwork_snapshot() {
  local file=$1 list
  shift
  list=$(printf "'%s'," "$@")
  psql -X -q -t -A -F' ' -d postgres -c "SELECT datname, xact_commit, tup_inserted, tup_updated, tup_deleted
    FROM pg_stat_database WHERE datname IN (${list%,}) ORDER BY datname" >"$file"
}

# dbwork_split BEFORE AFTER UNITS IDLE_COMMITS_PER_S IDLE_S: per unit, "db: N commits, I/U/D rows" for each
# database and their sum, after taking away IDLE_COMMITS_PER_S x IDLE_S commits over all of them (transactions
# of the outbox relays' idle polls, which write nothing, counted while the load was not running)
dbwork_split() {
  join "$1" "$2" | awk -v n="$3" -v idle="$4" -v idle_s="$5" '
    { c = $6 - $2; i = $7 - $3; u = $8 - $4; d = $9 - $5
      line = line sprintf("%s%s %.1f commits, %.1f / %.1f / %.1f rows", NR > 1 ? "; " : "", $1, c / n, i / n, u / n, d / n)
      tc += c; ti += i; tu += u; td += d }
    END {
      if (n <= 0) { print "none"; exit }
      printf "%s; in all %.1f commits (%.1f without the idle polls), %.1f / %.1f / %.1f rows inserted / updated / deleted\n",
        line, tc / n, (tc - idle * idle_s) / n, ti / n, tu / n, td / n
    }'
}

# dbwork_commits FILE: the commits of a snapshot, over all its databases
dbwork_commits() { awk '{ s += $2 } END { print s + 0 }' "$1"; }

# dbwork_idle_rate BEFORE AFTER SECONDS: commits per second between two snapshots of an idle suite
dbwork_idle_rate() {
  awk -v a="$(dbwork_commits "$1")" -v b="$(dbwork_commits "$2")" -v s="$3" 'BEGIN { printf "%.2f\n", (b - a) / s }'
}
