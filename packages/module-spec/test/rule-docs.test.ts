// docs/rules/<id>.md: one page per rule, no page without a rule, each titled as the rule is.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ALL_RULES, type RuleInfo } from '../src/index';
import { repoRoot } from './corpus';

const docsDir = path.join(repoRoot, 'docs/rules');
const pages = readdirSync(docsDir).filter((f) => f.endsWith('.md') && f !== 'README.md');

/** `\`error\``, or `\`error\` or \`warning\`` for a graded rule. */
function severityText(rule: RuleInfo): string {
  return rule.graded ? '`error` or `warning`' : `\`${rule.severity}\``;
}

describe('rule docs', () => {
  test('every rule has a page and every page a rule', () => {
    expect(pages.map((f) => f.replace(/\.md$/, '')).sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
  });

  test('rule ids are unique', () => {
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
  });

  test.each(ALL_RULES.map((r) => [r.id, r] as const))('%s: title, id and severity match rules.ts; why that severity, bad, good and fix are there', (id, rule) => {
    const file = path.join(docsDir, `${id}.md`);
    expect(existsSync(file)).toBe(true);
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines[0]).toBe(`# ${rule.title}`);
    expect(lines[2]).toBe(`Rule \`${id}\` · severity ${severityText(rule)}`);
    const text = lines.join('\n');
    expect(text).toMatch(/\nBad:\n\n```/);
    expect(text).toMatch(/\nGood:\n\n```/);
    expect(text).toMatch(/\n\*\*Fix:\*\* \S/);
    // One paragraph of explanation, citing the module format reference.
    expect(lines[4]).toMatch(/format doc §\d/);
    // The reason for the severity: what happens on Lilypad (and, for a load rule, that no setting changes it).
    const why = /\n\*\*Why (error|warning|info|error or warning):\*\* (.+)\n/.exec(text);
    expect(why, `${id}: a "**Why <severity>:** …" paragraph`).not.toBeNull();
    expect(why![1]).toBe(rule.graded ? 'error or warning' : rule.severity);
    if (rule.load) expect(why![2]).toMatch(/cannot be changed/);
  });

  test('the index lists every rule with its severity', () => {
    const index = readFileSync(path.join(docsDir, 'README.md'), 'utf8');
    for (const r of ALL_RULES) expect(index).toContain(`| [\`${r.id}\`](${r.id}.md) | ${r.graded ? 'error or warning' : r.severity} |`);
  });
});
