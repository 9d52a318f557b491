// What the build-module action (and any other caller with a workspace) does around buildModule:
// the module's folder in the workspace, the image's provenance labels from the repository and
// commit, the engine, and where the template's Image is for an annotation. The action keeps only
// its inputs and outputs.
import path from 'node:path';
import { buildModule, type BuildModuleOptions, type BuildModuleResult } from './build-module';
import { connectEngine, type Engine } from './engine/connect';

export interface WorkspaceCommit {
  /** The checked-out repository (GITHUB_WORKSPACE). */
  workspace: string;
  /** GITHUB_SERVER_URL; default https://github.com. */
  serverUrl?: string | undefined;
  /** owner/name (GITHUB_REPOSITORY) and the commit (GITHUB_SHA), when known. */
  repository?: string | undefined;
  sha?: string | undefined;
}

/** The image's OCI source and revision labels, and the module reference when the module is the repository's root. */
export function buildProvenance(at: WorkspaceCommit, moduleDir: string): Pick<BuildModuleOptions, 'source' | 'revision' | 'module'> {
  const serverUrl = at.serverUrl || 'https://github.com';
  const atRoot = path.relative(at.workspace, moduleDir) === '';
  return {
    source: at.repository ? `${serverUrl}/${at.repository}` : '',
    revision: at.sha ?? '',
    // Lilypad runs a module from its repository's root: only then is it `repo:commit`.
    ...(at.repository && at.sha && atRoot ? { module: `${new URL(serverUrl).host}/${at.repository}:${at.sha}` } : {}),
  };
}

export interface BuildModuleJobOptions extends Omit<BuildModuleOptions, 'engine' | 'moduleDir' | 'source' | 'revision' | 'module'> {
  at: WorkspaceCommit;
  /** The module's folder, relative to the workspace. */
  path: string;
  /** The engine to use; default connectEngine() (DOCKER_HOST or the local socket). */
  engine?: Engine;
}

export interface BuildModuleJobResult extends BuildModuleResult {
  /** The template's Image, as a place in the workspace for an annotation; undefined when unknown. */
  imageAnnotation: { file: string; startLine?: number } | undefined;
}

/** buildModule on a workspace's module folder, labelled with its repository and commit. */
export async function buildModuleJob(options: BuildModuleJobOptions): Promise<BuildModuleJobResult> {
  const { at, path: modulePath, engine, ...rest } = options;
  const moduleDir = path.resolve(at.workspace, modulePath);
  const result = await buildModule({ ...rest, engine: engine ?? (await connectEngine()), moduleDir, ...buildProvenance(at, moduleDir) });
  const where = result.templateLocation;
  const file = where ? path.relative(at.workspace, where.file).split(path.sep).join('/') : undefined;
  return { ...result, imageAnnotation: file ? { file, ...(where?.line ? { startLine: where.line } : {}) } : undefined };
}
