#!/usr/bin/env bash
# Fault suite (docs/RELIABILITY.md § Fault tests), against a PRIVATE PostgreSQL cluster on a free port (never
# the shared server) and the built api:
#   1. PostgreSQL stopped (fast) and started again in the middle of a bulk ingest
#   2. the api across a PostgreSQL stop and start (no api restart)
#   3. the ingesting process killed (SIGKILL) in the middle of a bulk ingest
#   4. concurrent uploads of one document through the api
#   5. a superseding document racing its predecessor (same issuer and year), several rounds
#   6. an upload far over UPLOAD_MAX_BYTES (declared length, then chunked)
#   7. `gongkai ingest` and `gongkai token` beside a running api on one embedded database, then with the api
#      killed (SIGKILL): every report and token lands in the database the server serves, none is lost
# One PASS/FAIL line per case; exit 1 if any failed. The HTTP checks are in fault-api.mjs.
# Usage (repository root, after `npm run build`): tools/bench/scripts/fault-suite.sh [--long]
#   quick (default, about 1.5 min on 2 cores): 20 counties (140 documents) per bulk case, 5 race rounds;
#   --long: 150 counties (1,050 documents), 20 race rounds.
set -euo pipefail
LONG=0
for arg in "$@"; do
  case "$arg" in
    --long) LONG=1 ;;
    *) echo "usage: $0 [--long]" >&2; exit 2 ;;
  esac
done
if [ "$LONG" = 1 ]; then COUNTIES=150 RACE_ROUNDS=20; else COUNTIES=20 RACE_ROUNDS=5; fi
YEARS=7
EXPECTED=$((COUNTIES * YEARS))
CONCURRENT=8
UPLOAD_MAX=$((30 * 1024 * 1024)) # the api's default UPLOAD_MAX_BYTES
OVERSIZE=$((1024 * 1024 * 1024))
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
SCRIPTS="$ROOT/tools/bench/scripts"
cd "$ROOT"
for built in tools/bench/dist/main.js apps/api/dist/main.js libs/sample-corpus/dist/index.js; do
  [ -f "$built" ] || { echo "fault-suite: $built is missing: run npm run build first" >&2; exit 2; }
done
# shellcheck source-path=SCRIPTDIR source=lib/private-pg.sh
. "$SCRIPTS/lib/private-pg.sh"

BENCH_PID=
API_PID=
OWNER_PID=
cleanup() {
  if [ -n "$BENCH_PID" ]; then kill "$BENCH_PID" 2>/dev/null || true; fi
  if [ -n "$OWNER_PID" ]; then kill -9 "$OWNER_PID" 2>/dev/null || true; fi
  if [ -n "$API_PID" ]; then kill "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; fi
  private_pg_cleanup
}
trap cleanup EXIT
private_pg_start
BENCH=(node tools/bench/dist/main.js ingest --server "$SERVER" --counties "$COUNTIES" --batch 20)
API_PORT="$(free_port)"
API="http://127.0.0.1:$API_PORT"
FAULT_API=(node "$SCRIPTS/fault-api.mjs")
SUITE_START=$SECONDS

failed=()
# result <case title> <start second> <0|1>: the case's one line.
result() {
  local secs=$((SECONDS - $2))
  if [ "$3" = 0 ]; then echo "PASS  $1 (${secs} s)"; else echo "FAIL  $1 (${secs} s)"; failed+=("$1"); fi
}

# Waits until the run on database $1 has stored at least $2 reports, up to 600 s; prints the count.
wait_for_reports() {
  local n
  for _ in $(seq 1 6000); do
    n=$(psql_q "$1" 'SELECT count(*) FROM report' 2>/dev/null || echo 0)
    if [ "${n:-0}" -ge "$2" ]; then echo "$n"; return 0; fi
    sleep 0.1
  done
  echo "no report stored in time" >&2
  return 1
}

