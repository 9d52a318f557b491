// The gate against the fake GitHub (test/fake-github: environments as GitHub's REST API reports
// them), over real HTTP: every way a run must be refused, and the ways it may pass.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { start, type FakeGitHub } from '../../../test/fake-github';
import { checkGpuGate, eventFacts, GpuGateRefusal, type GitHubRest } from '../src/index';

const TOKEN = 'ghs_job_token';
const REPO = 'lilypad-tech/sdxl-module';
const push = eventFacts('push', { ref: 'refs/heads/main' }, REPO);
const forkPr = eventFacts('pull_request', { pull_request: { number: 7, head: { repo: { full_name: 'mallory/sdxl-module', fork: true } } } }, REPO);
const branchPr = eventFacts('pull_request', { pull_request: { number: 8, head: { repo: { full_name: REPO, fork: false } } } }, REPO);

/**
 * GitHubRest over fetch, as Octokit's request() behaves for it: the route's {params} filled in
 * URL-encoded, the token as `authorization: token …`, a non-2xx answer thrown with its `status`.
 */
function restClient(fake: FakeGitHub, token = TOKEN): GitHubRest {
  return {
    async get(route, params) {
      const path = route.replace(/^GET /, '').replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(params[k] ?? ''));
      const response = await fetch(`${fake.url}${path}`, { headers: { authorization: `token ${token}`, accept: 'application/vnd.github+json' } });
      const body = (await response.json()) as { message?: string };
      if (!response.ok) throw Object.assign(new Error(body.message ?? response.statusText), { status: response.status });
      return body;
    },
  };
}

async function refusal(promise: Promise<unknown>): Promise<GpuGateRefusal> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(GpuGateRefusal);
  return error as GpuGateRefusal;
}

