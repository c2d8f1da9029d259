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
    jfr print --events jdk.ExecutionSample "$PROFILE_FILE" |
      awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); print }' >"$WORK/frames.txt"
    sort "$WORK/frames.txt" | uniq -c | sort -rn | awk 'NR <= 15'
    echo '```'
    echo
    echo "Own samples by package (first three names), of $(wc -l <"$WORK/frames.txt") samples:"
    echo
    echo '```'
    sed 's/(.*//; s/\.[^.]*\.[^.]*$//' "$WORK/frames.txt" | awk -F. '{ n = NF < 3 ? NF : 3; p = $1; for (i = 2; i <= n; i++) p = p "." $i; print p }' |
      sort | uniq -c | sort -rn | awk 'NR <= 12'
    echo '```'
  } >>"$PROFILES"
}
