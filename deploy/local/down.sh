#!/usr/bin/env bash
#
# deploy/local/down.sh -- stops what deploy/local/up.sh started: the four
# services (SIGTERM, wait, SIGKILL), the Kafka broker of this data directory,
# and the embedded PostgreSQL when up.sh started it. Data stays in the data
# directory; the system PostgreSQL server is never touched.
#
# Usage:
#   deploy/local/down.sh [--services-only]
#
#   --services-only  stop the services, leave Kafka and PostgreSQL running
#
# Environment:
#   MOTCUA_STOP_TIMEOUT  seconds between SIGTERM and SIGKILL for a service  [20]
#   KAFKA_PORT           broker port                                        [9092]
#   MOTCUA_DATA_DIR      data directory                                     [<repo>/.data]
set -euo pipefail

MOTCUA_LOG_TAG=down
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"

usage() {
  sed -n '3,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'
}

services_only=false
for arg in "$@"; do
  case $arg in
    --services-only) services_only=true ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      usage >&2
      die "unknown option: $arg"
      ;;
  esac
done

MOTCUA_STOP_TIMEOUT=${MOTCUA_STOP_TIMEOUT:-20}
KAFKA_PORT=${KAFKA_PORT:-9092}
export KAFKA_PORT
readonly MODULES=(reporting-service processing-service intake-service procedure-catalog-service)
RUN_DIR=$MOTCUA_DATA_DIR/run

stop_service() {
  local module=$1 pid jar
  jar=$MOTCUA_REPO_ROOT/$module/target/quarkus-app/quarkus-run.jar
  pid=$(read_pid "$RUN_DIR/$module.pid")
  if [[ -n $pid ]] && pid_cmdline_has "$pid" "$jar"; then
    stop_pid "$pid" "$module" "$MOTCUA_STOP_TIMEOUT"
    info "$module stopped"
  else
    info "$module not running"
  fi
  rm -f "$RUN_DIR/$module.pid"
}

main() {
  local module pids=() failed=0
  mkdir -p "$RUN_DIR"
  take_lock "$RUN_DIR/.up.lock" 600
  # The services stop in parallel (each may take a few seconds to drain).
  for module in "${MODULES[@]}"; do
    stop_service "$module" &
    pids+=($!)
  done
  for module in "${pids[@]}"; do
    wait "$module" || failed=1
  done
  ((failed == 0)) || die "a service could not be stopped"

  if [[ $services_only == true ]]; then
    info "services stopped; Kafka and PostgreSQL left running"
    return 0
  fi
  # fd 9 holds up.sh's lock; the helper scripts take their own.
  "$MOTCUA_LOCAL_DIR/kafka.sh" stop 9>&-
  if [[ -f $RUN_DIR/postgres.started-by-up ]]; then
    "$MOTCUA_LOCAL_DIR/postgres.sh" stop 9>&-
    rm -f "$RUN_DIR/postgres.started-by-up"
  else
    info "PostgreSQL left alone (not started by up.sh)"
  fi
  info "down (data kept in $MOTCUA_DATA_DIR)"
}

main
