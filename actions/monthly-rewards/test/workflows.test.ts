// The action's public interface (action.yml, README) and the workflows around it: the reusable
// workflow's workflow_call interface, and the caller the list repository copies.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');
const yaml = (path: string) => parse(read(path)) as Record<string, any>;

const action = yaml('actions/monthly-rewards/action.yml');
// The entry point and the input reading it calls (src/inputs.ts).
const main = read('actions/monthly-rewards/src/main.ts') + read('actions/monthly-rewards/src/inputs.ts');
const readme = read('actions/monthly-rewards/README.md');
const reusable = yaml('.github/workflows/monthly-rewards.yml');
const caller = yaml('workflows/awesome-lilypad-rewards.yml');
const ACTION_REF = 'Lilypad-Tech/lilypad-actions/actions/monthly-rewards@v1';
const REUSABLE_REF = 'Lilypad-Tech/lilypad-actions/.github/workflows/monthly-rewards.yml@v1';
const DASHBOARD_REF = 'Lilypad-Tech/lilypad-actions/actions/rewards-dashboard@v1';
/** The reusable workflow's own inputs, which no action takes: whether to deploy and preview. */
const WORKFLOW_ONLY = ['pages', 'preview'];

describe('action.yml', () => {
  const inputs = Object.keys(action.inputs);
  const outputs = Object.keys(action.outputs);

  test('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  test('the inputs the entry point reads are exactly the declared ones', () => {
    const read = [...main.matchAll(/(?:getInput|oneOf|flag|required)\('([a-z-]+)'/g)].map((m) => m[1]);
    expect(new Set(read)).toEqual(new Set(inputs));
  });

  test('the outputs the entry point sets are exactly the declared ones', () => {
    const set = [...main.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]);
    expect(new Set(set)).toEqual(new Set(outputs));
    expect(outputs).toEqual(expect.arrayContaining(['total', 'counted', 'excluded', 'ledger-path', 'commit']));
  });

  test('the README documents every input and output, and uses the action as published', () => {
    for (const name of [...inputs, ...outputs]) expect(readme).toContain(`| \`${name}\` |`);
    expect(readme).toContain(`uses: ${ACTION_REF}`);
  });
});

describe('reusable workflow .github/workflows/monthly-rewards.yml', () => {
  const call = reusable.on.workflow_call;
  const job = reusable.jobs.tally;
  const step = job.steps.find((s: { uses?: string }) => s.uses === ACTION_REF);

  test('passes each of its inputs to the action input of the same name', () => {
    for (const name of Object.keys(call.inputs).filter((n) => !WORKFLOW_ONLY.includes(n))) {
      expect(Object.keys(action.inputs)).toContain(name);
      expect(step.with[name]).toBe(`\${{ inputs.${name} }}`);
    }
    expect(Object.keys(step.with).every((name) => name in action.inputs)).toBe(true);
    expect(call.inputs.restate.type).toBe('boolean');
    expect(call.inputs['dry-run'].type).toBe('boolean');
    expect(call.inputs.month).toMatchObject({ type: 'string', default: '' });
  });

  test('exposes the action outputs through the job', () => {
    for (const name of Object.keys(action.outputs)) {
      expect(call.outputs[name].value).toBe(`\${{ jobs.tally.outputs.${name} }}`);
      expect(job.outputs[name]).toBe(`\${{ steps.rewards.outputs.${name} }}`);
    }
  });

  test('the token secret is optional and falls back to the caller\'s GITHUB_TOKEN', () => {
    expect(call.secrets.token.required).toBe(false);
    expect(step.with.token).toBe('${{ secrets.token || github.token }}');
  });

  test('write permission only on the job that writes; a queue that never cancels a ledger writer; a timeout', () => {
    expect(reusable.permissions).toEqual({});
    expect(job.permissions).toEqual({ contents: 'write', 'pull-requests': 'read' });
    expect(Object.keys(reusable.jobs)).toEqual(['tally', 'preview', 'site', 'deploy']);
    expect(job.concurrency).toEqual({
      group: 'lilypad-rewards-ledger-${{ github.repository }}-${{ inputs.ledger-branch }}',
      'cancel-in-progress': false,
      queue: 'max',
    });
    expect(job['timeout-minutes']).toBeGreaterThan(0);
    expect(job['timeout-minutes']).toBeLessThanOrEqual(60);
  });
});

