#!/usr/bin/env bash
#
# bench/ab_intake.sh -- an A/B of one intake setting, in one run: the suite's intake (A, the settings of the
# environment) against a second intake JVM on the same database and broker (B, A's command line and environment
# plus AB_B_ENV), each loaded alone in turn with processing and reporting stopped (as measure 1a), ROUNDS rounds
# of A then B (B then A every other round), pgbench with the same writes after each round. Host speed moves 2-3x
# within minutes here, so two runs a few minutes apart do not compare; two JVMs alternated within one run do.
# One JVM started by this script and one by up.sh may differ on their own (the copy was the faster by ~8 % in
# session 34 whichever setting it had): swap the settings between two runs (A's through the environment) and read
# both.
#
# Usage:
#   AB_B_ENV="MOTCUA_INTAKE_RECEIPT_LANES=0" bench/ab_intake.sh
#   MOTCUA_INTAKE_RECEIPT_LANES=0 AB_B_ENV="MOTCUA_INTAKE_RECEIPT_LANES=4" AB_CLIENTS=64 bench/ab_intake.sh
#
# Environment: AB_B_ENV (required: VAR=value ... for B), AB_CLIENTS [16], AB_ROUNDS [5], AB_WARMUP_ROUNDS [6]
# (unrecorded 15-s loads of each, alternated, the consumers running), and bench/run.sh's (ports, data directory).
# Per run: dossiers/s, p50/p99, CPU a dossier of PostgreSQL, the broker and each intake JVM, and the intake
# database's commits a dossier. Writes bench/results/<UTC>-ab-intake.md (15 min at 4 rounds,
# 2026-12-07T215838Z, the services built first on a new checkout).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
: "${AB_B_ENV:?AB_B_ENV=\"VAR=value ...\": the settings of the second intake (B)}"
AB_CLIENTS=${AB_CLIENTS:-16} AB_ROUNDS=${AB_ROUNDS:-5} AB_WARMUP_ROUNDS=${AB_WARMUP_ROUNDS:-6}
MODE=full INTAKE_CLIENT=wrk
source "$HERE/lib/all.sh"
REPS=1 WARMUP_S=5 LOAD_S=20

