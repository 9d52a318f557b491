// How a Lilypad provider's Bacalhau v1.6.0 reads `job.Spec.Resources` (Lilypad copies the four
// strings into the Bacalhau task unchanged, docs/lilypad-module-format.md §4.5):
//   - pkg/models/resource.go ResourcesConfig.ToResources: lower-case, drop spaces and newlines;
//     CPU with BTBurke/k8sresource v1.2.0 (`500m` millicores, else a float of cores), Memory and
//     Disk with dustin/go-humanize v1.0.1 ParseBytes (decimal units: `8Gb` is 8×10⁹ bytes, a bare
//     number is bytes), GPU with strconv.ParseUint (so `all` is refused);
//   - Resources.Validate: a negative CPU is refused;
//   - the orchestrator's defaults for an empty CPU or Memory: `500m` and `1Gb`
//     (pkg/config/defaults.go, applied by pkg/orchestrator/transformer/job.go).
// The provider refuses a job whose resources do not parse, when it is submitted, with these
// messages (Job.ValidateSubmission wraps them as `task main validation failed: …`).

import { encodeGoString, decodeGoString, float64, goTrimSpace, parseGoFloat, quote, sprintf } from '@lilypad-actions/gotemplate';
import { float64ToInt64, goAtoi, goParseUint, goToLower } from './go-strconv';

/** job.Spec.Resources as the template gives them (all strings). */
export interface ResourceStrings {
  CPU: string;
  Memory: string;
  Disk: string;
  GPU: string;
}

/** What the provider's executor gets (models.Resources). */
export interface ProviderResources {
  /** Cores: millicores / 1000 (NanoCPUs = cores × 10⁹). */
  cpu: number;
  memoryBytes: bigint;
  diskBytes: bigint;
  gpus: bigint;
}

/** Docker's smallest memory limit (moby daemon_unix.go linuxMinMemory): a container below it is never created. */
export const DOCKER_MIN_MEMORY_BYTES = 6n * 1024n * 1024n;

/** Bacalhau v1.6.0's job defaults for a batch task (pkg/config/defaults.go). */
export const BACALHAU_DEFAULT_CPU = '500m';
export const BACALHAU_DEFAULT_MEMORY = '1Gb';

export type ResourcesResult =
  | { ok: true; resources: ProviderResources; /** Which fields took Bacalhau's default. */ defaulted: Array<'CPU' | 'Memory'> }
  | { ok: false; /** ToResources' error, errors.Join'ed as Go prints it (one line per error). */ message: string };

/**
 * The resources a provider runs the job with, or the reason it refuses the job. `defaults: false`
 * stops after parsing the strings as given (what submission checks).
 */
export function providerResources(raw: ResourceStrings, options: { defaults?: boolean } = {}): ResourcesResult {
  // Submission validates what was sent; the defaults fill empty fields afterwards.
  const checked = toResources(raw);
  if (!checked.ok || options.defaults === false) return checked.ok ? { ...checked, defaulted: [] } : checked;
  const defaulted: Array<'CPU' | 'Memory'> = [];
  const filled = { ...raw };
  if (raw.CPU === '') {
    filled.CPU = BACALHAU_DEFAULT_CPU;
    defaulted.push('CPU');
  }
  if (raw.Memory === '') {
    filled.Memory = BACALHAU_DEFAULT_MEMORY;
    defaulted.push('Memory');
  }
  const parsed = toResources(filled);
  if (!parsed.ok) return parsed; // the defaults always parse; kept for the type
  return { ok: true, resources: parsed.resources, defaulted };
}

/** HostConfig.NanoCPUs as the Docker executor computes it: int64(cores × 10⁹). */
export function nanoCpus(cores: number): bigint {
  return float64ToInt64(cores * 1e9);
}

/** ResourcesConfig.Normalize: lower case, spaces and newlines removed (tabs stay). */
export function normalizeResource(s: string): string {
  return goToLower(s).replaceAll(' ', '').replaceAll('\n', '');
}

function readBytes(s: string): bigint | null {
  const parsed = humanizeParseBytes(s);
  return parsed.ok ? parsed.bytes : null;
}

/** How ToResources reads each field once normalised (an empty field is never passed: it stays 0). */
const FIELD_READERS = {
  CPU: (s: string) => {
    const millicores = k8sCpuMillicores(s);
    return millicores === null ? null : Number(millicores) / 1000;
  },
  Memory: readBytes,
  Disk: readBytes,
  GPU: goParseUint,
} as const;

type FieldValue<F extends keyof ResourceStrings> = NonNullable<ReturnType<(typeof FIELD_READERS)[F]>>;
type FieldRead<F extends keyof ResourceStrings> = { text: string; value: FieldValue<F> | null | undefined };

/** One field, normalised and parsed: `value` undefined when empty (unset), null when it does not parse. */
function parseField<F extends keyof ResourceStrings>(field: F, raw: string): FieldRead<F> {
  const text = normalizeResource(raw);
  return { text, value: text === '' ? undefined : (FIELD_READERS[field](text) as FieldValue<F> | null) };
}

