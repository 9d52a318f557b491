// What a provider makes of a rendered module (Lilypad's translateJob, then Bacalhau's submission
// checks and defaults): the job it runs, field by field, or its reason to refuse it.
import { describe, expect, it } from 'vitest';
import { SOLVER_DEFAULT_EXECUTION_SECONDS } from '@lilypad-actions/module-spec';
import { ignoredByProvider, providerJob, SOLVER_TOTAL_SECONDS } from '../../src/provider/provider-job';
import { IMAGE, moduleOf } from './module-of';

const job = (o: Parameters<typeof moduleOf>[0] = {}) => {
  const r = providerJob(moduleOf(o));
  if (!r.ok) throw new Error(r.reason);
  return r.job;
};
const refusal = (o: Parameters<typeof moduleOf>[0]) => {
  const r = providerJob(moduleOf(o));
  return r.ok ? null : r.reason;
};

describe('providerJob: the job a provider runs', () => {
  it('keeps the image, entrypoint and environment, and reads the resources as Bacalhau does', () => {
    expect(job()).toStrictEqual({
      image: IMAGE,
      entrypoint: ['python', '/app/run.py', '--steps', '20'],
      env: ['PROMPT=a lily pad', 'SEED=42'],
      resources: { cpu: 2, memoryBytes: 16_000_000_000n, diskBytes: 0n, gpus: 1n },
      defaulted: [],
      network: 'None',
      domains: [],
      timeoutSeconds: 600,
      solver: { seconds: SOLVER_DEFAULT_EXECUTION_SECONDS, source: 'solver default' },
      outputs: [{ name: 'outputs', path: '/outputs' }],
    });
  });

  it('keeps a null Entrypoint (the image\'s runs) apart from an empty one (Docker clears the ENTRYPOINT)', () => {
    expect(job({ entrypoint: null }).entrypoint).toBeNull();
    expect(job({ entrypoint: [] }).entrypoint).toStrictEqual([]);
    expect(job({ env: null }).env).toStrictEqual([]);
  });

  it('fills empty CPU and Memory with Bacalhau\'s 500m and 1Gb, and says so', () => {
    const r = providerJob(moduleOf({ resources: { CPU: '', Memory: '' } }));
    expect(r.ok && r.job.resources).toStrictEqual({ cpu: 0.5, memoryBytes: 1_000_000_000n, diskBytes: 0n, gpus: 1n });
    expect(r.findings).toContainEqual({
      rule: 'resources',
      severity: 'notice',
      message: "job.Spec.Resources leaves CPU and Memory empty: a provider's Bacalhau gives CPU 500m (half a core) and Memory 1Gb (10⁹ bytes), and so does this run",
    });
  });

  it.each([
    ['8Gb', 8_000_000_000n],
    ['16Gb', 16_000_000_000n],
    ['24000MB', 24_000_000_000n],
    ['8000', 8000n],
  ])('Resources.Memory %j is %d bytes in the container', (memory, bytes) => {
    expect(job({ resources: { Memory: memory } }).resources.memoryBytes).toBe(bytes);
  });

  it('reads the network type case-insensitively, and keeps the domains', () => {
    expect(job({ network: 'full' }).network).toBe('Full');
    expect(job({ network: 'HTTP', domains: ['huggingface.co'] })).toMatchObject({ network: 'HTTP', domains: ['huggingface.co'] });
    expect(job({ network: 'none' }).network).toBe('None');
  });

  it('gives every output, trimmed, in order', () => {
    expect(job({ outputs: [{ Name: 'outputs', Path: '/outputs' }, { Name: ' frames', Path: '/data/frames ' }] }).outputs).toStrictEqual([
      { name: 'outputs', path: '/outputs' },
      { name: 'frames', path: '/data/frames' },
    ]);
  });

  it('warns that a job without Outputs delivers only stdout, stderr and exitCode', () => {
    const r = providerJob(moduleOf({ outputs: null }));
    expect(r.ok && r.job.outputs).toStrictEqual([]);
    expect(r.findings).toContainEqual({ rule: 'outputs', severity: 'warning', message: 'job.Spec.Outputs is empty: a provider mounts no /outputs and delivers only stdout, stderr and exitCode' });
  });
});

