// The provider's container against run-module's, from the inside. For a handful of images and
// setups, the provider's container is started with the docker CLI and exactly the flags a
// provider's Bacalhau v1.6.0 sets (docs/lilypad-module-format.md §4.5.1: the image, its entrypoint
// or the job's, the job's environment, --memory in bytes and --cpus from job.Spec.Resources, a
// bind mount of a fresh root-owned 0755 folder per output, --network none or the host network
// with host.docker.internal, Bacalhau's labels, nothing else), run-module's with runContainer;
// both run container-probe.sh, which prints what a process sees (user, capabilities,
// no-new-privileges, cgroup limits, shm, the outputs folder, environment, network, …). The keys
// that differ must be exactly the deliberate differences listed for that setup
// (src/provider/deliberate-differences.ts, the same list docs/gpu-runners.md shows).
import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeModule } from '@lilypad-actions/module-spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_IMAGE, leftovers, removeImages, testEngine, testOwner } from '../../../../test/support/docker';
import { caseClock } from '../../src/provider/deadlines';
import { expectedDifferences, type ComparisonSetup } from '../../src/provider/deliberate-differences';
import { providerJob, type ProviderJob } from '../../src/provider/provider-job';
import { nanoCpus } from '@lilypad-actions/module-spec';
import { ensureIsolatedNetwork } from '../../src/run/isolated-network';
import { runContainer } from '../../src/run/run-container';

const id = randomUUID().replace(/-/g, '').slice(0, 6);
const temp = mkdtempSync(path.join(tmpdir(), 'comparison-'));
const PROBE = '/probe.sh';
const images = {
  root: `lilypad-test/compare-root:${id}`,
  user1000: `lilypad-test/compare-user1000:${id}`,
  /** ENV, WORKDIR, STOPSIGNAL, and its own ENTRYPOINT and CMD (the job leaves Entrypoint null). */
  configured: `lilypad-test/compare-configured:${id}`,
  /** Ships files in an /outputs it declares a VOLUME and hands to its user. */
  shipsOutputs: `lilypad-test/compare-ships:${id}`,
};
const network = { name: `lilypad-test-cmp-${id}`, bridge: `br-lpc${id}` };

function build(tag: string, dockerfile: string): void {
  const dir = mkdtempSync(path.join(temp, 'ctx-'));
  copyFileSync(new URL('container-probe.sh', import.meta.url), path.join(dir, 'probe.sh'));
  writeFileSync(path.join(dir, 'Dockerfile'), `FROM ${BASE_IMAGE}\nCOPY probe.sh ${PROBE}\n${dockerfile}`);
  execFileSync('docker', ['build', '-q', '--network', 'none', '-t', tag, dir], { env: { ...process.env, DOCKER_BUILDKIT: '0' }, stdio: ['ignore', 'ignore', 'pipe'] });
}

beforeAll(() => {
  build(images.root, '');
  build(images.user1000, 'USER 1000\n');
  build(images.configured, `ENV APP_MODE=image\nWORKDIR /app\nSTOPSIGNAL SIGINT\nENTRYPOINT ["/bin/sh", "${PROBE}"]\nCMD ["from-cmd"]\n`);
  build(images.shipsOutputs, 'RUN mkdir -p /outputs && echo shipped > /outputs/shipped.txt && chown -R 1000:1000 /outputs && chmod 0777 /outputs\nVOLUME /outputs\nUSER 1000\n');
}, 180_000);

afterAll(async () => {
  await removeImages(...Object.values(images));
  const { docker } = await testEngine();
  await docker.getNetwork(network.name).remove().catch(() => undefined);
  rmSync(temp, { recursive: true, force: true });
});

interface Case {
  name: string;
  image: string;
  /** The job's Entrypoint; null: the image's. */
  entrypoint: string[] | null;
  cpu?: string;
  netType?: 'None' | 'Full';
  outputs?: boolean;
  hardening?: 'provider' | 'strict';
}

