// Reading entries moved to @lilypad-actions/module-list (its test/entry.test.ts); what is left here
// is the tally's own classification of a PR.
import { describe, expect, test } from 'vitest';
import { classify, submissionMatcher } from '../src/classify';
import { globToRegExp } from '@lilypad-actions/config-file';
import { harvested } from './fixtures';

describe('classifying a PR', () => {
  const globs = ['modules/**'];
  const is = submissionMatcher(globs);
  const pull = (files: Array<[string, string]>) => harvested(1, 'a', '2025-03-01T00:00:00Z', { files: files.map(([path, changeType]) => ({ path, changeType })) });

  test.each([
    ['modules/**', 'modules/a.json', true],
    ['modules/**', 'modules/team/a.json', true],
    ['modules/**', 'README.md', false],
    ['modules/*.json', 'modules/a.json', true],
    ['modules/*.json', 'modules/team/a.json', false],
    ['**/entry.yml', 'modules/x/entry.yml', true],
    ['**/entry.yml', 'entry.yml', true],
    ['modules/?.json', 'modules/ab.json', false],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });

  test.each([
    ['adds an entry', [['modules/b.json', 'ADDED'], ['modules/a.yaml', 'ADDED'], ['README.md', 'MODIFIED']], 'add', ['modules/a.yaml', 'modules/b.json']],
    ['edits an entry', [['modules/a.json', 'MODIFIED']], 'edit', ['modules/a.json']],
    ['a rename is an edit', [['modules/a.json', 'RENAMED']], 'edit', ['modules/a.json']],
    ['removes an entry', [['modules/a.json', 'DELETED']], 'other', []],
    ['adds only an image', [['modules/a.png', 'ADDED']], 'other', []],
    ['touches nothing under modules/', [['README.md', 'MODIFIED']], 'other', []],
  ] as const)('%s', (_, files, kind, paths) => {
    const c = classify(pull(files.map(([p, t]) => [p, t])), is, globs);
    expect(c.kind).toBe(kind);
    expect(c.entryPaths).toEqual(paths);
    if (kind === 'other') expect(c.reason).toBeTruthy();
  });
});
