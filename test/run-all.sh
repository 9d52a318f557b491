#!/usr/bin/env bash
# The whole test suite, from a fresh clone: bash test/run-all.sh
# Installs what the machine lacks, builds, type-checks, runs vitest, and ends with one line
# "tests: N passed, M failed[, K skipped]". Exits non-zero if anything failed or no test ran.
set -euo pipefail
cd "$(dirname "$0")/.."

bash test/setup-machine.sh
bash test/docker/start-engine.sh
pnpm install --frozen-lockfile
pnpm build
pnpm typecheck

# Tests find Go through $GO (GitHub's workflow sets GO=go after actions/setup-go).
export GO="${GO:-/usr/lib/go-1.23/bin/go}"

report_dir="$(mktemp -d)"
trap 'rm -rf "$report_dir"' EXIT
report="$report_dir/vitest.json"

vitest_status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile="$report" || vitest_status=$?

summary_status=0
node test/summarize-vitest.mjs "$report" || summary_status=$?

if ((vitest_status != 0)); then
  exit "$vitest_status"
fi
exit "$summary_status"
