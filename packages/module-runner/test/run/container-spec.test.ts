// planContainer is pure: the whole Docker create request (GPU device requests included, which this
// machine cannot exercise against an engine) is asserted exactly, field by field, against what a
// provider's Bacalhau v1.6.0 creates (docs/lilypad-module-format.md §4.5.1) plus run-module's
// listed additions.
import { describe, expect, it } from 'vitest';
import { PlanError, planContainer, type ContainerPlanInput } from '../../src/run/container-spec';
import { providerJob } from '../../src/provider/provider-job';
import { IMAGE, moduleOf, type ModuleOptions } from '../provider/module-of';

const LABELS = { 'io.lilypad-actions.managed': 'true', 'io.lilypad-actions.owner': 'test-owner' };

function jobOf(o: ModuleOptions = {}) {
  const r = providerJob(moduleOf(o));
  if (!r.ok) throw new Error(r.reason);
  return r.job;
}

function plan(o: ModuleOptions = {}, extra: Partial<ContainerPlanInput> = {}) {
  return planContainer({
    job: jobOf(o),
    image: IMAGE,
    gpuIndices: ['0'],
    labels: LABELS,
    outputVolumes: [{ volume: 'run-out0', path: '/outputs' }],
    network: { mode: 'none' },
    hardening: 'provider',
    pidsLimit: 4096,
    hostCpus: 8,
    ...extra,
  });
}

/** The request every test starts from: the GPU module, as a provider creates it, field by field. */
function expectedCreate() {
  return {
    Image: IMAGE,
    Entrypoint: ['python', '/app/run.py', '--steps', '20'],
    Env: ['PROMPT=a lily pad', 'SEED=42'],
    Labels: LABELS,
    Tty: false,
    AttachStdout: true,
    AttachStderr: true,
    NetworkDisabled: true,
    HostConfig: {
      Mounts: [{ Type: 'volume', Source: 'run-out0', Target: '/outputs', ReadOnly: false, VolumeOptions: { NoCopy: true } }],
      NetworkMode: 'none',
      // Resources "16Gb", decimal, as go-humanize reads it; no MemorySwap (Bacalhau sets none).
      Memory: 16_000_000_000,
      NanoCpus: 2_000_000_000,
      PidsLimit: 4096,
      LogConfig: { Type: 'none', Config: {} },
      DeviceRequests: [{ Driver: '', Count: 0, DeviceIDs: ['0'], Capabilities: [['gpu']], Options: null }],
    } as Record<string, unknown>,
  };
}

describe('planContainer: the GPU module as a provider creates it', () => {
  it('builds the exact create request: no User, no capability change, no no-new-privileges, no shm size, GPU by index', () => {
    const p = plan();
    expect(p.create).toStrictEqual(expectedCreate());
    expect(p.findings).toStrictEqual([]);
  });

  it('hardening strict adds only: every capability dropped, and no-new-privileges', () => {
    const p = plan({}, { hardening: 'strict' });
    const expected = expectedCreate();
    expected.HostConfig.CapDrop = ['ALL'];
    expected.HostConfig.SecurityOpt = ['no-new-privileges'];
    expect(p.create).toStrictEqual(expected);
  });

  it('mounts every output, and /inputs when given, as volumes that never receive the image\'s files (NoCopy)', () => {
    const p = plan(
      { outputs: [{ Name: 'outputs', Path: '/outputs' }, { Name: 'frames', Path: '/data/frames' }] },
      { outputVolumes: [{ volume: 'v0', path: '/outputs' }, { volume: 'v1', path: '/data/frames' }], inputsVolume: 'vin' },
    );
    expect(p.create.HostConfig!.Mounts).toStrictEqual([
      { Type: 'volume', Source: 'v0', Target: '/outputs', ReadOnly: false, VolumeOptions: { NoCopy: true } },
      { Type: 'volume', Source: 'v1', Target: '/data/frames', ReadOnly: false, VolumeOptions: { NoCopy: true } },
      // The provider mounts the inputs read-write too.
      { Type: 'volume', Source: 'vin', Target: '/inputs', ReadOnly: false, VolumeOptions: { NoCopy: true } },
    ]);
  });

  it('passes the host nothing but volumes: no binds, no docker socket, no working directory, no devices, not privileged', () => {
    const p = plan({}, { inputsVolume: 'run-inputs' });
    const host = p.create.HostConfig!;
    for (const key of ['WorkingDir', 'User', 'Cmd', 'Volumes', 'Hostname']) expect(key in p.create).toBe(false);
    for (const key of ['Binds', 'Devices', 'PortBindings', 'Privileged', 'CapAdd', 'ShmSize', 'MemorySwap', 'ExtraHosts']) expect(key in host).toBe(false);
    expect(host.Mounts!.map((m) => m.Type)).toStrictEqual(['volume', 'volume']);
    expect(JSON.stringify(p.create)).not.toContain('docker.sock');
  });

  it('hands over as many GPUs as it is given indices, and none on a CPU run', () => {
    expect(plan({ resources: { GPU: '2' } }, { gpuIndices: ['0', '1'] }).create.HostConfig!.DeviceRequests).toStrictEqual([
      { Driver: '', Count: 0, DeviceIDs: ['0', '1'], Capabilities: [['gpu']], Options: null },
    ]);
    const cpu = plan({}, { gpuIndices: [] });
    expect('DeviceRequests' in cpu.create.HostConfig!).toBe(false);
  });

  it('copies Entrypoint and Env rather than sharing the job\'s arrays', () => {
    const job = jobOf();
    const p = planContainer({ job, image: IMAGE, gpuIndices: [], labels: LABELS, outputVolumes: [], network: { mode: 'none' }, hardening: 'provider', pidsLimit: 1, hostCpus: 8 });
    (p.create.Env as string[]).push('EXTRA=1');
    expect(job.env).toStrictEqual(['PROMPT=a lily pad', 'SEED=42']);
  });
});

