// The saved real-world templates (test/fixtures/corpus/templates), for tests that use them as data.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const corpusDir = path.resolve(repoRoot, 'test/fixtures/corpus/templates');

/** A corpus template's text by its saved name, with or without `.json.tmpl`. */
export function corpusTemplate(name: string): string {
  return readFileSync(path.join(corpusDir, name.endsWith('.json.tmpl') ? name : `${name}.json.tmpl`), 'utf8');
}

export function corpusFiles(): string[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.json.tmpl'))
    .sort();
}