function jobFor(c: Case): ProviderJob {
  const doc = {
    machine: { gpu: 0, cpu: 1000, ram: 256 },
    job: {
      Spec: {
        Engine: 'Docker',
        Docker: { Image: c.image, Entrypoint: c.entrypoint, EnvironmentVariables: ['JOB_VAR=from the job', 'SEED=42'] },
        Network: { Type: c.netType ?? 'None' },
        Resources: { CPU: c.cpu ?? '500m', Memory: '256Mb' },
        Outputs: c.outputs === false ? [] : [{ Name: 'outputs', Path: '/outputs' }],
        Timeout: 120,
      },
    },
  };
  const decoded = decodeModule(JSON.stringify(doc));
  if (!decoded.ok) throw new Error(decoded.message);
  const r = providerJob(decoded.module);
  if (!r.ok) throw new Error(r.reason);
  return r.job;
}

type Seen = Record<string, string>;

function parse(stdout: string, started: boolean): Seen {
  const seen: Seen = { started: started ? 'yes' : 'no' };
  for (const line of stdout.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) seen[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return seen;
}

/**
 * The provider's container: the create request Bacalhau's Docker executor sends (§4.5.1), written
 * out here field by field and posted to the engine with curl, then started, attached and removed
 * with the docker CLI. (Not `docker run`: the CLI cannot set Config.NetworkDisabled, which
 * Bacalhau sets for Network None, and which leaves /etc/resolv.conf empty.)
 */
function providerRun(c: Case, job: ProviderJob, owner: string): { seen: Seen; refused: string | null } {
  const mounts = job.outputs.map((output) => {
    // Bacalhau: os.Mkdir(<resultsDir>/<Name>, 0755) as root, bind-mounted at Path, read-write.
    const dir = path.join(mkdtempSync(path.join(temp, 'results-')), output.name);
    mkdirSync(dir, { mode: 0o755 });
    return { Type: 'bind', Source: dir, Target: output.path, ReadOnly: false };
  });
  const body = {
    Image: c.image,
    Tty: false,
    Env: job.env,
    Entrypoint: job.entrypoint,
    Cmd: null, // Parameters: Lilypad drops them
    Labels: { 'bacalhau-executor': 'test', 'bacalhau-jobID': id, 'bacalhau-executionID': `${id}-1`, 'io.lilypad-actions.owner': owner },
    WorkingDir: '',
    NetworkDisabled: job.network === 'None',
    HostConfig: {
      Mounts: mounts,
      Memory: Number(job.resources.memoryBytes),
      NanoCpus: Number(nanoCpus(job.resources.cpu)),
      DeviceRequests: [],
      Devices: [],
      NetworkMode: job.network === 'Full' ? 'host' : 'none',
      ...(job.network === 'Full' ? { ExtraHosts: ['host.docker.internal:host-gateway'] } : {}),
    },
  };
  const name = `lpt-provider-${randomUUID().slice(0, 8)}`;
  const created = execFileSync('curl', ['-s', '--unix-socket', '/var/run/docker.sock', '-H', 'Content-Type: application/json', '-d', '@-', `http://localhost/v1.41/containers/create?name=${name}`], {
    input: JSON.stringify(body),
    encoding: 'utf8',
  });
  const answer = JSON.parse(created) as { Id?: string; message?: string };
  if (!answer.Id) return { seen: { started: 'no' }, refused: answer.message ?? created };
  try {
    const r = spawnSync('docker', ['start', '-a', answer.Id], { encoding: 'utf8' });
    return { seen: parse(r.stdout, r.status === 0 && r.stdout.includes('uid=')), refused: null };
  } finally {
    spawnSync('docker', ['rm', '-f', answer.Id], { stdio: 'ignore' });
  }
}

async function runModuleRun(c: Case, job: ProviderJob, owner: string): Promise<Seen> {
  const engine = await testEngine();
  const net = job.network === 'Full' ? await ensureIsolatedNetwork(engine, network) : null;
  const result = await runContainer({
    engine,
    job,
    image: c.image,
    gpuIndices: [],
    owner,
    resultsDir: path.join(temp, `rm-${c.name}-${randomUUID().slice(0, 8)}`),
    clock: caseClock(job, 120),
    network: net ? { mode: 'isolated', name: net.name } : { mode: 'none' },
    hardening: c.hardening ?? 'provider',
  });
  return parse(result.stdout.text, result.exitCode === 0);
}

/** Keys seen differently; when only one of them started, that is the difference. */
function differing(provider: Seen, ours: Seen): string[] {
  if (provider.started !== ours.started) return ['started'];
  const keys = new Set([...Object.keys(provider), ...Object.keys(ours)]);
  return [...keys].filter((k) => provider[k] !== ours[k]).sort();
}

const PROBE_ENTRYPOINT = ['/bin/sh', PROBE, 'from-job'];

const cases: Case[] = [
  { name: 'root', image: images.root, entrypoint: PROBE_ENTRYPOINT },
  { name: 'user1000', image: images.user1000, entrypoint: PROBE_ENTRYPOINT },
  { name: 'configured', image: images.configured, entrypoint: null },
  { name: 'ships-outputs', image: images.shipsOutputs, entrypoint: PROBE_ENTRYPOINT },
  { name: 'no-outputs', image: images.root, entrypoint: PROBE_ENTRYPOINT, outputs: false },
  { name: 'strict', image: images.root, entrypoint: PROBE_ENTRYPOINT, hardening: 'strict' },
  { name: 'full-network', image: images.root, entrypoint: PROBE_ENTRYPOINT, netType: 'Full' },
  { name: 'cpu-above-runner', image: images.root, entrypoint: PROBE_ENTRYPOINT, cpu: '64' },
];

describe("the provider's container and run-module's, seen from inside", () => {
  it.each(cases)('$name: every difference is a listed deliberate one, and every listed one shows', async (c) => {
    const owner = testOwner(`cmp-${c.name}`);
    const job = jobFor(c);
    const { seen: provider, refused } = providerRun(c, job, owner);
    const ours = await runModuleRun(c, job, owner);
    const engine = await testEngine();
    const setup: ComparisonSetup = { hardening: c.hardening ?? 'provider', network: c.netType ?? 'None', cpuAboveRunner: job.resources.cpu > engine.cpus, outputs: job.outputs.length > 0 };
    const diff = differing(provider, ours);
    const detail = diff.map((k) => `${k}: provider ${JSON.stringify(provider[k])}, run-module ${JSON.stringify(ours[k])}`).join('\n');
    expect(diff, detail).toEqual(expectedDifferences(setup));
    // What both agree on is what the provider gives: spot checks that the probe saw something.
    expect(ours.started).toBe('yes');
    expect(ours['memory.limit']).toBe('256000000');
    expect(ours.env).toContain('JOB_VAR=from the job');
    if (setup.cpuAboveRunner) {
      // The engine refuses the provider's request on a machine this small; run-module runs on all its CPUs.
      expect(refused).toMatch(/^Range of CPUs is from 0\.01 to \d+\.\d+, as there are only \d+ CPUs available$/);
      expect(ours['cpu.quota']).toBe(`${engine.cpus * 100000}/100000`);
    } else expect(refused).toBeNull();
    expect(await leftovers(owner)).toEqual({ containers: [], volumes: [] });
  }, 60_000);

  it('agrees on the facts issue 10 names: image user, default capabilities, no no-new-privileges, decimal memory, CPU quota, default shm, a root-owned empty 0755 /outputs', async () => {
    const c = cases[3]!; // the image that ships its own /outputs, as USER 1000
    const job = jobFor(c);
    const ours = await runModuleRun(c, job, testOwner('cmp-facts'));
    expect(ours).toMatchObject({
      uid: '1000',
      // Docker's default set bounds the process; a non-root user holds none of it effectively.
      CapBnd: '00000000a80425fb',
      CapEff: '0000000000000000',
      NoNewPrivs: '0',
      'memory.limit': '256000000',
      'cpu.quota': '50000/100000',
      shm: 'tmpfs rw,nosuid,nodev,noexec,relatime,size=65536k',
      'outputs.owner-mode': '0:0 755',
      'outputs.entries': '',
      'outputs.writable': 'no',
    });
  }, 60_000);
});
