#!/usr/bin/env bash
#
# deploy/local/replay-reference-year.sh -- replays the reference case of ../shared/DOMAIN.md (a provincial
# Department of Education and Training, 01/01/2020 to 21/12/2020) into the RUNNING local suite
# (deploy/local/up.sh), through the public APIs only: the 557 dossiers through intake's historical
# import, their processing history through processing's transitions API with back-dated occurredAt.
# Then waits for reporting and prints form 06 for 2020-01-01..2020-12-21.
#
# Usage: deploy/local/replay-reference-year.sh
# Environment: MOTCUA_HOST [http://127.0.0.1] (services on ports 8081-8084).
# Run it once on a fresh data directory: a second run finds the dossiers already imported and the
# transitions already applied, and stops with a conflict.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
DATA=${MOTCUA_DATA_DIR:-$ROOT/.data}
mkdir -p "$DATA"
CP_FILE="$DATA/replay-classpath.txt"
mvn -B -q -pl system-tests -am compile dependency:build-classpath -Dmdep.includeScope=compile \
    -Dmdep.outputFile="$CP_FILE" >/dev/null
exec java -cp "system-tests/target/classes:$(cat "$CP_FILE")" org.motcua.replay.ReferenceYearReplay
