// Reading a ledger from a folder, or from a revision of a real git repository with git itself.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserInputError } from '@lilypad-actions/rewards';
import { beforeAll, describe, expect, test } from 'vitest';
import { readLedger } from '../src/ledger-source';
import { at, ledgerFolder, ledgerRepository, makeLedger, type SampleLedger } from './sample-ledger';

let ledger: SampleLedger;
let repo: string;

beforeAll(() => {
  ledger = makeLedger({
    '2025-01': [{ number: 1, author: 'moss-lab', mergedAt: at('2025-01', 3) }],
    '2025-02': [{ number: 2, author: 'tidepool', mergedAt: at('2025-02', 3) }],
  });
  repo = ledgerRepository(ledger.files);
});

const jsonFiles = (files: ReadonlyMap<string, string>) => new Map([...files].filter(([p]) => p.endsWith('.json')));

describe('a ledger from git', () => {
  test('a branch: index.json and the month files, byte for byte, with the commit', () => {
    const read = readLedger('ledger', repo);
    expect(read.files).toEqual(jsonFiles(ledger.files));
    const commit = execFileSync('git', ['-C', repo, 'rev-parse', 'ledger'], { encoding: 'utf8' }).trim();
    expect(read.origin).toEqual({ kind: 'git', rev: 'ledger', commit });
    expect(read.displayPath('rewards/2025-01.json')).toBe('ledger:rewards/2025-01.json');
  });

  test('any revision git knows: an abbreviated commit id; a bare repository', () => {
    const commit = execFileSync('git', ['-C', repo, 'rev-parse', 'ledger'], { encoding: 'utf8' }).trim();
    expect(readLedger(commit.slice(0, 10), repo).origin).toMatchObject({ kind: 'git', commit });
    const bare = mkdtempSync(path.join(tmpdir(), 'dashboard-bare-'));
    execFileSync('git', ['clone', '-q', '--bare', repo, bare]);
    expect(readLedger('ledger', bare).files).toEqual(jsonFiles(ledger.files));
  });

  test('a revision that does not exist, or that looks like an option: one clear error', () => {
    expect(() => readLedger('no-such-branch', repo)).toThrow(UserInputError);
    expect(() => readLedger('no-such-branch', repo)).toThrow(`ledger no-such-branch is neither a folder nor a commit of the git repository at ${repo}`);
    expect(() => readLedger('--output=/tmp/x', repo)).toThrow(/is neither a folder nor a commit/);
    // A tree or blob is not a commit.
    expect(() => readLedger('ledger:rewards', repo)).toThrow(/is neither a folder nor a commit/);
  });

  test('outside any git repository, a name that is no folder says both', () => {
    const nowhere = mkdtempSync(path.join(tmpdir(), 'dashboard-no-repo-'));
    expect(() => readLedger('ledger', nowhere)).toThrow(`ledger ledger is neither a folder nor a git revision: ${nowhere} is not in a git repository`);
  });
});

describe('a ledger from a folder', () => {
  test('a checkout of the ledger branch: the same files, and the commit it is a clean checkout of', () => {
    const worktree = mkdtempSync(path.join(tmpdir(), 'dashboard-worktree-'));
    execFileSync('git', ['-C', repo, 'worktree', 'add', '-q', path.join(worktree, 'ledger'), 'ledger']);
    const read = readLedger('ledger', worktree);
    expect(read.files).toEqual(jsonFiles(ledger.files));
    const commit = execFileSync('git', ['-C', repo, 'rev-parse', 'ledger'], { encoding: 'utf8' }).trim();
    expect(read.origin).toEqual({ kind: 'folder', path: 'ledger', commit });
    expect(read.displayPath('rewards/2025-01.json')).toBe('ledger/rewards/2025-01.json');
    // Edited since: the commit no longer describes it.
    writeFileSync(path.join(worktree, 'ledger/rewards/2025-01.json'), '{}\n');
    expect(readLedger('ledger', worktree).origin).toEqual({ kind: 'folder', path: 'ledger', commit: null });
  });

  test('a plain folder: no commit; an empty folder: an empty ledger', () => {
    const dir = ledgerFolder(ledger.files);
    expect(readLedger(dir, '/').origin).toEqual({ kind: 'folder', path: dir, commit: null });
    const empty = mkdtempSync(path.join(tmpdir(), 'dashboard-empty-'));
    expect(readLedger(empty, '/').files.size).toBe(0);
  });

  test('a folder of other things, or a file: the wrong thing, said so', () => {
    const other = mkdtempSync(path.join(tmpdir(), 'dashboard-other-'));
    writeFileSync(path.join(other, 'README.md'), '# not a ledger\n');
    mkdirSync(path.join(other, 'src'));
    expect(() => readLedger(other, '/')).toThrow(`ledger folder ${other} holds neither index.json nor rewards/`);
    expect(() => readLedger(path.join(other, 'README.md'), '/')).toThrow(/is a file/);
  });

  test('no ledger at all (previews only)', () => {
    expect(readLedger(null, '/')).toMatchObject({ origin: { kind: 'none' } });
    expect(readLedger('', '/').files.size).toBe(0);
  });
});
