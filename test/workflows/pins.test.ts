// No `uses:` on a moving ref: every third-party and GitHub-owned action or reusable workflow is
// pinned by full commit SHA with its version in a comment; our own are on the major tag in the
// source and pinned by the release (scripts/lib/workflow-refs.mjs defines "pinned" for both).
// Workflows added by anyone are found on disk and checked the same way; the failure message says,
// line by line, what to write instead.
import { describe, expect, test } from 'vitest';
import { classifyRef, findUses, pinProblems, rewriteOwnRefs } from '../../scripts/lib/workflow-refs.mjs';
import { actionFiles, ownNames, read, workflowFiles, yamlOf, type Doc } from './repo-workflows';

const files = Object.fromEntries([...workflowFiles, ...actionFiles].map((f) => [f, read(f)]));
const own = ownNames();

/** Every `uses:` value the YAML holds (jobs calling workflows, steps, composite actions' steps). */
function usesInYaml(doc: Doc): string[] {
  const found: string[] = [];
  for (const job of Object.values((doc.jobs ?? {}) as Record<string, Doc>)) {
    if (typeof job.uses === 'string') found.push(job.uses);
    for (const step of (job.steps ?? []) as Doc[]) if (typeof step.uses === 'string') found.push(step.uses);
  }
  for (const step of (doc.runs?.steps ?? []) as Doc[]) if (typeof step.uses === 'string') found.push(step.uses);
  return found;
}

describe('every uses: in the repository', () => {
  test('is pinned (see the message for what to write)', () => {
    const problems = pinProblems(files, own);
    const report = problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n');
    expect(report, `unpinned uses: lines (scripts/lib/workflow-refs.mjs says what counts as pinned):\n${report}`).toBe('');
  });

  test.each(Object.keys(files))('%s: the line scanner sees every uses: the YAML holds', (file) => {
    expect(findUses(files[file]!).map((u) => u.ref)).toEqual(usesInYaml(yamlOf(file)));
  });

  test('third-party pins name a release in a comment (what Dependabot reads and updates)', () => {
    const pinned = Object.values(files).flatMap((text) => findUses(text).filter((u) => classifyRef(u.ref).kind === 'remote'));
    expect(pinned.length).toBeGreaterThan(0);
    for (const u of pinned) expect(`${u.ref} # ${u.comment}`).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });
});

