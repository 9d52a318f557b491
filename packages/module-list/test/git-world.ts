// Real git repositories for the submission checks: module repositories (tags lightweight and
// annotated, moved, deleted; force-pushed branches) and a list repository with a PR branch, all
// under one temporary folder. `https://github.com/<owner>/<repo>` reaches them through git's own
// `url.<base>.insteadOf` in a test git config (GIT_CONFIG_GLOBAL), exactly as a mirror would.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface GitWorld {
  root: string;
  /** The folder `https://github.com/` is redirected to. */
  github: string;
  /** Environment for git: the redirect, an identity, nothing from the machine's own config. */
  env: NodeJS.ProcessEnv;
  git(cwd: string, ...args: string[]): string;
  /** A module repository at github.com/<owner>/<name> with one commit of `files`. */
  moduleRepo(owner: string, name: string, files: Record<string, string>): ModuleRepo;
  /** A list repository (not under github/: the checks read it as a checkout). */
  listRepo(files: Record<string, string>): ListRepo;
  /** A list repository whose history is `versions`, committed one by one in order, each dated as given. */
  listHistory(versions: ReadonlyArray<HistoryVersion>): ListHistory;
  dispose(): void;
}

export interface ModuleRepo {
  dir: string;
  url: string;
  /** `github.com/<owner>/<name>` */
  ref: string;
  head: string;
  commit(files: Record<string, string | null>, message?: string): string;
  tag(name: string, options?: { annotated?: boolean; at?: string; force?: boolean }): void;
  deleteTag(name: string): void;
}

export interface ListRepo {
  dir: string;
  base: string;
  /** A branch `pr` from base with `files` changed (null deletes); returns its head. */
  pr(files: Record<string, string | null>, branch?: string): string;
}

export interface HistoryVersion {
  /** The commit message. */
  message: string;
  /** ISO date (or date-time) for the author and committer dates. */
  date: string;
  /** Files written by this commit (null deletes). */
  files: Record<string, string | null>;
}

export interface ListHistory {
  dir: string;
  /** One commit per version, oldest first. */
  commits: string[];
  /** Another commit on top of the history (files changed, null deletes); returns it. */
  commit(files: Record<string, string | null>, message: string): string;
}

const IDENTITY = ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false'];

/** Makes a world and points this process's git at it (GIT_CONFIG_GLOBAL), for code under test that runs git. */
export function makeGitWorld(): GitWorld {
  const root = mkdtempSync(path.join(tmpdir(), 'module-list-git-'));
  const github = path.join(root, 'github');
  mkdirSync(github);
  const config = path.join(root, 'gitconfig');
  writeFileSync(config, `[url "file://${github}/"]\n\tinsteadOf = https://github.com/\n[init]\n\tdefaultBranch = main\n[protocol "file"]\n\tallow = always\n[advice]\n\tdetachedHead = false\n`);
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_GLOBAL: config, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };
  process.env.GIT_CONFIG_GLOBAL = config;
  process.env.GIT_CONFIG_NOSYSTEM = '1';
  const git = (cwd: string, ...args: string[]) => execFileSync('git', [...IDENTITY, ...args], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const write = (dir: string, files: Record<string, string | null>) => {
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(dir, name);
      if (content === null) rmSync(file, { force: true });
      else {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
    }
  };
  return {
    root,
    github,
    env,
    git,
    moduleRepo(owner, name, files) {
      const dir = path.join(github, owner, name);
      mkdirSync(dir, { recursive: true });
      git(dir, 'init', '-q');
      const repo: ModuleRepo = {
        dir,
        url: `https://github.com/${owner}/${name}`,
        ref: `github.com/${owner}/${name}`,
        head: '',
        commit(changes, message = 'change') {
          write(dir, changes);
          git(dir, 'add', '-A');
          git(dir, 'commit', '-q', '--allow-empty', '-m', message);
          repo.head = git(dir, 'rev-parse', 'HEAD');
          return repo.head;
        },
        tag(tag, options = {}) {
          const args = ['tag', ...(options.force ? ['-f'] : []), ...(options.annotated ? ['-a', '-m', `release ${tag}`] : []), tag, options.at ?? 'HEAD'];
          git(dir, ...args);
        },
        deleteTag(tag) {
          git(dir, 'tag', '-d', tag);
        },
      };
      repo.commit(files, 'module');
      return repo;
    },
    listRepo(files) {
      const dir = path.join(root, `list-${Math.random().toString(36).slice(2, 8)}`);
      mkdirSync(dir);
      git(dir, 'init', '-q');
      write(dir, files);
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '--allow-empty', '-m', 'base');
      const base = git(dir, 'rev-parse', 'HEAD');
      return {
        dir,
        base,
        pr(changes, branch = `pr-${Math.random().toString(36).slice(2, 8)}`) {
          git(dir, 'checkout', '-q', '-B', branch, base);
          write(dir, changes);
          git(dir, 'add', '-A');
          git(dir, 'commit', '-q', '--allow-empty', '-m', 'submission');
          const head = git(dir, 'rev-parse', 'HEAD');
          git(dir, 'checkout', '-q', base);
          return head;
        },
      };
    },
    listHistory(versions) {
      const dir = path.join(root, `history-${Math.random().toString(36).slice(2, 8)}`);
      mkdirSync(dir);
      git(dir, 'init', '-q');
      const commit = (files: Record<string, string | null>, message: string, date?: string) => {
        write(dir, files);
        git(dir, 'add', '-A');
        const dated = date === undefined ? env : { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
        execFileSync('git', [...IDENTITY, 'commit', '-q', '--allow-empty', '-m', message], { cwd: dir, env: dated, stdio: ['ignore', 'pipe', 'pipe'] });
        return git(dir, 'rev-parse', 'HEAD');
      };
      const commits = versions.map((v) => commit(v.files, v.message, v.date.length === 10 ? `${v.date}T12:00:00Z` : v.date));
      return { dir, commits, commit: (files, message) => commit(files, message) };
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A template that loads, reads `Message`, and names `image`. */
export function moduleTemplate(image = `busybox@sha256:${'a'.repeat(64)}`): string {
  return `{
  "machine": { "gpu": 0, "cpu": 1000, "ram": 100 },
  "job": {
    "APIVersion": "V1beta1",
    "Spec": {
      "Deal": { "Concurrency": 1 },
      "Docker": {
        "Entrypoint": ["/bin/sh", "-c", "printf '%s\\\\n' \\"$1\\" > /outputs/result.txt && cat /outputs/result.txt", "hello", {{ if .Message }}{{ .Message }}{{ else }}"hello"{{ end }}],
        "Image": "${image}"
      },
      "Engine": "Docker",
      "Network": { "Type": "None" },
      "Outputs": [{ "Name": "outputs", "Path": "/outputs" }],
      "Resources": { "CPU": "1", "Memory": "100Mb" },
      "Timeout": 600
    }
  }
}
`;
}
