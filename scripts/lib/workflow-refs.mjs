// @ts-check
// The `uses:` lines of workflows and action.yml files: finding them, telling pinned from unpinned,
// and rewriting our own. The pin test (test/workflows/pins.test.ts) and the release
// (scripts/publish-actions.mjs) share this, so "pinned" means one thing.
//
// Pinned means:
//   - a third-party or GitHub-owned action or reusable workflow: `owner/repo[/path]@<40-hex SHA>`
//     with its version in a comment, `# vX.Y.Z` (Dependabot keeps both current);
//   - `./path`: this repository at the same commit;
//   - `docker://image@sha256:<digest>`.
// Our own actions and reusable workflows are referenced in the source as
// `Lilypad-Tech/lilypad-actions/actions/<action>@vN` and
// `Lilypad-Tech/lilypad-actions/.github/workflows/<file>@vN`: their SHAs exist only once a
// release has published them, so the release commit rewrites each one to a pinned reference
// (docs/releasing.md).
import { MONOREPO } from './repository.mjs';

/**
 * @typedef {{ line: number, column: number, prefix: string, quote: string, ref: string, comment: string | undefined }} UsesLine
 * `line` is 1-based; `column` is where the reference starts (1-based); `prefix` is the line up to
 * the reference (indentation, `- `, `uses:`), `comment` the text after `#`, if any.
 */

