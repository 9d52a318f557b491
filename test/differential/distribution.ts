// Prints how Go's text/template fares on the generated cases, per group (a check that the
// generator is useful: well-formed cases mostly run, malformed ones mostly fail to parse).
// Run: pnpm exec tsx test/differential/distribution.ts [--show=group:outcome] [--n=K]
import { runOracle } from '../support/oracle';
import { edgeCases } from './edge-cases';
import { generateCases } from './generate';
import { GENERATE_OPTIONS } from './generated-options';

const show = process.argv.find((a) => a.startsWith('--show='))?.slice('--show='.length);
const errorsOf = process.argv.find((a) => a.startsWith('--errors='))?.slice('--errors='.length);
const errorKinds = new Map<string, number>();
const showN = Number(process.argv.find((a) => a.startsWith('--n='))?.slice('--n='.length) ?? 15);

const cases = [...generateCases(GENERATE_OPTIONS), ...edgeCases()];
const t0 = Date.now();
const results = await runOracle(cases);
const ms = Date.now() - t0;

const table = new Map<string, Map<string, number>>();
let shown = 0;
for (let i = 0; i < cases.length; i++) {
  const c = cases[i]!;
  const r = results[i]!;
  const outcome =
    r.panic !== undefined
      ? 'panic'
      : r.timeout
        ? 'timeout'
        : r.parseError !== undefined
          ? 'parse-error'
          : r.execError !== undefined
            ? 'exec-error'
            : 'ok';
  const row = table.get(c.group) ?? new Map<string, number>();
  row.set(outcome, (row.get(outcome) ?? 0) + 1);
  table.set(c.group, row);
  if (errorsOf === c.group && (r.execError ?? r.parseError)) {
    const kind = (r.execError ?? r.parseError)!
      .replace(/^template: .*?:\d+(:\d+)?: (executing ".*?" at <.*?>: )?/s, '')
      .replace(/\d+/g, 'N')
      .slice(0, 70);
    errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
  }
  if (show === `${c.group}:${outcome}` && shown++ < showN) {
    process.stdout.write(
      `${JSON.stringify(c.template)}\n   -> ${r.parseError ?? r.execError ?? r.panic ?? Buffer.from(r.output, 'base64').toString()}\n`,
    );
  }
}
for (const [k, n] of [...errorKinds].sort((a, b) => b[1] - a[1]).slice(0, showN)) console.log(String(n).padStart(5), k);
// Which language features the generated templates use (a crude substring census).
const features: [string, RegExp][] = [
  ['comment', /\{\{-? ?\/\*/],
  ['trim {{-', /\{\{- /],
  ['trim -}}', / -\}\}/],
  ['pipe |', /\| /],
  ['decl :=', /\$\w+ :=/],
  ['assign =', /\$\w+ = /],
  ['$.field', /\$\.\w/],
  ['$var.field', /\$\w+\.\w/],
  ['(pipe).field', /\)\.\w/],
  ['if', /\{\{-? ?if /],
  ['else if', /else if /],
  ['else with', /else with /],
  ['range', /range /],
  ['range $i, $e', /range \$\w+, \$\w+ :=/],
  ['range else', /range [^}]*\}\}.*\{\{-? ?else ?-?\}\}/s],
  ['break', /\{\{break\}\}/],
  ['continue', /\{\{continue\}\}/],
  ['with', /\{\{-? ?with /],
  ['define', /define /],
  ['template', /template "/],
  ['block', /block "/],
  ...[
    'and',
    'or',
    'not',
    'len',
    'index',
    'slice',
    'print',
    'printf',
    'println',
    'html',
    'js',
    'urlquery',
    'call',
    'eq',
    'ne',
    'lt',
    'le',
    'gt',
    'ge',
    'add',
    'join',
    'seq',
    'mkmap',
    'fn',
    'nilfn',
    'i64',
    'u8',
    'f32',
    'ok2',
    'bytes',
    'fail',
    'boom',
    'subst',
  ].map((f): [string, RegExp] => [f, new RegExp(`[{(|] ?${f}\\b`)]),
  ['hex 0x', /\b0[xX][0-9a-fA-F_]/],
  ['octal 0o', /\b0[oO]\d/],
  ['binary 0b', /\b0[bB][01]/],
  ['underscore 1_0', /\d_\d/],
  ['rune', /'.'|'\\/],
  ['complex', /\di\b/],
  ['raw string', /`/],
  ['nil', /\bnil\b/],
  ['true/false', /\b(true|false)\b/],
  ['float', /\d\.\d|\de\d/i],
];
const featureCounts = features.map(([name, re]) => `${name} ${cases.filter((c) => re.test(c.template)).length}`);
console.log(`features (cases using each): ${featureCounts.join(', ')}`);
console.log(`${cases.length} cases through the Go oracle in ${ms} ms`);
for (const [group, row] of table) {
  const total = [...row.values()].reduce((a, b) => a + b, 0);
  const parts = ['ok', 'exec-error', 'parse-error', 'panic', 'timeout']
    .filter((k) => row.has(k))
    .map((k) => `${k} ${row.get(k)} (${((100 * row.get(k)!) / total).toFixed(1)}%)`);
  console.log(`${group.padEnd(10)} ${String(total).padStart(5)}: ${parts.join(', ')}`);
}
