// What a key Lilypad does not read costs. Go's decoder skips it without a word (format doc §3.5),
// so the question is what the author meant by it:
// - a field Lilypad reads, written in the wrong object (`vram` under machine, `Image` under Spec):
//   the setting is lost — misplaced-key, naming where it belongs;
// - a misspelling of a field of this object (`Entrypiont`, `Enviroment`, `output`), compared
//   case-insensitively and by edit distance, also against the field name's beginning: lost too —
//   key-typo, naming the field;
// - a setting Lilypad does not have at all (`Volumes`, `Ports`, `User`): the job runs without
//   it — unsupported-key;
// - anything else (`Verifier`, `Language`: leftovers of older Bacalhau job specs): it only
//   misleads readers — unknown-key, a warning.
// A key of the first three kinds whose value is empty (`"vram": 0`, `"Volumes": []`) asks for
// nothing, so nothing is lost: no finding at all.
import { foldAsciiName } from '../decode/go-strings';
import type { GoType } from '../decode/go-type';
import { MODULE_TYPE } from '../decode/module-type';
import type { JsonNode } from './json-view';
import { editDistance } from './rule-settings';
import { RULES, type RuleInfo } from './rules';

/** Fields older Bacalhau job specs had, which Lilypad's vendored copy dropped. */
const OLD_BACALHAU_SPEC_FIELDS = new Set(['VERIFIER', 'LANGUAGE', 'CONTEXTS', 'SHARDING', 'EXECUTIONPLAN']);

/** Names people give a field under another name (folded), and the field's JSON name. */
const ALIASES = new Map<string, string>([
  ['ENV', 'EnvironmentVariables'],
  ['ENVS', 'EnvironmentVariables'],
  ['ENVIRONMENT', 'EnvironmentVariables'],
  ['ENVVARS', 'EnvironmentVariables'],
  ['ENVIRONMENTVARIABLE', 'EnvironmentVariables'],
  ['CMD', 'Entrypoint'],
  ['COMMAND', 'Entrypoint'],
  ['ARGS', 'Entrypoint'],
  ['ARGUMENTS', 'Entrypoint'],
  ['WORKDIR', 'WorkingDirectory'],
  ['CWD', 'WorkingDirectory'],
]);

/** Container settings Lilypad has no field for anywhere (folded names). */
const UNSUPPORTED = new Map<string, string>([
  ['VOLUMES', 'no volumes are mounted (only /outputs, and /inputs with inputFiles)'],
  ['VOLUME', 'no volumes are mounted (only /outputs, and /inputs with inputFiles)'],
  ['MOUNTS', 'nothing is mounted (only /outputs, and /inputs with inputFiles)'],
  ['BINDS', 'nothing is mounted (only /outputs, and /inputs with inputFiles)'],
  ['PORTS', 'no ports are published: nothing can connect to the job'],
  ['EXPOSEDPORTS', 'no ports are published: nothing can connect to the job'],
  ['PORTBINDINGS', 'no ports are published: nothing can connect to the job'],
  ['USER', "the container runs as the image's own user"],
  ['PRIVILEGED', 'the container is never privileged'],
  ['DEVICES', 'no devices are passed to the container (GPUs come from Resources.GPU)'],
  ['CAPADD', 'no capabilities are added'],
  ['SHMSIZE', "the container keeps Docker's default 64 MB /dev/shm"],
  ['RUNTIME', "the provider's default runtime is used"],
  ['HOSTCONFIG', 'no Docker host configuration is read'],
]);

export interface UnknownKeyFinding {
  rule: RuleInfo;
  message: string;
}

/**
 * The finding for `key`, unknown in the object at `parentPath` (canonical field names, numbers for
 * array items), whose value is `value`; undefined when it costs nothing.
 */
