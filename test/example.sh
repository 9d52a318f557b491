#!/usr/bin/env bash
# The main job on the bundled example, from a fresh clone: bash test/example.sh
# Validates examples/hello-lilypad (valid: exit 0), then one broken variant to show what a report
# looks like (examples/broken/quoted-input: invalid, exit 1), renders the example the way
# `lilypad run … -i Message=…` would, then builds its Dockerfile in the local Docker engine and
# runs the job on that image as a resource provider would, ending with the timing table.
set -euo pipefail
cd "$(dirname "$0")/.."

bash test/setup-machine.sh
bash test/docker/start-engine.sh
pnpm install --frozen-lockfile
# Only the command line tool: the action bundles are committed, and the example needs none of them.
pnpm --filter @lilypad-actions/cli --fail-if-no-match run build

echo '$ lilypad-module validate examples/hello-lilypad'
pnpm -s lilypad-module validate examples/hello-lilypad

echo
echo '$ lilypad-module validate examples/broken/quoted-input'
status=0
pnpm -s lilypad-module validate examples/broken/quoted-input || status=$?
if ((status != 1)); then
  echo "example.sh: expected exit status 1 (invalid) for examples/broken/quoted-input, got $status" >&2
  exit 1
fi

echo
echo '$ lilypad-module render examples/hello-lilypad/lilypad_module.json.tmpl -i Message="hello from lilypad"'
pnpm -s lilypad-module render examples/hello-lilypad/lilypad_module.json.tmpl -i Message="hello from lilypad"

echo
echo '$ lilypad-module run examples/hello-lilypad --build -i Message="hello from lilypad"'
pnpm -s lilypad-module run examples/hello-lilypad --build -i Message="hello from lilypad"
