#!/usr/bin/env node
// @ts-check
// Publishes every action of this repository to a repository of its own, so that a workflow can
// write `uses: lilypad/validate-module@v1` (GitHub resolves owner/repo@ref to the action.yml at
// that repository's root; a monorepo's actions are only reachable by path). docs/releasing.md
// describes the whole release; .github/workflows/release.yml runs this on a version tag.
//
//   node scripts/publish-actions.mjs --version X.Y.Z --remote-template URL [--monorepo-remote REMOTE]
//
// For each actions/<action>/ with an action.yml, in the repository `URL` names with {action}
// replaced: one commit on main holding action.yml at the root, its dist/, its README (links made
// absolute, actions named by their published repositories) and the LICENSE, its message naming
// this repository's commit; tag vX.Y.Z; move vX. Then, in this repository: a release commit on
// top of HEAD that pins our own `uses:` to what was just published, and vX.Y.Z and vX moved to it.
//
// It refuses, before pushing anything, when: the working tree is not clean, there is no LICENSE,
// CHANGELOG.md has no section for the version, an action has no README or no bundle, a
// workflow's `uses:` is not as the pin rules want, an action's repository cannot be read or
// already has the tag, or a committed dist/ is not what the sources build (test/check-dist.sh).
//
// Tokens come from the environment only: ACTIONS_REPO_TOKEN for the action repositories,
// MONOREPO_TOKEN for this repository's remote; each is sent as an HTTP header, never in a URL.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { basicAuth, git, PublishError, redact, tokenEnv } from './lib/git.mjs';
import { publishedReadme } from './lib/published-readme.mjs';
import { MONOREPO, PUBLISHED_ACTION, publishedActionRepo } from './lib/repository.mjs';
import { classifyRef, findUses, pinProblems, rewriteOwnRefs } from './lib/workflow-refs.mjs';

const USAGE = `usage: node scripts/publish-actions.mjs --version X.Y.Z --remote-template URL [--monorepo-remote REMOTE]
  --version X.Y.Z          the release; CHANGELOG.md needs a "## [X.Y.Z] - YYYY-MM-DD" section
  --remote-template URL    each action's repository, {action} for its folder name,
                           e.g. https://github.com/lilypad/{action}.git (the repositories must exist)
  --monorepo-remote REMOTE where this repository's tags go (default: origin)
environment: ACTIONS_REPO_TOKEN (the action repositories), MONOREPO_TOKEN (REMOTE)`;

class UsageError extends PublishError {}

/**
 * @param {string[]} argv
 * @returns {{ version: string, remoteTemplate: string, monorepoRemote: string }}
 */
