// `lilypad-module run <dir>`: the run-module action on your own machine. Optionally builds the
// module's Dockerfile first (--build), then runs each test case as a resource provider would, in
// the local Docker engine, and prints the timing table. Loaded on use (cli.ts): dockerode is the
// heaviest thing in the bundle and the other commands never touch it.

import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  buildModule,
  connectEngine,
  HARDENING_MODES,
  PULL_POLICIES,
  removeOwnedObjects,
  reportText,
  runModule,
  type Engine,
  type Hardening,
  templateImage,
  type PullPolicy,
} from '@lilypad-actions/module-runner';
import { SOLVER_DEFAULT_EXECUTION_SECONDS, TEMPLATE_FILE } from '@lilypad-actions/module-spec';
import { safeLines } from '@lilypad-actions/workflow-commands';
import { formatFlags, lastValue, parseArgs, type FlagSpec } from '../args';
import { EXIT, UsageError } from '../errors';
import { HELP_FLAG, INPUT_FLAG, inputFlagsOf, onePath } from '../template-flags';
import type { Terminal } from '../terminal';

export const runFlags: FlagSpec[] = [
  INPUT_FLAG,
  { name: 'build', takesValue: false, description: "build the module's Dockerfile first and run that image" },
  { name: 'image', takesValue: true, valueName: 'IMAGE', description: "run this image instead of the job's (with --build: the name to build; default the template's Image)" },
  { name: 'tests', takesValue: true, valueName: 'FILE', description: 'test plan (default <dir>/.lilypad/tests.yaml when it exists)' },
  { name: 'pull', takesValue: true, valueName: 'POLICY', description: 'missing (default), always or never' },
  { name: 'allow-cpu', takesValue: false, description: 'run a GPU module on CPU when there is no usable GPU (says so first)' },
  { name: 'timeout', takesValue: true, valueName: 'SECONDS', description: `cap on each case from the image pull (default ${SOLVER_DEFAULT_EXECUTION_SECONDS}; the job's Timeout stops it earlier)` },
  { name: 'hardening', takesValue: true, valueName: 'MODE', description: "provider (default: as a provider starts it) or strict (also no capabilities, no new privileges)" },
  { name: 'allow-metadata', takesValue: false, description: 'run a Full-network module even if its network reaches the metadata service or this machine' },
  { name: 'probe-address', takesValue: true, valueName: 'HOST:PORT', description: 'what a Full-network module must not reach (repeatable; default 169.254.169.254:80)' },
  { name: 'report-dir', takesValue: true, valueName: 'DIR', description: 'where report.json and outputs/<case>/ go (default a temp dir)' },
  HELP_FLAG,
];

export const runUsage = `Run a Lilypad module as a resource provider would, in the local Docker engine.

Usage:
  lilypad-module run <dir> [flags]

Renders the job for each test case (-i inputs, or the cases of .lilypad/tests.yaml) and runs it in
the container a provider starts: only its Image, Entrypoint and EnvironmentVariables, memory, CPU
and GPUs from job.Spec.Resources, Docker's default capabilities and the image's user, an empty
root-owned /outputs, the job's Timeout from the pull; plus a pids limit, size limits, and an
isolated network instead of the host's for a Full job. Then it checks the case's expectations,
per-GPU thresholds and the solver's limit, and prints seconds per phase. Each case's results
(stdout, stderr, exitCode, outputs/) land in the report directory as a provider delivers them.

Flags:
${formatFlags(runFlags)}

Exit status: 0 every case passed; 1 a case failed; 2 bad arguments, no engine, or a module that
cannot run (no GPU without --allow-cpu, no image).
`;

