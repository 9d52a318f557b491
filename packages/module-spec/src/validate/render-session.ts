// One parsed module template, rendered and decoded as many times as validation needs (sample
// inputs, each input left out, adversarial values): parsing once keeps that cheap.
import { ExecError, Template, TemplateError, type Segment, type ast } from '@lilypad-actions/gotemplate';
import { decodeModule, type DecodeResult } from '../decode';
import { encodeInputs, lilypadRenderError, subst } from '../render';
import { stringMap } from '@lilypad-actions/gotemplate';
import type { LoadVerdict } from './types';

export type Inputs = Readonly<Record<string, string>>;

export interface Rendered {
  inputs: Inputs;
  /** The rendered text (partial on an exec error). */
  output: string;
  segments: Segment[];
  execError?: ExecError;
  decoded?: DecodeResult;
}

/** Bounds for one render during validation: Lilypad has none, but a validator must not hang. */
const RENDER_LIMITS = { maxSteps: 5_000_000, maxOutput: 64 * 1024 * 1024 };

export class RenderSession {
  /** Input values already JSON-encoded: the same few values recur in every render. */
  private readonly encoded = new Map<string, string>();

  private constructor(
    readonly tmpl: Template,
    readonly name: string,
  ) {}

  /** Parse as Lilypad does; a parse error is thrown (TemplateError). */
  static parse(name: string, text: string): RenderSession {
    return new RenderSession(new Template(name).funcs({ subst }).parse(text), name);
  }

  render(inputs: Inputs): Rendered {
    const segments: Segment[] = [];
    try {
      const { output } = this.tmpl.executeWithSourceMap(stringMap(encodeInputs(inputs, this.encoded)), segments, RENDER_LIMITS);
      return { inputs, output, segments, decoded: decodeModule(output) };
    } catch (e) {
      if (e instanceof ExecError) return { inputs, output: e.output, segments, execError: e };
      throw e;
    }
  }

  /** What `lilypad run` would make of this render. */
  static verdict(r: Rendered): LoadVerdict {
    if (r.execError) {
      return { inputs: r.inputs, outcome: 'exec-error', error: lilypadRenderError({ ok: false, phase: 'exec', message: r.execError.message }, r.inputs) };
    }
    if (r.decoded && !r.decoded.ok) {
      return { inputs: r.inputs, outcome: 'json-error', error: `error unmarshalling resulting JSON: ${r.decoded.message}` };
    }
    return { inputs: r.inputs, outcome: 'ok' };
  }

  static loads(r: Rendered): boolean {
    return !r.execError && r.decoded?.ok === true;
  }
}

/** The node that wrote output offset `offset` (the last segment starting at or before it). */
export function segmentAt(segments: readonly Segment[], offset: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  let found: Segment | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= offset) {
      found = segments[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Map an output offset to a template offset: exact inside literal text, the action's start otherwise. */
export function templateOffset(segments: readonly Segment[], offset: number): number | undefined {
  const seg = segmentAt(segments, offset);
  if (!seg) return undefined;
  if (seg.node.type === 'text') return seg.node.pos + Math.min(offset - seg.start, seg.end - seg.start);
  return actionStart(seg.node);
}

/** Where an action begins in the template: its `{{`, found by scanning back from its pipeline. */
export function actionStart(node: ast.ActionNode): number {
  const text = node.tree.text;
  const at = text.lastIndexOf('{{', node.pos);
  return at >= 0 ? at : node.pos;
}

export { TemplateError };
