// Every workflow of the repository, reusable or to copy, read by GitHub's own workflow parser
// (@actions/workflow-parser, the schema and expression checks behind GitHub's editor support):
// a misspelt key, a bad value or a broken expression fails here instead of on GitHub.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const workflows = ['.github/workflows', 'workflows'].flatMap((dir) =>
  readdirSync(`${root}${dir}`)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `${dir}/${name}`),
);

async function problems(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || !parsed.value) return errors;
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return (template.errors ?? []).map((e) => e.Message);
}

describe("GitHub's workflow parser", () => {
  test.each(workflows)('%s has no errors', async (path) => {
    expect(await problems(path, readFileSync(`${root}${path}`, 'utf8'))).toEqual([]);
  });

  test('the check can fail: a misspelt key, a bad permission, a broken expression', async () => {
    const bad = 'on: push\njobs:\n  one:\n    runs-on: ubuntu-latest\n    permissions:\n      pages: writ\n    environmnt: github-pages\n    steps:\n      - run: echo ${{ github.sha == }}\n';
    expect(await problems('bad.yml', bad)).toEqual([
      "bad.yml (Line: 6, Col: 14): Unexpected value 'writ'",
      "bad.yml (Line: 7, Col: 5): Unexpected value 'environmnt'",
      "bad.yml (Line: 9, Col: 14): Unexpected end of expression: '=='",
    ]);
  });
});
