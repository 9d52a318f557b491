// planContainer is pure: the whole Docker create request (GPU device requests included, which this
// machine cannot exercise against an engine) is asserted exactly, field by field.
import { decodeModule, type Module } from '@lilypad-actions/module-spec';
import { describe, expect, it } from 'vitest';
import { ignoredByProvider, planContainer, type ContainerPlanInput, type RunLimits } from '../../src/run/container-spec';

const MiB = 1024 * 1024;
const IMAGE = 'ghcr.io/example/sdxl@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
const LABELS = { 'io.lilypad-actions.managed': 'true', 'io.lilypad-actions.owner': 'test-owner' };
const LIMITS: RunLimits = { timeoutSeconds: 3600, pidsLimit: 1024, hostCpus: 8, defaultMemoryBytes: 2048 * MiB };

interface ModuleOptions {
  gpu?: number;
  cpu?: number;
  ram?: number;
  image?: string;
  entrypoint?: string[] | null;
  env?: string[];
  network?: string;
  timeout?: number;
  executionTimeoutSeconds?: number;
  docker?: Record<string, unknown>;
  spec?: Record<string, unknown>;
}

/** A rendered module decoded as Lilypad decodes it. */
function moduleOf(o: ModuleOptions = {}): Module {
  const doc = {
    machine: { gpu: o.gpu ?? 1, cpu: o.cpu ?? 2000, ram: o.ram ?? 4096 },
    ...(o.executionTimeoutSeconds !== undefined ? { executionTimeoutSeconds: o.executionTimeoutSeconds } : {}),
    job: {
      APIVersion: 'V1beta1',
      Spec: {
        Engine: 'Docker',
        Docker: {
          Image: o.image ?? IMAGE,
          Entrypoint: o.entrypoint === undefined ? ['python', '/app/run.py', '--steps', '20'] : o.entrypoint,
          EnvironmentVariables: o.env ?? ['PROMPT=a lily pad', 'SEED=42'],
          ...o.docker,
        },
        Network: { Type: o.network ?? 'None' },
        Outputs: [{ Name: 'outputs', Path: '/outputs' }],
        ...(o.timeout !== undefined ? { Timeout: o.timeout } : { Timeout: 600 }),
        ...o.spec,
      },
    },
  };
  const decoded = decodeModule(JSON.stringify(doc));
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.module;
}

function plan(module: Module, extra: Partial<ContainerPlanInput> = {}) {
  return planContainer({ module, image: IMAGE, gpus: 1, labels: LABELS, outputsVolume: 'run-outputs', limits: LIMITS, ...extra });
}

/** The request every test starts from: the GPU module, no inputs, as documented field by field. */
function expectedCreate() {
  return {
    Image: IMAGE,
    Entrypoint: ['python', '/app/run.py', '--steps', '20'],
    Cmd: [],
    Env: ['PROMPT=a lily pad', 'SEED=42'],
    Labels: LABELS,
    AttachStdin: false,
    AttachStdout: true,
    AttachStderr: true,
    Tty: false,
    OpenStdin: false,
    NetworkDisabled: true,
    HostConfig: {
      Mounts: [{ Type: 'volume', Source: 'run-outputs', Target: '/outputs', ReadOnly: false }],
      NetworkMode: 'none',
      CapDrop: ['ALL'],
      SecurityOpt: ['no-new-privileges'],
      PidsLimit: 1024,
      Memory: 4096 * MiB,
      MemorySwap: 4096 * MiB,
      NanoCpus: 2_000_000_000,
      Privileged: false,
      LogConfig: { Type: 'none', Config: {} },
      AutoRemove: false,
      DeviceRequests: [{ Driver: '', Count: 1, DeviceIDs: null, Capabilities: [['gpu']], Options: {} }],
    } as Record<string, unknown>,
  };
}

