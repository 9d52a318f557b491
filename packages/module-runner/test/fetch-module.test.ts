// fetchModule against real git repositories on disk: a tag, a branch, a commit, and a ref that
// does not exist.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchModule, FetchModuleError } from '../src/fetch-module';

const temp = mkdtempSync(path.join(tmpdir(), 'fetch-module-'));
const origin = path.join(temp, 'origin');
let firstCommit = '';
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const git = (...args: string[]) => execFileSync('git', ['-C', origin, ...args], { encoding: 'utf8' }).trim();

beforeAll(() => {
  execFileSync('git', ['init', '-q', '-b', 'main', origin]);
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  writeFileSync(path.join(origin, 'lilypad_module.json.tmpl'), 'v1');
  git('add', '.');
  git('commit', '-q', '-m', 'v1');
  git('tag', 'v1.0.0');
  firstCommit = git('rev-parse', 'HEAD');
  writeFileSync(path.join(origin, 'lilypad_module.json.tmpl'), 'v2');
  git('commit', '-q', '-am', 'v2');
});

const template = (dir: string) => readFileSync(path.join(dir, 'lilypad_module.json.tmpl'), 'utf8');
const ref = (r: string) => ({ repo: `file://${origin}`, ref: r, path: '/lilypad_module.json.tmpl' });

describe('fetchModule', () => {
  it('checks out a tag', async () => {
    const dir = path.join(temp, 'tag');
    await fetchModule(ref('v1.0.0'), dir);
    expect(template(dir)).toBe('v1');
  });

  it('checks out a branch', async () => {
    const dir = path.join(temp, 'branch');
    await fetchModule(ref('main'), dir);
    expect(template(dir)).toBe('v2');
  });

  it('checks out a full commit hash', async () => {
    const dir = path.join(temp, 'commit');
    await fetchModule(ref(firstCommit), dir);
    expect(template(dir)).toBe('v1');
  });

  it('says which repository and ref could not be fetched', async () => {
    const error = await fetchModule(ref('v9.9.9'), path.join(temp, 'missing')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchModuleError);
    expect((error as Error).message).toMatch(new RegExp(`^cannot fetch file://${origin} at v9\\.9\\.9: .*v9\\.9\\.9`));
  });

  it('resolves a module reference the way the Lilypad CLI does', async () => {
    // parseModuleRef: a name without "/" is a Lilypad-Tech shortcut; it is not fetched here (no network).
    const error = await fetchModule('not a ref', path.join(temp, 'bad')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchModuleError);
    expect((error as Error).message).toBe('invalid module name format: not a ref: write <repo>:<ref>, e.g. github.com/org/repo:v1.0.0');
  });
});
