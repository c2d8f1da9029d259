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

# cpu_jit_ticks PID: utime + stime of the JVM's JIT compiler threads ("C1 CompilerThre", "C2 CompilerThre"), part
# of cpu_ticks PID: a service still compiling the measured path is not in its steady state
cpu_jit_ticks() {
  local t s=0 comm
  for t in /proc/"$1"/task/*; do
    comm=$(cat "$t/comm" 2>/dev/null) || continue
    [[ $comm == C[12]\ Compiler* ]] || continue
    s=$((s + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "$t/stat" 2>/dev/null || echo 0)))
  done
  echo "$s"
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

# cpu_snapshot FILE: name ticks lines, jit-name ticks for each service, plus the machine's busy and idle ticks
cpu_snapshot() {
  local line name
  while read -r line; do
    name=${line%%=*}
    # shellcheck disable=SC2086
    echo "$name $(cpu_ticks ${line#*=})"
    if [[ " ${SERVICES[*]} " == *" $name-service "* && -n ${line#*=} ]]; then
      echo "jit-$name $(cpu_jit_ticks "${line#*=}")"
    fi
  done < <(cpu_parties) >"$1"
  awk '/^cpu / { print "machine-busy", $2 + $3 + $4 + $7 + $8; print "machine-idle", $5 + $6 }' /proc/stat >>"$1"
}

# cpu_split BEFORE AFTER UNITS UNIT_NAME LOADGEN_SECONDS [LOADGEN_JIT_SECONDS]: one line, milliseconds of CPU per
# unit for each party, with "(JIT x)" after a JVM's figure: the part of it its JIT compilers spent
cpu_split() {
  local hz
  hz=$(getconf CLK_TCK)
  join <(sort "$1") <(sort "$2") | awk -v n="$3" -v unit="$4" -v gen="$5" -v genjit="${6:-}" -v hz="$hz" '
    function ms(ticks) { return ticks * 1000 / hz / n }
    { d[$1] = $3 - $2 }
    END {
      if (n <= 0) { print "no " unit; exit }
      printf "CPU per %s:", unit
      for (k in d) if (k !~ /^(machine|jit)-/) {
        printf " %s=%.2f", k, ms(d[k]); sum += d[k]
        if (("jit-" k) in d) printf " (JIT %.2f)", ms(d["jit-" k])
      }
      printf " load-generator=%.2f%s ms; sum %.2f ms; machine busy %.0f %%\n", gen * 1000 / n,
        genjit == "" ? "" : sprintf(" (JIT %.2f)", genjit * 1000 / n),
        (sum / hz + gen) * 1000 / n, 100 * d["machine-busy"] / (d["machine-busy"] + d["machine-idle"])
    }'
}

# cpu_measured PROGRAM ARGS...: jrun between two snapshots of every party's CPU, the program's own CPU seconds
# (user + system) kept too; its output on stdout, its exit status returned. cpu_of_last then tells the cost.
cpu_measured() {
  local rc=0
  cpu_snapshot "$WORK/cpu-before"
  (
    set +e
    jrun "$@"
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

# cpu_of_last UNITS UNIT_NAME: the CPU split of the last cpu_measured run over UNITS units of work
cpu_of_last() {
  cpu_split "$WORK/cpu-before" "$WORK/cpu-after" "$1" "$2" "$(cat "$WORK/cpu-loadgen")" \
    "$(cat "$WORK/cpu-loadgen-jit")"
}
