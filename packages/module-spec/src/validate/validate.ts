// Validation of one module template, with two answers kept apart: does it load in the Lilypad CLI
// with the sample inputs (render + decode exactly as `lilypad run` does), and what goes wrong when
// it runs on a resource provider or with other inputs (findings, by consequence). Every finding
// points at the template line that causes it.
import { TemplateError, type Segment } from '@lilypad-actions/gotemplate';
import { lilypadRenderError } from '../render';
import { discoverInputUses, summarizeUses } from './discover-inputs';
import { InputProber, explainBrokenRender, staticInputFindings } from './input-lints';
import type { DockerfileSource } from './dockerfile-hints';
import { moduleImage, lintModule } from './module-lints';
import { LineIndex } from './positions';
import { DEFAULT_PROBE_LIMITS, ProbeBudget, noProbes, type ProbeLimits } from './probe-budget';
import { RenderSession, templateOffset, type Inputs, type Rendered } from './render-session';
import { RuleSettings } from './rule-settings';
import { RULES, type RuleInfo } from './rules';
import { schemaFindings } from './schema-lints';
import type { Finding, InputInfo, LoadVerdict, Position, ProbeBudgetUse, RuleOverride, Severity, ValidationReport } from './types';

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
  /** Rule settings (.lilypad/validate.yml, --rule, the action's `rules`); the last for a rule wins. */
  rules?: readonly RuleOverride[];
  /** Limits on probe renders (default DEFAULT_PROBE_LIMITS). */
  budget?: ProbeLimits;
  /**
   * The module's Dockerfile, when it has one (the CLI and the action read it next to the template):
   * where it prepares /outputs tells a job that writes files from one whose result is its stdout.
   */
  dockerfile?: DockerfileSource;
}

export const SAMPLE_VALUE = 'lilypad';

/**
 * Validates a module template: `report.loads` (Lilypad's verdict per sample input set),
 * `report.findings` (problems, by consequence), `report.verdict` (both, counted) and
 * `report.valid` (it loads with every input set and has no error). Throws only on a bug or on a
 * rule setting that names no configurable rule (callers check settings where they read them:
 * ruleSettingProblem).
 */
export function validateTemplate(opts: ValidateOptions): ValidationReport {
  const name = opts.name ?? opts.file;
  const lines = new LineIndex(opts.text);
  const settings = new RuleSettings(opts.rules);
  const limits = opts.budget ?? DEFAULT_PROBE_LIMITS;
  const findings = new FindingList(opts.file, lines, settings);

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
    return finish(opts, findings, settings, [], [{ inputs: {}, outcome: 'parse-error', error }], undefined, noProbes(limits));
  }

  const uses = discoverInputUses(session.tmpl);
  const used = summarizeUses(uses);
  const sets = opts.inputSets && opts.inputSets.length > 0 ? opts.inputSets : [Object.fromEntries(used.map((u) => [u.name, SAMPLE_VALUE]))];

  const renders = sets.map((set) => session.render(set));
  for (const r of renders) reportLoadFailure(session, r, findings, name);
  // The module's content is checked on a render that loads: a sample set, or failing that none.
  const sampleBase = renders.find(RenderSession.loads);
  const base = sampleBase ?? [session.render({})].find(RenderSession.loads);

  let image: string | undefined;
  if (base?.decoded?.ok) {
    const tree = base.decoded.tree;
    image = moduleImage(tree);
    const at = (offset: number): Position => lines.position(templateOffset(base.segments, offset) ?? 0);
    for (const f of lintModule(tree, { dockerfile: opts.dockerfile })) {
      findings.add(f.rule, f.message, at(f.at.member ? f.at.member.keyStart : f.at.value.start), { pointer: f.at.pointer });
    }
    for (const f of schemaFindings(tree)) findings.add(f.rule, f.message, at(f.offset), { pointer: f.pointer });
  }

  // Inputs: which are required, and which values break the module, varying one input at a time.
  // Probes run only on a sample input set that loads: a module that breaks whatever the inputs
  // is reported once, by the finding that explains the break, not again as input hazards. With
  // nothing to vary, a guarded input is the best guess at optional (unless the module loads with no
  // inputs at all: then each is optional, whatever breaks the sample sets).
  const inputs: InputInfo[] = used.map((u) => ({ name: u.name, guarded: u.guarded, optional: base ? true : u.guarded, at: lines.position(u.offset) }));
  let budget = noProbes(limits);
  if (sampleBase) {
    const probes = new ProbeBudget(session, limits, sampleBase.output.length);
    const prober = new InputProber(session, sampleBase, SAMPLE_VALUE, probes);
    for (const info of inputs) {
      if (!probeRequired(info, sampleBase, probes, findings)) {
        probes.notProbed.push(info.name);
        continue;
      }
      const breaking = prober.probe(info.name);
      if (breaking === undefined) {
        probes.notProbed.push(info.name);
        continue;
      }
      for (const f of breaking) findings.add(f.rule, f.message, lines.position(f.offset), { inputs: f.inputs, severity: f.severity });
    }
    budget = probes.use();
    if (budget.reached) {
      const shown = budget.inputsNotProbed.slice(0, 10).map((n) => `\`${n}\``).join(', ');
      const more = budget.inputsNotProbed.length > 10 ? ` and ${budget.inputsNotProbed.length - 10} more` : '';
      findings.add(
        RULES.probeBudget,
        `Validation stopped probing inputs after ${budget.renders} renders (${budget.characters} characters; limits ${budget.maxRenders} renders, ${budget.maxCharacters} characters): ${budget.inputsNotProbed.length} of ${inputs.length} inputs were not checked with hostile values or left out: ${shown}${more}.`,
        inputs.find((i) => i.name === budget.inputsNotProbed[0])?.at ?? { line: 1, column: 1 },
      );
    }
    const breakingAt = new Set(findings.items.filter((f) => f.rule !== RULES.inputRequired.id).map((f) => lines.offsetOfPosition(f.start)));
    for (const f of staticInputFindings(session, breakingAt)) findings.add(f.rule, f.message, lines.position(f.offset), { severity: f.severity });
  }

  return finish(opts, findings, settings, inputs, renders.map(RenderSession.verdict), image, budget);
}