describe('planContainer: the GPU module as a resource provider runs it', () => {
  it('builds the exact create request with one GPU, hardened, no network, outputs volume only', () => {
    const p = plan(moduleOf());
    expect(p.create).toStrictEqual(expectedCreate());
    expect(p.gpus).toBe(1);
    expect(p.findings).toStrictEqual([]);
    expect(p.timeoutSeconds).toBe(600);
    expect(p.timeoutSource).toBe('job Timeout');
  });

  it('mounts the inputs volume at /inputs (read-write, as the provider does) only when given', () => {
    const p = plan(moduleOf(), { inputsVolume: 'run-inputs' });
    const expected = expectedCreate();
    expected.HostConfig.Mounts = [
      { Type: 'volume', Source: 'run-outputs', Target: '/outputs', ReadOnly: false },
      { Type: 'volume', Source: 'run-inputs', Target: '/inputs', ReadOnly: false },
    ];
    expect(p.create).toStrictEqual(expected);
  });

  it('passes the host nothing but the two volumes: no binds, no docker socket, no working directory, no devices', () => {
    const p = plan(moduleOf(), { inputsVolume: 'run-inputs' });
    const host = p.create.HostConfig!;
    expect('WorkingDir' in p.create).toBe(false);
    expect('Binds' in host).toBe(false);
    expect('Devices' in host).toBe(false);
    expect('Volumes' in p.create).toBe(false);
    expect('PortBindings' in host).toBe(false);
    expect(host.Privileged).toBe(false);
    expect(host.Mounts!.map((m) => m.Type)).toStrictEqual(['volume', 'volume']);
    expect(JSON.stringify(p.create)).not.toContain('docker.sock');
    expect(JSON.stringify(p.create)).not.toContain('/var/run');
  });

  it('copies Entrypoint and Env rather than sharing the module arrays', () => {
    const module = moduleOf();
    const p = plan(module);
    expect(p.create.Entrypoint).not.toBe(module.Job.Spec.Docker.Entrypoint);
    expect(p.create.Env).not.toBe(module.Job.Spec.Docker.EnvironmentVariables);
    (p.create.Env as string[]).push('EXTRA=1');
    expect(module.Job.Spec.Docker.EnvironmentVariables).toStrictEqual(['PROMPT=a lily pad', 'SEED=42']);
  });

  it('requests as many GPUs as it is told to', () => {
    const p = plan(moduleOf({ gpu: 2 }), { gpus: 2 });
    expect(p.create.HostConfig!.DeviceRequests).toStrictEqual([{ Driver: '', Count: 2, DeviceIDs: null, Capabilities: [['gpu']], Options: {} }]);
    expect(p.gpus).toBe(2);
  });

  it('hands over exactly the GPUs the preflight read, by UUID, as --gpus \'"device=…"\' does', () => {
    const ids = ['GPU-00000000-1111-2222-3333-444444444444', 'GPU-55555555-6666-7777-8888-999999999999'];
    const p = plan(moduleOf({ gpu: 2 }), { gpus: 2, gpuDeviceIds: ids });
    expect(p.create.HostConfig!.DeviceRequests).toStrictEqual([{ Driver: '', Count: 0, DeviceIDs: ids, Capabilities: [['gpu']], Options: {} }]);
    // Fewer UUIDs than GPUs (a table without them): a count, and the runtime picks.
    const partial = plan(moduleOf({ gpu: 2 }), { gpus: 2, gpuDeviceIds: ids.slice(0, 1) });
    expect(partial.create.HostConfig!.DeviceRequests).toStrictEqual([{ Driver: '', Count: 2, DeviceIDs: null, Capabilities: [['gpu']], Options: {} }]);
  });
});

describe('planContainer: allow-cpu run of the GPU module', () => {
  it('asks for no GPU at all when given 0 GPUs, and is otherwise the same request', () => {
    const p = plan(moduleOf(), { gpus: 0 });
    const expected = expectedCreate();
    delete expected.HostConfig.DeviceRequests;
    expect(p.create).toStrictEqual(expected);
    expect('DeviceRequests' in p.create.HostConfig!).toBe(false);
    expect(p.gpus).toBe(0);
    expect(p.findings).toStrictEqual([]);
  });
});

