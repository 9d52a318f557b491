#!/usr/bin/env bash
# Starts the Docker engine the integration tests use, when it is not already answering, and makes
# the local images the tests need (there is no registry to pull from): the base image the tests
# and the example build from, and the example's own image.
#   bash test/docker/start-engine.sh
# Idempotent. Needs root to start dockerd; anyone else is told how.
set -euo pipefail
cd "$(dirname "$0")/../.."

log() { echo "start-engine: $*" >&2; }

engine_answers() {
  # The API's own health check, without depending on the docker CLI's version.
  [[ -S /var/run/docker.sock ]] && curl -fsS --max-time 2 --unix-socket /var/run/docker.sock http://localhost/_ping >/dev/null 2>&1
}

if ! engine_answers; then
  if [[ $(id -u) -ne 0 ]]; then
    log "the Docker engine is not running; start it (sudo systemctl start docker, or sudo dockerd &)"
    exit 2
  fi
  command -v dockerd >/dev/null || { log "dockerd is missing: run bash test/setup-machine.sh"; exit 2; }
  log "starting dockerd (log: /var/log/lilypad-actions-dockerd.log)"
  # setsid: the engine outlives this script and the test run's process group.
  setsid dockerd >/var/log/lilypad-actions-dockerd.log 2>&1 </dev/null &
  for _ in $(seq 1 100); do
    engine_answers && break
    sleep 0.2
  done
  engine_answers || { log "dockerd did not answer within 20 s:"; tail -20 /var/log/lilypad-actions-dockerd.log >&2; exit 1; }
fi

bash test/docker/base-image.sh
bash test/docker/example-image.sh