describe('pinProblems', () => {
  const check = (text: string) => pinProblems({ 'w.yml': text }, { actions: new Set(['validate-module']), reusableWorkflows: new Set(['module-ci.yml']) });
  const SHA = '3d3c42e5aac5ba805825da76410c181273ba90b1';

  test('a tag: says it moves, and how to find the SHA of a release', () => {
    const [p] = check('    steps:\n      - uses: actions/checkout@v4\n');
    expect(p).toMatchObject({ line: 2, column: 15, value: 'actions/checkout@v4' });
    expect(p!.message).toBe(
      'actions/checkout@v4 is not pinned: GitHub runs whatever the ref "v4" points at on the day. ' +
        "Write uses: actions/checkout@<40-hex commit SHA> # vX.Y.Z, with the SHA of the latest release tag on v4: git ls-remote https://github.com/actions/checkout 'refs/tags/vX.Y.Z' 'refs/tags/vX.Y.Z^{}' (for an annotated tag, the ^{} line is the commit).",
    );
  });

  test('a tag of an action the repository already pins elsewhere: gives that exact line', () => {
    const problems = pinProblems(
      { 'a.yml': `      - uses: actions/checkout@${SHA} # v7.0.1\n`, 'b.yml': "      - uses: 'actions/checkout@main'\n" },
      { actions: new Set(), reusableWorkflows: new Set() },
    );
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      ['b.yml', `actions/checkout@main is not pinned: GitHub runs whatever the ref "main" points at on the day. This repository already pins actions/checkout elsewhere; write: uses: actions/checkout@${SHA} # v7.0.1`],
    ]);
  });

  test('a SHA without its version comment, or with a vague one', () => {
    expect(check(`      - uses: actions/checkout@${SHA}\n`)[0]!.message).toContain('does not say which version');
    expect(check(`      - uses: actions/checkout@${SHA} # v7\n`)[0]!.message).toContain('does not say which version');
    expect(check(`      - uses: actions/checkout@${SHA} # v7.0.1\n`)).toEqual([]);
  });

  test('a short SHA is not a pin', () => {
    expect(check('      - uses: actions/checkout@3d3c42e\n')[0]!.message).toContain('is not pinned');
  });

  test('one repository at two commits: the older is told to use the newer', () => {
    const problems = pinProblems(
      {
        'a.yml': `      - uses: actions/cache/restore@${'a'.repeat(40)} # v5.0.5\n`,
        'b.yml': `      - uses: actions/cache/save@${'b'.repeat(40)} # v4.2.0\n`,
      },
      { actions: new Set(), reusableWorkflows: new Set() },
    );
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      ['b.yml', `actions/cache is pinned at 2 different commits in this repository; use the one the others use: actions/cache/save@${'a'.repeat(40)} # v5.0.5.`],
    ]);
  });

  test('our own actions and reusable workflows: the major tag in the source, and they must exist', () => {
    expect(check('      - uses: Lilypad-Tech/lilypad-actions/actions/validate-module@v1\n    uses: Lilypad-Tech/lilypad-actions/.github/workflows/module-ci.yml@v1\n')).toEqual([]);
    expect(check(`      - uses: Lilypad-Tech/lilypad-actions/actions/validate-module@${SHA}\n`)[0]!.message).toContain('Write Lilypad-Tech/lilypad-actions/actions/validate-module@v1.');
    expect(check('      - uses: Lilypad-Tech/lilypad-actions/actions/validate-modul@v1\n')[0]!.message).toBe(
      'Lilypad-Tech/lilypad-actions/actions/validate-modul@v1 names our own action validate-modul, but actions/validate-modul has no action.yml.',
    );
    expect(check('    uses: Lilypad-Tech/lilypad-actions/.github/workflows/nope.yml@v1\n')[0]!.message).toBe(
      'Lilypad-Tech/lilypad-actions/.github/workflows/nope.yml@v1 names our own reusable workflow nope.yml, but .github/workflows/nope.yml is not a reusable workflow (on: workflow_call).',
    );
    expect(check('      - uses: Lilypad-Tech/lilypad-actions/actions/validate-module@v1\n    uses: Lilypad-Tech/lilypad-actions/.github/workflows/module-ci.yml@v2\n').map((p) => p.message)).toEqual([
      'our own references use v1 and v2: write one major version everywhere.',
      'our own references use v1 and v2: write one major version everywhere.',
    ]);
  });

  test('local actions are pinned by the commit; Docker images need a digest', () => {
    expect(check('      - uses: ./actions/validate-module\n')).toEqual([]);
    expect(check(`      - uses: docker://alpine@sha256:${'c'.repeat(64)}\n`)).toEqual([]);
    expect(check('      - uses: docker://alpine:3.20\n')[0]!.message).toContain('pin it by digest');
  });
});

describe('rewriteOwnRefs (what the release does to the source form)', () => {
  test('pins our own references and leaves everything else, quotes and indentation kept', () => {
    const text = [
      '      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
      "      - uses: 'Lilypad-Tech/lilypad-actions/actions/validate-module@v1'",
      '    uses: Lilypad-Tech/lilypad-actions/.github/workflows/module-ci.yml@v1',
      '      - uses: ./actions/validate-module',
    ].join('\n');
    const out = rewriteOwnRefs(text, (ref) =>
      ref.kind === 'own-action' ? { name: `lilypad/${ref.action}`, sha: 'a'.repeat(40), version: 'v1.2.3' } : { name: `Lilypad-Tech/lilypad-actions/.github/workflows/${ref.workflow}`, sha: 'b'.repeat(40), version: 'v1.2.3' },
    );
    expect(out.split('\n')).toEqual([
      '      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
      `      - uses: 'lilypad/validate-module@${'a'.repeat(40)}' # v1.2.3`,
      `    uses: Lilypad-Tech/lilypad-actions/.github/workflows/module-ci.yml@${'b'.repeat(40)} # v1.2.3`,
      '      - uses: ./actions/validate-module',
    ]);
    // After the rewrite nothing of ours is on a tag: all of it is pinned, as a release needs…
    const names = { actions: new Set(['validate-module']), reusableWorkflows: new Set(['module-ci.yml']) };
    expect(pinProblems({ 'w.yml': out }, names, 'release')).toEqual([]);
    // …and the source form would not pass as a release.
    expect(pinProblems({ 'w.yml': text }, names, 'release').map((p) => p.line)).toEqual([2, 3]);
  });
});
