// Validation of one module template: does it load in the Lilypad CLI with the sample inputs, and
// what would go wrong on a resource provider or with other inputs. Every finding points at the
// template line that causes it.
import { TemplateError, type Segment } from '@lilypad-actions/gotemplate';
import { lilypadRenderError } from '../render';
import { discoverInputUses, summarizeUses } from './discover-inputs';
import { adversarialFindings, explainBrokenRender, staticInputFindings } from './input-lints';
import { moduleImage, lintModule } from './module-lints';
import { LineIndex } from './positions';
import { RenderSession, templateOffset, type Inputs, type Rendered } from './render-session';
import { RULES, type RuleInfo } from './rules';
import { schemaFindings } from './schema-lints';
import type { Finding, InputInfo, LoadVerdict, Position, ValidationReport } from './types';

export interface ValidateOptions {
  /** The template file, as it should appear in findings. */
  file: string;
  text: string;
  /** The name Go's messages carry; Lilypad's is `<repo>-<path>-<ref>`. Default: `file`. */
  name?: string;
  /** Sample input sets; default one set with every discovered input set to SAMPLE_VALUE. */
  inputSets?: readonly Inputs[];
  /** Warnings make the module invalid too. */
  strict?: boolean;
}

export const SAMPLE_VALUE = 'lilypad';

export function validateTemplate(opts: ValidateOptions): ValidationReport {
  const name = opts.name ?? opts.file;
  const lines = new LineIndex(opts.text);
  const findings = new FindingList(opts.file, lines);

  let session: RenderSession;
  try {
    session = RenderSession.parse(name, opts.text);
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    const [line, message] = splitGoPosition(e.message, name);
    const undefinedFn = /^function "([^"]+)" not defined$/.exec(message);
    const rule = undefinedFn ? RULES.unsupportedFunction : RULES.templateParse;
    findings.add(rule, message, { line: line ?? 1, column: 1 });
    const error = lilypadRenderError({ ok: false, phase: 'parse', message: e.message }, {});
    return finish(opts, findings, [], [{ inputs: {}, outcome: 'parse-error', error }], undefined);
  }

  const uses = discoverInputUses(session.tmpl);
  const used = summarizeUses(uses);
  const sets = opts.inputSets && opts.inputSets.length > 0 ? opts.inputSets : [Object.fromEntries(used.map((u) => [u.name, SAMPLE_VALUE]))];

  const renders = sets.map((set) => session.render(set));
  for (const r of renders) {
    reportLoadFailure(r, findings, name);
    const quoted = explainBrokenRender(session, r);
    if (quoted) findings.add(quoted.rule, quoted.message, lines.position(quoted.offset), { inputs: r.inputs });
  }
  // The module's content is checked on a render that loads: a sample set, or failing that none.
  const base = renders.find(RenderSession.loads) ?? [session.render({})].find(RenderSession.loads);

  let image: string | undefined;
  if (base?.decoded?.ok) {
    const tree = base.decoded.tree;
    image = moduleImage(tree);
    const at = (offset: number): Position => lines.position(templateOffset(base.segments, offset) ?? 0);
    for (const f of lintModule(tree)) {
      findings.add(f.rule, f.message, at(f.at.member ? f.at.member.keyStart : f.at.value.start), { pointer: f.at.pointer });
    }
    for (const f of schemaFindings(tree)) findings.add(f.rule, f.message, at(f.offset), { pointer: f.pointer });
  }

  // Inputs: which are required, and which values break the module, varying one input at a time.
  // With no render that loads there is nothing to vary; a guarded input is the best guess at optional.
  const inputs: InputInfo[] = used.map((u) => ({ name: u.name, guarded: u.guarded, optional: base ? true : u.guarded, at: lines.position(u.offset) }));
  if (base) {
    for (const info of inputs) {
      const without: Record<string, string> = { ...base.inputs };
      delete without[info.name];
      const r = info.name in base.inputs ? session.render(without) : base;
      if (RenderSession.loads(r)) continue;
      info.optional = false;
      const why = RenderSession.verdict(r).error ?? '';
      findings.add(RULES.inputRequired, `Input \`${info.name}\` is required: without it Lilypad fails (${shorten(why)}).`, info.at, { inputs: without });
    }
    const breaking = adversarialFindings(session, base, used, SAMPLE_VALUE);
    for (const f of breaking) findings.add(f.rule, f.message, lines.position(f.offset), { inputs: f.inputs });
  }
  const breakingAt = new Set(findings.items.filter((f) => f.severity === 'error').map((f) => lines.offsetOfPosition(f.start)));
  for (const f of staticInputFindings(session, breakingAt)) findings.add(f.rule, f.message, lines.position(f.offset));

  return finish(opts, findings, inputs, renders.map(RenderSession.verdict), image);
}

