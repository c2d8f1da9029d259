# bench/lib/cpu.sh -- where the CPU goes during a load (sourced): user + system time of each service, of
# PostgreSQL (every postgres process), of the broker and of the load generator, from /proc/<pid>/stat, per unit
# of work done. What bounds a throughput on 2 cores is the sum of these, not intake's share alone.

# cpu_ticks PID...: utime + stime (clock ticks) of the processes that are still alive, plus cutime + cstime: the
# time of their children that have ended (a PostgreSQL backend whose connection was closed during the load, an
# autovacuum worker: counted in the postmaster's), which would otherwise vanish from the sum
cpu_ticks() {
  local p s=0
  for p in "$@"; do
    [[ -r /proc/$p/stat ]] && s=$((s + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$s"
}

# cpu_thread_ticks PID: utime + stime (clock ticks) of the JVM's live threads that have a role, one "role:tid ticks"
# line each: event-loop (vert.x-eventloop: HTTP I/O, messages handed to the workers), workers (executor-thread:
# REST handlers' and consumers' transactions), consumers (smallrye-kafka, kafka-coordinator: the Kafka consumers'
# poll loops), relay (outbox-relay and its kafka-producer network thread), jit (C1/C2 CompilerThread: a service
# still compiling the measured path is not in its steady state). Per thread, because threads come and go (idle
# workers past their keep-alive, the JIT's dynamic compiler threads): a thread's share of a run is its ticks at
# the end less those at the start (0 if born during the run); one that ended during the run leaves its share in
# the process's total only, as GC, VM and timer threads do. One awk over /proc/PID/task/*/stat, whose second
# field, the thread's name, may hold spaces: it is read between the first "(" and the last ")".
cpu_thread_ticks() {
  awk '{
      lp = index($0, "("); rp = 0
      for (k = length($0); k > lp; k--) if (substr($0, k, 1) == ")") { rp = k; break }
      name = substr($0, lp + 1, rp - lp - 1)
      split(substr($0, rp + 2), f, " ")
      role = name ~ /^vert\.x-eventloo/ ? "event-loop" : name ~ /^executor-thread/ ? "workers" \
        : name ~ /^(smallrye-kafka|kafka-coordinat)/ ? "consumers" : name ~ /^(outbox-relay|kafka-producer)/ ? "relay" \
        : name ~ /^C[12] Compiler/ ? "jit" : ""
      if (role != "") print role ":" substr($0, 1, lp - 2), f[12] + f[13]
    }' /proc/"$1"/task/*/stat 2>/dev/null
}

# cpu_deltas BEFORE AFTER: "key ticks" for each key of AFTER, less its value in BEFORE (0 when it was not there)
cpu_deltas() {
  awk 'NR == FNR { b[$1] = $2; next } { print $1, $2 - ($1 in b ? b[$1] : 0) }' "$1" "$2"
}

# the processes measured, as name=pids lines (PostgreSQL's backends come and go: its pids are read at each call)
cpu_parties() {
  local s
  for s in "${SERVICES[@]}"; do
    echo "${s%-service}=$(cat "$MOTCUA_DATA_DIR/run/$s.pid" 2>/dev/null)"
  done
  echo "postgres=$(pgrep -x postgres | tr '\n' ' ')"
  echo "kafka=$(pgrep -f "kafka.logs.dir=$MOTCUA_DATA_DIR/kafka-$KAFKA_PORT " | tr '\n' ' ')"
}

# cpu_backend_ticks: "pgdb:DATABASE:PID ticks" for each client backend of the server (pg_stat_activity), whose
# connection is to one database for its whole life: PostgreSQL's CPU by the database it worked for. A backend that
# ended during a run leaves its share in the postmaster's (cpu_ticks' cutime), with the server's own processes
# (WAL writer, checkpointer, autovacuum): "other" in cpu_postgres_of_last.
cpu_backend_ticks() {
  psql -X -q -t -A -F ' ' -d postgres -c "SELECT pid, datname FROM pg_stat_activity
      WHERE backend_type = 'client backend' AND datname IS NOT NULL AND pid <> pg_backend_pid()" 2>/dev/null |
    awk 'NF == 2 { db[$1] = $2 }
      END { for (pid in db) if ((getline line < ("/proc/" pid "/stat")) > 0) {
              split(line, f, " "); print "pgdb:" db[pid] ":" pid, f[14] + f[15] } }'
}

# cpu_snapshot FILE: name ticks lines, name:role ticks for each service's threads, pgdb:database:pid ticks for
# PostgreSQL's backends, plus the machine's busy and idle ticks
cpu_snapshot() {
  local line name
  while read -r line; do
    name=${line%%=*}
    # shellcheck disable=SC2086
    echo "$name $(cpu_ticks ${line#*=})"
    if [[ " ${SERVICES[*]} " == *" $name-service "* && -n ${line#*=} ]]; then
      cpu_thread_ticks "${line#*=}" | sed "s/^/$name:/"
    fi
  done < <(cpu_parties) >"$1"
  cpu_backend_ticks >>"$1"
  awk '/^cpu / { print "machine-busy", $2 + $3 + $4 + $7 + $8; print "machine-idle", $5 + $6 }' /proc/stat >>"$1"
}

# cpu_split BEFORE AFTER UNITS UNIT_NAME LOADGEN_SECONDS [LOADGEN_JIT_SECONDS]: one line, milliseconds of CPU per
# unit for each party, with "(JIT x)" after a JVM's figure: the part of it its JIT compilers spent
cpu_split() {
  local hz
  hz=$(getconf CLK_TCK)
  cpu_deltas "$1" "$2" | awk -v n="$3" -v unit="$4" -v gen="$5" -v genjit="${6:-}" -v hz="$hz" '
    function ms(ticks) { return ticks * 1000 / hz / n }
    { d[$1] = $2; if ($1 ~ /:jit:/) { split($1, p, ":"); jit[p[1]] += $2 } }
    END {
      if (n <= 0) { print "no " unit; exit }
      printf "CPU per %s:", unit
      for (k in d) if (k !~ /^machine-/ && k !~ /:/) {
        printf " %s=%.2f", k, ms(d[k]); sum += d[k]
        if (k in jit) printf " (JIT %.2f)", ms(jit[k])
      }
      printf " load-generator=%.2f%s ms; sum %.2f ms; machine busy %.0f %%\n", gen * 1000 / n,
        genjit == "" ? "" : sprintf(" (JIT %.2f)", genjit * 1000 / n),
        (sum / hz + gen) * 1000 / n, 100 * d["machine-busy"] / (d["machine-busy"] + d["machine-idle"])
    }'
}

# cpu_measured_command COMMAND ARGS...: COMMAND (a program, or a function of this shell: intake_load, pgbench)
# between two snapshots of every party's CPU, its own CPU seconds and its children's (user + system) kept as the
# load generator's; its output on stdout, its exit status returned. cpu_of_last then tells the cost.
cpu_measured_command() {
  local rc=0
  cpu_snapshot "$WORK/cpu-before"
  (
    set +e
    "$@"
    rc=$?
    # `times` in a pipeline would run in a subshell of its own, with no children: redirected, it runs here
    times >"$WORK/cpu-loadgen.times"
    awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%.2f\n", u[1] * 60 + u[2] + s[1] * 60 + s[2] }' \
      "$WORK/cpu-loadgen.times" >"$WORK/cpu-loadgen"
    exit $rc
  ) || rc=$?
  cpu_snapshot "$WORK/cpu-after"
  : >"$WORK/cpu-loadgen-jit"
  return $rc
}

# cpu_measured_by SECONDS_KEY COMMAND...: COMMAND (a function of this shell, e.g. one talking to a program that
# stays up between runs) between two snapshots; the load generator's CPU seconds are the value of SECONDS_KEY in
# the line it prints (the program's own account of the run, without its start or warm-up), its JIT's those of
# jit_s when the line has it (bench/java/DrivenRuns)
cpu_measured_by() {
  local key=$1 line rc=0
  shift
  cpu_snapshot "$WORK/cpu-before"
  line=$("$@") || rc=$?
  cpu_snapshot "$WORK/cpu-after"
  field "$key" "$line" >"$WORK/cpu-loadgen"
  field jit_s "$line" >"$WORK/cpu-loadgen-jit" || :
  printf '%s\n' "$line"
  return $rc
}

# cpu_of_last UNITS UNIT_NAME: the CPU split of the last measured run over UNITS units of work
cpu_of_last() {
  cpu_split "$WORK/cpu-before" "$WORK/cpu-after" "$1" "$2" "$(cat "$WORK/cpu-loadgen")" \
    "$(cat "$WORK/cpu-loadgen-jit")"
}

# cpu_party_of_last PARTY UNITS: milliseconds of CPU per unit of one measured process (postgres, intake, kafka...)
# over the last measured run, a number for the measures' own arithmetic
cpu_party_of_last() {
  cpu_deltas "$WORK/cpu-before" "$WORK/cpu-after" | awk -v k="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" '
    $1 == k { t = $2 } END { if (n > 0) printf "%.3f\n", t * 1000 / hz / n; else print "n/a" }'
}

# cpu_threads_of_last UNITS UNIT_NAME: the last run's CPU of each service by the role of its threads
# (cpu_thread_ticks), milliseconds per unit: where in a JVM the time goes, next to cpu_of_last's totals; "other"
# is the rest of the process's (GC, VM and timer threads, and the share of threads that ended during the run).
cpu_threads_of_last() {
  cpu_deltas "$WORK/cpu-before" "$WORK/cpu-after" | awk -v n="$1" -v unit="$2" -v hz="$(getconf CLK_TCK)" \
    -v services="${SERVICES[*]}" '
    { d[$1] = $2; if (split($1, p, ":") == 3) { role[p[1] ":" p[2]] += $2; seen[p[1]] = 1 } }
    END {
      if (n <= 0) { print "no " unit; exit }
      line = "CPU per " unit " by thread (ms):"
      nr = split("event-loop workers consumers relay jit", r, " ")
      ns = split(services, s, " ")
      for (j = 1; j <= ns; j++) {
        k = s[j]; sub(/-service$/, "", k)
        if (!(k in seen)) continue
        line = line (listed++ ? ";" : "") " " k ":"; rest = d[k]
        for (i = 1; i <= nr; i++) { line = line sprintf(" %s %.2f", r[i], role[k ":" r[i]] * 1000 / hz / n); rest -= role[k ":" r[i]] }
        line = line sprintf(" other %.2f", rest * 1000 / hz / n)
      }
      print line
    }'
}

# cpu_postgres_of_last UNITS UNIT_NAME: the last run's PostgreSQL CPU by database (cpu_backend_ticks), milliseconds
# per unit, "other" for the rest of the server's (its own processes, backends that ended during the run): which
# service's database the work was for -- in production each service's database may have a server of its own.
cpu_postgres_of_last() {
  cpu_deltas "$WORK/cpu-before" "$WORK/cpu-after" | sort | awk -v n="$1" -v unit="$2" -v hz="$(getconf CLK_TCK)" '
    $1 == "postgres" { total = $2 }
    $1 ~ /^pgdb:/ { split($1, p, ":"); if (!(p[2] in d)) order[++k] = p[2]; d[p[2]] += $2 }
    END {
      if (n <= 0) { print "no " unit; exit }
      line = "PostgreSQL CPU per " unit " by database (ms):"
      for (i = 1; i <= k; i++) {
        sum += d[order[i]]
        if (d[order[i]] * 1000 / hz / n >= 0.005) line = line sprintf(" %s %.2f", order[i], d[order[i]] * 1000 / hz / n)
      }
      print line sprintf(" other %.2f", (total - sum) * 1000 / hz / n)
    }'
}
