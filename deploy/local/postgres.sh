#!/usr/bin/env bash
#
# deploy/local/postgres.sh -- PostgreSQL for local runs: the machine's server
# when one answers, otherwise an embedded PostgreSQL 15 (zonky binaries from
# Maven Central, run by a small Java launcher). No Docker needed.
#
# Usage:
#   deploy/local/postgres.sh start [--embedded]  use 127.0.0.1:${PGPORT:-5432} if it accepts
#                                         connections, else (or with --embedded) start the
#                                         embedded server; then write $MOTCUA_DATA_DIR/postgres.env.
#                                         An embedded server of ours already running is kept.
#   deploy/local/postgres.sh stop          stop the embedded server if this script started it
#                                         (never the system server)
#   deploy/local/postgres.sh status        exit 0 when the server of postgres.env accepts connections
#   deploy/local/postgres.sh create-db NAME...  create each database that is missing
#                                         (psql if present, else a pgjdbc single-file program)
#   deploy/local/postgres.sh env           print postgres.env (source it: set -a; . FILE; set +a)
#
# Environment:
#   PGPORT                     port of the system server to probe on 127.0.0.1  [5432]
#   PGUSER                     user written to postgres.env for the system server [postgres]
#   MOTCUA_EMBEDDED_PG=true    same as --embedded
#   EMBEDDED_PG_PORT           port of the embedded server on 127.0.0.1         [15432]
#   EMBEDDED_PG_START_TIMEOUT  seconds to wait for the embedded server          [120]
#   MOTCUA_PG_CLIENT           create-db client: auto | psql | java             [auto]
#   MOTCUA_DATA_DIR            data directory                                    [<repo>/.data]
#
# Files:
#   $MOTCUA_DATA_DIR/postgres.env           PGHOST, PGPORT, PGUSER, MOTCUA_PG_EMBEDDED, MOTCUA_PG_JDBC_BASE
#   $MOTCUA_DATA_DIR/postgres/data/         PGDATA of the embedded server (kept across restarts)
#   $MOTCUA_DATA_DIR/postgres/work/         unpacked PostgreSQL binaries (-Dot.epg.working-dir)
#   $MOTCUA_DATA_DIR/postgres/embedded.pid  pid of the Java launcher; embedded.log its log
set -euo pipefail

MOTCUA_LOG_TAG=postgres
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"

usage() {
  sed -n '3,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'
}

readonly HOST=127.0.0.1
SYSTEM_PORT=${PGPORT:-5432}
EMBEDDED_PG_PORT=${EMBEDDED_PG_PORT:-15432}
EMBEDDED_PG_START_TIMEOUT=${EMBEDDED_PG_START_TIMEOUT:-120}
MOTCUA_PG_CLIENT=${MOTCUA_PG_CLIENT:-auto}
[[ $SYSTEM_PORT =~ ^[0-9]+$ ]] || die "PGPORT must be a number: $SYSTEM_PORT"
[[ $EMBEDDED_PG_PORT =~ ^[0-9]+$ ]] || die "EMBEDDED_PG_PORT must be a number: $EMBEDDED_PG_PORT"

HELPER_DIR=$MOTCUA_LOCAL_DIR/embedded-postgres
PG_DIR=$MOTCUA_DATA_DIR/postgres
PGDATA_DIR=$PG_DIR/data
WORK_DIR=$PG_DIR/work
PID_FILE=$PG_DIR/embedded.pid
LOG_FILE=$PG_DIR/embedded.log
CP_FILE=$PG_DIR/classpath.txt
ENV_FILE=$MOTCUA_DATA_DIR/postgres.env

classpath() {
  resolve_classpath "$HELPER_DIR/pom.xml" "$CP_FILE"
  cat "$CP_FILE"
}

# Pid of the launcher this script started, if alive.
our_pid() {
  local pid
  pid=$(read_pid "$PID_FILE")
  if [[ -n $pid ]] && pid_cmdline_has "$pid" EmbeddedPostgresMain "$PGDATA_DIR"; then
    printf '%s' "$pid"
  fi
}

# accepting HOST PORT: true when the server accepts connections.
accepting() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$1" -p "$2" -t 3
  else
    port_open "$1" "$2"
  fi
}

# A postmaster left behind by a launcher that was SIGKILLed still holds the
# data directory: stop it (SIGINT = fast shutdown), SIGKILL as a last resort.
stop_orphan_postmaster() {
  local pm
  pm=$(read_pid "$PGDATA_DIR/postmaster.pid")
  if [[ -n $pm ]] && pid_cmdline_has "$pm" "$PGDATA_DIR"; then
    warn "stopping a postmaster left behind (pid $pm)"
    kill -INT "$pm" 2>/dev/null || true
    local i
    for ((i = 0; i < 100; i++)); do
      pid_alive "$pm" || return 0
      sleep 0.1
    done
    kill -KILL "$pm" 2>/dev/null || true
    sleep 0.5
  fi
}

