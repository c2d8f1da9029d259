-- bench/wrk/intake.lua -- wrk's script for the intake load: the dossier PortalDossier.java submits, from a C client
-- (wrk, Debian's package) instead of a JVM, as pgbench is a C client of the database limit it is compared with.
--
-- Usage: wrk -t T -c C -d Ds --timeout 30s -s bench/wrk/intake.lua http://127.0.0.1:PORT -- TOKEN AGENCIES PREFIX BASE T
--   TOKEN     the portal's bearer token (deploy/local/token.sh portal)
--   AGENCIES  receiving agencies PREFIX01..PREFIXnn, in turn over all T threads (the agency's daily sequence row is
--             the only row two dossiers compete for; with C = AGENCIES, two dossiers in flight share one only when
--             a connection lags its thread's others by a whole turn; IntakeLoad's clients never share one)
--   BASE      a number unique to the run (the applicants' numbers and the Idempotency-Keys are made from it)
--   T         wrk's thread count, as given to -t
-- Only answers 201 with status RECEIVED count as ok. Prints IntakeLoad's line: ok=.. failed=.. seconds=.. rate=..
-- p50_ms=.. p99_ms=.. max_ms=.. received=.. (latencies over every answer, as wrk records them).

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local token, agencies, prefix, base, nthreads
local n = 0
ok, failed = 0, 0

function init(args)
  token, agencies, prefix, base, nthreads = args[1], tonumber(args[2]), args[3], tonumber(args[4]), tonumber(args[5])
end

-- this thread's n-th dossier: the (n * T + id)-th of the run, its applicant number BASE plus that
local BODY = '{"procedureCode":"BENCH-%s","agencyCode":"%s","channel":"ONLINE",'
  .. '"applicant":{"type":"CITIZEN","name":"Nguyễn Văn Đo Tải %d","identityNumber":"%012d",'
  .. '"phone":"0912345678","email":"bench%d@example.vn","address":"1 Tràng Tiền, Hà Nội"},'
  .. '"documents":[{"componentCode":"TP01","originals":1},{"componentCode":"TP02","originals":1},'
  .. '{"componentCode":"TP03","copies":1},{"componentCode":"TP04","copies":1}]}'

function request()
  local k = n * nthreads + id
  n = n + 1
  local agency = string.format("%s%02d", prefix, k % agencies + 1)
  local procedure = prefix == "LOAD" and ("L" .. string.sub(agency, 5)) or agency
  local applicant = base + k
  local body = string.format(BODY, procedure, agency, applicant, applicant % 1000000000000, applicant)
  local key = string.format("%012d-%023d", base, k) -- 36 characters, as IntakeLoad's UUIDs
  return wrk.format("POST", "/api/v1/dossiers", {
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = key,
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
  }, body)
end

function response(status, headers, body)
  if status == 201 and string.find(body, '"status":"RECEIVED"', 1, true) then
    ok = ok + 1
  else
    if failed == 0 then
      io.stderr:write("not received: " .. status .. " " .. string.sub(body or "", 1, 500) .. "\n")
    end
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local oks, fails = 0, 0
  for _, t in ipairs(threads) do
    oks = oks + t:get("ok")
    fails = fails + t:get("failed")
  end
  local e = summary.errors
  fails = fails + e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("ok=%d failed=%d seconds=%.1f rate=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f received=%d\n",
    oks, fails, seconds, oks / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, oks))
end
