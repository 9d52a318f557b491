// Runs differential cases through the TypeScript engine and compares each with Go's result.
//
// Identical means: the same outcome (ok / parse error / exec error / panic), the same error text
// byte for byte, and the same output bytes (on exec errors, the same partial output). The engine
// keeps Go strings as JS strings with non-UTF-8 bytes escaped (gotemplate's utf8.ts), so its
// output is turned into bytes with encodeGoString, never compared as text.
import { Template, TemplateError, encodeGoString, fromJSON, stringMap } from '@lilypad-actions/gotemplate';
import { renderLilypad } from '@lilypad-actions/module-spec';
import { oracleOutput, type OracleCase, type OracleResult } from '../support/oracle';
import { testFuncs } from '../support/test-funcs';

type OutcomeKind = 'ok' | 'parse-error' | 'exec-error' | 'panic' | 'timeout' | 'oracle-output-cap';

/** What one engine did with a case, as bytes. */
export interface Outcome {
  kind: OutcomeKind;
  /** Error text (parse/exec errors), or the panic/throw text. */
  message?: Uint8Array;
  output: Uint8Array;
}

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');
const text = (b: Uint8Array | undefined): string => (b === undefined ? '' : Buffer.from(b).toString('utf8'));

/** Go's outcome for a case. */
export function goOutcome(r: OracleResult): Outcome {
  const output = oracleOutput(r);
  const exact = r.errorBase64 !== undefined ? Buffer.from(r.errorBase64, 'base64') : undefined;
  if (r.timeout) return { kind: 'timeout', output };
  // The case wrote more than the oracle keeps (1 MiB): too big to compare (a generator bug).
  if (r.truncated) return { kind: 'oracle-output-cap', output };
  if (r.panic !== undefined) return { kind: 'panic', message: utf8(r.panic), output };
  if (r.parseError !== undefined) return { kind: 'parse-error', message: exact ?? utf8(r.parseError), output };
  if (r.execError !== undefined) return { kind: 'exec-error', message: exact ?? utf8(r.execError), output };
  return { kind: 'ok', output };
}

function thrown(e: unknown, phase: 'parse-error' | 'exec-error'): Outcome {
  if (e instanceof TemplateError) {
    const partial = phase === 'exec-error' ? ((e as TemplateError & { output?: string }).output ?? '') : '';
    return { kind: phase, message: encodeGoString(e.message), output: encodeGoString(partial) };
  }
  // Anything else escaped the engine: a JS bug (TypeError, stack overflow) or a Go-style panic.
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { kind: 'panic', message: utf8(msg), output: new Uint8Array() };
}

/** The TypeScript engine's outcome for an engine-mode case (Go: New(name).Funcs(testFuncs).Option(...).Parse). */
export function tsEngineOutcome(c: OracleCase): Outcome {
  let t: Template;
  try {
    t = new Template(c.name).funcs(testFuncs);
    for (const o of c.options ?? []) t = t.option(o);
    t = t.parse(c.template);
  } catch (e) {
    return thrown(e, 'parse-error');
  }
  try {
    const data =
      c.dataKind === 'stringmap' ? stringMap((c.data ?? {}) as Record<string, string>) : fromJSON(c.data ?? null);
    const out = c.exec !== undefined ? t.executeTemplate(c.exec, data) : t.execute(data);
    return { kind: 'ok', output: encodeGoString(out) };
  } catch (e) {
    return thrown(e, 'exec-error');
  }
}

/** The TypeScript Lilypad render's outcome for a lilypad-mode case. */
export function tsLilypadOutcome(c: OracleCase): Outcome {
  try {
    const r = renderLilypad({ text: c.template, name: c.name, inputs: c.inputs ?? {} });
    if (r.ok) return { kind: 'ok', output: encodeGoString(r.output) };
    return {
      kind: r.phase === 'parse' ? 'parse-error' : 'exec-error',
      message: encodeGoString(r.message),
      output: encodeGoString(r.output ?? ''),
    };
  } catch (e) {
    return thrown(e, 'exec-error');
  }
}

/**
 * The one place where a documented, unavoidable difference between Go's and the engine's error
 * text would be normalised before comparing. There is none today: messages must be identical.
 * Any rule added here must be listed in KNOWN_DIFFERENCES (printed with every run).
 */
