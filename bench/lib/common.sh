# bench/lib/common.sh -- shared settings and small helpers of bench/run.sh (sourced, not run).
# Settings: the suite runs on its own ports and data directory, so that a developer's suite (8081-8084, 9092,
# .data/) is left alone. Override them from the environment.

export MOTCUA_DATA_DIR=${MOTCUA_DATA_DIR:-$REPO/.data/bench}
export KAFKA_PORT=${KAFKA_PORT:-9192}
export MOTCUA_PORT_OFFSET=${MOTCUA_PORT_OFFSET:-1000}
# the suite's databases of its own (bench_catalog, bench_intake, ...), dropped before every run (suite.sh): rows
# left by earlier runs slowed form 06 twofold within a day (docs/notes/benchmark.md, traps)
export MOTCUA_DB_PREFIX=${MOTCUA_DB_PREFIX-bench_}
INTAKE_DB=${MOTCUA_DB_PREFIX}intake
PROCESSING_DB=${MOTCUA_DB_PREFIX}processing
REPORTING_DB=${MOTCUA_DB_PREFIX}reporting
export PGOPTIONS=${PGOPTIONS:--c client_min_messages=warning}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
CATALOG_URL=http://127.0.0.1:$((8081 + MOTCUA_PORT_OFFSET))
INTAKE_URL=http://127.0.0.1:$((8082 + MOTCUA_PORT_OFFSET))
PROCESSING_URL=http://127.0.0.1:$((8083 + MOTCUA_PORT_OFFSET))
REPORTING_URL=http://127.0.0.1:$((8084 + MOTCUA_PORT_OFFSET))
SERVICES=(procedure-catalog-service intake-service processing-service reporting-service)
JAVA_DIR=$HERE/java

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# field KEY LINE: the value of KEY=value in a line of key=value pairs
field() { tr ' ' '\n' <<<"$2" | awk -v k="$1=" 'index($0, k) == 1 && !done { print substr($0, length(k) + 1); done = 1 }'; }

# median of the numbers given as arguments ("nan" are ignored), with one decimal
median() { median_to 1 "$@"; }

# median_to DECIMALS NUMBERS...: median with DECIMALS decimals
median_to() {
  local decimals=$1
  shift
  printf '%s\n' "$@" | { grep -Eiv '^(nan|n/a|)$' || true; } | sort -g | awk -v f="%.${decimals}f\n" '{a[NR]=$1} END {
    if (NR == 0) { print "n/a"; exit }
    if (NR % 2) printf f, a[(NR + 1) / 2]; else printf f, (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# verdict VALUE OP TARGET: pass / miss (OP is < <= >= >); n/a when the value is not a number
verdict() {
  awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {
    if (v !~ /^[0-9.]+$/) { print "n/a"; exit }
    ok = (op == "<" && v < t) || (op == "<=" && v <= t) || (op == ">=" && v >= t) || (op == ">" && v > t)
    print ok ? "pass" : "miss" }'
}

# row MEASURE VALUE TARGET VERDICT: one line of the results table
row() { printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" >>"$ROWS"; }

# detail LINE: a raw per-run line, kept under the table
detail() { printf -- '- %s\n' "$*" >>"$DETAILS"; }

# jrun PROGRAM ARGS...: a program of bench/java (compiled once by compile_programs) with the bench classpath
jrun() {
  local program=$1
  shift
  java -Xss512k -cp "$BENCH_CLASSES:$BENCH_CP" "$program" "$@"
}

# psql_q DB SQL: one value
# commit_measured: the commit a result was measured on, "(with local changes)" after it when the work tree has
# modified or untracked files outside bench/results (a measure file of an experiment is untracked), and its branch
commit_measured() {
  echo "$(git -C "$REPO" rev-parse --short HEAD)$([[ -z $(git -C "$REPO" status --porcelain -- . ':!bench/results') ]] ||
    echo ' (with local changes)') on $(git -C "$REPO" rev-parse --abbrev-ref HEAD)"
}

psql_q() { psql -X -q -t -A -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

# ratio A B: A/B with 2 decimals
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a !~ /^[0-9.]+$/ || b + 0 == 0) print "n/a"; else printf "%.2f\n", a / b }'; }

# steady_warm_up LABEL UNIT MIN_S MAX_S COMMAND...: unrecorded slices (COMMAND prints a line with rate=) until the
# load is in its steady state -- at least MIN_S, then two slices in a row within 5 % of each other -- or MAX_S have
# passed; one detail line says which, with every slice's rate. A measure taken before that is one of the JIT's.
steady_warm_up() {
  local label=$1 unit=$2 min_s=$3 max_s=$4 t0=$SECONDS previous=0 rate slices=()
  shift 4
  log "$label: warm-up slices, at least $min_s s, until two agree within 5 % (at most $max_s s; not recorded)"
  while ((SECONDS - t0 < max_s)); do
    rate=$(field rate "$("$@")")
    slices+=("$rate")
    log "$label warm-up slice: $rate $unit"
    if ((SECONDS - t0 >= min_s)) &&
      awk -v a="$previous" -v b="$rate" 'BEGIN { exit !(a > 0 && b > 0 && (a - b) / b < 0.05 && (b - a) / b < 0.05) }'; then
      detail "$label warm-up: steady after $((SECONDS - t0)) s (slices: ${slices[*]} $unit)"
      return 0
    fi
    previous=$rate
  done
  detail "$label warm-up: NOT steady after $((SECONDS - t0)) s (slices: ${slices[*]} $unit)"
}
