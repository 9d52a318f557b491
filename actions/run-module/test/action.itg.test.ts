// The committed run-module bundle against the real engine: the example module, a test plan with
// passing and failing cases, GPU preflight failing hard, allow-cpu, bad inputs, and the post step.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BASE_IMAGE, leftovers, testEngine } from '../../../test/support/docker';
import { makeWorkspace, runActionStep } from '../../../test/support/action-step';
import { INJECTIONS, unexpectedCommands } from '../../../test/support/runner-commands';
import { OWNER_LABEL, MANAGED_LABEL } from '../../../packages/module-runner/src/engine/labels';
import type { RunReport } from '../../../packages/module-runner/src/report/types';
import schema from '../../../packages/module-runner/schema/run-report.schema.json';

const actionDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = path.resolve(actionDir, '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'run-module-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const validateReport = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

/** A workspace holding the example module, with these files added or replaced. */
const workspace = (files: Record<string, string> = {}): string => makeWorkspace(scratch, files, path.join(repoRoot, 'examples/hello-lilypad'));

const step = (ws: string, inputs: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}) =>
  runActionStep({ actionDir, workspace: ws, runnerDir: scratch, inputs, env: { GITHUB_RUN_ID: `rm${process.pid}`, GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'run', ...env } });

/** This machine's first IPv4 address that is not loopback. */
const hostAddress = () => Object.values(networkInterfaces()).flat().find((a) => a?.family === 'IPv4' && !a.internal)!.address;

const readReport = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as RunReport;
const NO_STACK = /^\s+at /m;

const exampleTemplate = () => readFileSync(path.join(repoRoot, 'examples/hello-lilypad/lilypad_module.json.tmpl'), 'utf8');
/** A GPU version of the example: machine.gpu 1 and Resources.GPU "1", as the SDXL and Ollama modules ask. */
const gpuTemplate = () => exampleTemplate().replace('"gpu": 0', '"gpu": 1').replace('"Memory": "100Mb"', '"Memory": "100Mb", "GPU": "1"');
/** The example with its entrypoint replaced (a JSON array's text) and other keys of Spec set. */
const withEntrypoint = (entrypoint: string, spec = '') =>
  exampleTemplate()
    .replace(/"Entrypoint": \[[^\]]*\]/, `"Entrypoint": ${entrypoint}`)
    .replace('"Timeout": 600', `"Timeout": 600${spec}`);

