# bench/measures/memory.sh -- measure 6: each service's peak resident memory since its start (VmHWM of
# /proc/<pid>/status, read after every load has run) and its start-up time (Quarkus's own "started in",
# from the log of the start of this run). Target: < 300 MiB each.

measure_memory() {
  local s pid hwm mib
  for s in "${SERVICES[@]}"; do
    pid=$(cat "$MOTCUA_DATA_DIR/run/$s.pid" 2>/dev/null || true)
    hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
    mib=$([[ -n $hwm ]] && awk -v k="$hwm" 'BEGIN { printf "%.0f", k / 1024 }' || echo n/a)
    row "$s: peak RSS under load (VmHWM)" "$mib MiB" "< 300 MiB" "$(verdict "$mib" "<" 300)"
  done
  for s in "${SERVICES[@]}"; do
    row "$s: start-up (Quarkus \"started in\")" "$(startup_seconds "$s") s" — —
  done
  row "whole suite: deploy/local/up.sh → 4 services ready + catalogue" "$UP_SECONDS s" — —
}
