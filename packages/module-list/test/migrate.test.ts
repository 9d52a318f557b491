// The migration of the real awesome-lilypad README (test/fixtures/awesome-lilypad) and of every
// version in its history: entries for the rows that name a module, a finding with its reason for
// every row that does not, and tables regenerated from the entries that match the originals row
// for row.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../../../test/support/repo-root';
import { generatedRegions, migrateReadme, parseListEntry, readReadmeModules, readmeDiff, syncReadme, type ListEntry, type ModuleRow, type RefResolver } from '../src';

const fixtures = path.join(repoRoot, 'test/fixtures/awesome-lilypad');
const README = readFileSync(path.join(fixtures, 'README.md'), 'utf8');
const history = readdirSync(path.join(fixtures, 'history')).map((f) => [f, readFileSync(path.join(fixtures, 'history', f), 'utf8')] as const);

/** A resolver that knows every repository: tags and commits resolve to a made-up commit, `main` is a branch. */
const everyRepo: RefResolver = async (reference) => ({
  commit: reference.ref.length === 40 ? reference.ref : (reference.key.length.toString(16) + reference.ref.length.toString(16)).padEnd(40, 'a').slice(0, 40),
  kind: reference.ref === 'main' ? 'branch' : reference.ref.length === 40 ? 'commit' : 'tag',
});

const rowKey = (r: ModuleRow) => JSON.stringify([r.section, r.name, r.module, r.inputs, r.model]);

