// The PR description against the module-submission template (workflows/templates/module-submission.md,
// or the list's own): every heading of the template present, every checklist item ticked. The
// checks read only what the template asks; what the creator writes under the headings is theirs.

import type { ListFinding } from '../findings';

export const PR_BODY_FILE = 'pull request description';

interface TemplateParts {
  headings: string[];
  checklist: string[];
}

/** The headings (##, ###) and checklist items (`- [ ] …`) of a PR template. */
export function templateParts(template: string): TemplateParts {
  const withoutComments = template.replace(/<!--[\s\S]*?-->/g, '');
  const headings: string[] = [];
  const checklist: string[] = [];
  for (const line of withoutComments.split(/\r?\n/)) {
    const h = /^#{2,3}\s+(.+?)\s*#*\s*$/.exec(line);
    if (h) headings.push(h[1] as string);
    const c = /^\s*[-*]\s+\[[ xX]\]\s+(.+?)\s*$/.exec(line);
    if (c) checklist.push(c[1] as string);
  }
  return { headings, checklist };
}

/** Findings for a PR body that leaves out a heading or an item of the template, or leaves an item unticked. */
export function prBodyFindings(body: string, template: string): ListFinding[] {
  const parts = templateParts(template);
  const lines = body.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' ')).split(/\r?\n/);
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const findings: ListFinding[] = [];
  const base = { file: PR_BODY_FILE, audience: 'creator' as const };
  for (const heading of parts.headings) {
    if (!lines.some((l) => { const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(l); return m !== null && norm(m[1] as string) === norm(heading); })) {
      findings.push({ ...base, rule: 'pr-template-section', severity: 'error', message: `The description has no "${heading}" section.`, hint: 'Start from the module-submission template and keep its headings.' });
    }
  }
  for (const item of parts.checklist) {
    const at = lines.findIndex((l) => { const m = /^\s*[-*]\s+\[([ xX])\]\s+(.+?)\s*$/.exec(l); return m !== null && norm(m[2] as string) === norm(item); });
    if (at < 0) {
      findings.push({ ...base, rule: 'pr-checklist', severity: 'error', message: `The checklist item "${item}" is missing.`, hint: 'Keep every item of the template\'s checklist, and tick it once it is true.' });
    } else if (!/\[[xX]\]/.test(lines[at] as string)) {
      findings.push({ ...base, rule: 'pr-checklist', severity: 'error', line: at + 1, column: (lines[at] as string).indexOf('[') + 1, message: `The checklist item "${item}" is not ticked.`, hint: 'Tick it ([x]) once it is true; the checks run again when the description is edited.' });
    }
  }
  return findings;
}
