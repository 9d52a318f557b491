#!/usr/bin/env bash
# Fails when the committed bundles (actions/*/dist, and test/gpu/dist for host-check.sh) are not
# what `pnpm build` makes from the sources in this commit, the way actions/typescript-action's
# check-dist does. Silent on success. test/run-all.sh runs it before its verdict line;
# scripts/publish-actions.mjs runs it before publishing anything.
set -euo pipefail
cd "$(dirname "$0")/.."

build_log="$(mktemp)"
trap 'rm -f "$build_log"' EXIT
if ! pnpm build >"$build_log" 2>&1; then
  cat "$build_log" >&2
  echo "check-dist: 'pnpm build' failed (output above)." >&2
  exit 1
fi

# A plain 'actions/*/dist' pathspec would not match the files inside dist/; ':(glob)' with '**' does.
changed="$(git status --porcelain --untracked-files=all -- ':(glob)actions/*/dist/**' ':(glob)test/gpu/dist/**')"
if [[ -n $changed ]]; then
  echo "check-dist: these bundles differ from what 'pnpm build' makes from the sources:" >&2
  echo "$changed" >&2
  echo "check-dist: run 'pnpm build' and commit actions/*/dist and test/gpu/dist." >&2
  exit 1
fi
