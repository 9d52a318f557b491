// The real awesome-lilypad README versions (test/fixtures/awesome-lilypad/history and the current
// README), oldest first, in the order and with the dates SOURCES.txt gives: what a list repository
// whose history replays them (GitWorld.listHistory) is built from.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../test/support/repo-root';
import type { HistoryVersion } from './git-world';

export const AWESOME_LILYPAD = path.join(repoRoot, 'test/fixtures/awesome-lilypad');

export interface ReadmeVersion {
  /** The upstream commit (7 hex digits). */
  upstream: string;
  date: string;
  /** The fixture file, relative to test/fixtures/awesome-lilypad. */
  file: string;
  text: string;
}

/** Every README version, oldest first; throws when SOURCES.txt and the history folder disagree. */
export function readmeVersions(): ReadmeVersion[] {
  const sources = readFileSync(path.join(AWESOME_LILYPAD, 'SOURCES.txt'), 'utf8');
  const listed = [...sources.matchAll(/^ {6}([0-9a-f]{7}) \((\d{4}-\d{2}-\d{2})\)/gm)].map(([, upstream = '', date = '']) => ({ upstream, date, file: `history/README@${upstream}.md` }));
  const onDisk = readdirSync(path.join(AWESOME_LILYPAD, 'history')).map((f) => `history/${f}`).sort();
  if (JSON.stringify(listed.map((v) => v.file).sort()) !== JSON.stringify(onDisk)) {
    throw new Error(`SOURCES.txt lists ${listed.map((v) => v.file).join(', ')}, the history folder holds ${onDisk.join(', ')}`);
  }
  const current = /^From Lilypad-Tech\/awesome-Lilypad @ ([0-9a-f]{7})[0-9a-f]{33} \((\d{4}-\d{2}-\d{2})\)/m.exec(sources);
  if (!current) throw new Error('SOURCES.txt does not name the commit of README.md');
  const versions = [...listed, { upstream: current[1]!, date: current[2]!, file: 'README.md' }];
  for (let i = 1; i < versions.length; i += 1) {
    if (versions[i]!.date < versions[i - 1]!.date) throw new Error(`SOURCES.txt lists ${versions[i]!.file} after a later version`);
  }
  return versions.map((v) => ({ ...v, text: readFileSync(path.join(AWESOME_LILYPAD, v.file), 'utf8') }));
}

/** The versions as list-repository commits: README.md rewritten by each, message `README@<upstream>`. */
export function readmeCommits(versions: readonly ReadmeVersion[] = readmeVersions()): HistoryVersion[] {
  return versions.map((v) => ({ message: `README@${v.upstream}`, date: v.date, files: { 'README.md': v.text } }));
}
