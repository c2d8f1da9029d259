# bench/lib/driven.sh -- load generators that stay up between runs (bench/java/DrivenRuns): started once, each run
# is a line "N" written to the program's input and the line it answers. The program is warm for every measured run
# and charged only for the run (its cpu_s), whichever side of a comparison it drives.

declare -A DRIVEN_IN DRIVEN_OUT DRIVEN_PID

# driven_start NAME PROGRAM ARGS...: PROGRAM of bench/java through two FIFOs of the run's work directory; returns
# once it says "ready" (1 if it ended before)
driven_start() {
  local name=$1 line in out
  shift
  rm -f "$WORK/$name.in" "$WORK/$name.out"
  mkfifo "$WORK/$name.in" "$WORK/$name.out"
  jrun "$@" <"$WORK/$name.in" >"$WORK/$name.out" 2> >(head -5 >&2) &
  DRIVEN_PID[$name]=$!
  exec {in}>"$WORK/$name.in" {out}<"$WORK/$name.out"
  DRIVEN_IN[$name]=$in DRIVEN_OUT[$name]=$out
  while read -r line <&"$out"; do
    [[ $line == ready ]] && return 0
  done
  log "$name ended before it was ready"
  return 1
}

# driven_run NAME N: N units in the running program (prints its result line, "failed" if it is gone)
driven_run() {
  local line
  echo "$2" >&"${DRIVEN_IN[$1]}"
  while read -r line <&"${DRIVEN_OUT[$1]}"; do
    [[ $line == ok=* ]] && { printf '%s\n' "$line"; return 0; }
  done
  echo "failed: $1 ended"
  return 1
}

# driven_stop NAME: end of its input, the program returns and its JVM ends
driven_stop() {
  local in=${DRIVEN_IN[$1]} out=${DRIVEN_OUT[$1]}
  exec {in}>&- {out}<&-
  wait "${DRIVEN_PID[$1]}" || true
}