write_env() { # PORT EMBEDDED(true|false) USER
  cat >"$ENV_FILE.tmp" <<EOF
# Written by deploy/local/postgres.sh start ($(date -u +%Y-%m-%dT%H:%M:%SZ)).
# Use: set -a; . "$ENV_FILE"; set +a
PGHOST=$HOST
PGPORT=$1
PGUSER=$3
MOTCUA_PG_EMBEDDED=$2
MOTCUA_PG_JDBC_BASE=jdbc:postgresql://$HOST:$1
EOF
  mv -f "$ENV_FILE.tmp" "$ENV_FILE"
}

wait_embedded_ready() { # PID
  local pid=$1 deadline=$((SECONDS + EMBEDDED_PG_START_TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! pid_alive "$pid"; then
      tail -n 40 "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      die "the embedded PostgreSQL launcher (pid $pid) exited during start-up (log: $LOG_FILE)"
    fi
    if grep -q 'EMBEDDED-POSTGRES READY' "$LOG_FILE" 2>/dev/null && port_open "$HOST" "$EMBEDDED_PG_PORT"; then
      return 0
    fi
    sleep 0.2
  done
  tail -n 40 "$LOG_FILE" >&2 || true
  warn "not ready within ${EMBEDDED_PG_START_TIMEOUT}s: stopping it"
  stop_pid "$pid" "embedded PostgreSQL launcher" 30
  stop_orphan_postmaster
  rm -f "$PID_FILE"
  die "the embedded PostgreSQL did not start within ${EMBEDDED_PG_START_TIMEOUT}s (log: $LOG_FILE)"
}

start_embedded() {
  local pid cp t0
  t0=$(now_ms)
  mkdir -p "$PG_DIR"
  take_lock "$PG_DIR/.lock"

  pid=$(our_pid)
  if [[ -n $pid ]]; then
    if ! port_open "$HOST" "$EMBEDDED_PG_PORT"; then
      info "launcher pid $pid is alive but $HOST:$EMBEDDED_PG_PORT does not answer yet: waiting"
      wait_embedded_ready "$pid"
    else
      info "embedded PostgreSQL already running (pid $pid) on $HOST:$EMBEDDED_PG_PORT"
    fi
    write_env "$EMBEDDED_PG_PORT" true postgres
    return 0
  fi

  stop_orphan_postmaster
  if port_open "$HOST" "$EMBEDDED_PG_PORT"; then
    info "NOTE: $HOST:$EMBEDDED_PG_PORT already answers but was not started by this script: using it as it is"
    write_env "$EMBEDDED_PG_PORT" false postgres
    return 0
  fi

  require_cmd java
  cp=$(classpath)
  mkdir -p "$WORK_DIR"
  rm -f "$PID_FILE"
  if [[ -f $LOG_FILE ]]; then
    mv -f "$LOG_FILE" "$LOG_FILE.prev"
  fi
  if [[ -f $PGDATA_DIR/postgresql.conf ]]; then
    info "starting the embedded PostgreSQL on $HOST:$EMBEDDED_PG_PORT (data $PGDATA_DIR)"
  else
    info "starting the embedded PostgreSQL on $HOST:$EMBEDDED_PG_PORT (first start: initdb in $PGDATA_DIR)"
  fi
  setsid nohup java -Xmx128m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Dot.epg.working-dir="$WORK_DIR" \
    -cp "$cp" "$HELPER_DIR/EmbeddedPostgresMain.java" "$EMBEDDED_PG_PORT" "$PGDATA_DIR" "$PID_FILE" \
    </dev/null >"$LOG_FILE" 2>&1 9>&- &
  pid=$!
  printf '%s\n' "$pid" >"$PID_FILE"
  wait_embedded_ready "$pid"
  write_env "$EMBEDDED_PG_PORT" true postgres
  info "embedded PostgreSQL up on $HOST:$EMBEDDED_PG_PORT (pid $pid) in $(elapsed_s "$t0") s"
}

cmd_start() {
  local embedded=${MOTCUA_EMBEDDED_PG:-false} arg
  for arg in "$@"; do
    case $arg in
      --embedded) embedded=true ;;
      *) die "unknown option for start: $arg" ;;
    esac
  done
  mkdir -p "$MOTCUA_DATA_DIR"
  if [[ $embedded != true ]]; then
    if [[ -n $(our_pid) ]]; then
      # An embedded server started earlier keeps its data: stay on it rather
      # than switching silently to the system server.
      info "the embedded PostgreSQL started earlier is running: using it ('$0 stop' first to use the system server)"
      start_embedded
      return 0
    fi
    if accepting "$HOST" "$SYSTEM_PORT"; then
      write_env "$SYSTEM_PORT" false "${PGUSER:-postgres}"
      info "using the PostgreSQL server on $HOST:$SYSTEM_PORT (nothing started; $ENV_FILE written)"
      return 0
    fi
    info "no PostgreSQL accepts connections on $HOST:$SYSTEM_PORT: starting the embedded one"
  fi
  start_embedded
}

