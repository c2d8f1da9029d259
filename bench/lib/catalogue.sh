# bench/lib/catalogue.sh -- the bench's procedures, published through the catalogue's import API like any
# procedure: copies of the reference procedure SGDDT-015 (4 mandatory components, CITIZEN, all channels),
# one per receiving agency, so that intake's load spreads over 16 agencies (LOAD01..LOAD16, procedures
# BENCH-L01..BENCH-L16) and the end-to-end probe has an agency of its own (E2E, procedure BENCH-E2E).
# Intake refuses (NOT_RECEIVED, WRONG_AGENCY) a dossier whose agencyCode is not the procedure's agency.

load_bench_procedures() {
  local ref=$REPO/procedure-catalog-service/src/main/resources/reference/reference-catalogue.json
  jq '([range(1; 17) | "L" + (if . < 10 then "0" else "" end) + tostring] + ["E2E"]) as $ids
       | ([.procedures[] | select(.code == "SGDDT-015")][0]) as $p
       | {procedures: [$ids[] as $id | $p | .code = ("BENCH-" + $id)
          | .versions |= map(.agency = {code: (if $id == "E2E" then "E2E" else "LOAD" + $id[1:] end),
                                        name: ("Cơ quan đo tải " + $id)})]}' "$ref" >"$WORK/bench-procedures.json"
  publish_procedures "$WORK/bench-procedures.json" "procedure_code LIKE 'BENCH-%'" 17
  log "bench procedures published and in intake's replica"
}

# publish_procedures FILE CONDITION COUNT: FILE through the catalogue's import API, then waits until intake's
# replica holds COUNT procedures matching the SQL CONDITION
publish_procedures() {
  local token deadline n
  token=$("$REPO/deploy/local/token.sh" catalog-admin bench-admin)
  curl -sf -X POST "$CATALOG_URL/api/v1/catalogue/import" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' --data-binary @"$1" >"$1.response" ||
    { log "catalogue import of $1 failed: $(head -c 500 "$1.response")"; return 1; }
  deadline=$((SECONDS + 60))
  until n=$(psql_q "$INTAKE_DB" "SELECT count(DISTINCT procedure_code) FROM procedure_version WHERE $2 AND NOT withdrawn") &&
    ((n >= $3)); do
    ((SECONDS < deadline)) || { log "intake's replica has $n of the $3 procedures of $1 after 60 s"; return 1; }
    sleep 1
  done
}

# publish_import_procedure AGENCY: BENCH-<AGENCY>, a copy of SGDDT-015 received by AGENCY (the historical import's)
publish_import_procedure() {
  local ref=$REPO/procedure-catalog-service/src/main/resources/reference/reference-catalogue.json
  jq --arg a "$1" '([.procedures[] | select(.code == "SGDDT-015")][0]) as $p
       | {procedures: [$p | .code = ("BENCH-" + $a) | .versions |= map(.agency = {code: $a, name: ("Cơ quan chuyển đổi " + $a)})]}' \
    "$ref" >"$WORK/import-procedure.json"
  publish_procedures "$WORK/import-procedure.json" "procedure_code = 'BENCH-$1'" 1
}
