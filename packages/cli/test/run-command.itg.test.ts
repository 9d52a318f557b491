// `lilypad-module run` as a user runs it (the bundle), against the real engine: the example with
// --build, a failing case, and the mistakes a user can make on the command line.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle, ensureBundle, repoRoot } from './bundle-support';
import { INJECTIONS, stepCommands } from '../../../test/support/runner-commands';

const scratch = mkdtempSync(path.join(tmpdir(), 'cli-run-'));
const example = path.join(repoRoot, 'examples/hello-lilypad');
beforeAll(() => ensureBundle(), 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [bundle, ...argv], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('lilypad-module run', () => {
  it('builds the example, runs it as a provider would, and prints the timing table', async () => {
    const reportDir = path.join(scratch, 'example');
    const image = `lilypad-actions/cli-run-test:${process.pid}`;
    const r = await cli(['run', example, '--build', '--image', image, '-i', 'Message=from the CLI', '--report-dir', reportDir]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`PASSED: 1 of 1 cases passed for ${example} on CPU`);
    expect(lines).toContain('case     result  pull  build  create  run   collect  total');
    // Seconds for build, create, run, collect and total; no pull (the image was built here).
    expect(lines.find((l) => l.startsWith('default '))?.split(/ +/)).toEqual(['default', 'pass', '-', ...Array(5).fill(expect.stringMatching(/^\d+\.\d\d$/))]);
    expect(r.stderr).toContain(`Successfully tagged ${image}`);
    // The case's results as a provider delivers them: stdout, stderr, exitCode and the outputs folder.
    expect(readFileSync(path.join(reportDir, 'outputs/default/outputs/result.txt'), 'utf8')).toBe('from the CLI\n');
    expect(readFileSync(path.join(reportDir, 'outputs/default/stdout'), 'utf8')).toBe('from the CLI\n');
    expect(readFileSync(path.join(reportDir, 'outputs/default/exitCode'), 'utf8')).toBe('0');
    const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8')) as { image: { reference: string }; runner: { hardening: string } };
    expect(report.image.reference).toBe(image);
    expect(report.runner.hardening).toBe('provider');
    await cli(['run', '--help']); // the bundle still answers after a run (no handle kept open)
    const { execFileSync } = await import('node:child_process');
    execFileSync('docker', ['rmi', '-f', image], { stdio: 'ignore' });
  }, 120_000);

  it('--hardening strict runs with no capabilities and no new privileges, and says so in the first line', async () => {
    const dir = mkdtempSync(path.join(scratch, 'strict-'));
    cpSync(example, dir, { recursive: true });
    const template = readFileSync(path.join(dir, 'lilypad_module.json.tmpl'), 'utf8').replace(/"Entrypoint": \[[^\]]*\]/, '"Entrypoint": ["/bin/sh", "-c", "grep -E \'^(CapEff|NoNewPrivs)\' /proc/self/status"]');
    writeFileSync(path.join(dir, 'lilypad_module.json.tmpl'), template);
    const reportDir = path.join(dir, 'report');
    const r = await cli(['run', dir, '--hardening', 'strict', '--report-dir', reportDir]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`PASSED: 1 of 1 cases passed for ${dir} on CPU (hardening: strict)`);
    expect(readFileSync(path.join(reportDir, 'outputs/default/stdout'), 'utf8')).toBe('CapEff:\t0000000000000000\nNoNewPrivs:\t1\n');
  }, 60_000);

  it('a Full-network module: refused while its network reaches this machine, run with --allow-metadata, and the first line says a default provider takes no networked job', async () => {
    const dir = mkdtempSync(path.join(scratch, 'full-'));
    cpSync(example, dir, { recursive: true });
    const template = readFileSync(path.join(dir, 'lilypad_module.json.tmpl'), 'utf8').replace('"Type": "None"', '"Type": "Full"');
    writeFileSync(path.join(dir, 'lilypad_module.json.tmpl'), template);
    // 127.0.0.1:9 inside the probe container is its own loopback: nothing leaves this machine.
    const refused = await cli(['run', dir, '--probe-address', '127.0.0.1:9', '--report-dir', path.join(dir, 'refused')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^error: network preflight failed: a container on network lilypad-isolated \(bridge br-lilypad\) can reach /m);
    const allowed = await cli(['run', dir, '--probe-address', '127.0.0.1:9', '--allow-metadata', '--report-dir', path.join(dir, 'allowed')]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout.split('\n')[0]).toMatch(/^A default provider does not accept networked jobs .* — PASSED: 1 of 1 cases passed/);
    // lilypad-isolated stays, as on a runner: other test files use it at the same time.
  }, 120_000);

  it("runs the command test/example.sh runs: builds the image the example's template names and runs it, with no mismatch", async () => {
    // The README's main command ends with this line of test/example.sh; run exactly its arguments.
    const line = readFileSync(path.join(repoRoot, 'test/example.sh'), 'utf8')
      .split('\n')
      .find((l) => l.startsWith('pnpm -s lilypad-module run '));
    expect(line, 'test/example.sh runs `pnpm -s lilypad-module run …`').toBeDefined();
    const argv = shellWords(line!.slice('pnpm -s lilypad-module '.length));
    expect(argv.slice(0, 3)).toEqual(['run', 'examples/hello-lilypad', '--build']);
    const reportDir = path.join(scratch, 'example-sh');
    const r = await cli([...argv, '--report-dir', reportDir]);
    expect(r.code, r.stderr).toBe(0);

    const templateImage = /"Image": "([^"]+)"/.exec(readFileSync(path.join(example, 'lilypad_module.json.tmpl'), 'utf8'))![1]!;
    expect(templateImage).toBe('ghcr.io/lilypad-tech/hello-lilypad:0.1.0');
    expect(r.stderr).toContain(`Successfully tagged ${templateImage}\n`);
    expect(r.stderr).toContain(`built ${templateImage} (sha256:`);
    // The image check agrees: same repository (only the digest is left to pin, after a push).
    expect(r.stderr).not.toContain('would run a different image');
    expect(r.stderr).not.toMatch(/other-repository|digest-mismatch/);
    expect(r.stderr).toContain(`build: The template's Image "${templateImage}" is not pinned by digest, and the image was not pushed`);
    expect(r.stdout.split('\n')[0]).toBe('PASSED: 1 of 1 cases passed for examples/hello-lilypad on CPU');
    const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8')) as { image: { reference: string } };
    expect(report.image.reference).toBe(templateImage);
    expect(readFileSync(path.join(reportDir, 'outputs/default/outputs/result.txt'), 'utf8')).toBe('hello from lilypad\n');
  }, 120_000);

  it('exits 1 with the failing case when an expectation breaks', async () => {
    const dir = mkdtempSync(path.join(scratch, 'plan-'));
    cpSync(example, dir, { recursive: true });
    writeFileSync(path.join(dir, 'tests.yaml'), 'version: 1\ncases:\n  - name: wrong\n    expect:\n      stdout: ["^something else$"]\n');
    const r = await cli(['run', dir, '--tests', 'tests.yaml', '--report-dir', path.join(dir, 'report')]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(`FAILED: 0 of 1 cases passed for ${dir} on CPU`);
  }, 60_000);

  // Issue 9, finding 4: in a CI step, the table leads its rows with case names from the plan, and
  // stderr carries the build's output and the log lines; the runner must act on none of it.
  it('case names, build output and container output that look like workflow commands act as none', async () => {
    const dir = mkdtempSync(path.join(scratch, 'inject-'));
    cpSync(example, dir, { recursive: true });
    const printf = INJECTIONS.map((p) => `'${p.replace(/\n/g, '\\n')}'`).join(' ');
    writeFileSync(path.join(dir, 'Dockerfile'), `${readFileSync(path.join(example, 'Dockerfile'), 'utf8')}\nRUN printf '%b\\n' ${printf}\n`);
    const plan = { version: 1, cases: INJECTIONS.map((name) => ({ name, inputs: { Message: name }, expect: { stdout: ['^never printed$'] } })) };
    writeFileSync(path.join(dir, 'tests.yaml'), JSON.stringify(plan));
    const image = `lilypad-actions/cli-run-inject:${process.pid}`;
    const r = await cli(['run', dir, '--build', '--image', image, '--tests', 'tests.yaml', '--report-dir', path.join(dir, 'report')]);
    const { execFileSync } = await import('node:child_process');
    execFileSync('docker', ['rmi', '-f', image], { stdio: 'ignore' });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('FAIL ##\\[error]x:');
    expect(r.stderr).toContain('##\\[error]x');
    expect(stepCommands(r)).toEqual([]);
  }, 120_000);

  it.each([
    [['run'], 'error: run: missing <dir>'],
    [['run', 'examples'], 'error: examples: no lilypad_module.json.tmpl here'],
    [['run', 'examples/hello-lilypad', '--pull', 'sometimes'], 'error: invalid --pull "sometimes"'],
    [['run', 'examples/hello-lilypad', '--timeout', '0'], 'error: invalid --timeout "0"'],
    [['run', 'examples/hello-lilypad', '--hardening', 'lax'], 'error: invalid --hardening "lax"'],
    [['run', 'examples/hello-lilypad', '--probe-address', '169.254.169.254'], 'error: invalid --probe-address "169.254.169.254"'],
    [['run', 'examples/hello-lilypad', '-i', 'novalue'], 'error: invalid argument "novalue" for "-i, --input" flag: novalue must be formatted as key=value'],
  ])('%j: exit 2, one message', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('says how to start the Docker daemon when it is not running', async () => {
    const r = await cli(['run', 'examples/hello-lilypad'], { DOCKER_HOST: `unix://${scratch}/none.sock` });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `error: The Docker daemon is not running: nothing answers at ${scratch}/none.sock. Start it (sudo systemctl start docker, or sudo dockerd &) or point DOCKER_HOST at a running engine.\n`,
    );
  });
});

/** The words of a shell command line with only plain words and double-quoted strings (test/example.sh's). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/(?:[^\s"]+|"[^"]*")+/g)) words.push(m[0].replace(/"/g, ''));
  return words;
}
