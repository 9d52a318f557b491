// Where run-module's container deliberately differs from the one a provider's Bacalhau v1.6.0
// starts, and why. One list, two readers: docs/gpu-runners.md's table is generated from it (a test
// keeps them equal), and the comparison test (test/provider/comparison.itg.test.ts), which starts
// both containers for a handful of images and compares what a process sees inside, accepts exactly
// the observable differences listed here for its configuration — no more (an unlisted difference
// fails it), no fewer (a listed one that is gone fails it too, so the list cannot go stale).

import { SOLVER_DEFAULT_EXECUTION_SECONDS } from '@lilypad-actions/module-spec';

/** A run's setup, as far as the differences depend on it. */
export interface ComparisonSetup {
  hardening: 'provider' | 'strict';
  network: 'None' | 'Full';
  /** The job's CPU is more than the runner has. */
  cpuAboveRunner: boolean;
  /** The job has at least one output. */
  outputs: boolean;
}

export interface DeliberateDifference {
  id: string;
  /** What differs, in a few words. */
  what: string;
  /** What the comparison probe sees differ (its keys); empty: nothing a process inside can observe. */
  observables: string[];
  appliesTo: (setup: ComparisonSetup) => boolean;
  /** Under which setups, for people. */
  when: string;
  provider: string;
  runModule: string;
  reason: string;
}

export const DELIBERATE_DIFFERENCES: readonly DeliberateDifference[] = [
  {
    id: 'pids-limit',
    what: 'process limit',
    observables: ['pids.max'],
    appliesTo: () => true,
    when: 'always',
    provider: 'none (`max`)',
    runModule: '4096 processes and threads (`PidsLimit`)',
    reason: 'a fork bomb would take the runner down; no well-behaved module comes near 4096',
  },
  {
    id: 'outputs-volume',
    what: 'where an output folder comes from',
    observables: ['outputs.source'],
    appliesTo: (s) => s.outputs,
    when: 'a job with outputs',
    provider: 'a bind mount of a folder it creates (root, 0755, empty)',
    runModule: 'a Docker volume created for the run and mounted with `NoCopy` (root, 0755, empty: the image\'s own files at that path do not leak in)',
    reason: 'nothing has to be shared between the runner and the engine, so Docker-in-Docker runners work; the only trace is the mount\'s source path in /proc/self/mountinfo',
  },
  {
    id: 'strict-hardening',
    what: 'capabilities and privilege escalation',
    observables: ['CapPrm', 'CapEff', 'CapBnd', 'NoNewPrivs'],
    appliesTo: (s) => s.hardening === 'strict',
    when: '`hardening: strict`',
    provider: "Docker's default capability set, setuid allowed",
    runModule: 'every capability dropped, `no-new-privileges`',
    reason: 'asked for: a module that works so needs nothing from root; the report says this mode ran, and the default is the provider\'s',
  },
  {
    id: 'isolated-network',
    what: 'the network of a `Full` job',
    observables: ['interfaces', 'hostname-is-container-id', 'hosts-extra', 'resolv'],
    appliesTo: (s) => s.network === 'Full',
    when: 'Network `Full`',
    provider: "the host's network: its interfaces, hostname and resolver, plus `host.docker.internal`",
    runModule: 'a namespace of its own on the `lilypad-isolated` bridge (eth0, lo, Docker\'s resolver), with the metadata service and the runner out of reach (firewall rules, checked by a probe)',
    reason: 'on a CI runner the host network reaches the cloud metadata service (the runner\'s credentials) and every service on the runner',
  },
  {
    id: 'cpu-clamp',
    what: 'a CPU request larger than the runner',
    observables: ['started'],
    appliesTo: (s) => s.cpuAboveRunner,
    when: '`Resources.CPU` above the runner\'s CPUs',
    provider: 'not started (the engine refuses more CPUs than the machine has; a provider that small does not take the job)',
    runModule: "runs on all the runner's CPUs, with a notice",
    reason: "a runner smaller than the providers the job is meant for can still test it",
  },
  {
    id: 'logs',
    what: 'how stdout and stderr are kept',
    observables: [],
    appliesTo: () => true,
    when: 'always',
    provider: "the engine's log driver; read after the exit into `stdout`/`stderr` files of at most 1 GB each",
    runModule: 'no log driver (nothing on the engine\'s disk); read live through attach into the same 1 GB files, and the first quarter and last three quarters of 1 MiB for the report',
    reason: 'a module writing logs without end must not fill the engine\'s disk or the action\'s memory',
  },
  {
    id: 'size-watches',
    what: 'disk used by the outputs and the writable layer',
    observables: [],
    appliesTo: () => true,
    when: 'only when exceeded',
    provider: 'not limited',
    runModule: 'killed past the output limit (1 GiB) or the writable-layer limit (10 GiB, or `Resources.Disk` when larger)',
    reason: 'overlay2 has no quota: a module could fill the engine\'s disk, which stops every job on the runner',
  },
  {
    id: 'http-network',
    what: 'Network `HTTP`',
    observables: [],
    appliesTo: () => false,
    when: 'Network `HTTP`',
    provider: 'an internal network behind a squid gateway allowing the job\'s Domains',
    runModule: 'refused, with the reason',
    reason: 'the gateway is not reproduced, and full network instead would pass modules the gateway blocks; a default provider takes no networked job anyway',
  },
  {
    id: 'action-timeout',
    what: 'a cap of the action\'s own',
    observables: [],
    appliesTo: () => true,
    when: 'when the `timeout` input comes before the job\'s Timeout',
    provider: 'the job\'s Timeout only (none for 0)',
    runModule: `also the \`timeout\` input (${SOLVER_DEFAULT_EXECUTION_SECONDS} s by default), stopped the same way; the report says which deadline it was`,
    reason: 'a CI job must end: with a job Timeout of 0 the run would otherwise last until the CI job\'s time limit',
  },
  {
    id: 'labels',
    what: 'container labels and name',
    observables: [],
    appliesTo: () => true,
    when: 'always',
    provider: '`bacalhau-executor`, `bacalhau-jobID`, `bacalhau-executionID`',
    runModule: '`io.lilypad-actions.managed`, `io.lilypad-actions.owner` and the module and case',
    reason: 'the post step and the next run find and remove what a cancelled job left by these',
  },
];

/** The observable differences the comparison must see for a setup. */
export function expectedDifferences(setup: ComparisonSetup): string[] {
  // A provider's container that never starts shows nothing else to compare.
  const applying = DELIBERATE_DIFFERENCES.filter((d) => d.appliesTo(setup));
  const shown = setup.cpuAboveRunner ? applying.filter((d) => d.id === 'cpu-clamp') : applying;
  return shown.flatMap((d) => d.observables).sort();
}

/** The Markdown table docs/gpu-runners.md carries between its deliberate-differences markers. */
export function differencesTable(): string {
  // Our own text with Markdown meant (code spans): only `|` needs escaping. Untrusted text takes
  // workflow-commands' markdownCell instead.
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const rows = DELIBERATE_DIFFERENCES.map((d) => `| ${cell(d.what)} | ${cell(d.when)} | ${cell(d.provider)} | ${cell(d.runModule)} | ${cell(d.reason)} | ${d.observables.length > 0 ? d.observables.map((o) => `\`${o}\``).join(', ') : 'nothing'} |`);
  return ['| what | when | a provider | run-module | why | a process inside sees |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}
