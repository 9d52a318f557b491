// What every workflow here must do (the house rules; the per-job and per-step ones — timeouts,
// checkouts without credentials, no expressions in scripts — are in workflow-hygiene.test.ts),
// and every interface between them checked from the files themselves, for workflows anyone adds
// as much as for today's:
// - each reusable workflow's `workflow_call` inputs, secrets and outputs against its own body and
//   against every caller in the repository (workflows/ holds the callers module and list
//   repositories copy);
// - each use of one of our actions against that action's action.yml.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { classifyRef } from '../../scripts/lib/workflow-refs.mjs';
import { isReusable, read, workflowFiles, yamlOf, type Doc } from './repo-workflows';

type Job = Doc;
type Step = Doc;
const jobsOf = (w: Doc): [string, Job][] => Object.entries((w.jobs ?? {}) as Record<string, Job>);
const stepsOf = (job: Job): Step[] => (Array.isArray(job.steps) ? job.steps : []);
const isExpression = (v: unknown) => typeof v === 'string' && v.includes('${{');

describe.each(workflowFiles)('%s', (file) => {
  const workflow = yamlOf(file);

  test('declares its permissions at the top (least privilege: a job asks for more itself)', () => {
    expect(workflow.permissions, `${file}: add a top-level "permissions:" ({} or contents: read)`).toBeDefined();
  });
});

// ---- our own reusable workflows and actions ----

const reusable = new Map(workflowFiles.filter((f) => f.startsWith('.github/workflows/') && isReusable(yamlOf(f))).map((f) => [path.basename(f), f]));

/** The reusable workflow file a job's `uses:` names, if it is one of ours. */
function calledWorkflow(uses: unknown): string | undefined {
  if (typeof uses !== 'string') return undefined;
  const local = /^\.\/\.github\/workflows\/([^@/]+)$/.exec(uses);
  const name = local ? local[1] : (() => {
    const ref = classifyRef(uses);
    return ref.kind === 'own-workflow' ? ref.workflow : undefined;
  })();
  return name === undefined ? undefined : reusable.get(name);
}

/** The action.yml a step's `uses:` names, if it is one of ours. */
function calledAction(uses: unknown): string | undefined {
  if (typeof uses !== 'string') return undefined;
  const local = /^\.\/actions\/([^/@]+)$/.exec(uses);
  const ref = classifyRef(uses);
  const name = local ? local[1] : ref.kind === 'own-action' ? ref.action : undefined;
  return name === undefined ? undefined : `actions/${name}/action.yml`;
}

type Declared = Record<string, { type?: string; required?: boolean; default?: unknown; value?: string }>;
const literalType = (v: unknown) => (typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string');
const names = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);

describe.each([...reusable.values()])('reusable workflow %s', (file) => {
  const workflow = yamlOf(file);
  const call = (typeof workflow.on === 'object' && workflow.on?.workflow_call) || {};
  const inputs: Declared = call.inputs ?? {};
  const secrets: Declared = call.secrets ?? {};
  const outputs: Declared = call.outputs ?? {};
  const body = JSON.stringify(workflow.jobs ?? {});
  const callers = workflowFiles.flatMap((f) => jobsOf(yamlOf(f)).filter(([, job]) => calledWorkflow(job.uses) === file).map(([id, job]) => ({ file: f, id, job })));

  test('has a caller in workflows/ for repositories to copy', () => {
    expect(callers.filter((c) => c.file.startsWith('workflows/')).map((c) => c.file), `${file}: add a caller workflow in workflows/ (see workflows/README.md)`).not.toEqual([]);
  });

  test('reads only the inputs and secrets it declares', () => {
    for (const name of names(body, /\binputs\.([A-Za-z0-9_-]+)/g)) expect(Object.keys(inputs), `${file} reads inputs.${name}`).toContain(name);
    for (const name of names(body, /\bsecrets\.([A-Za-z0-9_-]+)/g)) {
      if (name !== 'GITHUB_TOKEN') expect(Object.keys(secrets), `${file} reads secrets.${name}`).toContain(name);
    }
  });

  test('each declared input has a type and says what it is', () => {
    for (const [name, spec] of Object.entries(inputs)) {
      expect(['string', 'boolean', 'number'], `${file}: input ${name}`).toContain(spec.type);
      expect(spec, `${file}: input ${name}`).toHaveProperty('description');
    }
  });

  test('each declared output comes from a job output that comes from a step that sets it', () => {
    for (const [name, spec] of Object.entries(outputs)) {
      const m = /^\$\{\{\s*jobs\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)\s*\}\}$/.exec(String(spec.value));
      expect(m, `${file}: output ${name}'s value is not \${{ jobs.<job>.outputs.<name> }}`).not.toBeNull();
      const job = workflow.jobs?.[m![1]!];
      expect(job, `${file}: output ${name} names job ${m![1]}, which does not exist`).toBeDefined();
      expect(Object.keys(job.outputs ?? {}), `${file}: output ${name} names ${m![1]}.outputs.${m![2]}`).toContain(m![2]);
    }
    for (const [jobId, job] of jobsOf(workflow)) {
      for (const [name, value] of Object.entries((job.outputs ?? {}) as Record<string, string>)) {
        for (const [, stepId, output] of String(value).matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
          const step = stepsOf(job).find((s) => s.id === stepId);
          expect(step, `${file}: job ${jobId} output ${name} reads step ${stepId}, which is not in that job`).toBeDefined();
          const action = calledAction(step!.uses);
          if (action) expect(Object.keys(yamlOf(action).outputs ?? {}), `${file}: ${stepId} (${action}) has no output ${output}`).toContain(output);
        }
      }
    }
  });

  test.each(callers.map((c) => [`${c.file} job ${c.id}`, c] as const))('called by %s with what it declares', (_, caller) => {
    const given = (caller.job.with ?? {}) as Record<string, unknown>;
    for (const [name, value] of Object.entries(given)) {
      expect(Object.keys(inputs), `${caller.file}: job ${caller.id} passes input ${name}, which ${file} does not declare`).toContain(name);
      if (!isExpression(value)) expect(literalType(value), `${caller.file}: job ${caller.id}: input ${name} is a ${inputs[name]!.type}`).toBe(inputs[name]!.type);
    }
    for (const [name, spec] of Object.entries(inputs)) {
      if (spec.required && spec.default === undefined) expect(Object.keys(given), `${caller.file}: job ${caller.id} must pass required input ${name}`).toContain(name);
    }
    expect(caller.job.secrets, `${caller.file}: job ${caller.id}: pass each secret by name, never "secrets: inherit"`).not.toBe('inherit');
    const passed = (caller.job.secrets ?? {}) as Record<string, unknown>;
    for (const name of Object.keys(passed)) expect(Object.keys(secrets), `${caller.file}: job ${caller.id} passes secret ${name}, which ${file} does not declare`).toContain(name);
    for (const [name, spec] of Object.entries(secrets)) {
      if (spec.required) expect(Object.keys(passed), `${caller.file}: job ${caller.id} must pass required secret ${name}`).toContain(name);
    }
    const callerText = JSON.stringify(yamlOf(caller.file));
    for (const output of names(callerText, new RegExp(`needs\\.${caller.id}\\.outputs\\.([A-Za-z0-9_-]+)`, 'g'))) {
      expect(Object.keys(outputs), `${caller.file} reads needs.${caller.id}.outputs.${output}, which ${file} does not declare`).toContain(output);
    }
  });
});

