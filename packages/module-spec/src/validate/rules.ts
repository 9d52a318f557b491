// Every rule the validator can report: its id, default severity, a title, and the fix hint shown
// with each finding. docs/rules/<id>.md holds each rule's one-paragraph explanation; a test keeps the
// two in step. Severities follow what breaks: `error` when Lilypad cannot load or a resource provider
// cannot run the module as written, `warning` when it runs but not as the author likely meant.
import type { Severity } from './types';

export interface RuleInfo {
  id: string;
  severity: Severity;
  title: string;
  hint: string;
}

function rule(id: string, severity: Severity, title: string, hint: string): RuleInfo {
  return { id, severity, title, hint };
}

export const RULES = {
  // Does it load in the Lilypad CLI at all?
  templateParse: rule('template-parse', 'error', 'The template does not parse', 'Fix the template syntax at the position shown; Lilypad uses Go text/template.'),
  unsupportedFunction: rule('unsupported-function', 'error', 'The template calls a function Lilypad does not provide', 'Lilypad registers only Go\'s builtins and `subst`; there is no sprig (`default`, `quote`…). Use `{{ if .X }}…{{ else }}…{{ end }}` for defaults.'),
  templateExec: rule('template-exec', 'error', 'The template fails while rendering', 'The action at this position fails with these inputs; guard it with `{{ if .X }}` or give the input.'),
  jsonSyntax: rule('json-syntax', 'error', 'The rendered module is not valid JSON', 'Lilypad decodes the rendered text with encoding/json: no trailing commas, no comments, strings in double quotes.'),
  jsonType: rule('json-type', 'error', 'A value has a type Lilypad cannot decode', 'Use the type Lilypad\'s Go struct has for this field (see the module format reference).'),
  // The shape of the module (stricter than the CLI).
  unknownKey: rule('unknown-key', 'error', 'A key Lilypad does not know (it is silently ignored)', 'Remove the key or move it where it belongs; Lilypad ignores unknown keys without a word.'),
  keyCase: rule('key-case', 'warning', 'A key matches a field only when case is ignored', 'Spell the key as Lilypad does; Go matches it case-insensitively, other tools will not.'),
  misplacedKey: rule('misplaced-key', 'error', 'A key in the wrong place (ignored by Lilypad)', 'Move the key to where Lilypad reads it.'),
  duplicateKey: rule('duplicate-key', 'warning', 'A key is given twice in one object', 'Keep one of them: Lilypad\'s decoder silently keeps the last value (and merges objects), so the other is dead text.'),
  schemaType: rule('schema', 'error', 'A value outside what the module format allows', 'Change the value to the documented type and range.'),
  // What runs on the resource provider.
  imageMissing: rule('image-missing', 'error', 'The job names no Docker image', 'Set job.Spec.Docker.Image: resource providers only run Docker images.'),
  imageMalformed: rule('image-malformed', 'error', 'The Docker image reference is malformed', 'Write it as [registry/]repository[:tag][@sha256:<64 hex digits>].'),
  imageNotPinned: rule('image-not-pinned', 'warning', 'The Docker image is not pinned by digest', 'Append @sha256:<digest> so every resource provider runs the same image (docker buildx imagetools inspect shows it).'),
  engineNotDocker: rule('engine-not-docker', 'warning', 'The job does not use the Docker engine', 'Resource providers run every job with Docker since Lilypad v2.11; set Engine to "Docker" and use Docker.Image.'),
  gpuMismatch: rule('gpu-mismatch', 'error', 'Resources.GPU and machine.gpu disagree', 'Make job.Spec.Resources.GPU the same count as machine.gpu.'),
  gpuWithoutVram: rule('gpu-without-vram', 'warning', 'A GPU is requested without a VRAM minimum', 'Add machine.gpus: [{"vram": <MiB>}] so the module is matched to a GPU with enough memory.'),
  networkNotNone: rule('network-not-none', 'warning', 'The job asks for network access', 'Use Network.Type "None" unless the module needs the network; many resource providers refuse networked jobs.'),
  noOutputs: rule('no-outputs', 'warning', 'The job declares no /outputs output', 'Add {"Name": "outputs", "Path": "/outputs"} to Spec.Outputs; only files written there come back to the user.'),
  timeoutMissing: rule('timeout-missing', 'warning', 'The job has no timeout', 'Set Spec.Timeout (seconds); the solver otherwise applies its 900 s execution default.'),
  timeoutOverCap: rule('timeout-over-cap', 'error', 'The timeout exceeds the network\'s 7200 s cap', 'Lilypad ends every job after 7200 s in total; set a timeout at or below it.'),
  memoryUnitless: rule('memory-unitless', 'warning', 'Resources.Memory has no unit', 'Write the unit, e.g. "8Gb" or "8000Mb"; a bare number may be read as bytes.'),
  droppedField: rule('dropped-field', 'warning', 'A field the current resource provider drops', 'Resource providers since Lilypad v2.11 run only Image, Entrypoint and EnvironmentVariables; move this into the image or the entrypoint.'),
  inputFilesDuplicate: rule('input-files-duplicate', 'error', 'A file is listed twice in inputFiles', 'List every file once, in required or in optional: Lilypad rejects duplicates before the job starts.'),
  // Inputs.
  inputRequired: rule('input-required', 'warning', 'The module fails to load without this input', 'Give the input a default with {{ if .X }}{{ .X }}{{ else }}"default"{{ end }}, or document it as required.'),
  inputEmptyBreaks: rule('input-empty-breaks', 'error', 'An empty value for this input breaks the module', 'Guard the input, or emit it as a whole JSON value: {{ .X }} is already a quoted JSON string.'),
  inputInjection: rule('input-injection', 'error', 'Some input values break the rendered JSON', 'Emit the input as a whole JSON value ({{ .X }}, no quotes around it); inputs are JSON-encoded before rendering.'),
  quotedRawInput: rule('quoted-raw-input', 'error', 'An input is wrapped in quotes it already has', 'Inputs reach the template JSON-encoded with their own quotes: write {{ .X }}, not "{{ .X }}".'),
  jsInJson: rule('js-in-json', 'warning', '`js` escaping inside a JSON string', '`js` escapes an already JSON-encoded value: the container sees literal quotes, and an apostrophe becomes \\\' which is invalid JSON.'),
  substUnescaped: rule('subst-unescaped', 'warning', '`subst` output is not JSON-escaped', 'subst returns the raw value: a quote or backslash in the input breaks the JSON. Put the whole variable in the input instead, or accept only safe values.'),
} as const satisfies Record<string, RuleInfo>;

export type RuleKey = keyof typeof RULES;

export const ALL_RULES: readonly RuleInfo[] = Object.values(RULES);
