// Rendering a module template the way Lilypad v2.23.0 LoadModule (pkg/module/utils.go) does,
// up to the text it hands to json.Unmarshal:
//
//   tmpl := template.New(name).Funcs(template.FuncMap{"subst": subst})
//   tmpl, err = tmpl.Parse(moduleText)            // "failed to parse template: %w"
//   for k, v := range inputs { bs, _ := json.Marshal(v); newInputs[k] = string(bs) }
//   err := tmpl.Execute(&buf, newInputs)          // "error executing template: %w (inputs=%+v)"

import {
  ExecError,
  GoError,
  T,
  Template,
  TemplateError,
  compareGoStrings,
  encodeGoString,
  goFunc,
  sliceOf,
  sprintf,
  stringMap,
} from '@lilypad-actions/gotemplate';
import { goJSONString, goJSONUnmarshalString } from './go-json';

export interface RenderRequest {
  /** The template text (a Go string; see gotemplate's utf8.ts for bytes that are not UTF-8). */
  text: string;
  /** The template name; Lilypad's is templateName(parseModuleRef(ref)). */
  name: string;
  /** Raw input values, as the `-i` flags give them (not yet JSON-encoded). */
  inputs: Readonly<Record<string, string>>;
}

export type RenderResult =
  | { ok: true; output: string }
  | {
      ok: false;
      phase: 'parse' | 'exec';
      /** Go's error text (err.Error() of the template error), unchanged. */
      message: string;
      /** What Execute had written before the error (exec errors only). */
      output?: string;
    };

/**
 * Lilypad's `subst(format string, jsonEncodedInputs ...string) string`: JSON-decodes every argument
 * and returns fmt.Sprintf(format, decoded...), unescaped. An argument that is not a JSON string
 * makes it panic "subst: invalid input" (JSON `null` decodes to "", as json.Unmarshal leaves the
 * string untouched).
 */
export const subst = goFunc(
  [T.string, sliceOf(T.string)],
  [T.string],
  (format, ...args) => {
    const decoded = args.map((a) => {
      const s = goJSONUnmarshalString(a as string);
      if (s === undefined) throw new GoError('subst: invalid input');
      return s;
    });
    return sprintf(format as string, decoded);
  },
  true,
);

/**
 * The inputs as the template sees them: every value replaced by its json.Marshal encoding.
 * `cache` (raw value → encoding) saves re-encoding values a caller renders many times.
 */
export function encodeInputs(inputs: Readonly<Record<string, string>>, cache?: Map<string, string>): Record<string, string> {
  // No prototype, so that an input named `__proto__` is an ordinary key (and plain assignment,
  // unlike defineProperty, keeps a thousand-input object cheap to build).
  const out: Record<string, string> = Object.create(null);
  for (const k of Object.keys(inputs)) {
    const v = inputs[k]!;
    let encoded = cache?.get(v);
    if (encoded === undefined) {
      encoded = goJSONString(v);
      cache?.set(v, encoded);
    }
    out[k] = encoded;
  }
  return out;
}

/** Parse and execute a module template as Lilypad's LoadModule does, before JSON decoding. */
export function renderLilypad({ text, name, inputs }: RenderRequest): RenderResult {
  let tmpl: Template;
  try {
    tmpl = new Template(name).funcs({ subst }).parse(text);
  } catch (e) {
    if (e instanceof TemplateError) return { ok: false, phase: 'parse', message: e.message };
    throw e;
  }
  try {
    return { ok: true, output: tmpl.execute(stringMap(encodeInputs(inputs))) };
  } catch (e) {
    if (e instanceof ExecError) return { ok: false, phase: 'exec', message: e.message, output: e.output };
    if (e instanceof TemplateError) return { ok: false, phase: 'exec', message: e.message };
    throw e;
  }
}

/** The bytes Go would have in its buffer for a rendered string. */
export function renderedBytes(output: string): Uint8Array {
  return encodeGoString(output);
}

/**
 * The error LoadModule returns for a failed render, as `lilypad run` shows it (after
 * `error loading module: `): `failed to parse template: …` or
 * `error executing template: … (inputs=map[k:"v" …])` with the JSON-encoded inputs.
 */
export function lilypadRenderError(result: Extract<RenderResult, { ok: false }>, inputs: Readonly<Record<string, string>>): string {
  if (result.phase === 'parse') return `failed to parse template: ${result.message}`;
  const encoded = encodeInputs(inputs);
  const shown = Object.keys(encoded)
    .sort(compareGoStrings)
    .map((k) => `${k}:${encoded[k]}`)
    .join(' ');
  return `error executing template: ${result.message} (inputs=map[${shown}])`;
}