export function parseArgs(argv) {
  /** @type {Record<string, string>} */
  const values = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const m = /^--(version|remote-template|monorepo-remote)(?:=(.*))?$/.exec(arg);
    if (!m) throw new UsageError(`unknown argument ${JSON.stringify(arg)}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`--${m[1]} needs a value`);
    values[m[1] ?? ''] = value;
  }
  const version = values.version;
  const remoteTemplate = values['remote-template'];
  if (version === undefined) throw new UsageError('--version is required');
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new UsageError(`--version ${JSON.stringify(version)} is not X.Y.Z (give 1.2.3, not v1.2.3)`);
  if (remoteTemplate === undefined) throw new UsageError('--remote-template is required');
  if (!remoteTemplate.includes('{action}')) throw new UsageError(`--remote-template ${JSON.stringify(redact(remoteTemplate))} has no {action} for the action's name`);
  return { version, remoteTemplate, monorepoRemote: values['monorepo-remote'] ?? 'origin' };
}

/**
 * Everything the release needs to know before it writes anything; refuses what it must.
 * @param {{ version: string, remoteTemplate: string, monorepoRemote: string }} args
 */
function preflight({ version, remoteTemplate, monorepoRemote }) {
  const root = git(['rev-parse', '--show-toplevel'], { what: 'finding the repository (run this inside it)' });
  const head = git(['rev-parse', 'HEAD^{commit}'], { cwd: root });
  const dirty = git(['status', '--porcelain', '--untracked-files=all'], { cwd: root });
  if (dirty !== '') throw new PublishError(`the working tree is not clean (${dirty.split('\n').length} changed or untracked, e.g. ${dirty.split('\n')[0]?.slice(3)}): release a commit as it is`);
  const show = (/** @type {string} */ file) => git(['show', `${head}:${file}`], { cwd: root, raw: true });
  const tracked = git(['ls-tree', '--name-only', head], { cwd: root }).split('\n');

  const license = tracked.find((f) => /^(LICENSE|LICENCE|COPYING)(\.(md|txt))?$/i.test(f));
  if (!license) throw new PublishError('there is no LICENSE at the repository root: every published action carries it, so add one and commit it first');

  const changelog = tracked.includes('CHANGELOG.md') ? show('CHANGELOG.md') : '';
  if (!new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}\\b`, 'm').test(changelog)) {
    throw new PublishError(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: say what ${version} changes (rename [Unreleased]) and commit it first`);
  }

  const filesOf = (/** @type {string} */ dir) => git(['ls-tree', '--name-only', `${head}:${dir}`], { cwd: root }).split('\n');
  const actions = (tracked.includes('actions') ? git(['ls-tree', '-d', '--name-only', `${head}:actions`], { cwd: root }).split('\n') : [])
    .filter((name) => name !== '' && filesOf(`actions/${name}`).some((f) => f === 'action.yml' || f === 'action.yaml'))
    .sort()
    .map((name) => {
      const files = filesOf(`actions/${name}`);
      const actionFile = files.includes('action.yml') ? 'action.yml' : 'action.yaml';
      const runs = /** @type {{ runs?: Record<string, unknown> }} */ (parse(show(`actions/${name}/${actionFile}`)) ?? {}).runs ?? {};
      if (!files.includes('README.md')) throw new PublishError(`actions/${name} has no README.md: a published action needs one`);
      for (const key of ['main', 'pre', 'post']) {
        const entry = runs[key];
        if (typeof entry !== 'string') continue;
        if (!entry.startsWith('dist/')) throw new PublishError(`actions/${name}/${actionFile}: runs.${key} is ${entry}; only dist/ is published`);
        if (spawnSync('git', ['cat-file', '-e', `${head}:actions/${name}/${entry}`], { cwd: root }).status !== 0) throw new PublishError(`actions/${name}/${entry} (runs.${key}) is not committed: run pnpm build and commit actions/${name}/dist`);
      }
      return { name, actionFile, url: remoteTemplate.replaceAll('{action}', name) };
    });
  if (actions.length === 0) throw new PublishError('no actions/<name>/action.yml to publish');

  // A github.com template must be where `uses:` will look, or the pins would name other repositories.
  const github = /^https:\/\/(?:[^@/]*@)?github\.com\/([^/]+)\/([^/]+?)(?:\.git)?$/.exec(remoteTemplate);
  if (github && `${github[1]}/${github[2]}`.toLowerCase() !== PUBLISHED_ACTION.toLowerCase()) {
    throw new PublishError(`--remote-template names ${github[1]}/${github[2]} but workflows will use ${PUBLISHED_ACTION} (scripts/lib/repository.mjs): make them agree`);
  }

  // The workflows as committed: pinned as the rules say, our own references on this major.
  const workflowFiles = git(['ls-tree', '-r', '--name-only', head, '--', '.github/workflows', 'workflows'], { cwd: root }).split('\n').filter((f) => /^(\.github\/workflows|workflows)\/[^/]+\.ya?ml$/.test(f));
  /** @type {Record<string, string>} */
  const workflows = Object.fromEntries(workflowFiles.map((f) => [f, show(f)]));
  const reusable = workflowFiles.filter((f) => f.startsWith('.github/workflows/') && isReusable(workflows[f] ?? '')).map((f) => path.basename(f));
  const own = { actions: new Set(actions.map((a) => a.name)), reusableWorkflows: new Set(reusable) };
  const problems = pinProblems(workflows, own, 'source');
  if (problems.length > 0) throw new PublishError(`the workflows' uses: are not as the pin rules want:\n${problems.map((p) => `  ${p.file}:${p.line}: ${p.message}`).join('\n')}`);
  const major = `v${version.split('.')[0]}`;
  for (const [file, text] of Object.entries(workflows)) {
    for (const use of findUses(text)) {
      const ref = classifyRef(use.ref);
      if ((ref.kind === 'own-action' || ref.kind === 'own-workflow') && ref.ref !== major) {
        throw new PublishError(`${file}:${use.line}: ${use.ref} is on ${ref.ref}, but this release is ${major}: change our own references to @${major} first`);
      }
    }
  }
  return { root, head, license, actions, workflows, own, monorepoRemote };
}

