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
    [[ -n $pid ]] && detail "$s memory: $(memory_parts "$pid")"
  done
  for s in "${SERVICES[@]}"; do
    row "$s: start-up (Quarkus \"started in\")" "$(startup_seconds "$s") s" — —
  done
  row "whole suite: deploy/local/up.sh → 4 services ready + catalogue" "$UP_SECONDS s" — —
}

# memory_parts PID: what the resident memory is made of, as the JVM reports it (no NativeMemoryTracking needed):
# heap committed/used, metaspace and class space committed, code cache, threads, resident now
memory_parts() {
  local info heap meta code
  info=$(jcmd "$1" GC.heap_info 2>/dev/null)
  heap=$(awk '/total/ && /used/ && !/Metaspace|class space/ { for (i = 1; i <= NF; i++) { if ($i == "total") tt += $(i + 1) + 0; if ($i == "used") uu += $(i + 1) + 0 } }
    END { printf "heap committed %.0f MiB, used %.0f MiB", tt / 1024, uu / 1024 }' <<<"$info")
  meta=$(awk '/Metaspace/ { for (i = 1; i <= NF; i++) if ($i == "committed") m = $(i + 1) }
    /class space/ { for (i = 1; i <= NF; i++) if ($i == "committed") c = $(i + 1) }
    END { printf "metaspace committed %.0f MiB (of which class space %.0f MiB)", m / 1024, c / 1024 }' <<<"$info")
  code=$(jcmd "$1" Compiler.codecache 2>/dev/null | awk '/^CodeCache|^CodeHeap/ { for (i = 1; i <= NF; i++) if ($i ~ /^used=/) { sub(/used=/, "", $i); u += $i + 0 } }
    END { printf "code cache used %.0f MiB", u / 1024 }')
  printf '%s; %s; %s; %s threads; resident now %s%s\n' "$heap" "$meta" "$code" "$(ls "/proc/$1/task" | wc -l)" \
    "$(resident_parts "$1")" "$(native_memory "$1")"
}

# resident_parts PID: resident memory now, and how much of it is pages of files (libjvm.so and the other
# libraries, the JDK's CDS archive: the same pages for every JVM of the machine, counted in each one's RSS)
resident_parts() {
  awk '/^VmRSS:/ { r = $2 } /^RssAnon:/ { a = $2 } /^RssFile:/ { f = $2 } /^RssShmem:/ { m = $2 }
    END { printf "%.0f MiB (anonymous %.0f, file-backed %.0f, shared memory %.0f)", r / 1024, a / 1024, f / 1024, m / 1024 }' \
    "/proc/$1/status"
}

# native_memory PID: when the service runs with -XX:NativeMemoryTracking=summary (add it to MOTCUA_JAVA_OPTS),
# the JVM's own account of what it has committed, largest first: "; NMT committed: Java Heap 92, Class 106, ..."
native_memory() {
  tr '\0' '\n' <"/proc/$1/cmdline" | grep -q '^-XX:NativeMemoryTracking=' || return 0 # a jcmd attach saved
  jcmd "$1" VM.native_memory summary scale=MB 2>/dev/null | awk '
    /^Total:/ { for (i = 1; i <= NF; i++) if ($i ~ /^committed=/) { sub(/committed=/, "", $i); sub(/MB/, "", $i); total = $i } }
    /^-/ { name = $0; sub(/^- */, "", name); sub(/ *\(.*/, "", name)
           if (match($0, /committed=[0-9]+/)) { parts[name] = substr($0, RSTART + 10, RLENGTH - 10) + 0 } }
    END { if (total == "") exit; n = 0; for (k in parts) if (parts[k] > 0) keys[++n] = k
          for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (parts[keys[j]] > parts[keys[i]]) { t = keys[i]; keys[i] = keys[j]; keys[j] = t }
          printf "; NMT committed %s MiB:", total
          for (i = 1; i <= n && i <= 8; i++) printf "%s %s %d", (i > 1 ? "," : ""), keys[i], parts[keys[i]] }'
}
