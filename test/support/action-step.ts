// Runs an action's committed bundle the way the runner does: `node dist/<entry>` in the workspace
// (node is actionNode(): ACTION_NODE, e.g. Node 24 as on GitHub, else the test runner's own),
// every input from action.yml as INPUT_<NAME> (defaults filled in, as the runner does; names keep
// their dashes: `allow-cpu` → INPUT_ALLOW-CPU), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files in a
// temp dir. Resolves with the outputs, summary, annotations and exit status.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { actionNode } from './action-node';
import { runnerCommands, stepCommands, type RunnerCommand } from './runner-commands';

export interface ActionStep {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The lines of stdout the runner turns into annotations (`::error …`, `::warning …`, `::notice …`). */
  annotations: string[];
  /** Every command the runner would recognise, stdout then stderr (test/support/runner-commands.ts). */
  commands: RunnerCommand[];
}

export interface ActionStepOptions {
  actionDir: string;
  /** dist/<entry>; default index.js. */
  entry?: string;
  workspace: string;
  /** Where GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP go. */
  runnerDir: string;
  inputs?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Called with the step's process once it started (e.g. to watch its memory). */
  onSpawn?: (child: ChildProcess) => void;
}

export function actionInputs(actionDir: string): Record<string, { default?: string }> {
  return (parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs;
}

interface PreparedStep {
  file: string;
  env: NodeJS.ProcessEnv;
  outputFile: string;
  summaryFile: string;
}

function prepareStep(options: ActionStepOptions): PreparedStep {
  const runnerDir = mkdtempSync(path.join(options.runnerDir, 'runner-'));
  const outputFile = path.join(runnerDir, 'output');
  const summaryFile = path.join(runnerDir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerDir,
    ...options.env,
  };
  for (const [name, spec] of Object.entries(actionInputs(options.actionDir))) {
    env[`INPUT_${name.toUpperCase()}`] = options.inputs?.[name] ?? spec.default ?? '';
  }
  return { file: path.join(options.actionDir, 'dist', options.entry ?? 'index.js'), env, outputFile, summaryFile };
}

function finishStep(step: PreparedStep, code: number | null, stdout: string, stderr: string): ActionStep {
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(step.outputFile, 'utf8')),
    summary: readFileSync(step.summaryFile, 'utf8'),
    annotations: runnerCommands(stdout)
      .filter((c) => c.effect === 'command' && ['error', 'warning', 'notice'].includes(c.command.toLowerCase()))
      .map((c) => c.line),
    commands: stepCommands({ stdout, stderr }),
  };
}

/** The step, asynchronously: use this when the step waits on the engine, so the test worker does not block. */
export async function runActionStep(options: ActionStepOptions): Promise<ActionStep> {
  const step = prepareStep(options);
  const child = spawn(actionNode(), [step.file], { cwd: options.workspace, env: step.env });
  options.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  return finishStep(step, code, stdout, stderr);
}

/** The step, synchronously (quick steps that need no engine). */
export function runActionStepSync(options: Omit<ActionStepOptions, 'onSpawn'>): ActionStep {
  const step = prepareStep(options);
  const r = spawnSync(actionNode(), [step.file], { cwd: options.workspace, env: step.env, encoding: 'utf8', timeout: options.timeoutMs ?? 120_000 });
  return finishStep(step, r.status, r.stdout, r.stderr);
}

/** GITHUB_OUTPUT's `name<<DELIMITER\nvalue\nDELIMITER` records. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2\n/gm)) out[m[1]!] = m[3]!;
  return out;
}

/** A new workspace under `parent`: a copy of `base` if given, then `files` (relative path → content). */
export function makeWorkspace(parent: string, files: Record<string, string>, base?: string): string {
  const dir = mkdtempSync(path.join(parent, 'ws-'));
  if (base) cpSync(base, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
