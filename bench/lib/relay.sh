# bench/lib/relay.sh -- how many events each service's outbox relay published, in how many transactions (from
# the motcua_outbox_batch_events summary on /q/metrics): one line per service under the table, read at the end
# of the run. Events in one relay transaction share its statements, its commit and its produce request.

relay_batches() {
  local s url metrics count sum
  for s in "${SERVICES[@]}"; do
    case $s in
      procedure-catalog-service) url=$CATALOG_URL ;;
      intake-service) url=$INTAKE_URL ;;
      processing-service) url=$PROCESSING_URL ;;
      reporting-service) url=$REPORTING_URL ;;
    esac
    metrics=$(curl -fsS "$url/q/metrics" 2>/dev/null || true)
    count=$(awk '/^motcua_outbox_batch_events_count/ { print $2 }' <<<"$metrics")
    sum=$(awk '/^motcua_outbox_batch_events_sum/ { print $2 }' <<<"$metrics")
    [[ -n $count ]] || continue
    detail "$s outbox relay: $(awk -v c="$count" -v s="$sum" 'BEGIN {
      printf "%.0f events in %.0f transactions, %.2f a transaction", s, c, (c > 0 ? s / c : 0) }')"
  done
}