export function normaliseKnownDifferences(message: Uint8Array): Uint8Array {
  return message;
}
export const KNOWN_DIFFERENCES: readonly string[] = [];

const sameBytes = (a: Uint8Array | undefined, b: Uint8Array | undefined): boolean =>
  a === undefined || b === undefined ? a === b : Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

/** Why two outcomes differ, or undefined when they are identical. */
export function difference(go: Outcome, ts: Outcome): string | undefined {
  if (go.kind !== ts.kind) return `outcome: Go ${go.kind}, TS ${ts.kind}`;
  // Only error texts are compared: a Go runtime panic's text is Go's own, not the template's.
  if (go.kind === 'parse-error' || go.kind === 'exec-error') {
    const gm = go.message && normaliseKnownDifferences(go.message);
    const tm = ts.message && normaliseKnownDifferences(ts.message);
    if (!sameBytes(gm, tm)) return 'error message';
  }
  if (!sameBytes(go.output, ts.output)) return go.kind === 'exec-error' ? 'partial output' : 'output';
  return undefined;
}

export interface Mismatch {
  c: OracleCase;
  why: string;
  go: Outcome;
  ts: Outcome;
}

/** Runs every case through the TS side and compares it with the oracle's results. */
export function compareAll(
  cases: readonly OracleCase[],
  results: readonly OracleResult[],
): { mismatches: Mismatch[]; identical: number } {
  const mismatches: Mismatch[] = [];
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i]!;
    const go = goOutcome(results[i]!);
    const ts = c.mode === 'lilypad' ? tsLilypadOutcome(c) : tsEngineOutcome(c);
    const why = difference(go, ts);
    if (why !== undefined) mismatches.push({ c, why, go, ts });
  }
  return { mismatches, identical: cases.length - mismatches.length };
}

function show(o: Outcome): string {
  const parts: string[] = [o.kind];
  if (o.message !== undefined) parts.push(`message: ${JSON.stringify(text(o.message))}`);
  if (o.kind !== 'parse-error' || o.output.length > 0) {
    const valid = Buffer.from(text(o.output), 'utf8').equals(Buffer.from(o.output));
    parts.push(
      `output: ${valid ? JSON.stringify(text(o.output)) : `base64 ${Buffer.from(o.output).toString('base64')}`}`,
    );
  }
  return parts.join('\n      ');
}

/** One mismatch with what it takes to reproduce it. */
export function formatMismatch(m: Mismatch): string {
  const { c } = m;
  const lines = [
    `[${c.id}] ${m.why}`,
    `  mode: ${c.mode}  name: ${JSON.stringify(c.name)}`,
    `  template: ${JSON.stringify(c.template)}`,
  ];
  if (c.options) lines.push(`  options: ${JSON.stringify(c.options)}`);
  if (c.exec !== undefined) lines.push(`  exec: ${JSON.stringify(c.exec)}`);
  if (c.mode === 'lilypad') lines.push(`  inputs: ${JSON.stringify(c.inputs ?? {})}`);
  else lines.push(`  data${c.dataKind ? ` (${c.dataKind})` : ''}: ${JSON.stringify(c.data ?? null)}`);
  lines.push(`  go: ${show(m.go)}`, `  ts: ${show(m.ts)}`);
  return lines.join('\n');
}

/** Logs the tally and throws one error listing the first mismatches, if any. */
export function reportMismatches(label: string, total: number, mismatches: readonly Mismatch[], shown = 20): void {
  // One argument only: console.log would treat '%' in a first argument as a format directive.
  console.log(`differential (${label}): ${total} cases, ${total - mismatches.length} identical`);
  if (KNOWN_DIFFERENCES.length > 0) console.log(`  normalised known differences: ${KNOWN_DIFFERENCES.join('; ')}`);
  if (mismatches.length === 0) return;
  const byWhy = new Map<string, number>();
  for (const m of mismatches) byWhy.set(m.why, (byWhy.get(m.why) ?? 0) + 1);
  const tally = [...byWhy]
    .sort((a, b) => b[1] - a[1])
    .map(([w, n]) => `${n} × ${w}`)
    .join(', ');
  const head = mismatches.slice(0, shown).map(formatMismatch).join('\n\n');
  throw new Error(
    `${mismatches.length} of ${total} ${label} cases differ from Go (${tally}); first ${Math.min(shown, mismatches.length)}:\n\n${head}`,
  );
}