# No partial report: every report has the full value set of its template (as many value rows as the
# fullest report of that template), and no value row or source document without its report.
check_whole() {
  local db=$1 partial orphans
  partial=$(psql_q "$db" "WITH n AS (SELECT r.id, r.template, count(v.report_id) AS n FROM report r LEFT JOIN report_value v ON v.report_id = r.id GROUP BY r.id)
    SELECT count(*) FROM n WHERE n.n = 0 OR n.n < (SELECT max(m.n) FROM n m WHERE m.template = n.template)")
  orphans=$(psql_q "$db" "SELECT (SELECT count(*) FROM report_value v WHERE NOT EXISTS (SELECT 1 FROM report r WHERE r.id = v.report_id))
    + (SELECT count(*) FROM source_document d WHERE NOT EXISTS (SELECT 1 FROM report r WHERE r.source_document_id = d.id))")
  if [ "$partial" = 0 ] && [ "$orphans" = 0 ]; then
    echo "  ok      no partial report, no orphan row ($(psql_q "$db" 'SELECT count(*) FROM report') reports)"
  else
    echo "  NOT OK  $partial partial reports, $orphans orphan rows"
    return 1
  fi
}

# Cases 1 and 3: a bulk ingest interrupted by <fault>, then checked, resumed and checked again.
bulk_case() {
  local title=$1 db=$2 fault=$3 start=$SECONDS bad=0 before rc
  echo "== $title (database $db, $EXPECTED documents)"
  "${BENCH[@]}" --database "$db" --keep >"$WORK/$db.1.out" 2>"$WORK/$db.1.err" &
  BENCH_PID=$!
  # In the middle: a quarter of the set stored, three quarters still to come.
  if before=$(wait_for_reports "$db" $((EXPECTED / 4))); then
    echo "  ok      $before reports stored: injecting the fault"
    "$fault"
  else
    bad=1
  fi
  set +e
  wait "$BENCH_PID" 2>/dev/null
  rc=$?
  set -e
  BENCH_PID=
  if [ "$rc" = 0 ]; then
    echo "  NOT OK  the interrupted run claimed success (the fault came after it finished?)"
    bad=1
  elif [ "$fault" = restart_postgres ]; then
    # The interrupted run says what failed in one line (no stack trace) and exits 75 (try again).
    local last
    last=$(tail -n 1 "$WORK/$db.1.err")
    if [ "$rc" = 75 ] && [[ "$last" =~ ^ingest\ interrupted:\ stored\ [0-9]+\ of\ $EXPECTED\ documents:\ .+\;\ re-run\ with\ --resume ]] &&
      ! grep -qE '^\s+at ' "$WORK/$db.1.err"; then
      echo "  ok      exit $rc: $last"
    else
      echo "  NOT OK  exit $rc, expected 75 and one line 'ingest interrupted: …'; stderr ends:"
      tail -n 5 "$WORK/$db.1.err" | sed 's/^/          /'
      bad=1
    fi
  else
    echo "  ok      exit $rc (killed)"
  fi
  check_whole "$db" || bad=1
  if "${BENCH[@]}" --database "$db" --resume >"$WORK/$db.2.out" 2>"$WORK/$db.2.err"; then
    echo "  ok      re-run with --resume: stored / rejected / duplicates $(grep -o 'stored / rejected / duplicates | [^|]*' "$WORK/$db.2.out" | head -1 | sed 's/.*| //')"
  else
    echo "  NOT OK  re-run with --resume failed: $(tail -n 1 "$WORK/$db.2.err")"
    bad=1
  fi
  local current documents
  current=$(psql_q "$db" "SELECT count(*) FROM report WHERE status = 'current'")
  documents=$(psql_q "$db" "SELECT count(*) FROM source_document")
  if [ "$current" = "$EXPECTED" ] && [ "$documents" = "$EXPECTED" ]; then
    echo "  ok      $current current reports, $documents documents (expected $EXPECTED)"
  else
    echo "  NOT OK  $current current reports, $documents documents (expected $EXPECTED)"
    bad=1
  fi
  check_whole "$db" || bad=1
  result "$title" "$start" "$bad"
}
restart_postgres() { pgctl stop -m fast; sleep 1; pgctl start -w; echo "  ok      PostgreSQL stopped (fast) and started again"; }
kill_ingest() { kill -9 "$BENCH_PID"; echo "  ok      ingest process killed with SIGKILL"; }

# The built api on the private cluster's database $1, in the background (log in $WORK/api.log).
start_api() {
  DATABASE_URL="$SERVER/$1" DEMO_DATA=false PORT="$API_PORT" HOST=127.0.0.1 DATA_DIR="$WORK/pglite" \
    node apps/api/dist/main.js >>"$WORK/api.log" 2>&1 &
  API_PID=$!
  "${FAULT_API[@]}" ready "$API" 60000
}
# The api must be running for cases 4–6 even if case 2 failed.
ensure_api() {
  if [ -z "$API_PID" ] || ! kill -0 "$API_PID" 2>/dev/null; then
    echo "  (api not running: starting it again)"
    start_api "$1" || true
  fi
}
api_log_tail() {
  echo "  api log (last lines):"
  tail -n 15 "$WORK/api.log" | sed 's/^/          /'
}

# ---- 1 ----
bulk_case "1. PostgreSQL stopped and started mid-ingest" fault_pg restart_postgres

# ---- 2 ----
start=$SECONDS bad=0
echo "== 2. the api across a PostgreSQL stop and start (database fault_pg)"
start_api fault_pg || bad=1
"${FAULT_API[@]}" count "$API" "$EXPECTED" || bad=1
TOKEN=$("${FAULT_API[@]}" token "$SERVER/fault_pg")
pgctl stop -m fast
stopped_at_ms=$(date +%s%3N)
echo "  ok      PostgreSQL stopped (fast)"
"${FAULT_API[@]}" down "$API" "$API_PID" "$TOKEN" "$stopped_at_ms" || bad=1
pgctl start -w
echo "  ok      PostgreSQL started"
"${FAULT_API[@]}" recover "$API" "$EXPECTED" 30000 "$TOKEN" || bad=1
[ "$bad" = 0 ] || api_log_tail
result "2. api serves again after a PostgreSQL restart, without its own restart" "$start" "$bad"

# ---- 3 ----
bulk_case "3. ingest process killed (SIGKILL) mid-ingest" fault_kill kill_ingest

# ---- 4 ----
start=$SECONDS bad=0
echo "== 4. $CONCURRENT concurrent uploads of one document (POST /api/reports)"
ensure_api fault_pg
"${FAULT_API[@]}" duplicates "$API" "$SERVER/fault_pg" "$CONCURRENT" || bad=1
check_whole fault_pg || bad=1
result "4. $CONCURRENT concurrent ingests of one document: one report, the others duplicate" "$start" "$bad"

# ---- 5 ----
start=$SECONDS bad=0
echo "== 5. a superseding document racing its predecessor ($RACE_ROUNDS rounds)"
ensure_api fault_pg
"${FAULT_API[@]}" race "$API" "$SERVER/fault_pg" "$RACE_ROUNDS" || bad=1
check_whole fault_pg || bad=1
result "5. superseding document racing its predecessor: one current report per issuer and year" "$start" "$bad"

# ---- 6 ----
start=$SECONDS bad=0
echo "== 6. an upload of $((OVERSIZE / 1024 / 1024)) MiB against UPLOAD_MAX_BYTES $((UPLOAD_MAX / 1024 / 1024)) MiB"
ensure_api fault_pg
"${FAULT_API[@]}" oversize "$API" "$SERVER/fault_pg" "$API_PID" "$OVERSIZE" "$UPLOAD_MAX" || bad=1
if ! kill -0 "$API_PID" 2>/dev/null; then echo "  NOT OK  the api is gone"; bad=1; fi
[ "$bad" = 0 ] || api_log_tail
result "6. upload far over the size limit refused early (413), api memory bounded" "$start" "$bad"

# ---- 7 ----
start=$SECONDS bad=0
echo "== 7. the CLI beside a running api on one embedded database, then with the api killed"
OWN="$WORK/owner"
OWNER_API="http://127.0.0.1:$(free_port)"
mkdir -p "$OWN"
node apps/cli/bin/gongkai.js sample --prefecture 540400 --years 2021-2023 --formats html --out "$OWN/docs" >/dev/null 2>&1
mapfile -t DOCS < <(find "$OWN/docs" -name '*.html' | sort | head -n 3)
gongkai_embedded() { env -u DATABASE_URL DATA_DIR="$OWN/pglite" node apps/cli/bin/gongkai.js "$@"; }
start_owner_api() {
  env -u DATABASE_URL DEMO_DATA=false PORT="${OWNER_API##*:}" HOST=127.0.0.1 DATA_DIR="$OWN/pglite" node apps/api/dist/main.js >>"$WORK/owner-api.log" 2>&1 &
  OWNER_PID=$!
  "${FAULT_API[@]}" ready "$OWNER_API" 120000 >/dev/null || return 1
  # Listening is not enough: the owner lock must say where (written right after listen).
  for _ in $(seq 1 100); do grep -q '"httpUrl":"http' "$OWN/pglite.owner.json" 2>/dev/null && return 0; sleep 0.1; done
  return 1
}
if start_owner_api; then echo "  ok      api started on the embedded database $OWN/pglite"; else echo "  NOT OK  api did not start"; bad=1; fi
if gongkai_embedded ingest "${DOCS[0]}" "${DOCS[1]}" >"$WORK/owner.1.out" 2>"$WORK/owner.1.err" && grep -q '经服务器' "$WORK/owner.1.err"; then
  echo "  ok      gongkai ingest went through the running api: $(tail -n 1 "$WORK/owner.1.out")"
else
  echo "  NOT OK  gongkai ingest beside the api: $(tail -n 2 "$WORK/owner.1.err" "$WORK/owner.1.out" | tr '\n' ' ')"
  bad=1
fi
"${FAULT_API[@]}" count "$OWNER_API" 2 || bad=1
OWNER_TOKEN=$(gongkai_embedded token create --role admin --name fault-owner 2>/dev/null || true)
if [ -n "$OWNER_TOKEN" ] && curl -sf -H "authorization: Bearer $OWNER_TOKEN" -H 'content-type: application/json' \
  -d '{"query":"{ viewer { role } }"}' "$OWNER_API/graphql" | grep -q '"admin"'; then
  echo "  ok      a token made by gongkai token create is accepted by the running api"
else
  echo "  NOT OK  the CLI's token is not accepted by the running api"
  bad=1
fi
kill -9 "$OWNER_PID"
wait "$OWNER_PID" 2>/dev/null || true
OWNER_PID=
echo "  ok      api killed with SIGKILL (its lock file stays behind)"
if gongkai_embedded ingest "${DOCS[2]}" >"$WORK/owner.2.out" 2>"$WORK/owner.2.err"; then
  echo "  ok      gongkai ingest took the stale lock over: $(tail -n 1 "$WORK/owner.2.out")"
else
  echo "  NOT OK  gongkai ingest after the kill: $(tail -n 2 "$WORK/owner.2.err" | tr '\n' ' ')"
  bad=1
fi
if start_owner_api; then
  "${FAULT_API[@]}" count "$OWNER_API" 3 || bad=1
  curl -sf -H "authorization: Bearer $OWNER_TOKEN" -H 'content-type: application/json' -d '{"query":"{ viewer { role } }"}' "$OWNER_API/graphql" | grep -q '"admin"' ||
    { echo "  NOT OK  the token is gone after the restart"; bad=1; }
  kill "$OWNER_PID"
  wait "$OWNER_PID" 2>/dev/null || true
  OWNER_PID=
else
  echo "  NOT OK  api did not start again"
  bad=1
fi
result "7. CLI beside a running api on an embedded database: nothing reported stored is lost" "$start" "$bad"

echo "fault-suite: $((SECONDS - SUITE_START)) s, load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
if [ ${#failed[@]} -eq 0 ]; then
  echo "fault-suite: PASS (7 cases)"
else
  echo "fault-suite: FAIL (${#failed[@]} of 7: ${failed[*]})"
  exit 1
fi
