# shellcheck shell=bash
#
# deploy/local/lib/common.sh -- helpers shared by the deploy/local scripts.
#
# Source it, do not run it. It defines:
#   MOTCUA_LOCAL_DIR   absolute path of deploy/local
#   MOTCUA_REPO_ROOT   absolute path of the repository root
#   MOTCUA_DATA_DIR    absolute data directory (default <repo>/.data), exported
# and small functions for logging, ports, pid files, classpaths and keys.

MOTCUA_LOCAL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MOTCUA_REPO_ROOT=$(cd "$MOTCUA_LOCAL_DIR/../.." && pwd)
MOTCUA_DATA_DIR=${MOTCUA_DATA_DIR:-$MOTCUA_REPO_ROOT/.data}
mkdir -p "$MOTCUA_DATA_DIR"
MOTCUA_DATA_DIR=$(cd "$MOTCUA_DATA_DIR" && pwd)
export MOTCUA_DATA_DIR

# Name printed in front of messages; each script sets it.
MOTCUA_LOG_TAG=${MOTCUA_LOG_TAG:-motcua}

info() { printf '[%s] %s\n' "$MOTCUA_LOG_TAG" "$*"; }
warn() { printf '[%s] WARN: %s\n' "$MOTCUA_LOG_TAG" "$*" >&2; }
die() {
  printf '[%s] ERROR: %s\n' "$MOTCUA_LOG_TAG" "$*" >&2
  exit 1
}

require_cmd() {
  local c
  for c in "$@"; do
    command -v "$c" >/dev/null 2>&1 || die "'$c' is required but not on the PATH"
  done
}

# Milliseconds since the epoch (for the elapsed times that the scripts print).
now_ms() { date +%s%3N; }
elapsed_s() { # START_MS -> "1.234"
  local d=$(($(now_ms) - $1))
  printf '%d.%03d' $((d / 1000)) $((d % 1000))
}

# port_open HOST PORT: true when a TCP connection to HOST:PORT succeeds.
port_open() {
  # shellcheck disable=SC2016 # $0/$1 expand in the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null
}

# read_pid FILE: prints the pid stored in FILE (nothing when absent/garbage).
read_pid() {
  local pid=""
  if [[ -f $1 ]]; then
    read -r pid <"$1" || true
  fi
  if [[ $pid =~ ^[0-9]+$ ]]; then
    printf '%s' "$pid"
  fi
}

# pid_alive PID: true when PID is a live (non-zombie) process.
pid_alive() {
  local pid=${1:-} state
  [[ -n $pid ]] || return 1
  [[ -r /proc/$pid/stat ]] || return 1
  state=$(sed -E 's/^[0-9]+ \(.*\) ([A-Za-z]).*/\1/' "/proc/$pid/stat" 2>/dev/null) || return 1
  [[ $state != Z && $state != X ]]
}

# pid_cmdline_has PID TEXT...: true when the command line of PID contains
# every TEXT (used so that a recycled pid is never taken for ours).
pid_cmdline_has() {
  local pid=$1 cmdline text
  shift
  pid_alive "$pid" || return 1
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  for text in "$@"; do
    [[ $cmdline == *"$text"* ]] || return 1
  done
}

# stop_pid PID NAME [GRACE_SECONDS]: SIGTERM, wait, then SIGKILL; returns
# once the process is gone.
stop_pid() {
  local pid=$1 name=$2 grace=${3:-20} i
  pid_alive "$pid" || return 0
  info "stopping $name (pid $pid, SIGTERM)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < grace * 10; i++)); do
    pid_alive "$pid" || return 0
    sleep 0.1
  done
  warn "$name (pid $pid) still alive after ${grace}s: SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    pid_alive "$pid" || return 0
    sleep 0.1
  done
  die "$name (pid $pid) survived SIGKILL"
}

# take_lock FILE [WAIT_SECONDS]: serialises concurrent runs on fd 9. Anything
# started in the background must close fd 9 (`9>&-`), or it keeps the lock.
take_lock() {
  exec 9>"$1"
  flock -w "${2:-180}" 9 || die "another run holds $1"
}

# resolve_classpath POM OUTFILE: runs `mvn dependency:build-classpath` when
# OUTFILE is missing, older than POM, or names a jar that no longer exists.
resolve_classpath() {
  local pom=$1 out=$2 jar stale=false
  local -a jars=()
  if [[ ! -s $out || $pom -nt $out ]]; then
    stale=true
  else
    IFS=: read -r -a jars <"$out"
    for jar in "${jars[@]}"; do
      if [[ ! -e $jar ]]; then
        stale=true
        break
      fi
    done
  fi
  if [[ $stale == true ]]; then
    require_cmd mvn
    info "resolving the classpath of ${pom#"$MOTCUA_REPO_ROOT"/} (Maven)" >&2
    mkdir -p "$(dirname "$out")"
    mvn -q -B -f "$pom" dependency:build-classpath -Dmdep.outputFile="$out.tmp" >"$out.mvn.log" 2>&1 ||
      {
        tail -n 30 "$out.mvn.log" >&2
        die "could not resolve the classpath of $pom (log: $out.mvn.log)"
      }
    mv -f "$out.tmp" "$out"
  fi
}

# Development signing keys for tokens (RS256). The private key stays in the
# data directory, which git ignores.
MOTCUA_KEYS_DIR=$MOTCUA_DATA_DIR/keys
ensure_keys() {
  local priv=$MOTCUA_KEYS_DIR/private.pem pub=$MOTCUA_KEYS_DIR/public.pem
  if [[ -s $priv && -s $pub ]]; then
    return 0
  fi
  require_cmd openssl
  mkdir -p "$MOTCUA_KEYS_DIR"
  chmod 700 "$MOTCUA_KEYS_DIR"
  (
    exec 8>"$MOTCUA_KEYS_DIR/.lock"
    flock -w 30 8 || exit 1
    if [[ -s $priv && -s $pub ]]; then
      exit 0
    fi
    umask 077
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$priv.tmp" 2>/dev/null
    openssl pkey -in "$priv.tmp" -pubout -out "$pub.tmp" 2>/dev/null
    chmod 644 "$pub.tmp"
    mv -f "$priv.tmp" "$priv"
    mv -f "$pub.tmp" "$pub"
    printf '[%s] generated an RSA-2048 development key pair in %s\n' "$MOTCUA_LOG_TAG" "$MOTCUA_KEYS_DIR" >&2
  ) || die "could not generate the key pair in $MOTCUA_KEYS_DIR"
}
