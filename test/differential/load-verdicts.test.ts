// Issue 3's "Done when": every corpus template gets a load verdict consistent with the Lilypad
// CLI's. For each template and each input set of corpus-cases.ts, Go decides: the oracle renders
// it as Lilypad v2.23.0's LoadModule does (lilypad mode), then json.Unmarshals Go's own output
// bytes into data.Module (decode mode). The validator's verdict (validateTemplate(...).loads) must
// be the same outcome — ok, parse-error, exec-error or json-error — with the same error text.
// The verdicts are printed as a table (one row per template, one column per input set) with the
// counts, so the test output doubles as the corpus report.
import { validateTemplate, type LoadVerdict } from '@lilypad-actions/module-spec';
import { beforeAll, describe, expect, test } from 'vitest';
import { goVerdicts, sameError, type GoVerdict, type Outcome } from '../support/go-load';
import type { OracleCase } from '../support/oracle';
import { corpusCases } from './corpus-cases';

const { cases, templates } = corpusCases();

/** The validator's verdict for one case: its sample input set is exactly the case's inputs. */
function tsVerdict(c: OracleCase): LoadVerdict {
  const report = validateTemplate({ file: c.id.split('#')[0]!, name: c.name, text: c.template, inputSets: [c.inputs ?? {}] });
  return report.loads[0]!;
}

const SHORT: Record<Outcome | 'other', string> = { ok: 'ok', 'parse-error': 'parse', 'exec-error': 'exec', 'json-error': 'json', other: '??' };

function table(rows: { file: string; label: string; verdict: string }[]): string {
  const labels = [...new Set(rows.map((r) => r.label))];
  const files = [...new Set(rows.map((r) => r.file))];
  const cell = new Map(rows.map((r) => [`${r.file}#${r.label}`, r.verdict]));
  const width = Math.max(...files.map((f) => f.length));
  const head = `${'template'.padEnd(width)}  ${labels.map((l) => l.padEnd(12)).join(' ')}`;
  const lines = files.map((f) => `${f.padEnd(width)}  ${labels.map((l) => (cell.get(`${f}#${l}`) ?? '').padEnd(12)).join(' ')}`);
  return [head, ...lines].join('\n');
}

describe('load verdicts: the validator agrees with Lilypad (Go render + json.Unmarshal) on every corpus case', () => {
  let go: GoVerdict[] | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      go = await goVerdicts(cases);
    } catch (e) {
      failure = e;
    }
  });

  test(`${cases.length} cases over ${templates} templates`, () => {
    if (failure !== undefined) throw failure;
    const rows: { file: string; label: string; verdict: string }[] = [];
    const counts = new Map<string, number>();
    const mismatches: string[] = [];
    cases.forEach((c, i) => {
      const g = go![i]!;
      const t = tsVerdict(c);
      const [file, label] = c.id.split('#') as [string, string];
      const agree = g.outcome === t.outcome && sameError(g, t);
      rows.push({ file: file.replace(/\.json\.tmpl$/, ''), label, verdict: agree ? SHORT[t.outcome] : `${SHORT[t.outcome]}≠${SHORT[g.outcome]}` });
      counts.set(g.outcome, (counts.get(g.outcome) ?? 0) + 1);
      if (!agree && mismatches.length < 20) {
        mismatches.push(
          `${c.id} (name ${JSON.stringify(c.name)}, inputs ${JSON.stringify(c.inputs)}):\n  Go:        ${g.outcome} ${g.error ? Buffer.from(g.error).toString('utf8') : (g.detail ?? '')}\n  validator: ${t.outcome} ${t.error ?? ''}`,
        );
      }
    });
    const summary = [...counts].sort().map(([k, v]) => `${k} ${v}`).join(', ');
    // The issue's yardstick: templates that fail even with every input they read given a plain word.
    const failWithAll = rows.filter((r) => r.label === 'plain' && !r.verdict.startsWith('ok')).length;
    console.log(
      `Load verdicts (ok = Lilypad loads it; parse / exec = template error; json = json.Unmarshal refuses it; a≠b = validator a, Go b):\n\n${table(rows)}\n\n` +
        `${cases.length} cases, ${templates} templates: ${summary}; validator and Go agree on ${cases.length - rows.filter((r) => r.verdict.includes('≠')).length}. ` +
        `${failWithAll} of ${templates} templates do not load even with every input given (column "plain").`,
    );
    expect(counts.get('other') ?? 0).toBe(0);
    expect(mismatches).toEqual([]);
  });
});