describe('providerJob: the clocks', () => {
  it('Timeout 0 is no provider deadline; executionTimeoutSeconds is the solver\'s', () => {
    expect(job({ timeout: 0, executionTimeoutSeconds: 5 })).toMatchObject({ timeoutSeconds: 0, solver: { seconds: 5, source: 'executionTimeoutSeconds' } });
  });

  it('the solver gives 900 s when executionTimeoutSeconds is 0, and never more than 7200 in all', () => {
    expect(job({ executionTimeoutSeconds: 0 }).solver).toStrictEqual({ seconds: 900, source: 'solver default' });
    expect(job({ executionTimeoutSeconds: 10_000 }).solver).toStrictEqual({ seconds: SOLVER_TOTAL_SECONDS, source: 'solver total' });
  });
});

describe("providerJob: what the provider refuses, in its words", () => {
  it('Resources.GPU "all": ParseUint refuses it', () => {
    expect(refusal({ resources: { GPU: 'all' } })).toBe('the provider refuses the job: task main validation failed: task resources validation failed: invalid GPU value: all');
  });

  it('an unparsable Memory', () => {
    expect(refusal({ resources: { Memory: 'sixteen gigs' } })).toBe('the provider refuses the job: task main validation failed: task resources validation failed: invalid memory value: sixteengigs');
  });

  it('a negative Timeout', () => {
    expect(refusal({ timeout: -5 })).toBe('the provider refuses the job: task main validation failed: task timeouts validation failed: invalid execution timeout value: 0s');
  });

  it('an output without a name, or with a relative path', () => {
    expect(refusal({ outputs: [{ Name: '', Path: '/outputs' }] })).toBe('the provider refuses the job: task main validation failed: output validation failed: missing name');
    expect(refusal({ outputs: [{ Name: 'outputs', Path: 'outputs' }] })).toBe('the provider refuses the job: task main validation failed: output validation failed: result path `outputs` must be absolute');
  });

  it('two outputs with one name or one path', () => {
    expect(refusal({ outputs: [{ Name: 'a', Path: '/x' }, { Name: 'a', Path: '/x' }] })).toBe(
      "the provider refuses the job: task main validation failed: result path with name 'a' already exists\nresult path '/x' already exists",
    );
  });

  it('an output name its executor cannot make a folder of', () => {
    expect(refusal({ outputs: [{ Name: 'a/b', Path: '/x' }] })).toBe('the provider cannot run the job: output name "a/b" must be one new folder name beside the stdout, stderr and exitCode files of its results');
    expect(refusal({ outputs: [{ Name: 'stdout', Path: '/x' }] })).toMatch(/^the provider cannot run the job: output name "stdout"/);
  });
});

describe('ignoredByProvider', () => {
  it('finds nothing in a module that uses only Image, Entrypoint and EnvironmentVariables', () => {
    expect(ignoredByProvider(moduleOf())).toStrictEqual([]);
  });

  it('warns that WorkingDirectory, Parameters and Inputs are dropped, and errs on an empty Image, in that order', () => {
    const inputs = [{ StorageSource: 'IPFS', Name: 'model', CID: 'QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG', Path: '/inputs' }];
    const module = moduleOf({ image: '', docker: { WorkingDirectory: '/w', Parameters: ['x'] }, spec: { Inputs: inputs } });
    expect(ignoredByProvider(module).map((f) => [f.severity, f.message])).toStrictEqual([
      ['warning', 'job.Spec.Docker.WorkingDirectory "/w" is dropped by resource providers: the container starts in the image\'s WORKDIR (set WORKDIR in the Dockerfile instead)'],
      ['warning', 'job.Spec.Docker.Parameters is dropped by resource providers: put the arguments at the end of Entrypoint instead'],
      ['warning', 'job.Spec.Inputs is dropped by resource providers: nothing is downloaded into the container (use inputFiles, or fetch in the entrypoint with Network "Full")'],
      ['error', 'job.Spec.Docker.Image is empty: a resource provider has nothing to run (EngineSpec and Wasm are not used)'],
    ]);
    expect(ignoredByProvider(moduleOf({ docker: { Parameters: [] } }))).toStrictEqual([]);
  });
});
