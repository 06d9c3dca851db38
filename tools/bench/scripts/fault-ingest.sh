#!/usr/bin/env bash
# Fault tests of the bulk ingest (docs/RELIABILITY.md). Runs against a PRIVATE PostgreSQL cluster on a random
# port (never the shared server), so stopping PostgreSQL disturbs no one else.
#   1. PostgreSQL stopped (fast shutdown) and started again in the middle of a bulk ingest
#   2. the ingesting process killed (SIGKILL) in the middle of a bulk ingest
# After each fault: no partial report (every report has all its value rows; no value row without a report),
# then a re-run with --resume completes the set (same bytes → duplicates skipped) and the totals are exact.
# Usage (repository root, after `npm run build`): tools/bench/scripts/fault-ingest.sh [counties (default 40)]
set -euo pipefail
COUNTIES="${1:-40}"
YEARS=7
EXPECTED=$((COUNTIES * YEARS))
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
PGBIN="${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"
PORT=$((40000 + RANDOM % 20000))
WORK="$(mktemp -d /tmp/gongkai-fault.XXXXXX)"
chmod 777 "$WORK"
AS_PG=()
if [ "$(id -u)" = "0" ]; then AS_PG=(runuser -u postgres --); fi
pgctl() { "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/pg.log" -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1" "$@" >/dev/null; }
cleanup() {
  [ -n "${BENCH_PID:-}" ] && kill "$BENCH_PID" 2>/dev/null || true
  pgctl stop -m immediate 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
"${AS_PG[@]}" "$PGBIN/initdb" -D "$WORK/data" -A trust -U postgres >/dev/null
pgctl start -w
SERVER="postgres://postgres@127.0.0.1:$PORT"
psql_q() { psql "$SERVER/$1" -tAX -c "$2"; }
BENCH=(node "$ROOT/tools/bench/dist/main.js" ingest --server "$SERVER" --counties "$COUNTIES" --batch 20)

# Waits until the run has stored at least one batch (reports > 0), up to 600 s.
wait_for_reports() {
  for _ in $(seq 1 1200); do
    n=$(psql_q "$1" 'SELECT count(*) FROM report' 2>/dev/null || echo 0)
    if [ "${n:-0}" -gt 0 ]; then echo "$n"; return 0; fi
    sleep 0.5
  done
  echo "no report stored in time" >&2; return 1
}

# No partial report: every report has the full value set of its template, and no orphan rows exist.
check_whole() {
  local db=$1
  local partial orphans
  partial=$(psql_q "$db" "SELECT count(*) FROM (SELECT r.id, count(v.metric_key) AS n, r.template FROM report r LEFT JOIN report_value v ON v.report_id = r.id GROUP BY r.id) x
    WHERE n = 0 OR n < (SELECT min(c) FROM (SELECT count(*) c FROM report_value v2 JOIN report r2 ON r2.id = v2.report_id WHERE r2.template = x.template GROUP BY v2.report_id) m)")
  orphans=$(psql_q "$db" "SELECT (SELECT count(*) FROM report_value v WHERE NOT EXISTS (SELECT 1 FROM report r WHERE r.id = v.report_id))
    + (SELECT count(*) FROM source_document d WHERE NOT EXISTS (SELECT 1 FROM report r WHERE r.source_document_id = d.id))")
  echo "  partial reports: $partial, orphan rows: $orphans"
  [ "$partial" = "0" ] && [ "$orphans" = "0" ]
}

fail=0
run_case() {
  local name=$1 db=$2 fault=$3
  echo "== $name (database $db, $EXPECTED documents)"
  "${BENCH[@]}" --database "$db" --keep >"$WORK/$db.1.out" 2>"$WORK/$db.1.err" &
  BENCH_PID=$!
  local before
  before=$(wait_for_reports "$db")
  echo "  fault injected after $before reports were stored"
  $fault
  set +e; wait "$BENCH_PID"; local rc=$?; set -e; BENCH_PID=
  echo "  interrupted run exit code: $rc ($(grep -m1 -E 'Error|error|terminat' "$WORK/$db.1.err" | head -c 160))"
  if [ "$rc" = "0" ]; then echo "  FAIL: the interrupted run claimed success"; fail=1; fi
  check_whole "$db" || { echo "  FAIL: partial data after the fault"; fail=1; }
  "${BENCH[@]}" --database "$db" --resume >"$WORK/$db.2.out" 2>"$WORK/$db.2.err" || { echo "  FAIL: re-run failed: $(tail -3 "$WORK/$db.2.err")"; fail=1; }
  local total
  total=$(psql_q "$db" "SELECT count(*) FROM report WHERE status = 'current'")
  echo "  after the re-run: $total current reports (expected $EXPECTED); re-run: $(grep -o 'stored / rejected / duplicates | [^|]*' "$WORK/$db.2.out" | head -1)"
  [ "$total" = "$EXPECTED" ] || { echo "  FAIL: expected $EXPECTED reports"; fail=1; }
  check_whole "$db" || fail=1
}

restart_postgres() { pgctl stop -m fast; sleep 2; pgctl start -w; echo "  PostgreSQL stopped (fast) and started again"; }
kill_ingest() { kill -9 "$BENCH_PID"; echo "  ingest process killed with SIGKILL"; }

run_case "PostgreSQL restarted mid-ingest" fault_pg restart_postgres
run_case "ingest process killed mid-ingest" fault_kill kill_ingest
if [ "$fail" = "0" ]; then echo "fault-ingest: PASS"; else echo "fault-ingest: FAIL"; fi
exit "$fail"
