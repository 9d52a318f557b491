// @ts-check
// An action's README as its own repository shows it. In this repository the README sits in
// actions/<action>/, links to its neighbours by relative paths (../../packages/…), and names the
// actions by their path here; in the published repository those paths do not exist. So: relative
// links become links to this repository at the released commit, every action is named by its
// published repository, and a line under the title says where the source is.
import path from 'node:path';
import { MONOREPO, publishedActionRepo } from './repository.mjs';

/**
 * @param {string} text the README as committed in actions/<action>/
 * @param {{ action: string, actions: string[], commit: string, repoUrl?: string, isDirectory: (repoPath: string) => boolean }} options
 *   `actions`: every action folder (a README may show several); `isDirectory` says whether a
 *   path of this repository is a folder at `commit` (GitHub links folders as tree/, files as blob/).
 */
export function publishedReadme(text, { action, actions, commit, repoUrl = `https://github.com/${MONOREPO}`, isDirectory }) {
  let out = text;
  for (const name of actions) out = out.replaceAll(`${MONOREPO}/actions/${name}@`, `${publishedActionRepo(name)}@`);

  // Inline links and images: ](target) and ](target "title").
  out = out.replace(/\]\(([^)\s]+)((?:\s+"[^"]*")?)\)/g, (whole, /** @type {string} */ target, /** @type {string} */ title) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('/')) return whole;
    const hash = target.indexOf('#');
    const file = hash < 0 ? target : target.slice(0, hash);
    const anchor = hash < 0 ? '' : target.slice(hash);
    const resolved = path.posix.normalize(path.posix.join('actions', action, file));
    if (resolved.startsWith('..')) return whole;
    const kind = isDirectory(resolved) ? 'tree' : 'blob';
    return `](${repoUrl}/${kind}/${commit}/${resolved.replace(/\/$/, '')}${anchor}${title})`;
  });

  const source = `> Published from [${MONOREPO}](${repoUrl}/tree/${commit}/actions/${action}) at commit \`${commit.slice(0, 12)}\`: the source, the tests and the issues are there.`;
  const lines = out.split('\n');
  const title = lines.findIndex((l) => /^# /.test(l));
  lines.splice(title + 1, 0, '', source);
  return lines.join('\n');
}
