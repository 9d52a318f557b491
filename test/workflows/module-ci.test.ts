// The reusable workflow .github/workflows/module-ci.yml and the caller a module repository copies
// (workflows/module-repo.yml): their workflow_call interface, the limits every job needs, and the
// security model (secrets only in the build job, an approval environment before the GPU).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
// The repository's YAML reader (the `yaml` package, duplicate keys refused): the root package has
// no `yaml` of its own.
import { parseYaml } from '../../packages/config-file/src';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');
const yaml = (path: string) => parseYaml(read(path), path).value as Record<string, any>;

const reusable = yaml('.github/workflows/module-ci.yml');
const caller = yaml('workflows/module-repo.yml');
const REUSABLE_REF = 'Lilypad-Tech/lilypad-actions/.github/workflows/module-ci.yml@v1';
const actionRef = (name: string) => `Lilypad-Tech/lilypad-actions/actions/${name}@v1`;

// The actions' interfaces as issue 4 specifies them (plus what the workflow has since needed:
// build-module's `seconds`, run-module's `build-seconds` and `baseline`), used only while an
// action.yml does not exist or does not declare them yet (the actions are written alongside this
// workflow); whatever an action.yml declares counts too.
const SPECIFIED_INPUTS: Record<string, string[]> = {
  'build-module': ['path', 'image', 'platform', 'build-args', 'push', 'registry', 'username', 'password', 'timeout'],
  'run-module': ['path', 'module', 'tests', 'inputs', 'image', 'pull', 'gpus', 'allow-cpu', 'timeout', 'summary', 'baseline', 'build-seconds'],
};
const SPECIFIED_OUTPUTS: Record<string, string[]> = {
  'build-module': ['image-id', 'digest', 'image', 'seconds'],
  'run-module': ['passed', 'report', 'outputs-dir', 'timings'],
};

function actionInterface(name: string): { inputs: string[]; outputs: string[]; source: string } {
  const path = `actions/${name}/action.yml`;
  const specifiedInputs = SPECIFIED_INPUTS[name] ?? [];
  const specifiedOutputs = SPECIFIED_OUTPUTS[name] ?? [];
  if (!existsSync(`${root}${path}`)) return { inputs: specifiedInputs, outputs: specifiedOutputs, source: 'issue 4' };
  const action = yaml(path);
  const inputs = Object.keys(action.inputs ?? {});
  const outputs = Object.keys(action.outputs ?? {});
  return {
    inputs: [...new Set([...inputs, ...specifiedInputs])],
    outputs: [...new Set([...outputs, ...specifiedOutputs])],
    source: `${path} and issue 4`,
  };
}

type Step = { id?: string; uses?: string; with?: Record<string, unknown>; if?: string };
const jobs = Object.entries(reusable.jobs as Record<string, any>);
const steps = (job: string): Step[] => reusable.jobs[job].steps;
const usesOf = (name: string) => jobs.flatMap(([job, j]) => (j.steps as Step[]).filter((s) => s.uses === actionRef(name)).map((s) => ({ job, step: s })));