describe('planContainer: resources and network', () => {
  it('clamps a CPU request above the runner to the runner, with a notice', () => {
    const p = plan(moduleOf({ cpu: 16000 }), { limits: { ...LIMITS, hostCpus: 4 } });
    expect(p.create.HostConfig!.NanoCpus).toBe(4_000_000_000);
    expect(p.findings).toStrictEqual([
      { rule: 'resources', severity: 'notice', message: 'machine.cpu 16000 asks for 16 CPUs; this runner has 4, so the run uses all 4' },
    ]);
  });

  it('does not clamp a CPU request equal to the runner', () => {
    const p = plan(moduleOf({ cpu: 4000 }), { limits: { ...LIMITS, hostCpus: 4 } });
    expect(p.create.HostConfig!.NanoCpus).toBe(4_000_000_000);
    expect(p.findings).toStrictEqual([]);
  });

  it('turns fractional milli-CPU into NanoCpus exactly', () => {
    expect(plan(moduleOf({ cpu: 1500 })).create.HostConfig!.NanoCpus).toBe(1_500_000_000);
    expect(plan(moduleOf({ cpu: 250 })).create.HostConfig!.NanoCpus).toBe(250_000_000);
  });

  it('sets no CPU limit when machine.cpu is 0', () => {
    const p = plan(moduleOf({ cpu: 0 }));
    expect(p.create.HostConfig!.NanoCpus).toBeUndefined();
    expect(p.findings).toStrictEqual([]);
  });

  it('uses the default memory and warns when machine.ram is 0', () => {
    const p = plan(moduleOf({ ram: 0 }));
    expect(p.create.HostConfig!.Memory).toBe(2048 * MiB);
    expect(p.create.HostConfig!.MemorySwap).toBe(2048 * MiB);
    expect(p.findings).toStrictEqual([
      { rule: 'resources', severity: 'warning', message: 'machine.ram is not set: providers match any amount; this run limits memory to 2048 MiB' },
    ]);
  });

  it('reads machine.ram as MiB (cowsay\'s 100) and raises tiny values to the engine\'s 6 MiB minimum', () => {
    const cowsay = plan(moduleOf({ ram: 100 }));
    expect(cowsay.create.HostConfig!.Memory).toBe(104_857_600);
    expect(cowsay.create.HostConfig!.MemorySwap).toBe(104_857_600);
    expect(cowsay.findings).toStrictEqual([]);
    const tiny = plan(moduleOf({ ram: 3 }));
    expect(tiny.create.HostConfig!.Memory).toBe(6 * MiB);
    expect(tiny.create.HostConfig!.MemorySwap).toBe(6 * MiB);
  });

  it('gives Network Full the bridge network without a finding', () => {
    const p = plan(moduleOf({ network: 'Full' }));
    expect(p.create.HostConfig!.NetworkMode).toBe('bridge');
    expect(p.create.NetworkDisabled).toBe(false);
    expect(p.findings).toStrictEqual([]);
  });

  it('gives Network HTTP the bridge network and says domains are not filtered', () => {
    const p = plan(moduleOf({ network: 'HTTP', spec: { Network: { Type: 'HTTP', Domains: ['huggingface.co'] } } }));
    expect(p.create.HostConfig!.NetworkMode).toBe('bridge');
    expect(p.create.NetworkDisabled).toBe(false);
    expect(p.findings).toStrictEqual([
      {
        rule: 'network',
        severity: 'notice',
        message: 'Network "HTTP" limits a provider run to the listed Domains; this run gives full network access and does not filter domains',
      },
    ]);
  });

  it('reads the network type case-insensitively, as Lilypad does', () => {
    expect(plan(moduleOf({ network: 'full' })).create.HostConfig!.NetworkMode).toBe('bridge');
    const none = plan(moduleOf({ network: 'none' }));
    expect(none.create.HostConfig!.NetworkMode).toBe('none');
    expect(none.create.NetworkDisabled).toBe(true);
  });

  it('leaves Entrypoint out (the image\'s ENTRYPOINT and CMD run) when the job sets null or []', () => {
    for (const entrypoint of [null, []]) {
      const p = plan(moduleOf({ entrypoint }));
      expect('Entrypoint' in p.create).toBe(false);
      expect(p.create.Cmd).toStrictEqual([]);
      const expected: Record<string, unknown> = expectedCreate();
      delete expected.Entrypoint;
      expect(p.create).toStrictEqual(expected);
    }
  });

  it('passes an empty environment when the job has none', () => {
    expect(plan(moduleOf({ env: [] })).create.Env).toStrictEqual([]);
    expect(plan(moduleOf({ docker: { EnvironmentVariables: null } })).create.Env).toStrictEqual([]);
  });

  it('runs the image it is given (the action override), not the job\'s Image', () => {
    const p = plan(moduleOf(), { image: 'localhost:5000/built:abc' });
    expect(p.create.Image).toBe('localhost:5000/built:abc');
  });
});

describe('planContainer: the run deadline', () => {
  const deadline = (o: ModuleOptions, action: number) => {
    const p = plan(moduleOf(o), { limits: { ...LIMITS, timeoutSeconds: action } });
    return { seconds: p.timeoutSeconds, source: p.timeoutSource };
  };

  it('is the job Timeout when it is the smallest', () => {
    expect(deadline({ timeout: 600, executionTimeoutSeconds: 0 }, 3600)).toStrictEqual({ seconds: 600, source: 'job Timeout' });
    expect(deadline({ timeout: 100, executionTimeoutSeconds: 300 }, 3600)).toStrictEqual({ seconds: 100, source: 'job Timeout' });
  });

  it('is executionTimeoutSeconds when it is the smallest', () => {
    expect(deadline({ timeout: 600, executionTimeoutSeconds: 300 }, 3600)).toStrictEqual({ seconds: 300, source: 'executionTimeoutSeconds' });
  });

  it('is the solver default of 900 s when executionTimeoutSeconds is 0 and nothing is smaller', () => {
    expect(deadline({ timeout: 1800, executionTimeoutSeconds: 0 }, 3600)).toStrictEqual({ seconds: 900, source: 'solver default' });
    expect(deadline({ timeout: 1800 }, 3600)).toStrictEqual({ seconds: 900, source: 'solver default' });
  });

  it('lets executionTimeoutSeconds above 900 replace the solver default', () => {
    expect(deadline({ timeout: 7200, executionTimeoutSeconds: 1200 }, 3600)).toStrictEqual({ seconds: 1200, source: 'executionTimeoutSeconds' });
  });

  it('ignores a job Timeout of 0 (not set)', () => {
    expect(deadline({ timeout: 0, executionTimeoutSeconds: 0 }, 3600)).toStrictEqual({ seconds: 900, source: 'solver default' });
    expect(deadline({ timeout: 0, executionTimeoutSeconds: 2000 }, 3600)).toStrictEqual({ seconds: 2000, source: 'executionTimeoutSeconds' });
  });

  it('is the action timeout when it is the smallest', () => {
    expect(deadline({ timeout: 600, executionTimeoutSeconds: 300 }, 120)).toStrictEqual({ seconds: 120, source: 'action timeout' });
    expect(deadline({ timeout: 0, executionTimeoutSeconds: 0 }, 60)).toStrictEqual({ seconds: 60, source: 'action timeout' });
  });
});

