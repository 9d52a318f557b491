// The API ledger writer (GraphQL createCommitOnBranch) against the fake GitHub.
import { afterEach, describe, expect, test } from 'vitest';
import { branchLog } from './fixtures';
import { fakeGitHub, run, stopFakes, writerScenarios } from './ledger-scenarios';

afterEach(stopFakes);

writerScenarios('api');

describe('the api writer after a lost answer', () => {
  test('recognises its own commit when the answer to createCommitOnBranch was lost', async () => {
    const fake = await fakeGitHub();
    fake.fault({ kind: 'graphql', operation: 'LedgerCommit', fault: 'drop-after-apply' });
    const outcome = await run(fake, 'api', '2025-03');
    const log = await branchLog(fake, 'ledger');
    expect(log).toHaveLength(2);
    expect(outcome).toMatchObject({ status: 'written', commit: log[0]?.split(' ')[0] });
  });

  test('a run that dies after the commit landed, then a re-run: one commit', async () => {
    const fake = await fakeGitHub();
    fake.fault({ kind: 'graphql', operation: 'LedgerCommit', fault: 'drop-after-apply' });
    // The process "dies": every read after the lost answer fails.
    const down = fake.fault({ kind: 'graphql', operation: 'LedgerState', fault: 'server-error', skip: 1, times: Infinity });
    await expect(run(fake, 'api', '2025-03')).rejects.toThrow(/GitHub GraphQL LedgerState failed/);
    down.remove();
    const rerun = await run(fake, 'api', '2025-03');
    expect(rerun.status).toBe('unchanged');
    expect((await branchLog(fake, 'ledger')).filter((l) => l.includes(' rewards: '))).toHaveLength(1);
  });
});

