// .github/workflows/gpu.yml: the GPU path on a real GPU runner, weekly and by hand, behind the
// gpu environment's gate. Written here, run only on GitHub (no GPU in this repository's tests).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../packages/config-file/src';
import { repoRoot } from '../support/repo-root';

type Step = { id?: string; name?: string; uses?: string; run?: string; with?: Record<string, unknown>; if?: string };
const file = '.github/workflows/gpu.yml';
const text = readFileSync(path.join(repoRoot, file), 'utf8');
const workflow = parseYaml(text, file).value as { on: Record<string, any>; permissions: unknown; jobs: Record<string, any> };
const job = workflow.jobs.gpu;
const steps = job.steps as Step[];
const index = (match: (s: Step) => boolean) => steps.findIndex(match);

describe(file, () => {
  test('runs on a schedule and by hand only: never for a pull request', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \d$/) }]);
    expect(JSON.parse(workflow.on.workflow_dispatch.inputs['runs-on'].default)).toEqual(['self-hosted', 'linux', 'x64', 'gpu']);
  });

  test('one job on the GPU runners, in the gpu environment, least permissions, a timeout', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['gpu']);
    expect(job['runs-on']).toBe(`\${{ fromJSON(inputs.runs-on || '["self-hosted","linux","x64","gpu"]') }}`);
    expect(job.environment).toBe('gpu');
    expect(workflow.permissions).toEqual({});
    expect(job.permissions).toEqual({ contents: 'read', actions: 'read' });
    expect(job['timeout-minutes']).toBeGreaterThan(0);
    expect(text).not.toMatch(/secrets\./);
  });

  test('the gate first; then the checkout, build, host-check, the GPU suite and the example on a GPU', () => {
    expect(steps[0]).toEqual({ uses: 'Lilypad-Tech/lilypad-actions/actions/gpu-gate@v1', with: { environment: 'gpu' } });
    const checkout = index((s) => s.uses?.startsWith('actions/checkout@') === true);
    const hostCheck = index((s) => s.run?.startsWith('bash test/gpu/host-check.sh') === true);
    const suite = index((s) => s.run === 'pnpm test:gpu');
    const build = index((s) => s.uses === './actions/build-module');
    const run = index((s) => s.uses === './actions/run-module');
    expect(checkout).toBe(1);
    for (const i of [hostCheck, suite, build, run]) expect(i).toBeGreaterThan(checkout);
    expect(index((s) => s.run === 'pnpm build')).toBeLessThan(hostCheck);
    expect(steps[run]!.with).toMatchObject({ path: 'examples/hello-lilypad', image: '${{ steps.build.outputs.image-id }}', pull: 'never', gpus: '1' });
    // Without allow-cpu a runner without a usable GPU fails the run instead of passing on CPU.
    expect(steps[run]!.with).not.toHaveProperty('allow-cpu');
    expect(steps[build]!.with).toMatchObject({ path: 'examples/hello-lilypad', push: false });
  });

  test('the report and outputs are kept, also after a failure', () => {
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.if).toContain('always()');
    expect(String(upload.with?.path)).toContain('${{ steps.run.outputs.report }}');
  });

  test('the inputs it passes are ones the local actions declare', () => {
    for (const step of steps.filter((s) => s.uses?.startsWith('./actions/'))) {
      const action = parseYaml(readFileSync(path.join(repoRoot, step.uses!, 'action.yml'), 'utf8'), step.uses!).value as { inputs: Record<string, unknown> };
      for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `${step.uses}: ${key}`).toContain(key);
    }
  });
});
