#!/usr/bin/env bash
# The fault and security suites (docs/RELIABILITY.md), each against its own private PostgreSQL cluster and the
# built api. CI runs this after `npm test` (`npm run test:resilience`); `--long` runs the long variants.
# Usage (repository root, after `npm run build`): tools/bench/scripts/resilience.sh [--long]
set -euo pipefail
dir="$(cd "$(dirname "$0")" && pwd)"
status=0
for suite in fault-suite security-suite; do
  if [ ! -f "$dir/$suite.sh" ]; then
    echo "resilience: $suite.sh not found, skipped"
    continue
  fi
  started=$SECONDS
  if bash "$dir/$suite.sh" "$@"; then
    echo "resilience: $suite passed in $((SECONDS - started)) s"
  else
    echo "resilience: $suite FAILED after $((SECONDS - started)) s"
    status=1
  fi
done
exit "$status"
