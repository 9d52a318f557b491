// @actions/workflow-parser, loaded for the tests. Its ESM imports its JSON schemas without
// `with { type: 'json' }`, which Node 20 refuses (vitest hands node_modules to Node), so it is
// bundled once per test file with esbuild (a devDependency, as for the benchmarks) and the bundle
// imported instead.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { repoRoot } from '../support/repo-root';

type WorkflowParser = typeof import('@actions/workflow-parser') & typeof import('@actions/workflow-parser/actions/action-parser');

let loaded: Promise<WorkflowParser> | undefined;

/** parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter and parseAction. */
export function workflowParser(): Promise<WorkflowParser> {
  loaded ??= (async () => {
    const result = await build({
      stdin: {
        contents: "export * from '@actions/workflow-parser';\nexport { parseAction } from '@actions/workflow-parser/actions/action-parser';\n",
        resolveDir: repoRoot,
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      logLevel: 'error',
    });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'workflow-parser-')), 'workflow-parser.mjs');
    writeFileSync(file, result.outputFiles[0]!.text);
    return (await import(pathToFileURL(file).href)) as WorkflowParser;
  })();
  return loaded;
}
