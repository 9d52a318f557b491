// The module-submission template the checks know is the file list maintainers copy, and what the
// checks read from it is its headings and its checklist.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../../../test/support/repo-root';
import { formatArguments, MODULE_SUBMISSION_TEMPLATE, MODULE_SUBMISSION_TEMPLATE_PATH, parseArguments, prBodyFindings, templateParts, unifiedDiff } from '../src';

describe('the module-submission template', () => {
  test('the built-in copy is the file in workflows/templates', () => {
    expect(MODULE_SUBMISSION_TEMPLATE).toBe(readFileSync(path.join(repoRoot, MODULE_SUBMISSION_TEMPLATE_PATH), 'utf8'));
  });

  test('its headings and checklist, comments left out', () => {
    const parts = templateParts(MODULE_SUBMISSION_TEMPLATE);
    expect(parts.headings).toEqual(['Module', 'How to run it', 'Checklist']);
    expect(parts.checklist).toHaveLength(6);
  });

  test('the unedited template fails (nothing ticked); ticked, it passes; the real generic template of awesome-lilypad is not it', () => {
    expect(prBodyFindings(MODULE_SUBMISSION_TEMPLATE, MODULE_SUBMISSION_TEMPLATE).map((f) => f.rule)).toEqual(Array(6).fill('pr-checklist'));
    expect(prBodyFindings(MODULE_SUBMISSION_TEMPLATE.replace(/- \[ \]/g, '- [X]'), MODULE_SUBMISSION_TEMPLATE)).toEqual([]);
    const generic = readFileSync(path.join(repoRoot, 'test/fixtures/awesome-lilypad/pull_request_template.md'), 'utf8');
    expect(prBodyFindings(generic, MODULE_SUBMISSION_TEMPLATE).filter((f) => f.rule === 'pr-template-section')).toHaveLength(3);
  });
});

describe('the Arguments column', () => {
  test.each([
    [{ Message: '' }, '-i Message=""'],
    [{ Prompt: 'a "red" fox $HOME `x` \\' }, '-i Prompt="a \\"red\\" fox \\$HOME \\`x\\` \\\\"'],
    [{ A: '1', B: 'two words' }, '-i A="1" -i B="two words"'],
  ])('%j round-trips as %s', (set, text) => {
    expect(formatArguments(set)).toBe(text);
    expect(parseArguments(text)).toEqual(set);
  });

  test('what is not -i pairs is refused', () => {
    expect(parseArguments('--foo bar')).toBeNull();
    expect(parseArguments('-i "unclosed')).toBeNull();
  });
});

describe('unifiedDiff', () => {
  test('hunks with context, nothing for equal texts', () => {
    expect(unifiedDiff('a\nb\nc\n', 'a\nb\nc\n', { a: 'x', b: 'y' })).toBe('');
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].join('\n');
    const after = before.replace('5', 'five');
    expect(unifiedDiff(before, after, { a: 'old', b: 'new' })).toBe('--- old\n+++ new\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n');
  });
});
