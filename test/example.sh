#!/usr/bin/env bash
# The main job on the bundled example, from a fresh clone: bash test/example.sh
# Renders examples/hello-lilypad/lilypad_module.json.tmpl the way `lilypad run … -i Message=…` would.
set -euo pipefail
cd "$(dirname "$0")/.."

bash test/setup-machine.sh
pnpm install --frozen-lockfile
pnpm build
pnpm -s lilypad-module render examples/hello-lilypad/lilypad_module.json.tmpl -i Message="hello from lilypad"
