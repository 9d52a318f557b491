// What run-module and build-module do around runModule and buildModule, without the engine: where
// the module is and what it is called, the baseline file read before and extended after a run,
// the image's provenance labels. (The engine part runs in the actions' own tests, on Docker.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isUserError } from '@lilypad-actions/errors';
import { buildProvenance } from '../src/build-module-job';
import { FetchModuleError } from '../src/fetch-module';
import { localModuleRef, prepareModule, withBaseline } from '../src/module-job';
import { BaselineError, baselineFor, loadBaseline } from '../src/report/baseline';
import { sampleReport } from './report/fixture';

const temp = mkdtempSync(path.join(tmpdir(), 'module-job-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('localModuleRef', () => {
  it('names a workspace folder as users would: repository, folder, commit', () => {
    expect(localModuleRef('', 'acme/hello', 'abc123')).toBe('github.com/acme/hello:abc123');
    expect(localModuleRef('modules/cowsay', 'acme/hello', 'abc123')).toBe('github.com/acme/hello/modules/cowsay:abc123');
    expect(localModuleRef('', 'acme/hello', undefined)).toBe('github.com/acme/hello:HEAD');
  });
  it('is the folder alone outside a repository', () => {
    expect(localModuleRef('', undefined, undefined)).toBe('.');
    expect(localModuleRef('mod', undefined, 'abc')).toBe('mod');
  });
});

describe('prepareModule', () => {
  it("a workspace folder: no fetch, the folder's path resolved", async () => {
    const prepared = await prepareModule({ workspace: temp, path: 'sub', repository: 'acme/m', sha: 'f00' }, path.join(temp, 'work'));
    expect(prepared).toEqual({ moduleDir: path.join(temp, 'sub'), moduleRef: 'github.com/acme/m/sub:f00' });
  });

  it('a module reference: cloned into the work folder at its ref', async () => {
    const origin = path.join(temp, 'origin');
    const git = (...args: string[]) => execFileSync('git', ['-C', origin, ...args], { encoding: 'utf8' }).trim();
    execFileSync('git', ['init', '-q', '-b', 'main', origin]);
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'test');
    writeFileSync(path.join(origin, 'lilypad_module.json.tmpl'), 'fetched');
    git('add', '.');
    git('commit', '-q', '-m', 'v1');
    git('tag', 'v1.0.0');
    const work = path.join(temp, 'work-fetch');
    const prepared = await prepareModule({ workspace: temp, path: '.', module: { repo: `file://${origin}`, ref: 'v1.0.0', path: '/lilypad_module.json.tmpl' } }, work);
    expect(prepared.moduleDir).toBe(path.join(work, 'module'));
    expect(prepared.moduleRef).toBe(`file://${origin}:v1.0.0`);
    expect(readFileSync(path.join(prepared.moduleDir, 'lilypad_module.json.tmpl'), 'utf8')).toBe('fetched');
  });

  it("a reference that is not one: the user's to fix, saying how to write it", async () => {
    const error = await prepareModule({ workspace: temp, path: '.', module: 'not a reference' }, path.join(temp, 'work-bad')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchModuleError);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toMatch(/write <repo>:<ref>/);
  });
});

describe('withBaseline', () => {
  it('no file: the run gets no baseline and nothing is written', async () => {
    let given: unknown = 'unset';
    await withBaseline(undefined, async (b) => ((given = b), sampleReport()));
    expect(given).toBeUndefined();
  });

  it("a missing file is an empty baseline; the run's timings are added to it, then read back by the next run", async () => {
    const file = path.join(temp, 'baseline.json');
    const report = sampleReport();
    await withBaseline(file, async (b) => {
      expect(b?.series).toEqual([]);
      return report;
    });
    const c = report.cases[0]!;
    expect(baselineFor(loadBaseline(file), c.key, c.name)).toEqual([c.timings]);
    await withBaseline(file, async (b) => {
      expect(baselineFor(b!, c.key, c.name)).toEqual([c.timings]);
      return report;
    });
    expect(baselineFor(loadBaseline(file), c.key, c.name)).toHaveLength(2);
  });

  it('a broken file stops before the run, as a UserError naming the file', async () => {
    const file = path.join(temp, 'broken.json');
    writeFileSync(file, '{ not json');
    let ran = false;
    const error = await withBaseline(file, async () => ((ran = true), sampleReport())).catch((e: unknown) => e);
    expect(ran).toBe(false);
    expect(error).toBeInstanceOf(BaselineError);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message.startsWith(`${file}: `)).toBe(true);
  });
});

describe('buildProvenance', () => {
  const at = { workspace: '/w', serverUrl: 'https://github.example.com', repository: 'acme/m', sha: 'abc' };
  it('the source, revision and, for the repository root, the module reference', () => {
    expect(buildProvenance(at, '/w')).toEqual({ source: 'https://github.example.com/acme/m', revision: 'abc', module: 'github.example.com/acme/m:abc' });
  });
  it('a module in a subfolder is not `repo:commit`: no module label', () => {
    expect(buildProvenance(at, '/w/sub')).toEqual({ source: 'https://github.example.com/acme/m', revision: 'abc' });
  });
  it('outside a repository: empty labels, github.com by default', () => {
    expect(buildProvenance({ workspace: '/w' }, '/w')).toEqual({ source: '', revision: '' });
    expect(buildProvenance({ workspace: '/w', repository: 'a/b', sha: 's' }, '/w').module).toBe('github.com/a/b:s');
  });
});