/** @param {string} text */
function isReusable(text) {
  const on = /** @type {{ on?: unknown }} */ (parse(text) ?? {}).on;
  if (typeof on === 'string') return on === 'workflow_call';
  if (Array.isArray(on)) return on.includes('workflow_call');
  return on !== null && typeof on === 'object' && 'workflow_call' in on;
}

/**
 * Refs of a remote: name → object id (tags peeled to what they point at).
 * @param {string} remote
 * @param {Record<string, string>} env
 * @param {string} cwd
 */
function remoteRefs(remote, env, cwd) {
  const out = git(['ls-remote', '--heads', '--tags', remote], { cwd, env, what: `reading ${redact(remote)} (does it exist, and may the token push to it?)` });
  /** @type {Map<string, string>} */
  const refs = new Map();
  for (const line of out.split('\n').filter(Boolean)) {
    const [sha = '', name = ''] = line.split('\t');
    if (name.endsWith('^{}')) refs.set(name.slice(0, -3), sha);
    else if (!refs.has(name)) refs.set(name, sha);
  }
  return refs;
}

/** The identity release commits and tags are made with: git's own when configured, else the Actions bot. */
function identity(/** @type {string} */ root) {
  const get = (/** @type {string} */ key) => spawnSync('git', ['config', key], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const name = process.env.GIT_AUTHOR_NAME || get('user.name') || 'github-actions[bot]';
  const email = process.env.GIT_AUTHOR_EMAIL || get('user.email') || '41898282+github-actions[bot]@users.noreply.github.com';
  return { GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email };
}

/**
 * @param {string[]} argv
 * @param {(line: string) => void} log
 */
export function publishActions(argv, log) {
  const args = parseArgs(argv);
  const { version } = args;
  const tag = `v${version}`;
  const major = `v${version.split('.')[0]}`;
  const { root, head, license, actions, workflows, own, monorepoRemote } = preflight(args);
  const actionsEnv = tokenEnv(process.env.ACTIONS_REPO_TOKEN);
  const monorepoEnv = tokenEnv(process.env.MONOREPO_TOKEN);
  // The header form of each token is not the secret GitHub masks: mask it too.
  if (process.env.GITHUB_ACTIONS === 'true') {
    for (const token of new Set([process.env.ACTIONS_REPO_TOKEN, process.env.MONOREPO_TOKEN])) if (token) console.log(`::add-mask::${basicAuth(token)}`);
  }

  // Nothing is written before every remote has been read: a tag that exists stops the whole release.
  /** @type {Map<string, Map<string, string>>} */
  const refsOf = new Map();
  for (const action of actions) {
    const refs = remoteRefs(action.url, actionsEnv, root);
    if (refs.has(`refs/tags/${tag}`)) throw new PublishError(`${redact(action.url)} already has the tag ${tag}: a version is released once (release ${version.replace(/\d+$/, (n) => String(Number(n) + 1))} instead)`);
    refsOf.set(action.name, refs);
  }
  const monorepoTag = remoteRefs(monorepoRemote, monorepoEnv, root).get(`refs/tags/${tag}`);
  if (monorepoTag !== undefined && monorepoTag !== head) throw new PublishError(`${redact(monorepoRemote)} has the tag ${tag} at ${monorepoTag.slice(0, 12)}, not at the commit being released (${head.slice(0, 12)})`);

  log(`checking that every committed dist/ is what the sources build (test/check-dist.sh)`);
  const check = spawnSync('bash', ['test/check-dist.sh'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (check.status !== 0) {
    throw new PublishError(`a committed dist/ is stale, so nothing was published:\n${(check.stderr || check.stdout).trim()}\n(test/check-dist.sh rebuilt them: commit actions/*/dist, then tag again)`);
  }

  const who = identity(root);
  const scratch = mkdtempSync(path.join(tmpdir(), 'publish-actions-'));
  try {
    // Every action's commit, made locally first.
    const archive = path.join(scratch, 'source');
    mkdirSync(archive);
    const tar = spawnSync('git', ['archive', '--format=tar', head, '--', 'actions', license], { cwd: root, maxBuffer: 512 * 1024 * 1024 });
    if (tar.status !== 0) throw new PublishError(`git archive failed: ${tar.stderr.toString().trim()}`);
    const untar = spawnSync('tar', ['-x', '-C', archive], { input: tar.stdout });
    if (untar.status !== 0) throw new PublishError(`unpacking the actions failed: ${untar.stderr.toString().trim()}`);
    const isDirectory = (/** @type {string} */ p) => spawnSync('git', ['cat-file', '-t', `${head}:${p}`], { cwd: root, encoding: 'utf8' }).stdout.trim() === 'tree';

    /** @type {Map<string, string>} */
    const published = new Map();
    /** @type {{ name: string, url: string, work: string }[]} */
    const pushes = [];
    for (const action of actions) {
      const work = path.join(scratch, `repo-${action.name}`);
      git(['init', '-q', '-b', 'main', work]);
      const refs = refsOf.get(action.name) ?? new Map();
      if (refs.has('refs/heads/main')) {
        git(['fetch', '-q', '--depth=1', action.url, 'refs/heads/main'], { cwd: work, env: actionsEnv, what: `fetching main of ${redact(action.url)}` });
        git(['reset', '-q', '--soft', 'FETCH_HEAD'], { cwd: work });
      }
      // The tree is exactly these files, whatever the previous release held.
      git(['read-tree', '--empty'], { cwd: work });
      for (const entry of readdirSync(work)) if (entry !== '.git') rmSync(path.join(work, entry), { recursive: true, force: true });
      const source = path.join(archive, 'actions', action.name);
      cpSync(path.join(source, action.actionFile), path.join(work, action.actionFile));
      cpSync(path.join(source, 'dist'), path.join(work, 'dist'), { recursive: true });
      cpSync(path.join(archive, license), path.join(work, license));
      const readme = git(['show', `${head}:actions/${action.name}/README.md`], { cwd: root, raw: true });
      writeFileSync(path.join(work, 'README.md'), publishedReadme(readme, { action: action.name, actions: actions.map((a) => a.name), commit: head, isDirectory }));
      git(['add', '-A'], { cwd: work });
      const message = `${action.name} ${tag}\n\nPublished from ${MONOREPO}@${head} (actions/${action.name}) by scripts/publish-actions.mjs.`;
      git(['commit', '-q', '--allow-empty', '--no-verify', '-m', message], { cwd: work, env: who });
      git(['tag', '-a', tag, '-m', `${action.name} ${tag} from ${MONOREPO}@${head}`], { cwd: work, env: who });
      git(['tag', '-f', '-a', major, '-m', `${action.name} ${major}: ${tag}`], { cwd: work, env: who });
      published.set(action.name, git(['rev-parse', 'HEAD'], { cwd: work }));
      pushes.push({ name: action.name, url: action.url, work });
    }

    // This repository's release commits: our actions pinned to what was just made, then the callers
    // pinned to the reusable workflows that pin them (a commit cannot name itself).
    const pinnedActions = releaseCommit(root, head, workflows, who, (ref) => {
      if (ref.kind !== 'own-action') return undefined;
      const sha = published.get(ref.action);
      return sha ? { name: publishedActionRepo(ref.action), sha, version: tag } : undefined;
    }, `Release ${tag}: pin our actions to their published commits`);
    const pinnedCallers = releaseCommit(root, pinnedActions.commit, pinnedActions.files, who, (ref) =>
      ref.kind === 'own-workflow' ? { name: `${MONOREPO}/.github/workflows/${ref.workflow}`, sha: pinnedActions.commit, version: tag } : undefined,
    `Release ${tag}: pin the caller workflows to the reusable workflows of ${pinnedActions.commit.slice(0, 12)}`);
    const release = pinnedCallers.commit;
    const left = pinProblems(pinnedCallers.files, own, 'release');
    if (left.length > 0) throw new Error(`the release commit still has unpinned uses: (a bug in this script):\n${left.map((p) => `  ${p.file}:${p.line}: ${p.message}`).join('\n')}`);
    const tagObject = (/** @type {string} */ name, /** @type {string} */ text) => {
      const tagger = `${who.GIT_COMMITTER_NAME} <${who.GIT_COMMITTER_EMAIL}> ${Math.floor(Date.now() / 1000)} +0000`;
      return git(['mktag'], { cwd: root, input: `object ${release}\ntype commit\ntag ${name}\ntagger ${tagger}\n\n${text}\n` });
    };
    const monorepoTags = [
      [tagObject(tag, `${MONOREPO} ${tag}`), tag],
      [tagObject(major, `${MONOREPO} ${major}: ${tag}`), major],
    ];

    // Now push: the action repositories (each atomically), then this repository's tags.
    for (const p of pushes) {
      git(['push', '-q', '--atomic', p.url, 'refs/heads/main:refs/heads/main', `refs/tags/${tag}:refs/tags/${tag}`, `+refs/tags/${major}:refs/tags/${major}`], {
        cwd: p.work,
        env: actionsEnv,
        what: `pushing ${p.name} to ${redact(p.url)}`,
      });
      log(`published ${publishedActionRepo(p.name)} ${tag} (and ${major}): ${published.get(p.name)} to ${redact(p.url)}`);
    }
    git(['push', '-q', '--atomic', monorepoRemote, ...monorepoTags.map(([object, name]) => `+${object}:refs/tags/${name}`)], {
      cwd: root,
      env: monorepoEnv,
      what: `pushing the release tags to ${redact(monorepoRemote)}`,
    });
    log(`tagged ${tag} and ${major} at ${release} in ${redact(monorepoRemote)} (${head.slice(0, 12)} with our own uses: pinned)`);

    if (process.env.GITHUB_STEP_SUMMARY) {
      const rows = pushes.map((p) => `| \`${publishedActionRepo(p.name)}@${tag}\` | \`${published.get(p.name)}\` |`);
      appendFileSync(process.env.GITHUB_STEP_SUMMARY, [`### Released ${tag}`, '', `From ${MONOREPO}@\`${head}\`; release commit \`${release}\` (tags ${tag}, ${major}).`, '', '| action | commit |', '| --- | --- |', ...rows, ''].join('\n'));
    }
    return { head, release, published };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * A commit on top of `parent` in which `files` (workflow path → text) have our own references
 * rewritten by `pinFor`; `parent` itself when nothing changes.
 * @param {string} root
 * @param {string} parent
 * @param {Record<string, string>} files
 * @param {Record<string, string>} who
 * @param {Parameters<typeof rewriteOwnRefs>[1]} pinFor
 * @param {string} message
 */
function releaseCommit(root, parent, files, who, pinFor, message) {
  /** @type {Record<string, string>} */
  const rewritten = {};
  const changed = [];
  for (const [file, text] of Object.entries(files)) {
    rewritten[file] = rewriteOwnRefs(text, pinFor);
    if (rewritten[file] !== text) changed.push(file);
  }
  if (changed.length === 0) return { commit: parent, files: rewritten };
  // A private index: the checkout's own index and files stay as they are.
  const index = path.join(mkdtempSync(path.join(tmpdir(), 'publish-index-')), 'index');
  try {
    const env = { ...who, GIT_INDEX_FILE: index };
    git(['read-tree', parent], { cwd: root, env });
    for (const file of changed) {
      const blob = git(['hash-object', '-w', '--stdin'], { cwd: root, input: rewritten[file] });
      const mode = git(['ls-tree', parent, '--', file], { cwd: root }).split(' ')[0] || '100644';
      git(['update-index', '--cacheinfo', `${mode},${blob},${file}`], { cwd: root, env });
    }
    const tree = git(['write-tree'], { cwd: root, env });
    return { commit: git(['commit-tree', tree, '-p', parent, '-m', message], { cwd: root, env }), files: rewritten };
  } finally {
    rmSync(path.dirname(index), { recursive: true, force: true });
  }
}

function main() {
  try {
    publishActions(process.argv.slice(2), (line) => console.log(line));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`publish-actions: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof PublishError) {
      console.error(`publish-actions: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