function reportLoadFailure(r: Rendered, findings: FindingList, name: string): void {
  if (r.execError) {
    const [line, message, col] = splitGoPosition(r.execError.message, name);
    const pos = line !== undefined && col !== undefined ? findings.lines.position(findings.lines.offsetOfGoPosition(line, col)) : { line: line ?? 1, column: 1 };
    findings.add(RULES.templateExec, message, pos, { inputs: r.inputs });
    return;
  }
  const d = r.decoded;
  if (!d || d.ok) return;
  const rule = d.kind === 'syntax' ? RULES.jsonSyntax : RULES.jsonType;
  const pos = findings.lines.position(templateOffset(r.segments, d.index) ?? 0);
  const pointer = d.kind === 'type' && d.path ? pathToPointer(d.path) : undefined;
  findings.add(rule, `The rendered module does not decode: ${d.message}.`, pos, { inputs: r.inputs, pointer });
}

/** The decoder's field path (`job.Spec.Inputs[0].StorageSource`) as a JSON pointer. */
export function pathToPointer(path: string): string {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter((p): p is string => p !== undefined && p !== '')
    .map((p) => `/${p.replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}

/** Split Go's `template: NAME:LINE[:COL]: message` into its parts. */
export function splitGoPosition(message: string, name: string): [line: number | undefined, rest: string, col: number | undefined] {
  const prefix = `template: ${name}:`;
  if (!message.startsWith(prefix)) return [undefined, message, undefined];
  const m = /^(\d+)(?::(\d+))?: /.exec(message.slice(prefix.length));
  if (!m) return [undefined, message, undefined];
  return [Number(m[1]), message.slice(prefix.length + m[0].length), m[2] === undefined ? undefined : Number(m[2])];
}

function shorten(s: string, max = 200): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Findings, deduplicated by rule and place. */
class FindingList {
  readonly items: Finding[] = [];
  private readonly seen = new Set<string>();
  constructor(
    readonly file: string,
    readonly lines: LineIndex,
  ) {}
  add(rule: RuleInfo, message: string, start: Position, extra: { pointer?: string | undefined; inputs?: Inputs } = {}): void {
    const key = `${rule.id}\u0000${start.line}:${start.column}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const f: Finding = { rule: rule.id, severity: rule.severity, message, hint: rule.hint, file: this.file, start };
    if (extra.pointer !== undefined) f.pointer = extra.pointer;
    if (extra.inputs !== undefined) f.inputs = extra.inputs;
    this.items.push(f);
  }
}

function finish(opts: ValidateOptions, findings: FindingList, inputs: InputInfo[], loads: LoadVerdict[], image: string | undefined): ValidationReport {
  const list = findings.items.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column || a.rule.localeCompare(b.rule));
  const failing = list.some((f) => f.severity === 'error' || (opts.strict === true && f.severity === 'warning'));
  const report: ValidationReport = { file: opts.file, valid: !failing, inputs, loads, findings: list };
  if (image !== undefined) report.image = image;
  return report;
}

export type { Segment };
