// test/gpu/host-check.sh without a GPU: its non-GPU parts (the bundled parsers, the checks, the
// sampler loop, every way it refuses) against test/gpu/stand-in/nvidia-smi, which answers with the
// outputs captured on the project's H100 runner (test/fixtures/gpu), or with altered copies of them.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { afterAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../support/repo-root';

const script = path.join(repoRoot, 'test/gpu/host-check.sh');
const bundle = path.join(repoRoot, 'test/gpu/dist/host-check.cjs');
const standIn = path.join(repoRoot, 'test/gpu/stand-in');
const fixtures = path.join(repoRoot, 'test/fixtures/gpu');
const scratch = mkdtempSync(path.join(tmpdir(), 'host-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The script as a host runs it: PATH with the stand-in nvidia-smi, Node given as NODE. */
function hostCheck(options: { env?: NodeJS.ProcessEnv; args?: string[]; path?: string } = {}) {
  const r = spawnSync('bash', [script, '--sample-seconds', '1', ...(options.args ?? [])], {
    env: { PATH: options.path ?? `${standIn}:/usr/bin:/bin`, NODE: process.execPath, ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the captured outputs with `file` changed by `edit`, for the stand-in to answer with. */
function alteredFixtures(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(scratch, 'fixtures-'));
  cpSync(fixtures, dir, { recursive: true });
  writeFileSync(path.join(dir, file), edit(readFileSync(path.join(dir, file), 'utf8')));
  return dir;
}

describe('host-check.sh against the H100 captures', () => {
  test('reads the GPU in every form, samples it, and every check passes', () => {
    const r = hostCheck();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('GPU 0  NVIDIA H100 80GB HBM3  GPU-00000000-1111-2222-3333-444444444444  81559 MiB  driver 580.159.04  CUDA 13.0');
    expect(r.stdout).toMatch(/^ok {8}preflight: a machine\.gpu 1 module runs on GPU 0$/m);
    expect(r.stdout).toMatch(/^ok {8}nvidia-smi -L: GPU 0 name, uuid agree with -q -x$/m);
    expect(r.stdout).toMatch(/^ok {8}nvidia-smi: GPU 0 name, memoryTotalMiB, driverVersion, cudaVersion agree with -q -x$/m);
    expect(r.stdout).toMatch(/^ {2}sampler: [1-9]\d* samples, peak 0 MiB, utilisation mean 0 % \/ peak 0 %$/m);
    expect(r.stdout).toMatch(/\nhost-check: all \d+ checks passed\n$/);
    expect(r.stdout).not.toContain('MISMATCH');
  });

  test.each([
    ['-L naming another GPU', 'h100-nvidia-smi-L.txt', (t: string) => t.replace('444444444444', '555555555555'), /^MISMATCH {2}nvidia-smi -L: GPU 0 name, uuid agree with -q -x: uuid "GPU-00000000-1111-2222-3333-555555555555", -q -x says "GPU-00000000-1111-2222-3333-444444444444"$/m],
    ['the table with another driver', 'h100-nvidia-smi.txt', (t: string) => t.replace('Driver Version: 580.159.04', 'Driver Version: 575.51.03 '), /^MISMATCH {2}nvidia-smi: GPU 0 name, memoryTotalMiB, driverVersion, cudaVersion agree with -q -x: driverVersion "575\.51\.03", -q -x says "580\.159\.04"$/m],
    ['the CSV with a second GPU', 'h100-query-gpu-noheader.csv', (t: string) => `${t}1, GPU-x, NVIDIA H100 80GB HBM3, 81559, 580.159.04\n`, /^MISMATCH {2}nvidia-smi --query-gpu: same GPUs as -q -x: 2 GPUs, -q -x has 1$/m],
    ['a table the parser cannot read', 'h100-nvidia-smi.txt', (t: string) => t.replace(/\|\s+0\s+NVIDIA H100.*\n/, ''), /^MISMATCH {2}nvidia-smi: not nvidia-smi output \(no GPU row in the table\)/m],
    ['-q -x cut off', 'h100-nvidia-smi-q.xml', (t: string) => t.slice(0, 2000), /^MISMATCH {2}preflight \(nvidia-smi -q -x\): not nvidia-smi -q -x output \(truncated: no closing <\/nvidia_smi_log>\)/m],
  ])('%s: a MISMATCH, exit 1', (_, file, edit, mismatch) => {
    const r = hostCheck({ env: { STAND_IN_GPU_FIXTURES: alteredFixtures(file, edit) } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(mismatch);
    expect(r.stdout).toMatch(/\nhost-check: \d+ of \d+ checks failed:\n/);
  });

  test('a driver nvidia-smi cannot reach: exit 1 with what nvidia-smi said', () => {
    const dir = mkdtempSync(path.join(scratch, 'broken-'));
    writeFileSync(path.join(dir, 'nvidia-smi'), "#!/bin/sh\necho \"NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.\"\nexit 9\n", { mode: 0o755 });
    const r = hostCheck({ path: `${dir}:/usr/bin:/bin` });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("MISMATCH  preflight (nvidia-smi -q -x): nvidia-smi cannot reach the NVIDIA driver: NVIDIA-SMI has failed because it couldn't communicate");
  });
});

describe('host-check.sh on a host that lacks something', () => {
  test('no nvidia-smi: exit 2, saying the driver is missing', () => {
    const r = hostCheck({ path: '/usr/bin:/bin' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('host-check.sh: no nvidia-smi on PATH: this host has no NVIDIA driver installed (or pass NVIDIA_SMI=/path/to/nvidia-smi)\n');
  });

  test('NVIDIA_SMI names the program to use', () => {
    expect(hostCheck({ path: '/usr/bin:/bin', env: { NVIDIA_SMI: path.join(standIn, 'nvidia-smi') } }).code).toBe(0);
  });

  test('a NODE that is not a program: exit 2', () => {
    const r = hostCheck({ env: { NODE: path.join(scratch, 'no-node') } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`host-check.sh: NODE=${path.join(scratch, 'no-node')} is not an executable\n`);
  });

  test('a usage mistake: exit 2 with the usage', () => {
    const r = hostCheck({ args: ['--sample-seconds', '0'] });
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith('host-check: --sample-seconds: expected a number of seconds above 0, got "0"\nusage: host-check')).toBe(true);
  });
});

describe('the bundle a bare host needs', () => {
  test('uses Node\'s own modules only, none of them for the network', () => {
    const code = readFileSync(bundle, 'utf8');
    const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);
    expect(required.length).toBeGreaterThan(0);
    for (const name of required) expect(builtinModules, name).toContain(name.replace(/^node:/, ''));
    for (const network of ['http', 'https', 'net', 'tls', 'dgram', 'dns', 'http2']) expect(required.map((n) => n.replace(/^node:/, ''))).not.toContain(network);
    expect(code.split('\n')[0]).toBe('// Generated from test/gpu/host-check.ts by pnpm build:host-check (test/gpu/README.md); do not edit.');
  });

  test('the stand-in answers only what it has captures for', () => {
    const r = spawnSync(path.join(standIn, 'nvidia-smi'), ['--query-gpu=power.draw', '--format=csv'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('stand-in nvidia-smi: no capture for: nvidia-smi --query-gpu=power.draw --format=csv\n');
  });
});