describe('reusable workflow .github/workflows/module-ci.yml', () => {
  const call = reusable.on.workflow_call;

  test('is only a workflow_call, with the inputs a module repository sets', () => {
    expect(Object.keys(reusable.on)).toEqual(['workflow_call']);
    expect(Object.keys(call.inputs)).toEqual(
      expect.arrayContaining(['path', 'tests', 'runs-on', 'allow-cpu', 'timeout', 'timeout-minutes', 'max-parallel', 'modules', 'allow-unreviewed-gpu-runs', 'push']),
    );
    // The approval environment is no caller's to choose (issue 9).
    expect(Object.keys(call.inputs)).not.toContain('environment');
    expect(call.inputs['allow-unreviewed-gpu-runs']).toMatchObject({ type: 'boolean', default: false });
    expect(call.inputs['runs-on']).toMatchObject({ type: 'string', default: '["self-hosted","linux","x64","gpu"]' });
    expect(JSON.parse(call.inputs['runs-on'].default)).toEqual(['self-hosted', 'linux', 'x64', 'gpu']);
    expect(JSON.parse(call.inputs.modules.default)).toEqual([{}]);
    expect(call.inputs['allow-cpu']).toMatchObject({ type: 'boolean', default: false });
    expect(call.inputs.push).toMatchObject({ type: 'boolean', default: false });
    for (const s of Object.values(call.secrets as Record<string, { required: boolean }>)) expect(s.required).toBe(false);
  });

  test('validate → build → run, validate on a hosted runner, run on the runs-on input', () => {
    expect(Object.keys(reusable.jobs)).toEqual(['validate', 'build', 'run']);
    expect(reusable.jobs.validate['runs-on']).toBe('ubuntu-latest');
    expect(reusable.jobs.build.needs).toBe('validate');
    expect(reusable.jobs.run.needs).toBe('build');
    expect(reusable.jobs.run['runs-on']).toBe('${{ fromJSON(inputs.runs-on) }}');
    expect(usesOf('validate-module').map((u) => u.job)).toEqual(['validate']);
  });

  test('every job has a timeout', () => {
    for (const [name, job] of jobs) {
      const t = job['timeout-minutes'];
      expect(t, name).toBeDefined();
      if (typeof t === 'number') expect(t, name).toBeGreaterThan(0);
      else expect(t, name).toMatch(/^\$\{\{ inputs\.[a-z-]+ \}\}$/);
    }
  });

  test('least privilege: contents read for the workflow; the GPU job adds actions read for its gate, and nothing else does', () => {
    expect(reusable.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of jobs) {
      if (name === 'run') expect(job.permissions).toEqual({ contents: 'read', actions: 'read' });
      else expect(job.permissions, name).toBeUndefined();
    }
  });

  test('the run job waits for an approval environment, queues per runner label set, fans out without fail-fast', () => {
    const run = reusable.jobs.run;
    expect(run.environment).toBe('gpu');
    expect(run.concurrency['cancel-in-progress']).toBe(false);
    expect(run.concurrency.group).toContain('${{ inputs.runs-on }}');
    expect(run.strategy['fail-fast']).toBe(false);
    expect(run.strategy['max-parallel']).toBe('${{ inputs.max-parallel }}');
    expect(run.strategy.matrix.module).toBe('${{ fromJSON(inputs.modules) }}');
  });

  test('secrets reach the build job only; the run job (and so the module container) never sees one', () => {
    for (const [name, job] of jobs) {
      const text = JSON.stringify(job);
      if (name === 'build') expect(text).toContain('secrets.registry-password');
      else expect(text, name).not.toMatch(/secrets\./);
      expect(text, name).not.toContain('secrets: inherit');
    }
    const build = usesOf('build-module').find((u) => u.job === 'build')!.step;
    expect(build.with).toMatchObject({ username: '${{ secrets.registry-username }}', password: '${{ secrets.registry-password }}', push: '${{ inputs.push }}' });
  });

  test('checkouts keep no credentials for a build context or a module to find', () => {
    for (const [name, job] of jobs) {
      const checkouts = (job.steps as Step[]).filter((s) => s.uses?.startsWith('actions/checkout@'));
      expect(checkouts.length, name).toBeGreaterThan(0);
      for (const c of checkouts) expect(c.with?.['persist-credentials'], name).toBe(false);
    }
  });

  test('the run job builds its own copy on the runner and runs that, whether or not the build job pushed', () => {
    const runSteps = steps('run');
    const local = runSteps.find((s) => s.uses === actionRef('build-module'))!;
    expect(local, 'a build-module step in the run job').toBeDefined();
    expect(local.id).toBe('local');
    expect(local.if, 'built whatever `push` is').toBeUndefined();
    expect(local.with?.push).toBe(false);
    for (const key of ['username', 'password', 'registry']) expect(local.with, key).not.toHaveProperty(key);
    const runIndex = runSteps.findIndex((s) => s.uses === actionRef('run-module'));
    expect(runSteps.indexOf(local)).toBeLessThan(runIndex);
    const run = runSteps[runIndex]!;
    expect(run.with?.image).toBe('${{ steps.local.outputs.image-id }}');
    expect(run.with?.pull).toBe('missing');
    expect(JSON.stringify(run.with)).not.toContain('inputs.push');
    for (const key of ['username', 'password', 'registry']) expect(run.with, key).not.toHaveProperty(key);
  });

  test("the untrusted Dockerfile builds on the GPU runner with the build API's limits: memory, the isolated network (probed), no metadata escape hatch", () => {
    const local = steps('run').find((s) => s.uses === actionRef('build-module'))!;
    expect(local.with?.network).toBe('isolated');
    expect(local.with?.memory).toMatch(/^\d+GB$/);
    expect(local.with, 'a fork must not be able to turn the probe off').not.toHaveProperty('allow-metadata');
    expect(local.with, 'the build timeout applies (the default)').not.toHaveProperty('timeout', '0');
    expect(JSON.stringify(local.with)).not.toContain('secrets.');
  });

  test("the run job passes build-module's build time to run-module, so the build phase is measured", () => {
    const run = steps('run').find((s) => s.uses === actionRef('run-module'))!;
    expect(run.with?.['build-seconds']).toBe('${{ steps.local.outputs.seconds }}');
  });

  test('the regression baseline is restored from the cache before the run and saved as a new entry after it', () => {
    expect(call.inputs.baseline).toMatchObject({ type: 'string', default: '' });
    const runSteps = steps('run');
    const restoreIndex = runSteps.findIndex((s) => s.uses?.startsWith('actions/cache/restore@'));
    const runIndex = runSteps.findIndex((s) => s.uses === actionRef('run-module'));
    const saveIndex = runSteps.findIndex((s) => s.uses?.startsWith('actions/cache/save@'));
    expect(restoreIndex).toBeGreaterThan(runSteps.findIndex((s) => s.uses?.startsWith('actions/checkout@')));
    expect(restoreIndex).toBeGreaterThan(-1);
    expect(restoreIndex).toBeLessThan(runIndex);
    expect(saveIndex).toBeGreaterThan(runIndex);
    const restore = runSteps[restoreIndex]!;
    const save = runSteps[saveIndex]!;
    const run = runSteps[runIndex]!;

    // The same file in all three places: the module's folder joined with the input.
    const file = "format('{0}/{1}', matrix.module.path || inputs.path, inputs.baseline)";
    expect(restore.with?.path).toBe(`\${{ ${file} }}`);
    expect(save.with?.path).toBe(restore.with?.path);
    expect(String(run.with?.baseline)).toContain(file);
    expect(String(run.with?.baseline)).toContain("inputs.baseline != ''");

    // Only when a baseline is asked for; saved also after a failed case, once the report exists.
    expect(restore.if).toContain("inputs.baseline != ''");
    expect(save.if).toContain('always()');
    expect(save.if).toContain("inputs.baseline != ''");
    expect(save.if).toContain("steps.run.outputs.report != ''");

    // One new entry per run (keys are immutable), found again by prefix: the key is the restore
    // prefix followed by the run id, and names the runner labels and the module.
    const key = String(restore.with?.key);
    expect(save.with?.key).toBe(key);
    expect(key).toContain('${{ github.run_id }}');
    expect(key).toContain('inputs.runs-on');
    expect(key).toContain('matrix.module.path || inputs.path');
    const prefixes = String(restore.with?.['restore-keys']).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(prefixes.length).toBeGreaterThan(0);
    for (const prefix of prefixes) {
      expect(key.startsWith(prefix), prefix).toBe(true);
      expect(prefix).not.toContain('github.run_id');
    }
    // Cache keys may not contain commas, and the labels are a JSON array: they must be joined.
    expect(key).not.toMatch(/-\$\{\{ inputs\.runs-on \}\}/);
  });

  test('the run job uploads the report and the outputs, also after a failure', () => {
    const upload = steps('run').find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.if).toContain('always()');
    const path = String(upload.with?.path);
    expect(path).toContain('${{ steps.run.outputs.report }}');
    expect(path).toContain('${{ steps.run.outputs.outputs-dir }}');
    // One artifact per matrix job: names must not collide.
    expect(String(upload.with?.name)).toContain('${{ strategy.job-index }}');
  });

  test.each(['validate-module', 'build-module', 'run-module', 'gpu-gate'])('every with: key given to %s is an input it declares, every output read is one it sets', (name) => {
    const { inputs, outputs, source } = actionInterface(name);
    const uses = usesOf(name);
    expect(uses.length).toBeGreaterThan(0);
    for (const { job, step } of uses) {
      for (const key of Object.keys(step.with ?? {})) expect(inputs, `${job}: ${key} (inputs from ${source})`).toContain(key);
      if (!step.id) continue;
      const read = [...read_(reusable).matchAll(new RegExp(`steps\\.${step.id}\\.outputs\\.([a-z-]+)`, 'g'))].map((m) => m[1]);
      for (const output of read) expect(outputs, `${job}: steps.${step.id}.outputs.${output} (outputs from ${source})`).toContain(output);
    }
  });

  // Issue 9, finding 1: the GPU job's approval environment is a literal, and its gate runs before
  // anything of the module's reaches the runner.
  test('no input and no expression reaches the GPU job\'s environment', () => {
    const env = reusable.jobs.run.environment;
    const name = typeof env === 'string' ? env : env?.name;
    expect(name).toBe('gpu');
    expect(JSON.stringify(env)).not.toContain('${{');
    expect(JSON.stringify(env)).not.toMatch(/inputs\.|matrix\.|github\.|vars\.|needs\./);
  });

  test('the gate is the GPU job\'s first step, on the same environment, before any step that touches module code', () => {
    const runSteps = steps('run');
    expect(runSteps[0]).toEqual({
      uses: actionRef('gpu-gate'),
      with: { environment: 'gpu', 'allow-unreviewed-gpu-runs': '${{ inputs.allow-unreviewed-gpu-runs }}' },
    });
    // Every other step comes after it: the checkout, the build, the cache, the run, the upload.
    const touching = runSteps.filter((s) => s.uses?.startsWith('actions/checkout@') || s.uses === actionRef('build-module') || s.uses === actionRef('run-module') || s.uses?.startsWith('actions/cache/'));
    expect(touching.length).toBeGreaterThanOrEqual(4);
    for (const s of touching) expect(runSteps.indexOf(s)).toBeGreaterThan(0);
    expect(runSteps.filter((s) => s.uses === actionRef('gpu-gate'))).toHaveLength(1);
    expect(runSteps[0]!.if).toBeUndefined();
  });

  test('the workflow only reads inputs it declares', () => {
    const used = new Set([...read_(reusable).matchAll(/inputs\.([a-z-]+)/g)].map((m) => m[1]));
    for (const name of used) expect(Object.keys(call.inputs), name).toContain(name);
  });
});

