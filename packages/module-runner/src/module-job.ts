// What the run-module action (and any other caller with a workspace) does around runModule: find
// the module (a folder of the workspace, or a reference fetched into the work folder), name it for
// the timings as users would, connect to the engine, run with the baseline file's earlier timings
// and add this run's to it. The action keeps only its inputs and outputs.
import path from 'node:path';
import type { ModuleRef } from '@lilypad-actions/module-spec';
import { connectEngine, type Engine } from './engine/connect';
import { fetchModule } from './fetch-module';
import { appendToBaseline, loadBaseline, saveBaseline, type Baseline } from './report/baseline';
import type { RunReport } from './report/types';
import { runModule, type RunModuleOptions } from './run-module';

export interface ModuleSource {
  /** The checked-out repository (GITHUB_WORKSPACE). */
  workspace: string;
  /** The module's folder, relative to the workspace ('.' for its root). */
  path: string;
  /** A module reference (`<repo>:<ref>`) to fetch and run instead of the workspace's folder. */
  module?: string | ModuleRef | undefined;
  /** The workspace's repository (owner/name, GITHUB_REPOSITORY) and commit, when known. */
  repository?: string | undefined;
  sha?: string | undefined;
}

export interface PreparedModule {
  moduleDir: string;
  /** What timings are keyed by: the reference, `github.com/<owner>/<name>[/<path>]:<sha>`, or the path. */
  moduleRef: string;
}

/** The module's folder and name; a reference is fetched into `<workDir>/module`. */
export async function prepareModule(source: ModuleSource, workDir: string): Promise<PreparedModule> {
  if (source.module) {
    const moduleDir = path.join(workDir, 'module');
    const fetched = await fetchModule(source.module, moduleDir);
    return { moduleDir, moduleRef: typeof source.module === 'string' ? source.module : `${fetched.repo}:${fetched.ref}` };
  }
  const moduleDir = path.resolve(source.workspace, source.path);
  return { moduleDir, moduleRef: localModuleRef(path.relative(source.workspace, moduleDir), source.repository, source.sha) };
}

/** A workspace folder's name for the timings: as users would name it, repository and commit. */
export function localModuleRef(relative: string, repository: string | undefined, sha: string | undefined): string {
  const folder = relative.split(path.sep).join('/') || '.';
  if (!repository) return folder;
  return `github.com/${repository}${folder === '.' ? '' : `/${folder}`}:${sha ?? 'HEAD'}`;
}

/**
 * Runs `run` with the baseline file's earlier timings (a missing file is an empty baseline) and
 * adds the run's timings to the file; without a file, runs without a baseline.
 */
export async function withBaseline(file: string | undefined, run: (baseline: Baseline | undefined) => Promise<RunReport>): Promise<RunReport> {
  const baseline = file ? loadBaseline(file) : undefined;
  const report = await run(baseline);
  if (file && baseline) saveBaseline(file, appendToBaseline(baseline, report));
  return report;
}

export interface RunModuleJobOptions extends Omit<RunModuleOptions, 'engine' | 'moduleDir' | 'moduleRef' | 'baseline' | 'reportDir'> {
  source: ModuleSource;
  /** A fresh folder for the fetched module and the report (`<workDir>/report`). */
  workDir: string;
  /** The timings baseline file (absolute), read and then extended; none when unset. */
  baselineFile?: string | undefined;
  /** The engine to use; default connectEngine() (DOCKER_HOST or the local socket). */
  engine?: Engine;
}

export interface RunModuleJobResult {
  report: RunReport;
  /** report.json and outputs/<case>/. */
  reportDir: string;
}

/** prepareModule, the engine, withBaseline and runModule: what a CI step does to run a module. */
export async function runModuleJob(options: RunModuleJobOptions): Promise<RunModuleJobResult> {
  const { source, workDir, baselineFile, engine, ...rest } = options;
  const { moduleDir, moduleRef } = await prepareModule(source, workDir);
  const reportDir = path.join(workDir, 'report');
  const report = await withBaseline(baselineFile, async (baseline) =>
    runModule({ ...rest, engine: engine ?? (await connectEngine()), moduleDir, moduleRef, reportDir, ...(baseline ? { baseline } : {}) }),
  );
  return { report, reportDir };
}