export function classifyUnknownKey(key: string, parentPath: readonly (string | number)[], value: JsonNode, parent?: JsonNode): UnknownKeyFinding | undefined {
  const where = describePath(parentPath);
  const folded = foldAsciiName(key);
  const shape = parentPath.map((s) => (typeof s === 'number' ? '[]' : s));
  const empty = isEmptyValue(value);

  if (folded !== undefined && OLD_BACALHAU_SPEC_FIELDS.has(folded) && shape.join('.') === 'job.Spec') {
    return { rule: RULES.unknownKey, message: `\`${key}\` is not a field of ${where} (older Bacalhau job specs had it); Lilypad ignores it.` };
  }
  const alias = folded === undefined ? undefined : ALIASES.get(folded);
  const meant = alias ?? key;
  const meantFolded = foldAsciiName(meant);
  const destination = meantFolded === undefined ? undefined : misplacementOf(meantFolded, shape);
  const here = typeAt(parentPath);
  const inThisObject = alias !== undefined && here?.kind === 'struct' && here.fields.some((f) => f.json === alias);

  if (inThisObject) {
    if (empty) return undefined;
    return { rule: RULES.keyTypo, message: `\`${key}\` is not a field of ${where}: Lilypad ignores it. It looks like \`${alias}\`, which is where Lilypad reads this setting.` };
  }
  if (destination) {
    if (empty) return undefined;
    return { rule: RULES.misplacedKey, message: misplacedMessage(key, meant, where, destination, value, parent) };
  }
  const unsupported = folded === undefined ? undefined : UNSUPPORTED.get(folded);
  if (unsupported) {
    if (empty) return undefined;
    return { rule: RULES.unsupportedKey, message: `\`${key}\` is not a setting Lilypad has: it is ignored, and ${unsupported}.` };
  }
  const suggestion = suggestField(key, here);
  if (suggestion) {
    if (empty) return undefined;
    return { rule: RULES.keyTypo, message: `\`${key}\` is not a field of ${where}: Lilypad ignores it and the setting is lost. Did you mean \`${suggestion}\`?` };
  }
  return { rule: RULES.unknownKey, message: `\`${key}\` is not a field of ${where}; Lilypad ignores it.` };
}

function misplacedMessage(key: string, meant: string, where: string, destination: string, value: JsonNode, parent?: JsonNode): string {
  const base = `\`${key}\` is not a field of ${where}: Lilypad reads ${meant === key ? 'it' : `\`${meant}\``} at ${destination} and ignores it here`;
  if (destination === 'machine.gpus[].vram' && value.kind === 'number') {
    // Moving it into machine.gpus would make the solver require a GPU: wrong for a module that asks for none.
    const gpu = parent?.kind === 'object' ? parent.members.findLast((m) => m.key.toLowerCase() === 'gpu')?.value : undefined;
    if (gpu?.kind === 'number' && Number(gpu.text) === 0) {
      return `${base}. The module asks for no GPU (machine.gpu is 0): remove it, or ask for a GPU with machine.gpu and machine.gpus[].vram.`;
    }
    return `${base}, so the solver may give the job a GPU with less than ${value.text} MiB of memory.`;
  }
  if (destination === 'machine.gpus') return `${base}, so the solver does not know the job's GPU needs.`;
  return `${base}.`;
}

/** `0`, `""`, `false`, `null`, `[]`, `{}`: a value that asks for nothing. */
function isEmptyValue(n: JsonNode): boolean {
  switch (n.kind) {
    case 'null':
      return true;
    case 'bool':
      return !n.value;
    case 'number':
      return Number(n.text) === 0;
    case 'string':
      return n.value === '';
    case 'array':
      return n.items.length === 0;
    case 'object':
      return n.members.length === 0;
  }
}

interface FieldPlace {
  /** Folded json name. */
  folded: string;
  /** Path of the struct holding it, with `[]` for slice items. */
  parent: readonly string[];
  display: string;
}

let fieldPlaces: Map<string, FieldPlace[]> | undefined;

