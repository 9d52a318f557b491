// @ts-check
// git for the release script: run synchronously, never prompting, with a token (when given) sent
// as an HTTP header through the environment, so it is never on a command line (visible to other
// processes) or in a remote URL (printed in errors).
import { spawnSync } from 'node:child_process';

/** A failure the person releasing can act on: printed as one line, no stack. */
export class PublishError extends Error {
  name = 'PublishError';
}

/**
 * Environment that makes git send `token` to every HTTP remote as GitHub expects an installation
 * or personal token (basic auth, user x-access-token). Empty without a token.
 * @param {string | undefined} token
 * @returns {Record<string, string>}
 */
export function tokenEnv(token) {
  if (!token) return {};
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'http.extraheader',
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basicAuth(token)}`,
  };
}

/** @param {string} token */
export function basicAuth(token) {
  return Buffer.from(`x-access-token:${token}`).toString('base64');
}

/**
 * Text with the user and password of every URL in it taken out, for messages.
 * @param {string} text
 */
export function redact(text) {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/@\s'"]*@/gi, '$1');
}

/**
 * Runs git and returns its stdout; throws a PublishError with git's first meaningful line.
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string>, input?: string | Buffer, what?: string, raw?: boolean }} [options]
 *   `what` names the operation in the error ("push to …"); `raw` keeps stdout as it is (file
 *   contents), else its last line break is dropped.
 */
export function git(args, { cwd, env = {}, input, what, raw = false } = {}) {
  const r = spawnSync('git', args, {
    cwd,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    // Never wait on a credential prompt or an editor: there is nobody to answer in CI.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', SSH_ASKPASS: '', GIT_EDITOR: 'true', ...env },
  });
  if (r.error) throw new PublishError(`${what ?? `git ${args[0]}`}: ${r.error.message}`);
  if (r.status !== 0) {
    const lines = redact(r.stderr ?? '')
      .split('\n')
      .map((l) => l.replace(/^(fatal|error|remote): /, '').trim())
      .filter((l) => l !== '' && !/^hint:/.test(l));
    throw new PublishError(`${what ?? `git ${args.join(' ')}`} failed: ${lines.slice(0, 2).join(' / ') || `exit status ${r.status}`}`);
  }
  return raw ? r.stdout : r.stdout.replace(/\n$/, '');
}