export async function runCommand(argv: readonly string[], term: Terminal): Promise<number> {
  const args = parseArgs(argv, runFlags);
  if (args.switches.has('help')) {
    term.stdout(runUsage);
    return EXIT.ok;
  }
  const moduleDir = onePath('run', 'dir', args.positionals);
  if (!existsSync(path.join(moduleDir, TEMPLATE_FILE))) {
    throw new UsageError(`${moduleDir}: no ${TEMPLATE_FILE} here`, 'give the folder of a module');
  }
  const inputs = inputFlagsOf(args);
  const pull = (lastValue(args, 'pull') ?? 'missing') as PullPolicy;
  if (!PULL_POLICIES.includes(pull)) throw new UsageError(`invalid --pull ${JSON.stringify(pull)}`, 'give missing, always or never');
  const timeoutText = lastValue(args, 'timeout') ?? String(SOLVER_DEFAULT_EXECUTION_SECONDS);
  if (!/^\d+$/.test(timeoutText) || Number(timeoutText) < 1) throw new UsageError(`invalid --timeout ${JSON.stringify(timeoutText)}`, 'give whole seconds, at least 1');
  const probeTargets = args.values.get('probe-address') ?? [];
  for (const t of probeTargets) if (!/^[^\s:]+:\d{1,5}$/.test(t)) throw new UsageError(`invalid --probe-address ${JSON.stringify(t)}`, 'give host:port');
  const hardening = (lastValue(args, 'hardening') ?? 'provider') as Hardening;
  if (!HARDENING_MODES.includes(hardening)) throw new UsageError(`invalid --hardening ${JSON.stringify(hardening)}`, 'give provider or strict');
  const reportDir = lastValue(args, 'report-dir') ?? mkdtempSync(path.join(tmpdir(), 'lilypad-module-run-'));
  const owner = `cli-${process.pid}-${Date.now()}`;
  // Build output, case names, images, engine messages: the module's text, in what may be a CI log.
  const log = (line: string) => term.stderr(`${safeLines(line)}\n`);
  // Ctrl-C: kill and remove the container (the deadline dies with this process), then exit 130.
  const controller = new AbortController();
  const interrupt = () => {
    log('interrupted: stopping the run');
    controller.abort();
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);

  let engine: Engine | undefined;
  try {
    engine = await connectEngine();
    let image = lastValue(args, 'image');
    let priorPhases = {};
    if (args.switches.has('build')) {
      const built = await buildModule({
        engine,
        moduleDir,
        // Without --image, the repository and tag the template's Image names (as build-module
        // does), so the job runs what its template says; a template that names none gets a local name.
        image: image ?? (templateImage(moduleDir).ok ? undefined : `lilypad-module-local/${path.basename(path.resolve(moduleDir)).toLowerCase()}:dev`),
        source: path.resolve(moduleDir),
        revision: 'local',
        onProgress: log,
        signal: controller.signal,
      });
      for (const f of built.findings) log(`build: ${f.message}`);
      image = built.image;
      priorPhases = { build: built.build.seconds };
      log(`built ${built.image} (${built.imageId.slice(0, 19)}) in ${built.build.seconds.toFixed(2)} s`);
    }
    const report = await runModule({
      engine,
      moduleDir,
      moduleRef: moduleDir,
      testsPath: lastValue(args, 'tests'),
      inputSets: (args.values.get('input') ?? []).length > 0 ? [inputs] : [],
      image,
      pull,
      allowCpu: args.switches.has('allow-cpu'),
      timeoutSeconds: Number(timeoutText),
      hardening,
      allowMetadata: args.switches.has('allow-metadata'),
      ...(probeTargets.length > 0 ? { probeTargets } : {}),
      reportDir,
      owner,
      attempt: 1,
      priorPhases,
      log,
      signal: controller.signal,
    });
    term.stdout(safeLines(`${reportText(report)}\nreport: ${path.join(reportDir, 'report.json')}\noutputs: ${path.join(reportDir, 'outputs')}\n`));
    if (controller.signal.aborted) return 130;
    return report.passed ? EXIT.ok : EXIT.templateError;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    // Interrupted or not, nothing of this run stays in the engine.
    if (engine) await removeOwnedObjects(engine.docker, owner).catch(() => undefined);
  }
}