describe('checkGpuGate', () => {
  let fake: FakeGitHub;
  const sleeps: number[] = [];
  const services = () => ({ github: restClient(fake), sleep: async (ms: number) => void sleeps.push(ms) });
  beforeAll(async () => {
    fake = await start({
      token: TOKEN,
      repoFixture: {
        owner: 'lilypad-tech',
        name: 'sdxl-module',
        environments: {
          gpu: { reviewers: ['alice', 'team:maintainers'], preventSelfReview: true, adminsCanBypass: false },
          'self-review': { reviewers: ['alice'], adminsCanBypass: false },
          'admins-bypass': { reviewers: ['alice'], preventSelfReview: true },
          'no-reviewers': {},
          'timer-only': { waitTimer: 30, protectedBranches: true },
          'empty-rule': { reviewers: [] },
          'gpu/h100': { reviewers: ['bob'], preventSelfReview: true },
        },
      },
    });
  });
  afterAll(() => fake.stop());
  const gate = (environment: string, allowUnreviewed = false, event = push) => checkGpuGate({ repository: REPO, environment, allowUnreviewed, event }, services());

  test('an environment with required reviewers: the run goes on, naming who approves', async () => {
    expect(await gate('gpu', false, forkPr)).toEqual({
      approval: 'required-reviewers',
      environment: 'gpu',
      url: `${fake.serverUrl}/lilypad-tech/sdxl-module/deployments/activity_log?environments_filter=gpu`,
      reviewers: ['@alice', 'team maintainers'],
      warnings: [],
    });
    const request = fake.requests.at(-1)!;
    expect(request).toMatchObject({ kind: 'rest', method: 'GET', path: '/repos/lilypad-tech/sdxl-module/environments/gpu', status: 200, auth: 'ok' });
  });

  test('a name that needs encoding is asked for encoded', async () => {
    expect((await gate('gpu/h100')).reviewers).toEqual(['@bob']);
    expect(fake.requests.at(-1)!.path).toBe('/repos/lilypad-tech/sdxl-module/environments/gpu%2Fh100');
  });

  test('administrators may bypass the reviewers (can_admins_bypass, GitHub\'s default): through, with a warning saying how to turn it off', async () => {
    const decision = await gate('admins-bypass');
    expect(decision.approval).toBe('required-reviewers');
    expect(decision.warnings).toEqual([
      'administrators of lilypad-tech/sdxl-module can bypass the required reviewers of "admins-bypass" and start GPU runs nobody approved (turn it off in Settings → Environments → admins-bypass → "Allow administrators to bypass configured protection rules")',
    ]);
  });

  test('reviewers who may approve their own runs: through, with a warning', async () => {
    const decision = await gate('self-review');
    expect(decision.approval).toBe('required-reviewers');
    expect(decision.warnings).toEqual([expect.stringContaining('may approve a run they started themselves')]);
  });

  test('no such environment: refused, saying how to set it up', async () => {
    const e = await refusal(gate('missing'));
    expect(e.code).toBe('no-environment');
    expect(e.message).toBe('refusing to run: lilypad-tech/sdxl-module has no environment "missing", so nobody approves what this job runs on the GPU runner.');
    expect(e.hint).toMatch(/^In the repository's Settings → Environments, open \(or create\) the environment "missing" and add Required reviewers/);
    expect(e.hint).toContain('allow-unreviewed-gpu-runs: true');
  });

  test.each([
    ['no-reviewers', 'none'],
    ['timer-only', 'wait_timer, branch_policy'],
    ['empty-rule', 'required_reviewers'],
  ])('an environment without a reviewer (%s): refused', async (environment, rules) => {
    const e = await refusal(gate(environment));
    expect(e.code).toBe('no-reviewers');
    expect(e.message).toBe(`refusing to run: the environment "${environment}" of lilypad-tech/sdxl-module requires no reviewers (its rules: ${rules}), so nobody approves what this job runs on the GPU runner.`);
    expect(e.describe().split('\n')).toHaveLength(2);
  });

  test('allow-unreviewed-gpu-runs on a fork\'s pull request: refused all the same', async () => {
    for (const environment of ['no-reviewers', 'missing']) {
      const e = await refusal(gate(environment, true, forkPr));
      expect(e.code).toBe('fork');
      expect(e.message).toContain('allow-unreviewed-gpu-runs is never honoured for code that may come from a fork (pull request #7 comes from mallory/sdxl-module, not lilypad-tech/sdxl-module)');
    }
    // An event the gate cannot read counts as a fork's.
    expect((await refusal(gate('no-reviewers', true, eventFacts('push', null, REPO)))).code).toBe('fork');
  });

  test('allow-unreviewed-gpu-runs on the repository\'s own code: through, with a warning', async () => {
    for (const [environment, event] of [['no-reviewers', push], ['missing', branchPr]] as const) {
      const decision = await gate(environment, true, event);
      expect(decision.approval).toBe('allowed-unreviewed');
      expect(decision.reviewers).toEqual([]);
      expect(decision.warnings).toEqual([expect.stringMatching(/^running without an approval: .*; allow-unreviewed-gpu-runs is true and /)]);
    }
    // Reviewers, when there are some, still approve.
    expect((await gate('gpu', true, push)).approval).toBe('required-reviewers');
  });

  test('a token that may not read the environment (no actions: read): refused, saying which permission', async () => {
    const closed = await start({ token: TOKEN, repoFixture: { owner: 'lilypad-tech', name: 'sdxl-module', tokenReadsActions: false, environments: { gpu: { reviewers: ['alice'] } } } });
    try {
      const e = await refusal(checkGpuGate({ repository: REPO, environment: 'gpu', allowUnreviewed: true, event: push }, { github: restClient(closed) }));
      expect(e.code).toBe('api');
      expect(e.message).toBe('GitHub refused to show the environment "gpu" of lilypad-tech/sdxl-module to this job\'s token (HTTP 403: Resource not accessible by integration)');
      expect(e.hint).toMatch(/permissions: actions: read/);
      // A wrong token is refused too.
      expect((await refusal(checkGpuGate({ repository: REPO, environment: 'gpu', allowUnreviewed: false, event: push }, { github: restClient(fake, 'wrong') }))).message).toMatch(/HTTP 401: Bad credentials/);
    } finally {
      await closed.stop();
    }
  });

  test('GitHub down: three attempts, then refused (also with allow-unreviewed-gpu-runs)', async () => {
    sleeps.length = 0;
    const before = fake.requests.length;
    const outage = fake.fault({ kind: 'rest', path: /\/environments\//, fault: 'server-error', times: Infinity });
    try {
      const e = await refusal(gate('gpu', true));
      expect(e.code).toBe('api');
      expect(e.message).toMatch(/^the environment "gpu" of lilypad-tech\/sdxl-module could not be read from GitHub \(HTTP 502: .*\), so whether it requires reviewers is unknown$/);
      expect(fake.requests.length - before).toBe(3);
      expect(sleeps).toEqual([1000, 2000]);
    } finally {
      outage.remove();
    }
  });

  test('a connection dropped once, then an answer: through', async () => {
    const drop = fake.fault({ kind: 'rest', path: /\/environments\//, fault: 'drop', times: 1 });
    expect((await gate('gpu')).approval).toBe('required-reviewers');
    expect(drop.hits).toBe(1);
  });

  test('an answer that is not an environment: refused, never read as "no rules"', async () => {
    const e = await refusal(checkGpuGate({ repository: REPO, environment: 'gpu', allowUnreviewed: true, event: push }, { github: { get: async () => ({ protection_rules: 'none' }) } }));
    expect(e.code).toBe('api');
  });

  test.each([
    [{ repository: 'not-a-repo', environment: 'gpu' }, /OWNER\/NAME/],
    [{ repository: REPO, environment: ' ' }, /no environment name/],
  ])('bad options %j: refused before asking GitHub', async (options, message) => {
    const before = fake.requests.length;
    const e = await refusal(checkGpuGate({ ...options, allowUnreviewed: false, event: push }, services()));
    expect(e.code).toBe('configuration');
    expect(e.message).toMatch(message);
    expect(fake.requests.length).toBe(before);
  });
});