/** Render without the input (through the budget); false when the budget allows no probe. */
function probeRequired(info: InputInfo, base: Rendered, probes: ProbeBudget, findings: FindingList): boolean {
  // Checked before the copy of the input set: past the budget, nothing may cost O(inputs).
  if (!probes.allows()) return false;
  if (!(info.name in base.inputs)) return true;
  const without: Record<string, string> = { ...base.inputs };
  delete without[info.name];
  const r = probes.render(without);
  if (!r) return false;
  if (RenderSession.loads(r)) return true;
  info.optional = false;
  const why = RenderSession.verdict(r).error ?? '';
  findings.add(RULES.inputRequired, `Input \`${info.name}\` is required: without it Lilypad fails (${shorten(why)}).`, info.at, { inputs: without });
  return true;
}

/** The finding that says why a sample input set does not load (the quoted input that broke it, if that is why). */
function reportLoadFailure(session: RenderSession, r: Rendered, findings: FindingList, name: string): void {
  if (r.execError) {
    const [line, message, col] = splitGoPosition(r.execError.message, name);
    const pos = line !== undefined && col !== undefined ? findings.lines.position(findings.lines.offsetOfGoPosition(line, col)) : { line: line ?? 1, column: 1 };
    findings.add(RULES.templateExec, message, pos, { inputs: r.inputs });
    return;
  }
  const d = r.decoded;
  if (!d || d.ok) return;
  const quoted = explainBrokenRender(session, r);
  if (quoted && findings.add(quoted.rule, quoted.message, findings.lines.position(quoted.offset), { inputs: r.inputs })) return;
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

/** Findings, deduplicated by rule and place, with the rule settings applied. */
class FindingList {
  readonly items: Finding[] = [];
  private readonly seen = new Set<string>();
  constructor(
    readonly file: string,
    readonly lines: LineIndex,
    private readonly settings: RuleSettings,
  ) {}

  /** Adds a finding unless its rule is off; false when the rule is off. */
  add(rule: RuleInfo, message: string, start: Position, extra: { pointer?: string | undefined; inputs?: Inputs | undefined; severity?: Severity | undefined } = {}): boolean {
    const severity = rule.load ? rule.severity : this.settings.severity(rule, rule.graded ? (extra.severity ?? rule.severity) : rule.severity);
    if (severity === 'off') return false;
    const key = `${rule.id}\u0000${start.line}:${start.column}`;
    if (this.seen.has(key)) return true;
    this.seen.add(key);
    const f: Finding = { rule: rule.id, severity, message, hint: rule.hint, file: this.file, start };
    if (extra.pointer !== undefined) f.pointer = extra.pointer;
    if (extra.inputs !== undefined) f.inputs = extra.inputs;
    this.items.push(f);
    return true;
  }
}

function finish(
  opts: ValidateOptions,
  findings: FindingList,
  settings: RuleSettings,
  inputs: InputInfo[],
  loads: LoadVerdict[],
  image: string | undefined,
  budget: ProbeBudgetUse,
): ValidationReport {
  const list = findings.items.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column || a.rule.localeCompare(b.rule));
  const errors = list.filter((f) => f.severity === 'error').length;
  const warnings = list.filter((f) => f.severity === 'warning').length;
  const loading = loads.filter((l) => l.outcome === 'ok').length;
  const verdict = { loads: loading === loads.length, inputSets: loads.length, inputSetsLoading: loading, errors, warnings };
  const valid = verdict.loads && errors === 0 && !(opts.strict === true && warnings > 0);
  const report: ValidationReport = { file: opts.file, valid, verdict, inputs, loads, findings: list, overrides: settings.applied(), budget };
  if (image !== undefined) report.image = image;
  return report;
}

export type { Segment };