describe('caller workflows/module-repo.yml', () => {
  const job = caller.jobs.module;

  test('runs on push, pull_request (never pull_request_target) and by hand', () => {
    expect(Object.keys(caller.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch']);
    expect(read('workflows/module-repo.yml')).not.toMatch(/^\s*pull_request_target:/m);
  });

  test('calls the reusable workflow as published, with only inputs and secrets it declares', () => {
    expect(job.uses).toBe(REUSABLE_REF);
    const call = reusable.on.workflow_call;
    for (const name of Object.keys(job.with)) expect(Object.keys(call.inputs), name).toContain(name);
    for (const name of Object.keys(job.secrets)) expect(Object.keys(call.secrets), name).toContain(name);
    expect(job.secrets).not.toBe('inherit');
  });

  test('passes values of the declared types', () => {
    const call = reusable.on.workflow_call;
    for (const [name, value] of Object.entries(job.with as Record<string, unknown>)) {
      if (typeof value === 'string' && value.startsWith('${{')) continue;
      const type = call.inputs[name].type;
      expect(typeof value, name).toBe(type === 'number' ? 'number' : type === 'boolean' ? 'boolean' : 'string');
    }
    expect(JSON.parse(job.with['runs-on'])).toEqual(['self-hosted', 'linux', 'x64', 'gpu']);
  });

  test('names no test plan: run-module uses .lilypad/tests.yaml when present, else one case', () => {
    expect(job.with.tests).toBe('');
  });

  test('pushes only from its own main branch; least privilege', () => {
    expect(job.with.push).toBe("${{ github.event_name == 'push' && github.ref == 'refs/heads/main' }}");
    expect(caller.permissions).toEqual({ contents: 'read', actions: 'read' });
    expect(job.permissions).toBeUndefined();
  });

  test('explains how the environment approval gates fork pull requests', () => {
    const text = read('workflows/module-repo.yml');
    expect(text).toMatch(/required\s+#?\s*reviewers/);
    expect(text).toContain('fork');
    expect(text).toContain('pull_request_target');
  });
});

/** A parsed workflow back as text, to search its expressions. */
function read_(workflow: Record<string, any>): string {
  return JSON.stringify(workflow);
}
