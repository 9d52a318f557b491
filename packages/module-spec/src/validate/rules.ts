// Every rule the validator can report: its id, default severity, a title, and the fix hint shown
// with each finding. docs/rules/<id>.md holds each rule's explanation and the reason for its
// severity; a test keeps the two in step.
//
// Severity follows the consequence on Lilypad (v2.23.0, with the Bacalhau v1.6.0 its resource
// providers run):
// - `error`: the module does not load, or it loads but its job cannot run or loses its data
//   (an image that cannot be pulled as written, an entrypoint that cannot start, a container
//   without the GPU the job was matched for, data the provider never delivers, results that never
//   come back, a hardware need Lilypad does not read, a timeout over the network's cap), or a
//   value users will type into an input breaks it;
// - `warning`: it runs, but not quite as the author probably thinks;
// - nothing at all for what has no effect (`machine.vram: 0`, `/outputs/` with its slash, no
//   Outputs for a job whose result is its stdout): such cases are not findings.
import { SOLVER_DEFAULT_EXECUTION_SECONDS } from '../lilypad-defaults';
import type { Severity } from './types';

export interface RuleInfo {
  id: string;
  /** The severity of its findings unless a setting changes it (graded rules: the highest). */
  severity: Severity;
  title: string;
  hint: string;
  /** Its findings say why Lilypad does not load the module: no setting changes or hides them. */
  load?: true;
  /** Its findings are `error` or `warning` by case (an input users type, or one they do not). */
  graded?: true;
}

function rule(id: string, severity: Severity, title: string, hint: string, extra: { load?: true; graded?: true } = {}): RuleInfo {
  return { id, severity, title, hint, ...extra };
}

const load = { load: true } as const;
const graded = { graded: true } as const;

