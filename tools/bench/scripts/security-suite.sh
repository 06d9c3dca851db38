#!/usr/bin/env bash
# The security suite (docs/RELIABILITY.md): a PRIVATE PostgreSQL cluster, a multi-province data set from the
# bulk ingest, the built api on it, then security-probe.mjs (authorization matrix, query limits, injection,
# zip bombs, malformed documents). Exits non-zero when any check fails. CI runs it through resilience.sh.
# Usage (repository root, after `npm run build`): tools/bench/scripts/security-suite.sh [--long]
#   --long   300 counties instead of 30, and the hostile uploads five times over (the api's RSS must not creep)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
COUNTIES=30
ROUNDS=1
for arg in "$@"; do
  case "$arg" in
    --long) COUNTIES=300 ROUNDS=5 ;;
    *) echo "security-suite: unknown argument $arg" >&2; exit 64 ;;
  esac
done
for built in apps/api/dist/main.js tools/bench/dist/main.js libs/sample-corpus/dist/index.js; do
  [ -f "$ROOT/$built" ] || { echo "security-suite: $built is missing: run \`npm run build\` first" >&2; exit 2; }
done
started=$(date +%s)

# shellcheck source=lib/private-pg.sh
source "$(dirname "$0")/lib/private-pg.sh"
API_PID=""
cleanup() {
  if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then
    kill "$API_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$API_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$API_PID" 2>/dev/null || true
  fi
  private_pg_cleanup
}
trap cleanup EXIT
private_pg_start
DB=security

echo "== security-suite: seeding $COUNTIES counties × 7 years into a private cluster (port $PORT)"
if ! node "$ROOT/tools/bench/dist/main.js" ingest --server "$SERVER" --database "$DB" --counties "$COUNTIES" --keep >"$WORK/ingest.log" 2>&1; then
  tail -n 30 "$WORK/ingest.log" >&2
  echo "security-suite: FAIL — the seeding ingest failed" >&2
  exit 1
fi
echo "   $(psql_q "$DB" "SELECT count(*) || ' reports in ' || count(DISTINCT left(region_code, 2)) || ' provinces' FROM report")"

mkdir -p "$WORK/api-data"
# The kernel's pick of a free port (free_port), and a fresh pick when something took it before the api
# listened (EADDRINUSE: an outgoing connection can hold any ephemeral port for a moment).
ready=0
for attempt in 1 2 3; do
  API_PORT="$(free_port)"
  DATABASE_URL="$SERVER/$DB" READ_DATABASE_URL="" DEMO_DATA=false PORT="$API_PORT" HOST=127.0.0.1 DATA_DIR="$WORK/api-data" \
    node "$ROOT/apps/api/dist/main.js" >"$WORK/api.log" 2>&1 &
  API_PID=$!
  API_URL="http://127.0.0.1:$API_PORT"
  for _ in $(seq 1 240); do
    if ! kill -0 "$API_PID" 2>/dev/null; then break; fi
    if curl -sf -o /dev/null -H 'content-type: application/json' --data '{"query":"{ __typename }"}' "$API_URL/graphql"; then ready=1; break; fi
    sleep 0.5
  done
  [ "$ready" = 1 ] && break
  grep -q EADDRINUSE "$WORK/api.log" || break
  echo "   port $API_PORT was taken before the api listened (attempt $attempt): another port"
  kill "$API_PID" 2>/dev/null || true
  wait "$API_PID" 2>/dev/null || true
done
if [ "$ready" != 1 ]; then
  tail -n 30 "$WORK/api.log" >&2
  echo "security-suite: FAIL — the api did not answer on $API_URL" >&2
  exit 1
fi
echo "== security-suite: api pid $API_PID on $API_URL after $(($(date +%s) - started)) s"

status=0
node "$ROOT/tools/bench/scripts/security-probe.mjs" "$API_URL" "$SERVER/$DB" --api-pid "$API_PID" --rounds "$ROUNDS" || status=$?
if ! kill -0 "$API_PID" 2>/dev/null; then
  echo "FAIL  suite: the api process exited during the probe" >&2
  tail -n 30 "$WORK/api.log" >&2
  status=1
fi
echo "security-suite: $([ "$status" = 0 ] && echo PASS || echo FAIL) in $(($(date +%s) - started)) s (load average $(cut -d' ' -f1 /proc/loadavg))"
exit "$status"