describe('planContainer: entrypoint', () => {
  it('a null Entrypoint leaves it out: the image\'s ENTRYPOINT and CMD run', () => {
    const p = plan({ entrypoint: null });
    expect('Entrypoint' in p.create).toBe(false);
    expect('Cmd' in p.create).toBe(false);
  });

  it('an empty Entrypoint is sent as [], which clears the image\'s ENTRYPOINT (its CMD runs), as on a provider', () => {
    expect(plan({ entrypoint: [] }).create.Entrypoint).toStrictEqual([]);
  });
});

describe('planContainer: resources', () => {
  it.each([
    ['8Gb', 8_000_000_000],
    ['24000MB', 24_000_000_000],
    ['8000', 8000],
  ])('Memory %j is %d bytes (the engine refuses under 6 MiB, as it does on a provider)', (memory, bytes) => {
    expect(plan({ resources: { Memory: memory } }).create.HostConfig!.Memory).toBe(bytes);
  });

  it("empty CPU and Memory are Bacalhau's 500m and 1Gb", () => {
    const host = plan({ resources: { CPU: '', Memory: '' } }).create.HostConfig!;
    expect(host.NanoCpus).toBe(500_000_000);
    expect(host.Memory).toBe(1_000_000_000);
  });

  it('"0" is no limit, on a provider as here', () => {
    const host = plan({ resources: { CPU: '0', Memory: '0' } }).create.HostConfig!;
    expect(host.NanoCpus).toBe(0);
    expect(host.Memory).toBe(0);
  });

  it('clamps a CPU request above the runner to the runner, with a notice', () => {
    const p = plan({ resources: { CPU: '16' } }, { hostCpus: 4 });
    expect(p.create.HostConfig!.NanoCpus).toBe(4_000_000_000);
    expect(p.findings).toStrictEqual([
      {
        rule: 'resources',
        severity: 'notice',
        message: 'job.Spec.Resources.CPU asks for 16 cores; this runner has 4, so the run uses all 4 (a provider with fewer than 16 cores does not take the job)',
      },
    ]);
    expect(plan({ resources: { CPU: '4' } }, { hostCpus: 4 }).findings).toStrictEqual([]);
  });

  it('a memory beyond int64 is what a provider cannot create either', () => {
    expect(() => plan({ resources: { Memory: '10eb' } })).toThrow(new PlanError('the provider cannot run the job: memory value 10000000000000000000 exceeds maximum allowed integer value'));
  });
});

describe('planContainer: network', () => {
  it('None: no network at all', () => {
    const p = plan({ network: 'None' });
    expect(p.create.HostConfig!.NetworkMode).toBe('none');
    expect(p.create.NetworkDisabled).toBe(true);
  });

  it('Full: the isolated network run-module names, never the host network', () => {
    const p = plan({ network: 'Full' }, { network: { mode: 'isolated', name: 'lilypad-isolated' } });
    expect(p.create.HostConfig!.NetworkMode).toBe('lilypad-isolated');
    expect(p.create.NetworkDisabled).toBe(false);
    expect(JSON.stringify(p.create)).not.toContain('"host"');
  });
});
