#!/usr/bin/env bash
# The whole test suite, from a fresh clone: bash test/run-all.sh (.ci/run and GitHub's ci.yml run
# exactly this). Installs what the machine lacks, builds, type-checks, runs vitest, runs the action
# bundles' tests again on Node 24 (what GitHub runs actions on), checks that the committed bundles
# match the sources, and ends with one line, the verdict:
#   tests: N passed, 0 failed[, K skipped]      everything passed; exit status 0
#   FAILED: N passed, M failed[, K skipped]     anything failed, tests or not; exit status 1
# (test/summarize-vitest.mjs says what counts). Steps go on after a failure where they still can,
# so one run shows everything that is wrong.
set -uo pipefail
cd "$(dirname "$0")/.."

failed_steps=()
# step NAME COMMAND…: runs the command; a failure is recorded for the verdict, not fatal.
step() {
  local name=$1 status=0
  shift
  echo "run-all: $name" >&2
  "$@" || status=$?
  ((status == 0)) || failed_steps+=("$name (exit status $status)")
  return "$status"
}

report_dir="$(mktemp -d)"
trap 'rm -rf "$report_dir"' EXIT
runs=()

finish() {
  local args=("${runs[@]}") s out status=0
  for s in "${failed_steps[@]}"; do args+=(--failed-step "$s"); done
  out="$(node test/summarize-vitest.mjs "${args[@]}")" || status=$?
  # The verdict is the last line even when the summary itself could not be made.
  if [[ $out =~ ^(tests|FAILED):\ [0-9]+\ passed,\ [0-9]+\ failed(,\ [0-9]+\ skipped)?$ ]]; then
    echo "$out"
  else
    echo "run-all: test/summarize-vitest.mjs failed (exit status $status) to summarize the run" >&2
    echo "FAILED: 0 passed, 1 failed"
    status=1
  fi
  ((status == 0)) && exit 0
  exit 1
}

# Without these nothing else can run.
step setup-machine bash test/setup-machine.sh || finish
step install pnpm install --frozen-lockfile || finish

step docker-engine bash test/docker/start-engine.sh
step build pnpm build
step typecheck pnpm typecheck

# Tests find Go through $GO (GitHub's workflow sets GO=go after actions/setup-go).
export GO="${GO:-/usr/lib/go-1.23/bin/go}"

# run_vitest LABEL PATHS…: one vitest run with a JSON report for the verdict.
run_vitest() {
  local label=$1 report status=0
  shift
  report="$report_dir/vitest-${#runs[@]}.json"
  echo "run-all: vitest ($label)" >&2
  pnpm exec vitest run --reporter=default --reporter=json --outputFile="$report" "$@" || status=$?
  runs+=(--run "$label" "$report" "$status")
}

run_vitest "node $(node --version)"

# GitHub runs the actions on Node 24: their tests again, with every bundle started by Node 24.
node24=""
install_node24() { node24="$(bash test/node24.sh)"; }
if step node24 install_node24; then
  # Folders as paths ending in /: vitest's filters match substrings of the test files' paths, and
  # a bare "actions" would also take test/release/publish-actions.itg.test.ts.
  ACTION_NODE="$node24" run_vitest "action bundles on node $("$node24" --version)" "$PWD/actions/" "$PWD/test/action-node.test.ts"
fi

step check-dist bash test/check-dist.sh

finish