export const RULES = {
  // Does it load in the Lilypad CLI at all?
  templateParse: rule('template-parse', 'error', 'The template does not parse', 'Fix the template syntax at the position shown; Lilypad uses Go text/template.', load),
  unsupportedFunction: rule('unsupported-function', 'error', 'The template calls a function Lilypad does not provide', 'Lilypad registers only Go\'s builtins and `subst`; there is no sprig (`default`, `quote`…). Use `{{ if .X }}…{{ else }}…{{ end }}` for defaults.', load),
  templateExec: rule('template-exec', 'error', 'The template fails while rendering', 'The action at this position fails with these inputs; guard it with `{{ if .X }}` or give the input.', load),
  jsonSyntax: rule('json-syntax', 'error', 'The rendered module is not valid JSON', 'Lilypad decodes the rendered text with encoding/json: no trailing commas, no comments, strings in double quotes.', load),
  jsonType: rule('json-type', 'error', 'A value has a type Lilypad cannot decode', 'Use the type Lilypad\'s Go struct has for this field (see the module format reference).', load),
  // Keys: Lilypad ignores what it does not know; what that costs depends on the key.
  unknownKey: rule('unknown-key', 'warning', 'A key Lilypad does not read (it is ignored)', 'Remove the key: Lilypad ignores it without a word, so it only misleads readers.'),
  keyTypo: rule('key-typo', 'error', 'A misspelt key: the setting it carries is ignored', 'Spell the key as the field it was meant to be; Lilypad ignores the misspelt one and the setting is lost.'),
  unsupportedKey: rule('unsupported-key', 'error', 'A key asks for something Lilypad never does', 'Lilypad has no such setting (no volumes, ports, users or devices): build what the job needs into the image, and pass files with inputFiles.'),
  misplacedKey: rule('misplaced-key', 'error', 'A key in the wrong place (ignored by Lilypad)', 'Move the key to where Lilypad reads it.'),
  keyCase: rule('key-case', 'warning', 'A key matches a field only when case is ignored', 'Spell the key as Lilypad does; Go matches it case-insensitively, other tools will not.'),
  duplicateKey: rule('duplicate-key', 'warning', 'A key is given twice in one object', 'Keep one of them: Lilypad\'s decoder silently keeps the last value (and merges objects), so the other is dead text.'),
  schemaType: rule('schema', 'error', 'A value outside what the module format allows', 'Change the value to the documented type and range.'),
  // The image: what the resource provider pulls.
  imageMissing: rule('image-missing', 'error', 'The job names no Docker image', 'Set job.Spec.Docker.Image: resource providers only run Docker images, and read no other place for one.'),
  imageMalformed: rule('image-malformed', 'error', 'The Docker image reference is malformed', 'Write it as [registry/]repository[:tag][@sha256:<64 hex digits>].'),
  imageHost: rule('image-host', 'error', 'The image names a host that is not a Docker registry', 'Name the image as `docker pull` takes it: `user/image:tag` for Docker Hub (not hub.docker.com/…), or the registry\'s own host (ghcr.io, quay.io…).'),
  imageNotPinned: rule('image-not-pinned', 'warning', 'The Docker image is not pinned by digest', 'Append @sha256:<digest> so every resource provider runs the same image (docker buildx imagetools inspect shows it).'),
  // The container: what the resource provider starts.
  entrypointSpaces: rule('entrypoint-spaces', 'error', 'The entrypoint\'s program name contains spaces', 'Entrypoint is a list of words, not a shell line: ["node", "entrypoint.js"], or ["sh", "-c", "…"] for a shell.'),
  parametersDropped: rule('parameters-dropped', 'error', 'Docker.Parameters is dropped: the command runs without its arguments', 'Resource providers since Lilypad v2.11 run only Image, Entrypoint and EnvironmentVariables: put the arguments in Entrypoint.'),
  inputsDropped: rule('inputs-dropped', 'error', 'Spec.Inputs is dropped: the job never gets this data', 'Resource providers since Lilypad v2.11 download no Spec.Inputs: pass files with inputFiles, bake the data into the image, or fetch it in the entrypoint.'),
  droppedField: rule('dropped-field', 'warning', 'A setting the resource provider drops', 'Resource providers since Lilypad v2.11 run only Image, Entrypoint and EnvironmentVariables of the job, with its resources, network, timeout and outputs; move this into the image or the entrypoint, or remove it.'),
  engineNotDocker: rule('engine-not-docker', 'warning', 'The job does not name the Docker engine', 'Resource providers run every job with Docker since Lilypad v2.11; set Engine to "Docker" and use Docker.Image.'),
  // Resources: what the solver matches and what the container gets.
  resourcesInvalid: rule('resources-invalid', 'error', 'A resource value the resource provider cannot read', 'Write CPU as cores ("8", "0.5") or milli-cores ("500m"), Memory and Disk with a unit ("16Gb", "512Mb"), GPU as a whole number ("1").'),
  memoryTooSmall: rule('memory-too-small', 'error', 'Resources.Memory is too small for any container', 'Write the unit: "8Gb", "8000Mb"; a bare number is bytes.'),
  gpuMismatch: rule('gpu-mismatch', 'error', 'Resources.GPU and machine.gpu disagree', 'Make job.Spec.Resources.GPU the same count as machine.gpu.'),
  gpuWithoutVram: rule('gpu-without-vram', 'warning', 'A GPU is requested without a VRAM minimum', 'Add machine.gpus: [{"vram": <MiB>}] so the module is matched to a GPU with enough memory.'),
  networkNotNone: rule('network-not-none', 'warning', 'The job asks for network access', 'Use Network.Type "None" unless the module needs the network; many resource providers refuse networked jobs.'),
  // Results and time.
  outputsPath: rule('outputs-path', 'error', 'Results are collected from somewhere other than /outputs', 'Collect /outputs: {"Name": "outputs", "Path": "/outputs"}, and have the program write its results there.'),
  noOutputs: rule('no-outputs', 'error', 'The job writes to /outputs but nothing collects it', 'Add {"Name": "outputs", "Path": "/outputs"} to Spec.Outputs; only files written there come back to the user.'),
  timeoutMissing: rule('timeout-missing', 'warning', 'The job has no timeout', `Set Spec.Timeout (seconds); the solver otherwise applies its ${SOLVER_DEFAULT_EXECUTION_SECONDS} s execution default.`),
  timeoutOverCap: rule('timeout-over-cap', 'error', 'The timeout exceeds the network\'s 7200 s cap', 'Lilypad ends every job after 7200 s in total; set a timeout at or below it.'),
  inputFilesDuplicate: rule('input-files-duplicate', 'error', 'A file is listed twice in inputFiles', 'List every file once, in required or in optional: Lilypad rejects duplicates before the job starts.'),
  // Inputs.
  inputRequired: rule('input-required', 'warning', 'The module fails to load without this input', 'Give the input a default with {{ if .X }}{{ .X }}{{ else }}"default"{{ end }}, or document it as required.'),
  inputEmptyBreaks: rule('input-empty-breaks', 'error', 'An empty value for this input breaks the module', 'Guard the input, or emit it as a whole JSON value: {{ .X }} is already a quoted JSON string.', graded),
  inputInjection: rule('input-injection', 'error', 'Some input values break the rendered JSON', 'Emit the input as a whole JSON value ({{ .X }}, no quotes around it); inputs are JSON-encoded before rendering.', graded),
  quotedRawInput: rule('quoted-raw-input', 'error', 'An input is wrapped in quotes it already has', 'Inputs reach the template JSON-encoded with their own quotes: write {{ .X }}, not "{{ .X }}".'),
  jsInJson: rule('js-in-json', 'error', '`js` escaping inside a JSON string', '`js` escapes an already JSON-encoded value: the container sees literal quotes, and an apostrophe becomes \\\' which is invalid JSON.', graded),
  substUnescaped: rule('subst-unescaped', 'error', '`subst` output is not JSON-escaped', 'subst returns the raw value: a quote or backslash in the input breaks the JSON. Put the whole variable in the input instead, or accept only safe values.', graded),
  // The validation itself.
  probeBudget: rule('probe-budget', 'info', 'Validation stopped probing inputs at its budget', 'The template reads so many inputs that probing every one would take too long; the inputs named were not checked with hostile values.'),
} as const satisfies Record<string, RuleInfo>;

export type RuleKey = keyof typeof RULES;

export const ALL_RULES: readonly RuleInfo[] = Object.values(RULES);

const BY_ID = new Map<string, RuleInfo>(ALL_RULES.map((r) => [r.id, r]));

/** The rule with this id, if there is one. */
export function ruleById(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}
