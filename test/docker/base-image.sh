#!/usr/bin/env bash
# Makes the base image every test and the example build FROM, without a registry: a root file
# system holding Debian's statically linked busybox, `docker import`ed.
#   lilypad-actions/busybox:local   the tests' base image
#   busybox:1.36                    the same image, a local stand-in for Docker Hub's busybox:1.36
#                                   so that examples/hello-lilypad/Dockerfile builds offline (only
#                                   when there is no busybox:1.36 yet)
# Idempotent: an image is imported again only when busybox itself changed.
set -euo pipefail

busybox_bin=/bin/busybox
[[ -x $busybox_bin ]] || busybox_bin=/usr/bin/busybox
[[ -x $busybox_bin ]] || { echo "base-image: busybox-static is missing: run bash test/setup-machine.sh" >&2; exit 2; }
file "$busybox_bin" 2>/dev/null | grep -q 'statically linked' || {
  echo "base-image: $busybox_bin is not statically linked: install busybox-static, not busybox" >&2
  exit 2
}

stamp="$(sha256sum "$busybox_bin" | cut -c1-16)"
current="$(docker image inspect -f '{{index .Config.Labels "io.lilypad-actions.busybox"}}' lilypad-actions/busybox:local 2>/dev/null || true)"
if [[ $current != "$stamp" ]]; then
  root="$(mktemp -d)"
  trap 'rm -rf "$root"' EXIT
  mkdir -p "$root/bin" "$root/tmp" "$root/etc" "$root/root"
  chmod 1777 "$root/tmp"
  cp "$busybox_bin" "$root/bin/busybox"
  for applet in $("$busybox_bin" --list); do
    [[ -e $root/bin/$applet ]] || ln -s busybox "$root/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' >"$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
  tar -C "$root" -c . | docker import \
    --change 'ENV PATH=/bin' --change 'CMD ["/bin/sh"]' \
    --change "LABEL io.lilypad-actions.busybox=$stamp" \
    - lilypad-actions/busybox:local >/dev/null
  echo "base-image: imported lilypad-actions/busybox:local from $busybox_bin" >&2
fi
# Never over a real busybox:1.36 (a developer's machine may have pulled it): the example builds on either.
docker image inspect busybox:1.36 >/dev/null 2>&1 || docker tag lilypad-actions/busybox:local busybox:1.36
