#!/usr/bin/env bash
#
# deploy/local/token.sh -- prints a signed development JWT (RS256) for the
# local services. Pure bash + openssl; the key pair is generated on first use
# in $MOTCUA_DATA_DIR/keys/ (private.pem never leaves the data directory).
#
# Usage:
#   deploy/local/token.sh ROLE [SUBJECT] [UNIT]
#
#   ROLE     portal | intake-officer | processing-officer | unit-head |
#            catalog-admin | ops | auditor
#   SUBJECT  sub and upn claims                    [dev-ROLE]
#   UNIT     optional "unit" claim (an administrative unit code)
#
# Claims: iss, sub, upn, groups [ROLE], unit (when given), iat, exp, jti.
# Example:
#   curl -H "Authorization: Bearer $(deploy/local/token.sh intake-officer)" http://127.0.0.1:8082/...
#
# Environment:
#   MOTCUA_JWT_ISSUER     iss claim                      [https://motcua.local/issuer]
#   MOTCUA_TOKEN_TTL      lifetime in seconds            [43200 = 12 hours]
#   MOTCUA_DATA_DIR       data directory (keys/ inside)  [<repo>/.data]
#
# Verify a token: the services check it with MP_JWT_VERIFY_PUBLICKEY_LOCATION=
# $MOTCUA_DATA_DIR/keys/public.pem and MP_JWT_VERIFY_ISSUER=the issuer above.
set -euo pipefail

MOTCUA_LOG_TAG=token
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"

usage() {
  sed -n '3,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'
}

readonly ROLES=(portal intake-officer processing-officer unit-head catalog-admin ops auditor)
MOTCUA_JWT_ISSUER=${MOTCUA_JWT_ISSUER:-https://motcua.local/issuer}
MOTCUA_TOKEN_TTL=${MOTCUA_TOKEN_TTL:-43200}

if [[ ${1:-} == -h || ${1:-} == --help ]]; then
  usage
  exit 0
fi
if (($# < 1 || $# > 3)); then
  usage >&2
  exit 2
fi
role=$1
subject=${2:-dev-$role}
unit=${3:-}

valid=false
for r in "${ROLES[@]}"; do
  [[ $role == "$r" ]] && valid=true
done
[[ $valid == true ]] || die "unknown role '$role' (valid: ${ROLES[*]})"
[[ $MOTCUA_TOKEN_TTL =~ ^[0-9]+$ ]] || die "MOTCUA_TOKEN_TTL must be a number of seconds"
# Subjects and units go into JSON: keep them to a safe character set.
[[ $subject =~ ^[A-Za-z0-9._@:+-]{1,128}$ ]] || die "SUBJECT may only contain letters, digits and . _ @ : + -"
[[ -z $unit || $unit =~ ^[A-Za-z0-9._:-]{1,64}$ ]] || die "UNIT may only contain letters, digits and . _ : -"

require_cmd openssl
ensure_keys

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
exp=$((now + MOTCUA_TOKEN_TTL))
jti=$(openssl rand -hex 16)
unit_claim=""
if [[ -n $unit ]]; then
  unit_claim=",\"unit\":\"$unit\""
fi

header='{"alg":"RS256","typ":"JWT","kid":"motcua-dev"}'
payload="{\"iss\":\"$MOTCUA_JWT_ISSUER\",\"sub\":\"$subject\",\"upn\":\"$subject\",\"groups\":[\"$role\"]$unit_claim,\"iat\":$now,\"exp\":$exp,\"jti\":\"$jti\"}"

signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$signing_input" |
  openssl dgst -sha256 -sign "$MOTCUA_KEYS_DIR/private.pem" -binary | b64url)
[[ -n $signature ]] || die "signing failed"
printf '%s.%s\n' "$signing_input" "$signature"