describe('every use of one of our actions', () => {
  const uses = workflowFiles.flatMap((file) =>
    jobsOf(yamlOf(file)).flatMap(([jobId, job]) =>
      stepsOf(job)
        .map((step) => ({ file, jobId, job, step, action: calledAction(step.uses) }))
        .filter((u): u is typeof u & { action: string } => u.action !== undefined),
    ),
  );

  test('exists (the workflows use our actions)', () => {
    expect(uses.length).toBeGreaterThan(0);
  });

  test.each(uses.map((u) => [`${u.file} job ${u.jobId}: ${u.step.id ?? u.step.uses}`, u] as const))('%s passes declared inputs and reads declared outputs', (_, u) => {
    const action = yamlOf(u.action);
    const inputs = (action.inputs ?? {}) as Declared;
    const given = (u.step.with ?? {}) as Record<string, unknown>;
    for (const name of Object.keys(given)) expect(Object.keys(inputs), `${u.file}: ${u.action} has no input ${name}`).toContain(name);
    for (const [name, spec] of Object.entries(inputs)) {
      if (spec.required && spec.default === undefined) expect(Object.keys(given), `${u.file}: ${u.action} needs input ${name}`).toContain(name);
    }
    if (u.step.id) {
      const jobText = JSON.stringify(u.job);
      for (const output of names(jobText, new RegExp(`steps\\.${u.step.id}\\.outputs\\.([A-Za-z0-9_-]+)`, 'g'))) {
        expect(Object.keys(action.outputs ?? {}), `${u.file}: ${u.action} has no output ${output}`).toContain(output);
      }
    }
  });
});

describe('.github/dependabot.yml', () => {
  const config = yamlOf('.github/dependabot.yml');
  const updates = (config.updates ?? []) as Doc[];

  test('keeps the pinned uses: of every folder that holds workflows current', () => {
    const actions = updates.find((u) => u['package-ecosystem'] === 'github-actions');
    expect(actions, 'a github-actions entry').toBeDefined();
    const covered = new Set<string>([...(actions!.directories ?? []), ...(actions!.directory ? [actions!.directory] : [])].map((d: string) => d.replace(/^\/|\/$/g, '')));
    for (const dir of new Set(workflowFiles.map((f) => path.dirname(f)))) expect([...covered], `add /${dir} to the github-actions directories`).toContain(dir);
  });

  test('keeps the npm workspace current, from its root (one pnpm-lock.yaml)', () => {
    const npm = updates.find((u) => u['package-ecosystem'] === 'npm');
    expect(npm).toMatchObject({ directory: '/' });
    for (const u of updates) expect(u.schedule?.interval, u['package-ecosystem']).toBeDefined();
  });
});

test('the files read here are the ones on disk', () => {
  // A smoke check that discovery found the workflows this repository is known to have.
  expect(workflowFiles).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/module-ci.yml', 'workflows/module-repo.yml']));
  expect(read('.github/workflows/ci.yml')).toContain('.ci/run');
});
