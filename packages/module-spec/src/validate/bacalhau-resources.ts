// How a resource provider's Bacalhau (v1.6.0, the version Lilypad v2.23.0 pins) reads the strings
// of job.Spec.Resources, which Lilypad copies to it unchanged (format doc §4.5, translateJob).
// Bacalhau's ResourcesConfig.ToResources (pkg/models/resource.go) first lower-cases each value and
// removes spaces and newlines, then parses CPU with k8sresource (v1.2.0: "<int>m" milli-cores or a
// float of cores), Memory and Disk with go-humanize's ParseBytes (v1.0.1: a number, then an SI or
// IEC unit; no unit means bytes), and GPU with strconv.ParseUint. A value it cannot parse makes it
// refuse the whole job.

/** Docker's smallest memory limit (moby daemon_unix.go linuxMinMemory): a container below it is never created. */
export const DOCKER_MIN_MEMORY_BYTES = 6 * 1024 * 1024;

/** The value as Bacalhau sees it before parsing. */
export function normalizeResource(s: string): string {
  return s.toLowerCase().replaceAll(' ', '').replaceAll('\n', '');
}

const GO_FLOAT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/;

/** Cores, or undefined when Bacalhau refuses the value (negative counts included). */
export function parseCpu(value: string): number | undefined {
  const s = normalizeResource(value);
  if (s === '') return 0;
  let cores: number;
  if (s.endsWith('m')) {
    // strconv.Atoi: an optional sign, decimal digits.
    if (!/^[+-]?\d+m$/.test(s)) return undefined;
    cores = Number(s.slice(0, -1)) / 1000;
  } else {
    if (!GO_FLOAT.test(s)) return undefined;
    cores = Number(s);
  }
  return Number.isFinite(cores) && cores >= 0 ? cores : undefined;
}

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1e3,
  kb: 1e3,
  ki: 1024,
  kib: 1024,
  m: 1e6,
  mb: 1e6,
  mi: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1e9,
  gb: 1e9,
  gi: 1024 ** 3,
  gib: 1024 ** 3,
  t: 1e12,
  tb: 1e12,
  ti: 1024 ** 4,
  tib: 1024 ** 4,
  p: 1e15,
  pb: 1e15,
  pi: 1024 ** 5,
  pib: 1024 ** 5,
  e: 1e18,
  eb: 1e18,
  ei: 1024 ** 6,
  eib: 1024 ** 6,
};

/** Bytes, as go-humanize's ParseBytes reads the value; undefined when Bacalhau refuses it. */
export function parseBytes(value: string): number | undefined {
  const s = normalizeResource(value);
  if (s === '') return 0;
  const m = /^([0-9.]*)(.*)$/.exec(s)!;
  const [, number, unit] = m as unknown as [string, string, string];
  // strconv.ParseFloat of the leading digits and dots: "", ".", "1.2.3" are errors.
  if (!/^(?:\d+\.?\d*|\.\d+)$/.test(number)) return undefined;
  const factor = UNITS[unit];
  if (factor === undefined) return undefined;
  const bytes = Math.floor(Number(number) * factor);
  return bytes < 2 ** 64 ? bytes : undefined;
}

/** A GPU count, as strconv.ParseUint(s, 10, 64) reads it; undefined when Bacalhau refuses it. */
export function parseGpuCount(value: string): number | undefined {
  const s = normalizeResource(value);
  if (s === '') return 0;
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n < 2 ** 64 ? n : undefined;
}
