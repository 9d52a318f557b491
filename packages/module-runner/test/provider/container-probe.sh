#!/bin/sh
# What a process inside a container can see about its container, one key=value a line: the
# comparison test (comparison.itg.test.ts) runs it in the provider's container and in run-module's.
kv() { printf '%s=%s\n' "$1" "$2"; }
kv argv "$*"
kv uid "$(id -u)"
kv gid "$(id -g)"
kv groups "$(id -G)"
for f in CapInh CapPrm CapEff CapBnd CapAmb NoNewPrivs Seccomp; do kv "$f" "$(grep "^$f:" /proc/self/status | cut -f2)"; done
if [ -d /sys/fs/cgroup/memory ]; then
  kv memory.limit "$(cat /sys/fs/cgroup/memory/memory.limit_in_bytes)"
  kv memory.swap-limit "$(cat /sys/fs/cgroup/memory/memory.memsw.limit_in_bytes 2>/dev/null || echo none)"
  kv cpu.quota "$(cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us)/$(cat /sys/fs/cgroup/cpu/cpu.cfs_period_us)"
  kv cpu.shares "$(cat /sys/fs/cgroup/cpu/cpu.shares)"
  kv cpuset "$(cat /sys/fs/cgroup/cpuset/cpuset.cpus 2>/dev/null)"
  kv pids.max "$(cat /sys/fs/cgroup/pids/pids.max)"
else
  kv memory.limit "$(cat /sys/fs/cgroup/memory.max)"
  kv memory.swap-limit "$(cat /sys/fs/cgroup/memory.swap.max 2>/dev/null || echo none)"
  kv cpu.quota "$(cat /sys/fs/cgroup/cpu.max | tr ' ' /)"
  kv cpu.shares "$(cat /sys/fs/cgroup/cpu.weight)"
  kv cpuset "$(cat /sys/fs/cgroup/cpuset.cpus.effective 2>/dev/null)"
  kv pids.max "$(cat /sys/fs/cgroup/pids.max)"
fi
kv shm "$(awk '$2 == "/dev/shm" {print $3 " " $4}' /proc/mounts)"
kv outputs.owner-mode "$(stat -c '%u:%g %a' /outputs 2>/dev/null || echo absent)"
kv outputs.entries "$(ls -A /outputs 2>/dev/null | tr '\n' ' ')"
src=$(awk '$5 == "/outputs" {print $4}' /proc/self/mountinfo)
case "$src" in '') kv outputs.source none ;; /var/lib/docker/volumes/*/_data) kv outputs.source docker-volume ;; *) kv outputs.source host-directory ;; esac
kv outputs.options "$(awk '$5 == "/outputs" {print $6}' /proc/self/mountinfo)"
kv outputs.writable "$(touch /outputs/.probe 2>/dev/null && rm -f /outputs/.probe && echo yes || echo no)"
kv root.options "$(awk '$5 == "/" {print $6}' /proc/self/mountinfo)"
kv cwd "$(pwd)"
kv env "$(env | grep -v '^HOSTNAME=' | sort | tr '\n' ' ')"
id=$(sed -n 's#.*/docker[/-]\([0-9a-f]\{12\}\).*#\1#p' /proc/self/cgroup | head -n1)
kv hostname-is-container-id "$([ "$(hostname)" = "$id" ] && echo yes || echo no)"
kv interfaces "$(ls /sys/class/net | tr '\n' ' ')"
kv hosts-extra "$(grep -v -e '^#' -e localhost -e 'ip6-' -e "$(hostname)" /etc/hosts | tr -s ' \t' ' ' | tr '\n' ';')"
kv resolv "$(grep -E '^(nameserver|search|options)' /etc/resolv.conf | tr '\n' ';')"
kv nofile "$(ulimit -n)"
kv nproc "$(ulimit -u)"
kv oom_score_adj "$(cat /proc/self/oom_score_adj)"
kv stdin "$(readlink /proc/self/fd/0 | sed 's/:.*//')"
kv stdout "$(readlink /proc/self/fd/1 | sed 's/:.*//')"
kv apparmor "$(cat /proc/self/attr/current 2>/dev/null)"
kv devices "$(ls /dev | tr '\n' ' ')"
kv masked-paths "$(awk '$5 ~ /^\/proc\/(kcore|keys|timer_list|sched_debug|scsi|acpi)$/ {print $5}' /proc/self/mountinfo | sort | tr '\n' ' ')"
kv readonly-paths "$(awk '$5 ~ /^\/proc\/(bus|fs|irq|sys|sysrq-trigger)$/ {print $5 ":" $6}' /proc/self/mountinfo | sort | tr '\n' ' ')"
