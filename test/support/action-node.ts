// The Node.js that runs the action bundles in tests. GitHub runs them on Node 24
// (`runs.using: node24`) while this repository is developed and tested on Node 20, so
// `test/run-all.sh` runs the actions' tests a second time with ACTION_NODE set to a Node 24 binary
// (test/node24.sh installs it); the test runner itself stays on the Node it was started with.
import { isAbsolute } from 'node:path';

/** ACTION_NODE when set (an absolute path to a node binary), else the Node running the tests. */
export function actionNode(): string {
  const node = process.env.ACTION_NODE;
  if (node === undefined || node === '') return process.execPath;
  if (!isAbsolute(node)) throw new Error(`ACTION_NODE must be an absolute path to a node binary, got ${JSON.stringify(node)}`);
  return node;
}
