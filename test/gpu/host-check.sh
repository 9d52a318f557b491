#!/usr/bin/env bash
# On a bare Linux host with an NVIDIA GPU and its driver (no Docker, no Node install, no network):
# runs run-module's GPU preflight and utilisation/memory sampler against the live nvidia-smi,
# prints what it read, and exits 1 on any mismatch with what the parsers expect.
#
#   bash test/gpu/host-check.sh                       # node and nvidia-smi from PATH
#   NODE=/path/to/node bash test/gpu/host-check.sh    # a Node binary brought along
#   NVIDIA_SMI=/usr/bin/nvidia-smi bash test/gpu/host-check.sh --sample-seconds 10
#
# Needs only this script and dist/host-check.cjs beside it (the parsers, bundled: Node's own
# modules and nothing else), and Node 18 or later: a GitHub runner host has one in
# <runner>/externals/node20/bin/node. Exit status: 0 all checks passed, 1 a mismatch, 2 a usage
# error or something missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bundle="$here/dist/host-check.cjs"

fail() {
  echo "host-check.sh: $1" >&2
  exit 2
}

node="${NODE:-}"
if [[ -z $node ]]; then
  node="$(command -v node || true)"
  [[ -n $node ]] || fail "no Node on PATH: pass one as NODE=/path/to/node (a GitHub runner host has <runner>/externals/node20/bin/node)"
fi
[[ -x $node && ! -d $node ]] || fail "NODE=$node is not an executable"
"$node" -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)' 2>/dev/null ||
  fail "$node is not Node 18 or later ($("$node" --version 2>&1 | head -n 1))"
[[ -f $bundle ]] || fail "$bundle is missing: copy it along with this script (it is committed; pnpm build:host-check makes it)"

smi="${NVIDIA_SMI:-}"
if [[ -z $smi ]]; then
  smi="$(command -v nvidia-smi || true)"
  [[ -n $smi ]] || fail "no nvidia-smi on PATH: this host has no NVIDIA driver installed (or pass NVIDIA_SMI=/path/to/nvidia-smi)"
fi

exec "$node" "$bundle" --nvidia-smi "$smi" "$@"