describe('ignoredByProvider', () => {
  it('finds nothing in a module that uses only Image, Entrypoint and EnvironmentVariables', () => {
    expect(ignoredByProvider(moduleOf())).toStrictEqual([]);
  });

  it('warns that WorkingDirectory is dropped', () => {
    expect(ignoredByProvider(moduleOf({ docker: { WorkingDirectory: '/app' } }))).toStrictEqual([
      {
        rule: 'ignored-by-provider',
        severity: 'warning',
        message: 'job.Spec.Docker.WorkingDirectory "/app" is dropped by resource providers: the container starts in the image\'s WORKDIR (set WORKDIR in the Dockerfile instead)',
      },
    ]);
  });

  it('warns that Parameters are dropped, but not for an empty list', () => {
    expect(ignoredByProvider(moduleOf({ docker: { Parameters: ['--prompt', 'hi'] } }))).toStrictEqual([
      { rule: 'ignored-by-provider', severity: 'warning', message: 'job.Spec.Docker.Parameters is dropped by resource providers: put the arguments at the end of Entrypoint instead' },
    ]);
    expect(ignoredByProvider(moduleOf({ docker: { Parameters: [] } }))).toStrictEqual([]);
  });

  it('warns that Spec.Inputs are not downloaded', () => {
    const inputs = [{ StorageSource: 'IPFS', Name: 'model', CID: 'QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG', Path: '/inputs' }];
    expect(ignoredByProvider(moduleOf({ spec: { Inputs: inputs } }))).toStrictEqual([
      {
        rule: 'ignored-by-provider',
        severity: 'warning',
        message: 'job.Spec.Inputs is dropped by resource providers: nothing is downloaded into the container (use inputFiles, or fetch in the entrypoint with Network "Full")',
      },
    ]);
  });

  it('warns about an Outputs path other than /outputs, once per such output', () => {
    const outputs = [
      { Name: 'outputs', Path: '/outputs' },
      { Name: 'results', Path: '/results' },
    ];
    expect(ignoredByProvider(moduleOf({ spec: { Outputs: outputs } }))).toStrictEqual([
      {
        rule: 'ignored-by-provider',
        severity: 'warning',
        message: 'job.Spec.Outputs path "/results" is not /outputs: this run collects /outputs only, write results there',
      },
    ]);
  });

  it('reports an empty Image as an error', () => {
    expect(ignoredByProvider(moduleOf({ image: '' }))).toStrictEqual([
      {
        rule: 'ignored-by-provider',
        severity: 'error',
        message: 'job.Spec.Docker.Image is empty: a resource provider has nothing to run (EngineSpec and Wasm are not used)',
      },
    ]);
  });

  it('lists every dropped field in order, and planContainer reports them before its own findings', () => {
    const module = moduleOf({ ram: 0, docker: { WorkingDirectory: '/w', Parameters: ['x'] }, image: '' });
    expect(ignoredByProvider(module).map((f) => [f.severity, f.message])).toStrictEqual([
      ['warning', 'job.Spec.Docker.WorkingDirectory "/w" is dropped by resource providers: the container starts in the image\'s WORKDIR (set WORKDIR in the Dockerfile instead)'],
      ['warning', 'job.Spec.Docker.Parameters is dropped by resource providers: put the arguments at the end of Entrypoint instead'],
      ['error', 'job.Spec.Docker.Image is empty: a resource provider has nothing to run (EngineSpec and Wasm are not used)'],
    ]);
    expect(plan(module).findings.map((f) => f.rule)).toStrictEqual(['ignored-by-provider', 'ignored-by-provider', 'ignored-by-provider', 'resources']);
  });
});
