// Every workflow and action.yml in the repository, found on disk (no list kept by hand: a file
// another engineer adds is checked the moment it exists).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../../packages/config-file/src';
import { repoRoot } from '../support/repo-root';

export { repoRoot };

/** Paths relative to the repository root. */
export const workflowFiles: string[] = ['.github/workflows', 'workflows'].flatMap((dir) =>
  existsSync(path.join(repoRoot, dir))
    ? readdirSync(path.join(repoRoot, dir))
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => `${dir}/${f}`)
    : [],
);

/** actions/<name>/action.yml (or .yaml) of every action folder. */
export const actionFiles: string[] = readdirSync(path.join(repoRoot, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => ['action.yml', 'action.yaml'].map((f) => `actions/${d.name}/${f}`))
  .filter((f) => existsSync(path.join(repoRoot, f)))
  .sort();

export const read = (file: string): string => readFileSync(path.join(repoRoot, file), 'utf8');

// Workflow documents are dynamic YAML: `any` keeps the structural checks short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = Record<string, any>;

const cache = new Map<string, Doc>();
/** The file as YAML (duplicate keys refused, as GitHub does). */
export function yamlOf(file: string): Doc {
  let doc = cache.get(file);
  if (!doc) {
    doc = parseYaml(read(file), file).value as Doc;
    cache.set(file, doc);
  }
  return doc;
}

/** The action folders (by name) and the reusable workflows (by file name), for workflow-refs.mjs. */
export function ownNames(): { actions: Set<string>; reusableWorkflows: Set<string> } {
  return {
    actions: new Set(actionFiles.map((f) => f.split('/')[1]!)),
    reusableWorkflows: new Set(workflowFiles.filter((f) => f.startsWith('.github/workflows/') && isReusable(yamlOf(f))).map((f) => path.basename(f))),
  };
}

/** A workflow GitHub can call from another repository: `on: workflow_call`. */
export function isReusable(workflow: Doc): boolean {
  const on = workflow.on;
  if (typeof on === 'string') return on === 'workflow_call';
  if (Array.isArray(on)) return on.includes('workflow_call');
  return on !== null && typeof on === 'object' && 'workflow_call' in on;
}
