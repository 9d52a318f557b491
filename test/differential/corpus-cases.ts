// Cases for the saved real-world Lilypad templates (test/fixtures/corpus/templates, *.json.tmpl).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { OracleCase } from '../support/oracle';
import { repoRoot } from '../support/repo-root';
import { NASTY_STRINGS } from './generate';

export const corpusDir = path.resolve(repoRoot, 'test/fixtures/corpus/templates');

/**
 * Input names a template reads: `.Name` inside actions and `index . "name"` / `index $ "name"`.
 * A regex, not a parser: good enough to choose test inputs.
 */
export function inputNames(template: string): string[] {
  const names = new Set<string>();
  for (const [action] of template.matchAll(/\{\{[\s\S]*?\}\}/g)) {
    for (const m of action.matchAll(/(?<![\w)\]])\.([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(m[1]!);
    for (const m of action.matchAll(/index\s+[.$]\s+"((?:[^"\\]|\\.)*)"/g))
      names.add(JSON.parse(`"${m[1]!}"`) as string);
  }
  return [...names].sort();
}

/** Template names as Lilypad builds them (`<repo>-<path>-<ref>`) from the corpus index. */
function lilypadNames(): Map<string, string> {
  const out = new Map<string, string>();
  const index = path.resolve(corpusDir, '../INDEX.tsv');
  const rows = readFileSync(index, 'utf8').split('\n').slice(1);
  for (const row of rows) {
    const [repo, ref, , pathInRepo, savedAs] = row.split('\t');
    if (repo && savedAs) out.set(savedAs, `https://github.com/${repo}-${pathInRepo}-${ref}`);
  }
  return out;
}

const flipCase = (s: string): string =>
  s[0] === s[0]!.toUpperCase() ? s[0]!.toLowerCase() + s.slice(1) : s[0]!.toUpperCase() + s.slice(1);

/** Every corpus template with several input sets; returns the cases and the number of templates. */
export function corpusCases(): { cases: OracleCase[]; templates: number } {
  const files = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.json.tmpl'))
    .sort();
  const names = lilypadNames();
  const cases: OracleCase[] = [];
  files.forEach((file, fi) => {
    const template = readFileSync(path.join(corpusDir, file), 'utf8');
    const inputs = inputNames(template);
    // The name appears in every error message: rotate a realistic one, a short one and a unicode one.
    const nameVariants = [names.get(file) ?? file, 't', 'modulé-😀'];
    const sets: [string, Record<string, string>][] = [
      ['none', {}],
      ['plain', Object.fromEntries(inputs.map((n) => [n, 'word']))],
      ['half', Object.fromEntries(inputs.filter((_, i) => i % 2 === 0).map((n) => [n, `value of ${n}`]))],
      // Keys are case-sensitive: `-i message=` does not set .Message.
      ['flipped-case', Object.fromEntries(inputs.filter((n) => /^[A-Za-z]/.test(n)).map((n) => [flipCase(n), 'word']))],
    ];
    for (let k = 0; k < 5; k++) {
      sets.push([
        `nasty-${k}`,
        Object.fromEntries(inputs.map((n, i) => [n, NASTY_STRINGS[(fi + k * 7 + i * 3) % NASTY_STRINGS.length]!])),
      ]);
    }
    sets.forEach(([label, set], si) => {
      cases.push({
        id: `${file}#${label}`,
        mode: 'lilypad',
        name: nameVariants[(fi + si) % nameVariants.length]!,
        template,
        inputs: set,
      });
    });
  });
  return { cases, templates: files.length };
}