describe('the dashboard: built after each ledger commit, deployed to Pages; a preview of the month to come', () => {
  const call = reusable.on.workflow_call;
  const job = reusable.jobs.tally;
  const jobs = reusable.jobs as Record<string, { needs?: string; if?: string; permissions?: Record<string, string>; steps: Array<{ id?: string; uses?: string; run?: string; with?: Record<string, unknown>; if?: string; 'continue-on-error'?: boolean }>; environment?: unknown; outputs?: Record<string, string>; 'timeout-minutes'?: number }>;
  const text = read('.github/workflows/monthly-rewards.yml');

  test('pages and id-token only on the deploy job, which only deploys; every other job reads at most', () => {
    expect(jobs.deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(jobs.site?.permissions).toEqual({ contents: 'read' });
    expect(jobs.preview?.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' });
    for (const [name, job] of Object.entries(jobs)) {
      if (name !== 'deploy') expect(Object.keys(job.permissions ?? {}), name).not.toEqual(expect.arrayContaining(['pages']));
      if (name !== 'deploy') expect(Object.keys(job.permissions ?? {}), name).not.toEqual(expect.arrayContaining(['id-token']));
      expect(job['timeout-minutes'], name).toBeGreaterThan(0);
    }
    expect(jobs.deploy?.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
    expect(jobs.deploy?.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
    expect(jobs.deploy?.needs).toBe('site');
  });

  test('the site is built from the ledger branch after a real tally, and handed to upload-pages-artifact', () => {
    const site = jobs.site;
    expect(site?.needs).toBe('tally');
    expect(site?.if).toBe('inputs.pages && !inputs.dry-run');
    expect(site?.steps[0]?.with).toEqual({ ref: '${{ inputs.ledger-branch }}', path: 'ledger', 'persist-credentials': false });
    expect(site?.steps[1]).toEqual({ id: 'dashboard', uses: DASHBOARD_REF, with: { ledger: 'ledger' } });
    expect(site?.steps[2]?.uses?.split('@')[0]).toBe('actions/upload-pages-artifact');
    expect(site?.steps[2]?.with).toEqual({ path: '${{ steps.dashboard.outputs.site-dir }}' });
    expect(call.outputs['page-url'].value).toBe('${{ jobs.deploy.outputs.page-url }}');
  });

  test('the preview: a dry run of the current UTC month over the ledger, plus a dry run’s own month, uploaded as an artifact', () => {
    const steps = jobs.preview?.steps ?? [];
    expect(jobs.preview?.needs).toBe('tally');
    expect(jobs.preview?.if).toBe('inputs.preview');
    const month = steps.find((s) => s.id === 'month');
    expect(month?.run).toBe('echo "month=$(date -u +%Y-%m)" >> "$GITHUB_OUTPUT"');
    const tally = steps.find((s) => s.uses === ACTION_REF);
    expect(tally?.with).toMatchObject({ month: '${{ steps.month.outputs.month }}', 'dry-run': true, 'ledger-branch': '${{ inputs.ledger-branch }}', 'output-dir': '${{ runner.temp }}/lilypad-rewards-preview' });
    const download = steps.find((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(download).toMatchObject({ if: 'inputs.dry-run', with: { name: 'lilypad-rewards-${{ needs.tally.outputs.month }}', path: '${{ runner.temp }}/lilypad-rewards-preview' } });
    // The same name the tally job uploads its month under.
    expect(job.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-artifact@')).with.name).toBe("lilypad-rewards-${{ steps.rewards.outputs.month || inputs.month || 'month' }}");
    expect(job.outputs.month).toBe('${{ steps.rewards.outputs.month }}');
    const ledger = steps.find((s) => s.id === 'ledger');
    expect(ledger).toMatchObject({ 'continue-on-error': true, with: { ref: '${{ inputs.ledger-branch }}', 'persist-credentials': false } });
    const dashboard = steps.find((s) => s.uses === DASHBOARD_REF);
    expect(dashboard?.with).toEqual({
      ledger: "${{ steps.ledger.outcome == 'success' && '.lilypad-ledger' || '' }}",
      preview: '${{ runner.temp }}/lilypad-rewards-preview',
      'output-dir': '${{ runner.temp }}/lilypad-rewards-preview-site',
    });
    const upload = steps.at(-1);
    expect(upload?.uses?.split('@')[0]).toBe('actions/upload-artifact');
    expect(upload?.with).toMatchObject({ name: 'lilypad-rewards-preview', path: '${{ steps.dashboard.outputs.site-dir }}' });
  });

  test('every action of GitHub is pinned by its full commit, with its release in a comment, the same everywhere', () => {
    const pins = new Map<string, string>();
    for (const file of ['.github/workflows/monthly-rewards.yml', 'actions/rewards-dashboard/README.md', 'actions/monthly-rewards/README.md']) {
      for (const m of read(file).matchAll(/uses: (actions\/[\w-]+)@(\S+)(?: # (\S+))?/g)) {
        const [, name, ref, release] = m as unknown as [string, string, string, string | undefined];
        expect(ref, `${file}: ${name}`).toMatch(/^[0-9a-f]{40}$/);
        expect(release, `${file}: ${name}`).toMatch(/^v\d+\.\d+\.\d+$/);
        expect(pins.get(name) ?? `${ref} ${release}`, `${file}: ${name}`).toBe(`${ref} ${release}`);
        pins.set(name, `${ref} ${release}`);
      }
    }
    expect([...pins.keys()].sort()).toEqual(['actions/checkout', 'actions/deploy-pages', 'actions/download-artifact', 'actions/upload-artifact', 'actions/upload-pages-artifact']);
  });

  test('no expression inside a run: script; every checkout keeps no credentials', () => {
    for (const [name, job] of Object.entries(jobs)) {
      for (const step of job.steps) {
        if (step.run !== undefined) expect(step.run, name).not.toContain('${{');
        if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials'], name).toBe(false);
      }
    }
    expect(text).not.toMatch(/^\s*(?:- )?run: [^\n]*\$\{\{/m);
  });
});

describe('caller workflows/awesome-lilypad-rewards.yml', () => {
  test('runs on the 1st at an off-the-hour minute, UTC, for the previous month', () => {
    const [cron] = caller.on.schedule.map((s: { cron: string }) => s.cron);
    const [minute, hour, day, month, weekday] = cron.split(' ');
    expect(Number(minute)).toBeGreaterThan(0);
    expect(Number(minute)).toBeLessThan(60);
    expect([hour, day, month, weekday]).toEqual(['3', '1', '*', '*']);
    expect(caller.jobs.rewards.with.month).toBe("${{ inputs.month || '' }}");
  });

  test('can be run by hand with a month, for re-runs, back-fills and restatements', () => {
    expect(Object.keys(caller.on.workflow_dispatch.inputs)).toEqual(['month', 'dry-run', 'restate', 'reason']);
    const passed = Object.keys(caller.jobs.rewards.with);
    for (const name of passed) expect(Object.keys(reusable.on.workflow_call.inputs)).toContain(name);
  });

  test('calls the reusable workflow granting its calling job what the called jobs need, and nothing at the top', () => {
    expect(caller.jobs.rewards.uses).toBe(REUSABLE_REF);
    expect(caller.permissions).toEqual({});
    // A called workflow's jobs get at most what the calling job has: the tally's contents write
    // and the deploy job's pages and id-token.
    expect(caller.jobs.rewards.permissions).toEqual({ contents: 'write', 'pull-requests': 'read', pages: 'write', 'id-token': 'write' });
  });
});