/**
 * One field of job.Spec.Resources as the provider reads it: `value` is undefined when the field is
 * empty (unset), null when the provider refuses the job for it (a negative CPU included).
 */
export function readResource<F extends keyof ResourceStrings>(field: F, raw: string): FieldRead<F> {
  const read = parseField(field, raw);
  // Resources.Validate refuses a negative CPU after every field has parsed.
  return typeof read.value === 'number' && read.value < 0 ? { ...read, value: null } : read;
}

/** ResourcesConfig.Validate (ToResources, then Resources.Validate), on one set of strings. */
function toResources(raw: ResourceStrings): { ok: true; resources: ProviderResources } | { ok: false; message: string } {
  const errors: string[] = [];
  const resources: ProviderResources = { cpu: 0, memoryBytes: 0n, diskBytes: 0n, gpus: 0n };
  const cpu = parseField('CPU', raw.CPU);
  if (cpu.value === null) errors.push(`invalid CPU value: ${cpu.text}`);
  else if (cpu.value !== undefined) resources.cpu = cpu.value;
  for (const [field, key, name] of [['Memory', 'memoryBytes', 'memory'], ['Disk', 'diskBytes', 'disk']] as const) {
    const bytes = parseField(field, raw[field]);
    if (bytes.value === null) errors.push(`invalid ${name} value: ${bytes.text}`);
    else if (bytes.value !== undefined) resources[key] = bytes.value;
  }
  const gpus = parseField('GPU', raw.GPU);
  // This one returns at once, dropping the errors collected so far.
  if (gpus.value === null) return { ok: false, message: `invalid GPU value: ${gpus.text}` };
  if (gpus.value !== undefined) resources.gpus = gpus.value;
  if (errors.length > 0) return { ok: false, message: errors.join('\n') };
  if (resources.cpu < 0) return { ok: false, message: `invalid CPU value: ${sprintf('%f', [float64(resources.cpu)])}` };
  return { ok: true, resources };
}

/**
 * k8sresource v1.2.0 cpuIntFromString: `<int>m` is millicores (strconv.Atoi), anything else a
 * float of cores (strconv.ParseFloat) times 1000, truncated as Go's int() does on amd64.
 */
export function k8sCpuMillicores(s: string): bigint | null {
  if (s.endsWith('m')) return goAtoi(s.slice(0, -1));
  const f = parseGoFloat(s);
  return f.ok ? float64ToInt64(f.value * 1000) : null;
}

/** go-humanize's bytesSizeTable: SI units are powers of 1000, IEC (`…i`, `…ib`) powers of 1024. */
const UNITS: ReadonlyMap<string, bigint> = new Map([
  ['', 1n], ['b', 1n],
  ['k', 10n ** 3n], ['kb', 10n ** 3n], ['ki', 1n << 10n], ['kib', 1n << 10n],
  ['m', 10n ** 6n], ['mb', 10n ** 6n], ['mi', 1n << 20n], ['mib', 1n << 20n],
  ['g', 10n ** 9n], ['gb', 10n ** 9n], ['gi', 1n << 30n], ['gib', 1n << 30n],
  ['t', 10n ** 12n], ['tb', 10n ** 12n], ['ti', 1n << 40n], ['tib', 1n << 40n],
  ['p', 10n ** 15n], ['pb', 10n ** 15n], ['pi', 1n << 50n], ['pib', 1n << 50n],
  ['e', 10n ** 18n], ['eb', 10n ** 18n], ['ei', 1n << 60n], ['eib', 1n << 60n],
]);

export type ParseBytesResult = { ok: true; bytes: bigint } | { ok: false; error: string };

/**
 * go-humanize v1.0.1 ParseBytes: the leading run of digits, dots and commas (commas dropped) is a
 * float, the rest (trimmed, lower-cased) a unit; the product is truncated to whole bytes.
 * Errors are humanize's own texts.
 */
export function humanizeParseBytes(s: string): ParseBytesResult {
  // Go scans runes (unicode.IsDigit: any decimal digit, not only ASCII) but counts them as bytes
  // when it cuts the number off: with a digit outside ASCII the cut lands inside a rune.
  let runes = 0;
  for (const ch of s) {
    if (!/^[\p{Nd}.,]$/u.test(ch)) break;
    runes++;
  }
  const bytes = encodeGoString(s);
  const number = decodeGoString(bytes.subarray(0, runes)).replaceAll(',', '');
  const parsed = parseGoFloat(/[^\x00-\x7f]/.test(number) ? '\u0000' : number);
  if (!parsed.ok) return { ok: false, error: `strconv.ParseFloat: parsing ${quote(number)}: ${parsed.reason}` };
  const unit = goToLower(goTrimSpace(decodeGoString(bytes.subarray(runes))));
  const multiplier = UNITS.get(unit);
  if (multiplier === undefined) return { ok: false, error: `unhandled size name: ${unit}` };
  const product = parsed.value * Number(multiplier);
  if (product >= 2 ** 64) return { ok: false, error: `too large: ${s}` };
  return { ok: true, bytes: BigInt(Math.trunc(product)) };
}
