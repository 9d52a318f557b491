// The git ledger writer, over the fake GitHub's smart HTTP and against a plain bare repository.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { rewardsCsv } from '../src/csv';
import { recordMonth } from '../src/ledger';
import { runMonthlyRewards } from '../src/run';
import { branchLog, clientFor, loadedConfig, runInputs, runServices } from './fixtures';
import { fakeGitHub, PLACE, run, show, storeFor, stopFakes, writerScenarios } from './ledger-scenarios';
import { tempDir } from '../../../test/support/temp-dir';

afterEach(stopFakes);

writerScenarios('git');

describe('the git writer', () => {
  test('fetches and pushes over smart HTTP with the token as basic auth', async () => {
    const fake = await fakeGitHub();
    const { github } = clientFor(fake);
    const outcome = await runMonthlyRewards(runInputs({ writer: 'git' }), runServices(fake, github));
    expect(outcome.status).toBe('written');
    expect(await branchLog(fake, 'ledger')).toEqual([`${outcome.commit} rewards: 2025-03: 2 counted, 1 excluded, 10000 Lilybits`]);
    const git = fake.requests.filter((r) => r.kind === 'git');
    expect(git.map((r) => r.path.split('/').at(-1))).toEqual(['refs', 'git-upload-pack', 'refs', 'git-receive-pack']);
    expect(git.every((r) => r.auth === 'ok' && r.status === 200)).toBe(true);
  });

  test('a token the server refuses: one clear error, nothing written', async () => {
    const fake = await fakeGitHub();
    const { github } = clientFor(fake);
    const error = await runMonthlyRewards(runInputs({ writer: 'git' }), runServices(fake, github, { token: 'ghs_wrong' })).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^git fetch failed: fatal: /);
    expect((error as { hint?: string }).hint).toContain('permissions: contents: write');
    expect(await branchLog(fake, 'ledger')).toEqual([]);
  });

  test('a crash after committing locally and before pushing leaves the remote as it was; the re-run records once', async () => {
    const fake = await fakeGitHub();
    const { result } = await run(fake, 'git', '2025-03', { dryRun: true });
    const store = storeFor(fake, 'git', async () => {
      throw new Error('killed');
    });
    await expect(recordMonth(store, result, rewardsCsv(result, fake.serverUrl), null, PLACE)).rejects.toThrow('killed');
    expect(await branchLog(fake, 'ledger')).toEqual([]);
    expect((await run(fake, 'git', '2025-03')).status).toBe('written');
    expect(await branchLog(fake, 'ledger')).toHaveLength(1);
  });

  test('a push rejected because the branch moved is retried from a fresh fetch, not a rebase', async () => {
    const fake = await fakeGitHub();
    await run(fake, 'git', '2025-03');
    const { result } = await run(fake, 'git', '2025-02', { dryRun: true });
    let interfered = false;
    const store = storeFor(fake, 'git', async () => {
      if (interfered) return;
      interfered = true;
      // Another writer records a restatement of March between our fetch and our push.
      await run(fake, 'api', '2025-03', { config: loadedConfig((c) => (c.moduleReward.gpuDays = 3)), restate: { reason: 'tripled' } });
    });
    const outcome = await recordMonth(store, result, rewardsCsv(result, fake.serverUrl), null, PLACE);
    expect(outcome.status).toBe('written');
    const index = JSON.parse(await show(fake, 'ledger:index.json')) as { months: Record<string, { total: number; restatements: number }> };
    expect(index.months).toMatchObject({ '2025-02': { total: 5000, restatements: 0 }, '2025-03': { total: 30000, restatements: 1 } });
    expect((await fake.git(['log', '-1', '--format=%P', 'ledger'])).trim()).toBe((await fake.git(['rev-parse', 'ledger^'])).trim());
  });

  test('works against a plain bare repository', async () => {
    const fake = await fakeGitHub();
    const bare = join(tempDir('rewards-bare-'), 'ledger.git');
    execFileSync('git', ['init', '-q', '--bare', bare]);
    const { github } = clientFor(fake);
    const services = runServices(fake, github, { gitRemote: bare });
    const first = await runMonthlyRewards(runInputs({ writer: 'git' }), services);
    const second = await runMonthlyRewards(runInputs({ writer: 'git' }), services);
    expect([first.status, second.status]).toEqual(['written', 'unchanged']);
    expect(execFileSync('git', ['--git-dir', bare, 'log', '--format=%s', 'ledger'], { encoding: 'utf8' }).trim()).toBe('rewards: 2025-03: 2 counted, 1 excluded, 10000 Lilybits');
    expect(existsSync(join(bare, 'refs/heads/ledger')) || execFileSync('git', ['--git-dir', bare, 'show-ref'], { encoding: 'utf8' }).includes('refs/heads/ledger')).toBe(true);
  });
});