/** Every struct field of data.Module with the path of the struct that holds it, by folded name. */
function fieldPlacesNamed(folded: string): readonly FieldPlace[] {
  if (!fieldPlaces) {
    const byName = new Map<string, FieldPlace[]>();
    const visit = (t: GoType, path: string[]): void => {
      if (t.kind === 'pointer') return visit(t.elem, path);
      if (t.kind === 'slice') return visit(t.elem, [...path, '[]']);
      if (t.kind !== 'struct') return;
      for (const f of t.fields) {
        const place = { folded: foldAsciiName(f.json)!, parent: path, display: describeShape([...path, f.json]) };
        byName.set(place.folded, [...(byName.get(place.folded) ?? []), place]);
        visit(f.type, [...path, f.json]);
      }
    };
    visit(MODULE_TYPE, []);
    fieldPlaces = byName;
  }
  return fieldPlaces.get(folded) ?? [];
}

/**
 * Where a key that is unknown at `shape` belongs: the field elsewhere in the module with that name
 * whose place shares the most of `shape` (`vram` under machine → machine.gpus[].vram, a top-level
 * `gpus` → machine.gpus, `Image` under job.Spec → job.Spec.Docker.Image); none when it is a tie.
 */
function misplacementOf(folded: string, shape: readonly string[]): string | undefined {
  let best: FieldPlace[] = [];
  let bestScore = -1;
  for (const place of fieldPlacesNamed(folded)) {
    let score = 0;
    while (score < place.parent.length && score < shape.length && place.parent[score] === shape[score]) score++;
    if (score > bestScore) {
      best = [place];
      bestScore = score;
    } else if (score === bestScore) best.push(place);
  }
  // A tie between the Docker and the Wasm spec goes to Docker: resource providers run only Docker.
  if (best.length > 1) best = best.filter((p) => !p.parent.includes('Wasm'));
  return best.length === 1 ? best[0]!.display : undefined;
}

/** The Go type at a canonical path of the module. */
export function typeAt(path: readonly (string | number)[]): GoType | undefined {
  let t: GoType | undefined = MODULE_TYPE;
  for (const seg of path) {
    if (t?.kind === 'pointer') t = t.elem;
    if (!t) return undefined;
    if (typeof seg === 'number') t = t.kind === 'slice' ? t.elem : undefined;
    else if (t.kind === 'struct') t = t.fields.find((f) => f.json === seg)?.type;
    else if (t.kind === 'map') t = t.elem;
    else return undefined;
  }
  return t?.kind === 'pointer' ? t.elem : t;
}

/**
 * The field of `t` that `key` is a misspelling of, if exactly one is close: within an edit
 * distance of 1 (keys of 3–5 letters) or 2 (longer), ignoring case, of the field's name or of its
 * beginning (`Enviroment` → `EnvironmentVariables`, `output` → `Outputs`).
 */
export function suggestField(key: string, t: GoType | undefined): string | undefined {
  if (t?.kind !== 'struct' || key.length < 3) return undefined;
  const k = key.toLowerCase();
  const limit = k.length >= 6 ? 2 : 1;
  const close = t.fields.filter((f) => {
    const name = f.json.toLowerCase();
    if (editDistance(k, name) <= limit) return true;
    // A misspelt beginning of a long name: compare with the name's prefixes of about k's length.
    if (k.length < 5 || name.length <= k.length) return false;
    for (let n = k.length - 1; n <= k.length + 1; n++) if (editDistance(k, name.slice(0, n)) <= limit) return true;
    return false;
  });
  return close.length === 1 ? close[0]!.json : undefined;
}

/** `job.Spec.Outputs[0]`; the module itself is "the top level". */
export function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the top level';
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
  return out;
}

function describeShape(shape: readonly string[]): string {
  return shape.reduce((out, s) => (s === '[]' ? `${out}[]` : out === '' ? s : `${out}.${s}`), '');
}