describe('run-module action', () => {
  it('runs the example module as a provider would and reports it', async () => {
    const ws = workspace();
    const r = await step(ws, { inputs: 'Message=hello from a test' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs.passed).toBe('true');
    const report = readReport(r.outputs.report!);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.headline).toBe('PASSED: 1 of 1 cases passed for . on CPU');
    expect(report.runner.hardening).toBe('provider');
    expect(report.cases[0]!.provider).toMatchObject({ delivered: true, stopsAtSeconds: 600, solverRefusesAfterSeconds: 900, solverLimit: 'solver default' });
    expect(report.cases[0]!.inputs).toEqual({ Message: 'hello from a test' });
    expect(report.cases[0]!.key).toMatchObject({ moduleRef: '.', gpuModel: null, attempt: 2 });
    expect(report.cases[0]!.key.imageDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The case's results as a provider delivers them.
    expect(readFileSync(path.join(r.outputs['outputs-dir']!, 'default', 'outputs', 'result.txt'), 'utf8')).toBe('hello from a test\n');
    expect(readFileSync(path.join(r.outputs['outputs-dir']!, 'default', 'stdout'), 'utf8')).toBe('hello from a test\n');
    expect(readFileSync(path.join(r.outputs['outputs-dir']!, 'default', 'exitCode'), 'utf8')).toBe('0');
    const timings = JSON.parse(r.outputs.timings!) as Array<{ case: string; seconds: Record<string, number> }>;
    expect(timings.map((t) => t.case)).toEqual(['default']);
    expect(Object.keys(timings[0]!.seconds).sort()).toEqual(['collect', 'create', 'run', 'total']);
    expect(r.summary.split('\n')[0]).toBe('PASSED: 1 of 1 cases passed for . on CPU');
    expect(r.summary).toContain('| `default` | ✅ |');
  });

  it('fails the step on a broken expectation and on an exceeded threshold, with ratios', async () => {
    const plan = {
      version: 1,
      thresholds: { default: { total: 600 } },
      cases: [
        { name: 'ok', inputs: { Message: 'fine' }, expect: { files: ['result.txt'], stdout: ['^fine$'] } },
        { name: 'wrong-text', inputs: { Message: 'other' }, expect: { stdout: ['^fine$'] } },
        { name: 'too-slow', inputs: { Message: 'x' }, thresholds: { default: { run: 0.000001 } } },
      ],
    };
    const ws = workspace({ '.lilypad/tests.yaml': JSON.stringify(plan) });
    const r = await step(ws);
    expect(r.code).toBe(1);
    expect(r.outputs.passed).toBe('false');
    const report = readReport(r.outputs.report!);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.cases.map((c) => [c.name, c.passed])).toEqual([
      ['ok', true],
      ['wrong-text', false],
      ['too-slow', false],
    ]);
    expect(report.cases[1]!.expectations.find((e) => !e.passed)?.expectation).toBe('stdout /^fine$/');
    const run = report.cases[2]!.phases.find((p) => p.phase === 'run')!;
    expect(run.status).toBe('fail');
    expect(run.ratio).toBeGreaterThan(1);
    expect(run.ratio).toBeCloseTo(run.measuredSeconds! / 0.000001, 3);
    expect(r.stdout).toContain('::error::FAILED: 1 of 3 cases passed for . on CPU');
  });

  it('fails hard when a GPU module meets a runner without GPUs, and never runs it on CPU', async () => {
    const ws = workspace({ 'lilypad_module.json.tmpl': gpuTemplate() });
    // PATH without nvidia-smi: this runner has no NVIDIA driver.
    const r = await step(ws, {}, { PATH: '/usr/bin:/bin' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error::the module needs 1 GPU and this runner cannot give them: no GPU could be read (nvidia-smi was not found: this runner has no NVIDIA driver); Docker cannot hand GPUs to containers (install the NVIDIA Container Toolkit and restart dockerd). Run it on a GPU runner, or set allow-cpu: true to test the pipeline on CPU.',
    );
    expect(r.stdout).not.toMatch(NO_STACK);
    expect(r.outputs.passed).toBeUndefined();
  });

  it('runs a GPU module on CPU only with allow-cpu, and says so in the first line', async () => {
    const ws = workspace({ 'lilypad_module.json.tmpl': gpuTemplate() });
    const r = await step(ws, { 'allow-cpu': 'true' }, { PATH: '/usr/bin:/bin' });
    expect(r.code).toBe(0);
    const report = readReport(r.outputs.report!);
    expect(report.headline).toMatch(/^WARNING: ran on CPU, not GPU \(allow-cpu is true\): the module needs 1 GPU, but /);
    expect(report.runner.mode).toBe('cpu');
    expect(r.summary.split('\n')[0]).toMatch(/^WARNING: ran on CPU, not GPU/);
    expect(r.stdout).toContain('::warning title=cpu-fallback::WARNING: ran on CPU');
  });

  it('reports a module that exits non-zero as a failed case with its exit code', async () => {
    const template = exampleTemplate().replace('"/bin/sh",', '"/bin/false",');
    const r = await step(workspace({ 'lilypad_module.json.tmpl': template }));
    expect(r.code).toBe(1);
    const report = readReport(r.outputs.report!);
    expect(report.cases[0]!.exitCode).toBe(1);
    expect(report.cases[0]!.expectations[0]).toEqual({ expectation: 'exitCode', passed: false, detail: 'expected 0, got 1' });
    // A provider delivers a non-zero exit: the test plan's exitCode is what fails the case, and the report says so.
    expect(report.cases[0]!.error).toBeNull();
    expect(report.cases[0]!.provider?.delivered).toBe(true);
    expect(report.cases[0]!.provider?.summary).toMatch(/^a provider would deliver this run: exit code 1 \(providers deliver a non-zero exit too: the test plan's exitCode decides\)/);
    expect(readFileSync(path.join(r.outputs['outputs-dir']!, 'default', 'exitCode'), 'utf8')).toBe('1');
  });

  it('fails a case whose entrypoint does not exist, and still runs the others', async () => {
    const missing = readFileSync(path.join(repoRoot, 'examples/hello-lilypad/lilypad_module.json.tmpl'), 'utf8').replace(
      '"/bin/sh",',
      '{{ if .Broken }}"/no/such/program"{{ else }}"/bin/sh"{{ end }},',
    );
    const plan = { version: 1, cases: [{ name: 'broken', inputs: { Broken: 'yes' } }, { name: 'fine' }] };
    const r = await step(workspace({ 'lilypad_module.json.tmpl': missing, '.lilypad/tests.yaml': JSON.stringify(plan) }));
    expect(r.code).toBe(1);
    const report = readReport(r.outputs.report!);
    expect(report.cases.map((c) => [c.name, c.passed])).toEqual([
      ['broken', false],
      ['fine', true],
    ]);
    expect(report.cases[0]!.error).toMatch(/^the engine refused the run: .*\/no\/such\/program/);
    expect(await leftovers(`rm${process.pid}-2-run`)).toEqual({ containers: [], volumes: [] });
  });

  it('stays within 150 MB while the module writes 1 GB of logs', async () => {
    const template = readFileSync(path.join(repoRoot, 'examples/hello-lilypad/lilypad_module.json.tmpl'), 'utf8').replace(
      /"Entrypoint": \[[^\]]*\]/,
      `"Entrypoint": ["/bin/sh", "-c", "head -c 1073741824 /dev/zero | tr '\\\\0' a; echo; echo done"]`,
    );
    let peakKb = 0;
    const r = await runActionStep({
      actionDir,
      workspace: workspace({ 'lilypad_module.json.tmpl': template }),
      runnerDir: scratch,
      env: { GITHUB_RUN_ID: `rm${process.pid}`, GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'logs' },
      timeoutMs: 170_000,
      // VmHWM is the process's own high-water mark, read until it exits.
      onSpawn: (child) => {
        const timer = setInterval(() => {
          try {
            const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
          } catch {
            /* exited */
          }
        }, 100);
        child.on('exit', () => clearInterval(timer));
      },
    });
    expect(r.code).toBe(0);
    const report = readReport(r.outputs.report!);
    expect(report.cases[0]!.stdout.bytes).toBe(1073741824 + 1 + 5);
    expect(report.cases[0]!.stdout.truncated).toBe(true);
    expect(peakKb).toBeGreaterThan(0);
    expect(peakKb / 1024).toBeLessThan(150);
  }, 180_000);

  it('hardening: strict drops every capability and sets no-new-privileges, and the report says which mode ran', async () => {
    const ws = workspace({ 'lilypad_module.json.tmpl': withEntrypoint(`["/bin/sh", "-c", "grep -E '^(CapEff|NoNewPrivs)' /proc/self/status"]`) });
    const r = await step(ws, { hardening: 'strict' });
    expect(r.code).toBe(0);
    const report = readReport(r.outputs.report!);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.runner.hardening).toBe('strict');
    expect(report.headline).toBe('PASSED: 1 of 1 cases passed for . on CPU (hardening: strict)');
    expect(report.cases[0]!.stdout.text).toBe('CapEff:\t0000000000000000\nNoNewPrivs:\t1\n');
    expect(r.summary).toContain('plus hardening: strict (every capability dropped, no-new-privileges)');
  });

  it('Resources.GPU "all" fails the case with the provider\'s reason, and runs nothing', async () => {
    const ws = workspace({ 'lilypad_module.json.tmpl': exampleTemplate().replace('"Memory": "100Mb"', '"Memory": "100Mb", "GPU": "all"') });
    const r = await step(ws);
    expect(r.code).toBe(1);
    const report = readReport(r.outputs.report!);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.cases[0]!.error).toBe('the provider refuses the job: task main validation failed: task resources validation failed: invalid GPU value: all');
    expect(report.cases[0]!.provider).toBeNull();
    expect(report.cases[0]!.startedAt).toBeNull();
  });

  it('Timeout 0 with executionTimeoutSeconds 5: a provider lets a 6 s run finish, the solver refuses it, the case fails', async () => {
    const template = withEntrypoint('["/bin/sh", "-c", "sleep 6; echo done"]').replace('"Timeout": 600', '"Timeout": 0').replace('"machine": {', '"executionTimeoutSeconds": 5, "machine": {');
    const r = await step(workspace({ 'lilypad_module.json.tmpl': template }));
    expect(r.code).toBe(1);
    const c = readReport(r.outputs.report!).cases[0]!;
    expect(c.exitCode).toBe(0);
    expect(c.timedOut).toBe(false);
    expect(c.stdout.text).toBe('done\n');
    expect(c.provider).toMatchObject({ stopsAtSeconds: null, solverRefusesAfterSeconds: 5, solverLimit: 'executionTimeoutSeconds', delivered: false });
    expect(c.error).toMatch(/^the solver would refuse results after 5 s \(executionTimeoutSeconds\): this run took \d+\.\d+ s from the pull; a provider would not stop it \(job Timeout 0 is no limit\)$/);
  });

  it('a job Timeout stops the module as a provider would, and the report gives both clocks', async () => {
    const template = withEntrypoint(`["/bin/sh", "-c", "trap 'echo got TERM; exit 5' TERM; sleep 300 & wait"]`).replace('"Timeout": 600', '"Timeout": 2');
    const r = await step(workspace({ 'lilypad_module.json.tmpl': template }));
    expect(r.code).toBe(1);
    const c = readReport(r.outputs.report!).cases[0]!;
    expect(c).toMatchObject({ timedOut: true, exitCode: 5, stop: { signal: 'SIGTERM', killed: false } });
    expect(c.stdout.text).toBe('got TERM\n');
    expect(c.provider).toMatchObject({ stopsAtSeconds: 2, solverRefusesAfterSeconds: 900, delivered: false });
    expect(c.provider!.summary).toMatch(/^timed out: a provider would stop it at 2 s \(job Timeout\), and did, \d+\.\d+ s from the pull; it gets the stop signal, 1 s, then SIGKILL, and delivers no results$/);
    expect(r.summary).toContain('### As a provider');
  });

  it('Network "HTTP" is refused with the reason, and the first line says a default provider takes no networked job', async () => {
    const ws = workspace({ 'lilypad_module.json.tmpl': exampleTemplate().replace('"Type": "None"', '"Type": "HTTP", "Domains": ["example.com"]') });
    const r = await step(ws);
    expect(r.code).toBe(1);
    const report = readReport(r.outputs.report!);
    expect(report.headline).toMatch(/^A default provider does not accept networked jobs \(Bacalhau JobAdmissionControl\.AcceptNetworkedJobs is false unless its operator sets it\): this module runs only on providers that enable them — FAILED: 0 of 1/);
    expect(report.cases[0]!.error).toMatch(/^Network "HTTP" is refused: a provider filters it through its squid gateway/);
    expect(r.summary.split('\n')[0]).toMatch(/^A default provider does not accept networked jobs/);
  });

  it('Network "Full": never the host network; the probe finds the runner and a stand-in for the metadata address reachable and stops the run, unless allow-metadata', async () => {
    // The stand-in: a port this test opens on the runner's own address (no traffic leaves the machine).
    const server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
    const standIn = `${hostAddress()}:${(server.address() as AddressInfo).port}`;
    try {
      const template = withEntrypoint('["/bin/sh", "-c", "ls /sys/class/net"]').replace('"Type": "None"', '"Type": "Full"');
      const ws = workspace({ 'lilypad_module.json.tmpl': template });
      const refused = await step(ws, { 'probe-addresses': standIn, 'probe-image': BASE_IMAGE });
      expect(refused.code).toBe(1);
      const error = refused.stdout.split('\n').find((l) => l.startsWith('::error::'))!;
      expect(error).toMatch(new RegExp(`^::error::network preflight failed: a container on network lilypad-isolated \\(bridge br-lilypad\\) can reach ${standIn.replace(/\./g, '\\.')}, `));
      expect(error).toContain('add the firewall rules for bridge br-lilypad (docs/gpu-runners.md, "Networked modules"), or set allow-metadata: true to run anyway');
      expect(refused.outputs.passed).toBeUndefined();

      const allowed = await step(ws, { 'probe-addresses': standIn, 'probe-image': BASE_IMAGE, 'allow-metadata': 'true' });
      expect(allowed.code).toBe(0);
      const report = readReport(allowed.outputs.report!);
      expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
      expect(report.headline.startsWith('A default provider does not accept networked jobs')).toBe(true);
      expect(report.runner.network).toMatchObject({ name: 'lilypad-isolated' });
      expect(report.runner.network!.probed[0]).toBe(standIn);
      expect(report.runner.network!.reachable).toContain(standIn);
      expect(report.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['networked-job', 'network-isolation']));
      // Its own network namespace with one interface, not the host's interfaces.
      expect(report.cases[0]!.stdout.text).toBe('eth0\nlo\n');
      expect(allowed.stdout).toContain('::warning title=network-isolation::allow-metadata is true: a container on network lilypad-isolated');
    } finally {
      // lilypad-isolated stays, as on a runner: other test files use it at the same time.
      server.close();
    }
  }, 120_000);

  it('a cancelled job (SIGINT, then SIGTERM from the runner) kills and removes the container', async () => {
    const sleeper = readFileSync(path.join(repoRoot, 'examples/hello-lilypad/lilypad_module.json.tmpl'), 'utf8').replace(
      /"Entrypoint": \[[^\]]*\]/,
      '"Entrypoint": ["sleep", "300"]',
    );
    const owner = `rm${process.pid}-1-cancel`;
    const { docker } = await testEngine();
    const r = await runActionStep({
      actionDir,
      workspace: workspace({ 'lilypad_module.json.tmpl': sleeper }),
      runnerDir: scratch,
      env: { GITHUB_RUN_ID: `rm${process.pid}`, GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'cancel' },
      onSpawn: (child) => {
        // Cancel once the module's container is running, as a user pressing "Cancel workflow".
        const poll = setInterval(async () => {
          const running = await docker.listContainers({ filters: { label: [`${OWNER_LABEL}=${owner}`], status: ['running'] } });
          if (running.length > 0) {
            clearInterval(poll);
            child.kill('SIGINT');
          }
        }, 200);
        child.on('exit', () => clearInterval(poll));
      },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('the run was cancelled');
    expect(await leftovers(owner)).toEqual({ containers: [], volumes: [] });
  }, 60_000);

  it('without a test plan, each input set is a case, each with its own outputs folder', async () => {
    const r = await step(workspace(), { inputs: 'Message=one\n---\nMessage=two' });
    expect(r.code).toBe(0);
    const report = readReport(r.outputs.report!);
    expect(report.cases.map((c) => [c.name, c.inputs, c.outputs.dir])).toEqual([
      ['inputs-1', { Message: 'one' }, 'outputs/inputs-1'],
      ['inputs-2', { Message: 'two' }, 'outputs/inputs-2'],
    ]);
    expect(readFileSync(path.join(r.outputs['outputs-dir']!, 'inputs-2', 'outputs', 'result.txt'), 'utf8')).toBe('two\n');
  });

  it('with a test plan, the inputs are defaults and each case\'s own inputs win', async () => {
    const plan = { version: 1, cases: [{ name: 'own', inputs: { Message: 'mine' } }, { name: 'default' }] };
    const r = await step(workspace({ '.lilypad/tests.yaml': JSON.stringify(plan) }), { inputs: 'Message=shared' });
    expect(r.code).toBe(0);
    expect(readReport(r.outputs.report!).cases.map((c) => c.inputs)).toEqual([{ Message: 'mine' }, { Message: 'shared' }]);
  });

  it('fewer GPUs than the module asks for is refused without allow-cpu, and leads the report with it', async () => {
    const ws = workspace({ 'lilypad_module.json.tmpl': gpuTemplate() });
    const refused = await step(ws, { gpus: '0' });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("::error::gpus: 0 is fewer than the job's Resources.GPU 1; set allow-cpu: true to run it so on purpose");
    const allowed = await step(ws, { gpus: '0', 'allow-cpu': 'true' });
    expect(allowed.code).toBe(0);
    expect(readReport(allowed.outputs.report!).headline).toMatch(/^WARNING: ran with 0 GPUs \(gpus input\), not the 1 the job asks for \(job\.Spec\.Resources\.GPU\)/);
  });

  it("runs an image given by id, as module-ci passes build-module's image-id", async () => {
    const { docker } = await testEngine();
    const id = ((await docker.getImage(BASE_IMAGE).inspect()) as { Id: string }).Id;
    const r = await step(workspace(), { image: id, pull: 'never' });
    expect(r.code).toBe(0);
    expect(readReport(r.outputs.report!).image).toMatchObject({ reference: id, id });
  });

  it.each([
    [{ pull: 'sometimes' }, 'pull: expected missing, always, never, got "sometimes"'],
    [{ timeout: '1.5' }, 'timeout: expected a whole number of seconds (at least 1), got "1.5"'],
    [{ 'allow-cpu': 'yes' }, 'allow-cpu: expected true or false, got "yes"'],
    [{ hardening: 'lax' }, 'hardening: expected provider, strict, got "lax"'],
    [{ 'allow-metadata': 'maybe' }, 'allow-metadata: expected true or false, got "maybe"'],
    [{ 'probe-addresses': '169.254.169.254' }, 'probe-addresses: expected host:port addresses, got "169.254.169.254"'],
    [{ 'writable-layer-limit': 'lots' }, 'writable-layer-limit: expected a size such as 20GB or 10GiB, got "lots"'],
    [{ tests: 'missing.yaml' }, 'missing.yaml: no such test plan file'],
    [{ path: 'nowhere' }, 'lilypad_module.json.tmpl: no such file'],
    [{ image: 'lilypad-actions/not-here:1', pull: 'never' }, 'lilypad-actions/not-here:1'],
  ])('bad input %j: one clear line, exit 1, no stack', async (inputs, message) => {
    const r = await step(workspace(), inputs);
    expect(r.code).toBe(1);
    const error = r.stdout.split('\n').find((l) => l.startsWith('::error::'));
    expect(error).toContain(message);
    expect(r.stdout).not.toMatch(NO_STACK);
  });

  // Issue 9, finding 4: case names come from the module's test plan and the container prints what
  // it likes; the step's log shows both, and the runner must act on neither.
  it('case names and container output that look like workflow commands act as none', async () => {
    // The example, printing its message on stdout and on stderr.
    const template = readFileSync(path.join(repoRoot, 'examples/hello-lilypad/lilypad_module.json.tmpl'), 'utf8').replace('&& cat \\"$OUTPUT_FILE\\"', '&& cat \\"$OUTPUT_FILE\\" && cat \\"$OUTPUT_FILE\\" >&2');
    expect(template).toContain('>&2');
    const plan = { version: 1, cases: INJECTIONS.map((name) => ({ name, inputs: { Message: name }, expect: { stdout: ['^never printed$'] } })) };
    const r = await step(workspace({ 'lilypad_module.json.tmpl': template, '.lilypad/tests.yaml': JSON.stringify(plan) }));
    expect(r.code).toBe(1);
    expect(readReport(r.outputs.report!).cases.map((c) => c.name)).toEqual([...INJECTIONS]);
    // What the container printed is in the log verbatim, a block per failing case and stream…
    for (const line of ['::add-mask::secret', '  ::set-output name=x::y', '##[error]x', '::error title=x::y']) expect(r.stdout.split('\n')).toContain(line);
    expect(r.commands.filter((c) => c.effect === 'stop')).toHaveLength(INJECTIONS.length * 2);
    // …and the runner acts only on the step's own failure (setFailed, untitled) and the groups.
    expect(unexpectedCommands(r.commands, [''])).toEqual([]);
    expect(r.commands.filter((c) => c.command === 'error').map((c) => c.data)).toEqual(['FAILED: 0 of 4 cases passed for . on CPU']);
  });

  it('a test plan with a mistake is reported at its file, line and column', async () => {
    const ws = workspace({ '.lilypad/tests.yaml': 'version: 1\ncases:\n  - name: a\n    expect: {exitCode: "zero"}\n' });
    const r = await step(ws);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::\.lilypad\/tests\.yaml:4:\d+/);
  });

  it("the post step removes this job's leftovers by label, and only this job's", async () => {
    const { docker } = await testEngine();
    const mine = `post${process.pid}-1-run`;
    const make = (owner: string) =>
      docker.createContainer({ Image: BASE_IMAGE, Cmd: ['true'], Labels: { [MANAGED_LABEL]: 'true', [OWNER_LABEL]: owner } });
    await make(mine);
    await docker.createVolume({ Name: `post-${process.pid}-vol`, Labels: { [MANAGED_LABEL]: 'true', [OWNER_LABEL]: mine } });
    const other = await make('another-job');
    try {
      const r = await runActionStep({
        actionDir,
        entry: 'post.js',
        workspace: scratch,
        runnerDir: scratch,
        env: { GITHUB_RUN_ID: `post${process.pid}`, GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'run' },
      });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`removed 1 container(s) and 1 volume(s) of job ${mine}`);
      expect(await leftovers(mine)).toEqual({ containers: [], volumes: [] });
      expect((await leftovers('another-job')).containers).toContain(other.id);
    } finally {
      await other.remove({ force: true });
    }
  });
});

describe('action.yml', () => {
  it('runs the committed bundles on node24, with a post step', () => {
    const action = parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as { runs: unknown; outputs: Record<string, unknown> };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post.js' });
    expect(existsSync(path.join(actionDir, 'dist/index.js')) && existsSync(path.join(actionDir, 'dist/post.js'))).toBe(true);
    expect(Object.keys(action.outputs)).toEqual(['passed', 'report', 'outputs-dir', 'timings']);
  });
});
