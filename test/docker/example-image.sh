#!/usr/bin/env bash
# Builds examples/hello-lilypad's Dockerfile under the name its template's "Image" gives, as a local
# stand-in for that published image: there is no registry to pull it from where this repository
# is tested, and the tests that run the example's job without building it first (run-module's,
# `lilypad-module run` without --build) need it in the engine. `lilypad-module run --build` builds
# and tags the same name (test/example.sh). Idempotent: the engine's build cache makes a repeat
# cheap, and the tag always follows the Dockerfile.
set -euo pipefail
cd "$(dirname "$0")/../.."

example=examples/hello-lilypad
# The template is ours and writes the key on one line: "Image": "<reference>".
image="$(sed -n 's/^[[:space:]]*"Image":[[:space:]]*"\([^"]*\)".*/\1/p' "$example/lilypad_module.json.tmpl")"
if [[ -z $image || $(wc -l <<<"$image") -ne 1 ]]; then
  echo "example-image: expected one \"Image\": \"…\" line in $example/lilypad_module.json.tmpl" >&2
  exit 1
fi
# Quiet unless it fails (the legacy builder's deprecation notice is noise here).
if ! out="$(docker build -q -t "$image" "$example" 2>&1)"; then
  echo "$out" >&2
  echo "example-image: building $example as $image failed (output above)" >&2
  exit 1
fi