const USES_LINE = /^(\s*(?:-\s+)?uses:\s*)(["']?)([^\s"'#]+)\2(?:\s+#\s*(.*?))?\s*$/;

/**
 * Every `uses:` line of a workflow or action.yml, in order.
 * @param {string} text
 */
export function findUses(text) {
  /** @type {UsesLine[]} */
  const found = [];
  text.split('\n').forEach((/** @type {string} */ raw, /** @type {number} */ index) => {
    const m = USES_LINE.exec(raw.replace(/\r$/, ''));
    if (!m) return;
    const [, prefix = '', quote = '', ref = '', comment] = m;
    found.push({ line: index + 1, column: prefix.length + quote.length + 1, prefix, quote, ref, comment: comment === undefined || comment === '' ? undefined : comment });
  });
  return found;
}

/**
 * @typedef {{ kind: 'local' }
 *   | { kind: 'docker', pinned: boolean }
 *   | { kind: 'own-action', action: string, ref: string }
 *   | { kind: 'own-workflow', workflow: string, ref: string }
 *   | { kind: 'remote', repo: string, path: string, ref: string }
 *   | { kind: 'invalid' }} UsesRef
 */

/**
 * What a `uses:` value refers to.
 * @param {string} value
 * @returns {UsesRef}
 */
export function classifyRef(value) {
  if (value.startsWith('./')) return { kind: 'local' };
  if (value.startsWith('docker://')) return { kind: 'docker', pinned: /@sha256:[0-9a-f]{64}$/.test(value) };
  const m = /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)((?:\/[^@\s]+)?)@(\S+)$/.exec(value);
  if (!m) return { kind: 'invalid' };
  const [, repo = '', subpath = '', ref = ''] = m;
  const path = subpath.replace(/^\//, '');
  if (repo.toLowerCase() === MONOREPO.toLowerCase()) {
    const action = /^actions\/([^/]+)$/.exec(path);
    if (action) return { kind: 'own-action', action: action[1] ?? '', ref };
    const workflow = /^\.github\/workflows\/([^/]+\.ya?ml)$/.exec(path);
    if (workflow) return { kind: 'own-workflow', workflow: workflow[1] ?? '', ref };
  }
  return { kind: 'remote', repo, path, ref };
}

const SHA = /^[0-9a-f]{40}$/;
const VERSION_COMMENT = /^v\d+\.\d+\.\d+$/;

/**
 * @typedef {{ file: string, line: number, column: number, value: string, message: string }} PinProblem
 * @typedef {{ actions: ReadonlySet<string>, reusableWorkflows: ReadonlySet<string> }} OwnNames
 *   the folders under actions/ that hold an action.yml, and the reusable workflows (on:
 *   workflow_call) under .github/workflows/ by file name.
 */

/**
 * Every `uses:` of `files` (path → text) that is not pinned, each with a message that says exactly
 * what to write instead. Also: one repository pinned at two commits, and our own references on
 * two major versions.
 * @param {Record<string, string>} files
 * @param {OwnNames} own
 * @param {'source' | 'release'} [stage] `source` (the default): our own references on the major
 *   tag; `release`: a release commit's, where they must be pinned like any other.
 */
export function pinProblems(files, own, stage = 'source') {
  /** @type {PinProblem[]} */
  const problems = [];
  /** @type {{ file: string, use: UsesLine, ref: Extract<UsesRef, { kind: 'remote' }> }[]} */
  const remote = [];
  /** @type {{ file: string, use: UsesLine, major: string }[]} */
  const ownMajors = [];
  for (const [file, text] of Object.entries(files)) {
    for (const use of findUses(text)) {
      const ref = classifyRef(use.ref);
      const problem = (/** @type {string} */ message) => problems.push({ file, line: use.line, column: use.column, value: use.ref, message });
      if (ref.kind === 'local') continue;
      if (ref.kind === 'docker') {
        if (!ref.pinned) problem(`${use.ref} is a Docker image by tag: pin it by digest, docker://image@sha256:<digest>.`);
      } else if (ref.kind === 'invalid') {
        problem(`${use.ref} is not owner/repo[/path]@ref, ./path or docker://image.`);
      } else if (ref.kind === 'own-action' || ref.kind === 'own-workflow') {
        const name = ref.kind === 'own-action' ? ref.action : ref.workflow;
        const exists = ref.kind === 'own-action' ? own.actions.has(name) : own.reusableWorkflows.has(name);
        if (!exists) {
          problem(
            ref.kind === 'own-action'
              ? `${use.ref} names our own action ${name}, but actions/${name} has no action.yml.`
              : `${use.ref} names our own reusable workflow ${name}, but .github/workflows/${name} is not a reusable workflow (on: workflow_call).`,
          );
        } else if (stage === 'release') {
          if (!SHA.test(ref.ref) || use.comment === undefined || !VERSION_COMMENT.test(use.comment)) problem(`${use.ref}: the release must pin our own references by SHA with the version in a comment.`);
        } else if (!/^v\d+$/.test(ref.ref)) {
          problem(`${use.ref}: our own actions and reusable workflows are written with the major version tag (@v1) in the source; the release pins them by SHA (docs/releasing.md). Write ${use.ref.replace(/@.*$/, '@v1')}.`);
        } else ownMajors.push({ file, use, major: ref.ref });
      } else if (!SHA.test(ref.ref)) {
        problem(`${use.ref} is not pinned: GitHub runs whatever the ref ${JSON.stringify(ref.ref)} points at on the day. ${howToPin(ref.repo, ref.path, ref.ref, files)}`);
      } else if (use.comment === undefined || !VERSION_COMMENT.test(use.comment)) {
        problem(`${use.ref} is pinned, but the line does not say which version: end it with the tag that SHA is, e.g. \`# v1.2.3\` (Dependabot keeps the SHA and the comment current).`);
      } else {
        remote.push({ file, use, ref });
      }
    }
  }
  // One repository, one commit everywhere: a Dependabot update moves them together.
  /** @type {Map<string, typeof remote>} */
  const byRepo = new Map();
  for (const r of remote) {
    const key = r.ref.repo.toLowerCase();
    byRepo.set(key, [...(byRepo.get(key) ?? []), r]);
  }
  for (const uses of byRepo.values()) {
    const pins = new Set(uses.map((u) => `${u.ref.ref} # ${u.use.comment}`));
    if (pins.size < 2) continue;
    const newest = newestPin(uses);
    for (const u of uses) {
      if (`${u.ref.ref} # ${u.use.comment}` === newest) continue;
      problems.push({ file: u.file, line: u.use.line, column: u.use.column, value: u.use.ref, message: `${u.ref.repo} is pinned at ${pins.size} different commits in this repository; use the one the others use: ${u.use.ref.replace(/@.*$/, '')}@${newest}.` });
    }
  }
  const majors = new Set(ownMajors.map((o) => o.major));
  if (majors.size > 1) {
    for (const o of ownMajors) problems.push({ file: o.file, line: o.use.line, column: o.use.column, value: o.use.ref, message: `our own references use ${[...majors].sort().join(' and ')}: write one major version everywhere.` });
  }
  return problems;
}

/**
 * "<sha> # vX.Y.Z" of the highest version among `uses`.
 * @param {{ use: UsesLine, ref: { ref: string } }[]} uses
 */
function newestPin(uses) {
  const parts = (/** @type {string} */ v) => v.replace(/^v/, '').split('.').map(Number);
  const sorted = [...uses].sort((a, b) => {
    const [x, y] = [parts(a.use.comment ?? ''), parts(b.use.comment ?? '')];
    for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (y[i] ?? 0) - (x[i] ?? 0);
    return 0;
  });
  const top = sorted[0];
  return `${top?.ref.ref} # ${top?.use.comment}`;
}

/**
 * What to write for an unpinned `repo[/path]@ref`: the pin this repository already uses, or how to find one.
 * @param {string} repo
 * @param {string} path
 * @param {string} ref
 * @param {Record<string, string>} files
 */
function howToPin(repo, path, ref, files) {
  const name = path ? `${repo}/${path}` : repo;
  for (const text of Object.values(files)) {
    for (const use of findUses(text)) {
      const other = classifyRef(use.ref);
      if (other.kind === 'remote' && other.repo.toLowerCase() === repo.toLowerCase() && SHA.test(other.ref) && use.comment !== undefined && VERSION_COMMENT.test(use.comment)) {
        return `This repository already pins ${repo} elsewhere; write: uses: ${name}@${other.ref} # ${use.comment}`;
      }
    }
  }
  const tag = /^v\d+(\.\d+){0,2}$/.test(ref) ? `the latest release tag on ${ref}` : 'a release tag';
  return (
    `Write uses: ${name}@<40-hex commit SHA> # vX.Y.Z, with the SHA of ${tag}: ` +
    `git ls-remote https://github.com/${repo} 'refs/tags/vX.Y.Z' 'refs/tags/vX.Y.Z^{}' (for an annotated tag, the ^{} line is the commit).`
  );
}

/**
 * `text` with each of our own references that `pinFor` answers rewritten to `uses: <name>@<sha> # <version>`,
 * quotes and indentation kept. `pinFor` gets the classified reference and returns the new
 * `owner/repo[/path]`, SHA and version, or undefined to leave the line as it is.
 * @param {string} text
 * @param {(ref: Extract<UsesRef, { kind: 'own-action' | 'own-workflow' }>) => { name: string, sha: string, version: string } | undefined} pinFor
 */
export function rewriteOwnRefs(text, pinFor) {
  const lines = text.split('\n');
  for (const use of findUses(text)) {
    const ref = classifyRef(use.ref);
    if (ref.kind !== 'own-action' && ref.kind !== 'own-workflow') continue;
    const pin = pinFor(ref);
    if (!pin) continue;
    lines[use.line - 1] = `${use.prefix}${use.quote}${pin.name}@${pin.sha}${use.quote} # ${pin.version}`;
  }
  return lines.join('\n');
}
