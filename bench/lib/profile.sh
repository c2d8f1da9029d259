# bench/lib/profile.sh -- optional CPU profile of a service during one load level (BENCH_PROFILE=true):
# a JFR recording (settings=profile) started and stopped with jcmd on the service's pid, kept in
# $MOTCUA_DATA_DIR/profiles/, and its 15 hottest frames and packages (own CPU samples, jdk.ExecutionSample) in the results.

# profile_prepare: starts and stops an empty recording in every service right after start-up, before any load
# (whichever a measure profiles later). On JDK 17 the first recording of a JVM retransforms the JDK's I/O classes
# for JFR's events, and that throws away the compiled code that inlined them: started under load, it sent
# processing (C2 only, one compiler thread) back to the interpreter for minutes (session 25, 200532Z: 124, 51 and
# 41 ms of CPU a lifecycle in runs 1-3 against 11 unprofiled; intake 35 ms a dossier against 3). Done here, the
# recompilation falls in the warm-up.
profile_prepare() {
  [[ ${BENCH_PROFILE:-false} == true ]] || return 0
  local service pid
  for service in "${SERVICES[@]}"; do
    pid=$(cat "$MOTCUA_DATA_DIR/run/$service.pid")
    # whole stacks (JFR keeps 64 frames by default, fewer than a Quarkus request has): the inclusive shares below
    # need the outer frames; settable only before JFR's first start
    jcmd "$pid" JFR.configure stackdepth=256 >/dev/null
    jcmd "$pid" JFR.start name=prepare settings=profile >/dev/null
    jcmd "$pid" JFR.stop name=prepare >/dev/null
  done
}

# profile_start SERVICE LABEL
profile_start() {
  [[ ${BENCH_PROFILE:-false} == true ]] || return 0
  local pid
  pid=$(cat "$MOTCUA_DATA_DIR/run/$1.pid")
  mkdir -p "$MOTCUA_DATA_DIR/profiles"
  PROFILE_FILE=$MOTCUA_DATA_DIR/profiles/$STAMP-$1-$2.jfr
  jcmd "$pid" JFR.start name=bench settings=profile filename="$PROFILE_FILE" >/dev/null
}

# profile_stop SERVICE LABEL
profile_stop() {
  [[ ${BENCH_PROFILE:-false} == true ]] || return 0
  local pid
  pid=$(cat "$MOTCUA_DATA_DIR/run/$1.pid")
  jcmd "$pid" JFR.stop name=bench >/dev/null
  {
    echo
    echo "CPU profile of $1, $2 ($PROFILE_FILE): hottest frames, own samples"
    echo
    echo '```'
    # printed once, with whole stacks: the own frames below read each stack's first line, profile_inclusive all of it
    jfr print --events jdk.ExecutionSample --stack-depth 256 "$PROFILE_FILE" >"$WORK/samples.txt"
    awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); print }' "$WORK/samples.txt" >"$WORK/frames.txt"
    sort "$WORK/frames.txt" | uniq -c | sort -rn | awk 'NR <= 15'
    echo '```'
    echo
    echo "Own samples by package (first three names), of $(wc -l <"$WORK/frames.txt") samples:"
    echo
    echo '```'
    sed 's/(.*//; s/\.[^.]*\.[^.]*$//' "$WORK/frames.txt" | awk -F. '{ n = NF < 3 ? NF : 3; p = $1; for (i = 2; i <= n; i++) p = p "." $i; print p }' |
      sort | uniq -c | sort -rn | awk 'NR <= 12'
    echo '```'
    echo
    echo "The suite's own methods by the share of samples under them (inclusive: the method and what it calls):"
    echo
    echo '```'
    profile_inclusive <"$WORK/samples.txt" | awk 'NR <= 20'
    echo '```'
  } >>"$PROFILES"
}

# profile_inclusive < SAMPLES: from `jfr print --events jdk.ExecutionSample --stack-depth 256 FILE.jfr` on stdin, for
# each method of org.motcua (CDI proxies left out), the percentage of the CPU samples with it on the stack, highest
# first. Own samples (above) showed a flat profile for sessions; read this way, session 32 found 12-13 % of intake's
# samples under four methods that redid the same work for every dossier.
profile_inclusive() {
  awk '
    /stackTrace = \[/ { inside = 1; delete seen; next }
    inside && /^[ \t]*\]/ { inside = 0; total++; next }
    inside {
      frame = $0; sub(/^[ \t]+/, "", frame); sub(/[ \t]+line:.*/, "", frame)
      if (frame ~ /^org\.motcua\./ && frame !~ /_(ClientProxy|Subclass)[.$]|[$]quarkusrestinvoker[$]/ && !(frame in seen)) { seen[frame] = 1; n[frame]++ }
    }
    END { for (f in n) printf "%5.1f %%  %s\n", 100 * n[f] / total, f }' | sort -rn
}