cmd_stop() {
  local pid
  mkdir -p "$PG_DIR"
  take_lock "$PG_DIR/.lock"
  pid=$(our_pid)
  if [[ -n $pid ]]; then
    stop_pid "$pid" "embedded PostgreSQL" 30
    rm -f "$PID_FILE"
    stop_orphan_postmaster
    info "embedded PostgreSQL stopped (data kept in $PGDATA_DIR)"
  else
    stop_orphan_postmaster
    rm -f "$PID_FILE"
    info "no embedded PostgreSQL started by this script is running (a system server is never stopped)"
  fi
  if [[ -f $ENV_FILE ]] && grep -q '^MOTCUA_PG_EMBEDDED=true$' "$ENV_FILE"; then
    rm -f "$ENV_FILE"
  fi
}

# load_env: PG_HOST/PG_PORT/PG_USER from postgres.env, else the defaults.
load_env() {
  PG_HOST=$HOST PG_PORT=$SYSTEM_PORT PG_USER=${PGUSER:-postgres} PG_EMBEDDED=false
  if [[ -f $ENV_FILE ]]; then
    local key value
    while IFS='=' read -r key value; do
      case $key in
        PGHOST) PG_HOST=$value ;;
        PGPORT) PG_PORT=$value ;;
        PGUSER) PG_USER=$value ;;
        MOTCUA_PG_EMBEDDED) PG_EMBEDDED=$value ;;
      esac
    done <"$ENV_FILE"
    return 0
  fi
  return 1
}

cmd_status() {
  local pid
  pid=$(our_pid)
  if ! load_env; then
    if [[ -z $pid ]]; then
      if accepting "$HOST" "$SYSTEM_PORT"; then
        info "not started ($ENV_FILE missing); a server accepts connections on $HOST:$SYSTEM_PORT: 'start' would use it"
      else
        info "not started ($ENV_FILE missing)"
      fi
      return 1
    fi
    PG_PORT=$EMBEDDED_PG_PORT PG_EMBEDDED=true
  fi
  if accepting "$PG_HOST" "$PG_PORT"; then
    if [[ $PG_EMBEDDED == true && -n $pid ]]; then
      info "up: embedded PostgreSQL on $PG_HOST:$PG_PORT (pid $pid, data $PGDATA_DIR)"
    else
      info "up: PostgreSQL on $PG_HOST:$PG_PORT (not started by this script)"
    fi
    return 0
  fi
  info "down: nothing accepts connections on $PG_HOST:$PG_PORT"
  return 1
}

cmd_env() {
  [[ -f $ENV_FILE ]] || die "$ENV_FILE does not exist: run '$0 start' first"
  cat "$ENV_FILE"
}

cmd_create_db() {
  local name client=$MOTCUA_PG_CLIENT cp exists
  (($# > 0)) || die "usage: $0 create-db NAME..."
  for name in "$@"; do
    [[ $name =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "invalid database name '$name' (expected [a-z_][a-z0-9_]*)"
  done
  load_env || warn "$ENV_FILE missing: using $PG_HOST:$PG_PORT"
  accepting "$PG_HOST" "$PG_PORT" || die "no PostgreSQL accepts connections on $PG_HOST:$PG_PORT (run '$0 start')"
  if [[ $client == auto ]]; then
    if command -v psql >/dev/null 2>&1; then client=psql; else client=java; fi
  fi
  case $client in
    psql)
      for name in "$@"; do
        exists=$(psql -X -q -w -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -Atc \
          "SELECT 1 FROM pg_database WHERE datname = '$name'") ||
          die "psql could not query $PG_HOST:$PG_PORT as $PG_USER"
        if [[ $exists == 1 ]]; then
          info "exists  $name"
        elif psql -X -q -w -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres \
          -c "CREATE DATABASE \"$name\"" >/dev/null 2>"$MOTCUA_DATA_DIR/.create-db.err"; then
          info "created $name"
        elif grep -q 'already exists' "$MOTCUA_DATA_DIR/.create-db.err"; then
          info "exists  $name"
        else
          cat "$MOTCUA_DATA_DIR/.create-db.err" >&2
          die "could not create database $name"
        fi
      done
      rm -f "$MOTCUA_DATA_DIR/.create-db.err"
      ;;
    java)
      require_cmd java
      mkdir -p "$PG_DIR"
      cp=$(classpath)
      java -Xmx64m -XX:TieredStopAtLevel=1 -cp "$cp" "$HELPER_DIR/CreateDatabases.java" \
        "$PG_HOST" "$PG_PORT" "$PG_USER" "$@" | sed "s/^/[$MOTCUA_LOG_TAG] /" ||
        die "could not create the databases with pgjdbc"
      ;;
    *) die "MOTCUA_PG_CLIENT must be auto, psql or java: $client" ;;
  esac
}

cmd=${1:-}
if (($# > 0)); then shift; fi
case $cmd in
  start) cmd_start "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  create-db) cmd_create_db "$@" ;;
  env) cmd_env ;;
  -h | --help | help) usage ;;
  *)
    usage >&2
    exit 2
    ;;
esac