STAMP=$(date -u +%Y-%m-%dT%H%M%SZ)
WORK=$(mktemp -d /tmp/motcua-ab.XXXXXX)
LINES=$WORK/lines DETAILS=$WORK/details ROWS=$WORK/rows PROFILES=$WORK/profiles # the libraries' own notes go to the last three
: >"$LINES"; : >"$DETAILS"; : >"$ROWS"; : >"$PROFILES"
STARTED=false B_PID=
cleanup() {
  [[ -z $B_PID ]] || kill "$B_PID" 2>/dev/null || true
  if $STARTED; then suite_down; fi
  autovacuum_restore
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

T0=$SECONDS
bench_suite_up

# B: A's java command line and environment, another port, AB_B_ENV's settings last (they win)
A_PID=$(cat "$MOTCUA_DATA_DIR/run/intake-service.pid")
A_URL=$INTAKE_URL B_URL=http://127.0.0.1:$((8182 + MOTCUA_PORT_OFFSET))
mapfile -d '' -t a_env <"/proc/$A_PID/environ"
mapfile -d '' -t a_cmd <"/proc/$A_PID/cmdline"
read -r -a b_env <<<"$AB_B_ENV"
(cd "$REPO/intake-service" && exec env -i "${a_env[@]}" "QUARKUS_HTTP_PORT=${B_URL##*:}" "${b_env[@]}" \
  setsid nohup "${a_cmd[@]}" </dev/null >"$MOTCUA_DATA_DIR/logs/intake-service-b.log" 2>&1) &
B_PID=$!
for _ in $(seq 1 180); do curl -sf "$B_URL/q/health/ready" >/dev/null && break; sleep 1; done
curl -sf "$B_URL/q/health/ready" >/dev/null || { log "intake B did not start: $MOTCUA_DATA_DIR/logs/intake-service-b.log"; exit 1; }
log "intake B up (pid $B_PID, $B_URL, $AB_B_ENV)"

token=$("$REPO/deploy/local/token.sh" portal bench-portal)
pgbench_database
commits() { psql_q postgres "SELECT xact_commit FROM pg_stat_database WHERE datname = '$INTAKE_DB'"; }
jvm_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# per DELTA UNITS [SCALE]: DELTA x SCALE / UNITS with 3 decimals (SCALE 1000 / CLK_TCK: clock ticks to ms)
per() { awk -v d="$1" -v n="$2" -v k="${3:-1}" 'BEGIN { printf "%.3f", (n > 0 ? d * k / n : 0) }'; }
tick_ms=$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN { print 1000 / hz }')

# ab_run SIDE URL ROUND: one intake-alone load of AB_CLIENTS clients; a line of its figures in $LINES
ab_run() {
  local a0 b0 x0 line n
  a0=$(jvm_ticks "$A_PID") b0=$(jvm_ticks "$B_PID") x0=$(commits)
  line=$(INTAKE_URL=$2 consumers_stopped cpu_measured_command intake_load "$token" "$AB_CLIENTS" 16 "$WARMUP_S" "$LOAD_S" LOAD) || true
  n=$(field received "$line")
  printf '%s round=%s %s pg_ms=%s kafka_ms=%s intakeA_ms=%s intakeB_ms=%s commits_a_dossier=%s\n' "$1" "$3" \
    "${line% received=*}" "$(cpu_party_of_last postgres "$n")" "$(cpu_party_of_last kafka "$n")" \
    "$(per $(($(jvm_ticks "$A_PID") - a0)) "$n" "$tick_ms")" "$(per $(($(jvm_ticks "$B_PID") - b0)) "$n" "$tick_ms")" \
    "$(per $(($(commits) - x0)) "$n")" | tee -a "$LINES" >&2
  wait_drained 300 "intake $1, round $3 (the stopped consumers' backlog)" >/dev/null
}

for ((r = 1; r <= AB_WARMUP_ROUNDS; r++)); do
  for u in "$A_URL" "$B_URL"; do INTAKE_URL=$u intake_load "$token" "$AB_CLIENTS" 16 0 15 LOAD >/dev/null || true; done
done
wait_drained 300 "the warm-up's backlog" >/dev/null
for ((r = 1; r <= AB_ROUNDS; r++)); do
  if ((r % 2)); then ab_run A "$A_URL" "$r"; ab_run B "$B_URL" "$r"; else ab_run B "$B_URL" "$r"; ab_run A "$A_URL" "$r"; fi
  line=$(pgbench_run "$AB_CLIENTS" 16)
  printf 'pgbench round=%s %s pg_ms=%s\n' "$r" "$line" "$(cpu_party_of_last postgres "$(field tx "$line")")" | tee -a "$LINES" >&2
done

# med SIDE FIELD [DECIMALS]: the median of a field over one side's lines [3 decimals]
med() { median_to "${3:-3}" $(awk -v s="$1" -v k="$2=" '$1 == s { for (i = 2; i <= NF; i++) if (index($i, k) == 1) print substr($i, length(k) + 1) }' "$LINES"); }
a_settings=$(env | grep -E '^MOTCUA_INTAKE_' | sort | paste -sd ' ' || true) # A's settings from the environment
OUT=$HERE/results/$STAMP-ab-intake.md
mkdir -p "$HERE/results"
{
  echo "# Intake A/B, $STAMP"
  echo
  echo "- machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1); duration $(((SECONDS - T0) / 60)) min"
  echo "- commit: $(commit_measured)"
  echo "- command: \`${a_settings:+$a_settings }AB_B_ENV=\"$AB_B_ENV\" AB_CLIENTS=$AB_CLIENTS AB_ROUNDS=$AB_ROUNDS bench/ab_intake.sh\`"
  echo "- A: the suite's intake (${a_settings:-its defaults}); B: a copy of its JVM with $AB_B_ENV"
  echo "- intake alone (processing and reporting stopped), $AB_CLIENTS clients over 16 agencies, ${LOAD_S}-s runs after ${WARMUP_S} s; medians over $AB_ROUNDS rounds"
  echo
  echo "| side | dossiers/s | p99 ms | PostgreSQL ms a dossier | commits a dossier | its intake JVM ms a dossier |"
  echo "|---|---|---|---|---|---|"
  echo "| A | $(med A rate 1) | $(med A p99_ms 1) | $(med A pg_ms) | $(med A commits_a_dossier) | $(med A intakeA_ms) |"
  echo "| B | $(med B rate 1) | $(med B p99_ms 1) | $(med B pg_ms) | $(med B commits_a_dossier) | $(med B intakeB_ms) |"
  echo "| pgbench, same writes | $(med pgbench tps 1) tx/s | | | | |"
  echo
  echo "Per run:"
  echo
  sed 's/^/- /' "$LINES"
} >"$OUT"
cat "$OUT"
log "written $OUT"