describe('migrating the README as it is today', () => {
  test('team and community rows become entries; API rows without a ref are left out, each with the fix', async () => {
    const m = await migrateReadme('README.md', README, { resolve: everyRepo });
    expect(m.entries.map((e) => e.path)).toEqual([
      'modules/Lilypad-Tech/lilypad-module-lilysay.yaml',
      'modules/Lilypad-Tech/lilypad-module-cowsay.yaml',
      'modules/noryev/module-sdxl-ipfs.yaml',
      'modules/narbs91/lilypad-ollama-deepseek-r1-1-5b.yaml',
      'modules/noryev/module-llama2.yaml',
      'modules/rhochmayr/ollama-deepseek-r1-7b.yaml',
      'modules/rhochmayr/ollama-llama3.2-3b.yaml',
      'modules/rhochmayr/ollama-qwen2.5-coder-7b.yaml',
      'modules/jamiebones/Spark-TTS-0.5B.yaml',
    ]);
    const noRef = m.findings.filter((f) => f.rule === 'reference-no-ref');
    expect(noRef).toHaveLength(18);
    expect(noRef[0]).toMatchObject({ file: 'README.md', line: 39, severity: 'error' });
    expect(noRef[0]?.message).toContain('DeepScaleR 1.5B: `github.com/Lilypad-Tech/lilypad-deepscaler-1.5b` has no ref');
    // The branch refs are pinned and reported; every guess is reported.
    expect(m.findings.filter((f) => f.rule === 'ref-is-branch').map((f) => f.line)).toEqual([152, 153, 154]);
    expect(m.findings.filter((f) => f.rule === 'migrated-guesses')).toHaveLength(9);
  });

  test('every written entry is a valid entry once its commit is resolved', async () => {
    const m = await migrateReadme('README.md', README, { resolve: everyRepo });
    for (const e of m.entries) expect(parseListEntry(e.path, e.text).findings, e.path).toEqual([]);
    const spark = parseListEntry('x.yaml', m.entries.at(-1)!.text).entry!;
    expect(spark).toMatchObject({ name: 'Spark-TTS-0.5B', module: 'github.com/jamiebones/Spark-TTS-0.5B.git:v1.6', creator: 'jamiebones', category: 'audio', section: 'community', inputs: [{ input: '' }] });
  });

  test('without network access the entries are written without a commit, each reported', async () => {
    const m = await migrateReadme('README.md', README);
    expect(m.entries).toHaveLength(9);
    expect(m.entries.every((e) => e.entry.commit === undefined)).toBe(true);
    expect(m.findings.filter((f) => f.rule === 'commit-unresolved')).toHaveLength(9);
  });

  test('a ref that is an abbreviated commit is written without a commit, with the reason', async () => {
    const text = '### Lilypad Community Modules\n\n| Module | Run Command | Arguments |\n| --- | --- | --- |\n| [Short](https://github.com/o/short) | `lilypad run github.com/o/short:bbe201c` | `-i Prompt=""` |\n';
    // As ModuleRepos answers a hex ref that is neither a tag nor a branch: the ref itself, as a commit.
    const m = await migrateReadme('README.md', text, { resolve: async (r) => ({ commit: r.ref, kind: 'commit' }) });
    expect(m.entries.map((e) => e.entry.commit)).toEqual([undefined]);
    expect(m.entries[0]!.text).not.toMatch(/^commit:/m);
    expect(m.findings.find((f) => f.rule === 'commit-unresolved')).toMatchObject({ line: 5, message: expect.stringContaining('(bbe201c is an abbreviated commit, and an entry pins all 40 hex digits)') });
  });

  test('the regenerated tables match the original rows one for one, minus the broken rows', async () => {
    const original = readReadmeModules('README.md', README);
    const m = await migrateReadme('README.md', README, { resolve: everyRepo });
    const regenerated = readReadmeModules('README.md', m.readme);
    expect(regenerated.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(regenerated.rows.map(rowKey).sort()).toEqual(original.rows.map(rowKey).sort());
    // Every original table row is either regenerated or reported.
    const tableRows = original.tables.reduce((n, t) => n + t.table.rows.length, 0);
    const dropped = original.findings.filter((f) => f.severity === 'error').length;
    expect(original.rows.length + dropped).toBe(tableRows);
    // Only the tables changed: the prose between them is kept.
    expect(m.readme).toContain('<summary>Use With Our API</summary>');
    expect(m.readme.split('\n').length).toBeLessThan(README.split('\n').length + 7);
  });

  test('the migrated README is up to date with its entries, and regeneration is idempotent', async () => {
    const m = await migrateReadme('README.md', README, { resolve: everyRepo });
    const entries = m.entries.map((e) => parseListEntry(e.path, e.text).entry as ListEntry);
    expect(readmeDiff('README.md', m.readme, entries)).toBeNull();
    expect(syncReadme('README.md', m.readme, entries)).toBe(m.readme);
    expect(generatedRegions('README.md', m.readme).map((r) => r.section)).toEqual(['api', 'team', 'community']);
  });
});

describe('every README version in the history migrates without throwing', () => {
  test.each(history)('%s', async (_, text) => {
    const m = await migrateReadme('README.md', text, { resolve: everyRepo });
    for (const e of m.entries) expect(parseListEntry(e.path, e.text).findings, e.path).toEqual([]);
    for (const f of m.findings) {
      expect(f.line, JSON.stringify(f)).toBeGreaterThan(0);
      expect(f.message.length).toBeGreaterThan(10);
    }
    const original = readReadmeModules('README.md', text);
    if (m.entries.length > 0) expect(readReadmeModules('README.md', m.readme).rows.map(rowKey).sort()).toEqual(original.rows.map(rowKey).sort());
  });

  test('the broken rows of the history are each reported with their reason', async () => {
    const byVersion = Object.fromEntries(await Promise.all(history.map(async ([f, text]) => [f, (await migrateReadme('README.md', text, { resolve: everyRepo })).findings] as const)));
    const rules = (f: string) => byVersion[f]!.filter((x) => x.severity !== 'info').map((x) => `${x.line}:${x.rule}`);
    // 025a0f5: the SDXL row twice, the second with a stray backtick; Llama2 with no ref.
    expect(rules('README@025a0f5.md')).toEqual(expect.arrayContaining(['39:readme-duplicate-row', '39:readme-stray-text', '41:reference-no-ref']));
    // 796fe4a: the run command as an https URL with /tree/.
    const url = byVersion['README@796fe4a.md']!.find((x) => x.rule === 'reference-url')!;
    expect(url.hint).toContain('Write github.com/rhochmayr/ollama-qwen2.5-coder-7b:1.0.0.');
    // 999f034: the DeepSeek R1 1.5B row links to another repository.
    expect(byVersion['README@999f034.md']!.find((x) => x.rule === 'readme-link-mismatch')?.message).toContain('links to https://github.com/noryev/module-llama2, but its run command runs github.com/narbs91/lilypad-ollama-deepseek-r1-1-5b');
    // f66f1a8 and 4a9fc84: bullet lists, no run commands.
    expect(rules('README@f66f1a8.md')).toEqual(expect.arrayContaining(['18:readme-no-tables', '19:readme-no-run-command']));
    expect(byVersion['README@4a9fc84.md']!.filter((x) => x.rule === 'readme-no-run-command')).toHaveLength(9);
  });

  test('the API table with commit pins (d12aa59) becomes api entries with their model names', async () => {
    const text = history.find(([f]) => f === 'README@d12aa59.md')![1];
    const m = await migrateReadme('README.md', text, { resolve: everyRepo });
    const api = m.entries.filter((e) => e.entry.section === 'api');
    expect(api).toHaveLength(9);
    expect(api[0]!.entry).toMatchObject({ name: 'DeepScaleR 1.5B', model: { name: 'deepscaler:1.5b' }, commit: 'c078cab5d190fb6ea0e3ea92a33b74935fa7c4bb' });
    expect(m.findings.find((f) => f.rule === 'readme-link-mismatch')?.message).toContain('Phi-4 Mini 3.8B links to https://github.com/DevlinRocha/lilypad-phi4-14b');
  });
});
