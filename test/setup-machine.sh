#!/usr/bin/env bash
# Installs what a fresh Debian bookworm machine lacks to build and test this repo:
#   - Go 1.23, the oracle the template engine is compared against (bookworm itself ships 1.19,
#     so it comes from bookworm-backports), unless $GO names a Go 1.23.x already;
#   - the pnpm version pinned by "packageManager" in package.json (bundles must be reproducible);
#   - Debian's Docker engine (docker.io), registry (docker-registry) and a static busybox
#     (busybox-static) for the build and run tests: the engine is started by test/docker/start-engine.sh;
#   - Debian's chromium and a font for the dashboard's browser tests (playwright-core drives
#     /usr/bin/chromium; there is no browser download to rely on).
# Idempotent and silent when nothing is missing. Installing needs root; anyone else is told
# what is missing and gets exit code 2.
set -euo pipefail
cd "$(dirname "$0")/.."

go_bin=/usr/lib/go-1.23/bin/go
backports_list=/etc/apt/sources.list.d/bookworm-backports.list
backports_line='deb http://deb.debian.org/debian bookworm-backports main'

log() { echo "setup-machine: $*" >&2; }

if ! command -v node >/dev/null 2>&1; then
  log "Node.js >= 20 is required and was not found; install it first."
  exit 2
fi
# "pnpm@10.34.8" or "pnpm@10.34.8+sha512.…" → 10.34.8
pnpm_version="$(node -p 'require("./package.json").packageManager.split("@")[1].split("+")[0]')"

need_go=false
if [[ -n ${GO:-} ]]; then
  # A Go chosen by the caller (GitHub's workflow sets GO=go after actions/setup-go): not installed
  # over, only checked. The oracles need Go 1.23.x, what Lilypad v2.23.0 is built with.
  go_version="$(GOTOOLCHAIN=local "$GO" version 2>/dev/null | awk '{print $3}' || true)"
  if [[ ! $go_version =~ ^go1\.23\.[0-9]+$ ]]; then
    log "GO=$GO is ${go_version:-not a working go}; the tests need Go 1.23.x: unset GO to use $go_bin, or point GO at Go 1.23."
    exit 2
  fi
else
  [[ -x $go_bin ]] || need_go=true
fi
need_pnpm=false
[[ "$(pnpm --version 2>/dev/null || true)" == "$pnpm_version" ]] || need_pnpm=true

# Debian packages the engine tests need, by the command each provides.
docker_packages=()
command -v dockerd >/dev/null 2>&1 || docker_packages+=(docker.io)
command -v docker-registry >/dev/null 2>&1 || docker_packages+=(docker-registry)
file /bin/busybox 2>/dev/null | grep -q 'statically linked' || docker_packages+=(busybox-static)
command -v curl >/dev/null 2>&1 || docker_packages+=(curl)
command -v file >/dev/null 2>&1 || docker_packages+=(file)
need_docker=false
((${#docker_packages[@]} == 0)) || need_docker=true

# The browser the dashboard's tests drive, and a font for it to draw text with.
browser_packages=()
# A browser named in CHROMIUM_PATH (GitHub's runners: their Google Chrome) is used instead.
[[ -x ${CHROMIUM_PATH:-/usr/bin/chromium} ]] || browser_packages+=(chromium)
[[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || browser_packages+=(fonts-dejavu-core)
need_browser=false
((${#browser_packages[@]} == 0)) || need_browser=true

if ! $need_go && ! $need_pnpm && ! $need_docker && ! $need_browser; then
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  log "missing, and installing it needs root:"
  $need_go && log "  Go 1.23 at $go_bin: add '$backports_line' to $backports_list," \
    "then: apt-get update && apt-get install -y -t bookworm-backports golang-1.23-go"
  $need_pnpm && log "  pnpm $pnpm_version: npm install -g pnpm@$pnpm_version"
  $need_docker && log "  apt-get install -y ${docker_packages[*]}"
  $need_browser && log "  apt-get install -y ${browser_packages[*]}"
  exit 2
fi

if $need_go; then
  # golang-1.23-go exists only in bookworm-backports; other releases need their own way to Go 1.23.
  codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-}")"
  if [[ $codename != bookworm ]]; then
    log "Go 1.23 is missing at $go_bin and this is not Debian bookworm ($codename): install Go 1.23" \
      "and point GO at its go binary."
    exit 2
  fi
  if ! grep -qsF "$backports_line" "$backports_list"; then
    log "adding $backports_list"
    echo "$backports_line" >>"$backports_list"
  fi
  log "installing golang-1.23-go from bookworm-backports"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q -t bookworm-backports golang-1.23-go
  [[ -x $go_bin ]] || { log "golang-1.23-go is installed but $go_bin is missing"; exit 1; }
fi

if $need_docker; then
  log "installing ${docker_packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  # --no-install-recommends: docker.io recommends apparmor, git and other extras the tests don't use.
  apt-get install -y -q --no-install-recommends "${docker_packages[@]}"
fi

if $need_browser; then
  log "installing ${browser_packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  # --no-install-recommends: chromium recommends a desktop's worth of extras the tests don't use.
  apt-get install -y -q --no-install-recommends "${browser_packages[@]}"
fi

if $need_pnpm; then
  log "installing pnpm $pnpm_version"
  npm install -g --no-fund --no-audit "pnpm@$pnpm_version"
  hash -r
  if [[ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]]; then
    log "pnpm $pnpm_version was installed but 'pnpm' on PATH is $(command -v pnpm || echo missing);" \
      "add $(npm prefix -g)/bin to PATH."
    exit 1
  fi
fi
