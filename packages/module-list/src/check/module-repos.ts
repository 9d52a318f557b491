// Module repositories, as the checks see them: what a ref points to right now (`git ls-remote`,
// as Lilypad resolves it: tags before branches, annotated tags peeled, else a commit hash), and
// the commit itself, fetched shallow into one local cache so that every template of a list can be
// read by a single `git cat-file --batch`. Anonymous, as Lilypad clones: a private repository is
// as unreachable here as it is for resource providers.

import { existsSync, mkdirSync } from 'node:fs';
import type { ModuleReference } from '../entry/module-reference';
import type { ResolvedRef } from '../migrate/migrate';
import { catFileBatch, git, GitError, type BatchObject } from './git';

export type RefFailure = { error: string; reason: 'unreachable' | 'ref-not-found' };

export class ModuleRepos {
  private initialised: Promise<void> | null = null;
  private readonly lsRemote = new Map<string, Promise<Map<string, string> | { error: string }>>();

  constructor(
    /** A bare repository that keeps the fetched commits between runs (created when missing). */
    readonly cacheDir: string,
    private readonly options: { timeoutMs?: number } = {},
  ) {}

  /** What `reference.ref` points to in its repository now. */
  async resolve(reference: ModuleReference): Promise<ResolvedRef | RefFailure> {
    const refs = await this.refsOf(reference.repo);
    if ('error' in refs) return { error: refs.error, reason: 'unreachable' };
    const ref = reference.ref;
    const candidates: Array<[string, ResolvedRef['kind']]> = ref.startsWith('refs/')
      ? [[ref, ref.startsWith('refs/heads/') ? 'branch' : 'tag']]
      : [
          [`refs/tags/${ref}`, 'tag'],
          [`refs/heads/${ref}`, 'branch'],
        ];
    for (const [name, kind] of candidates) {
      const commit = refs.get(`${name}^{}`) ?? refs.get(name);
      if (commit) return { commit, kind };
    }
    if (/^[0-9a-f]{4,40}$/i.test(ref)) return { commit: ref.toLowerCase(), kind: 'commit' };
    return { error: `${ref} is neither a tag nor a branch of ${reference.repo}`, reason: 'ref-not-found' };
  }

  /**
   * Makes each commit available in the cache, fetching (shallow, one at a time: git locks the
   * cache's `shallow` file) only those it does not hold yet; one error per commit that failed.
   */
  async fetchAll(items: ReadonlyArray<{ repo: string; commit: string }>): Promise<Map<string, string>> {
    await this.init();
    const wanted = [...new Map(items.map((i) => [i.commit, i])).values()];
    const present = await catFileBatch(this.cacheDir, wanted.map((i) => i.commit), 0);
    const errors = new Map<string, string>();
    const missing = new Map<string, string[]>();
    wanted.forEach((item, k) => {
      const found = present[k];
      if (!found || found.missing || found.type !== 'commit') missing.set(item.repo, [...(missing.get(item.repo) ?? []), item.commit]);
    });
    const fetch = (repo: string, commits: string[]) =>
      git(this.cacheDir, ['fetch', '-q', '--depth', '1', '--no-tags', '--end-of-options', repo, ...commits.map((c) => `+${c}:refs/lilypad/${c}`)], { timeoutMs: this.options.timeoutMs });
    for (const [repo, commits] of missing) {
      try {
        // One fetch per repository for all its commits; when one is missing, each alone says which.
        await fetch(repo, commits);
      } catch (e) {
        if (!(e instanceof GitError)) throw e;
        for (const commit of commits) {
          try {
            if (commits.length > 1) await fetch(repo, [commit]);
            else throw e;
          } catch (each) {
            if (!(each instanceof GitError)) throw each;
            errors.set(commit, each.detail);
          }
        }
      }
    }
    return errors;
  }

  /** `path` at each commit, in one `git cat-file --batch`. */
  async readAt(items: ReadonlyArray<{ commit: string; path: string }>, maxBytes: number): Promise<BatchObject[]> {
    await this.init();
    return catFileBatch(this.cacheDir, items.map((i) => `${i.commit}:${i.path}`), maxBytes);
  }

  private init(): Promise<void> {
    this.initialised ??= (async () => {
      if (existsSync(`${this.cacheDir}/HEAD`)) return;
      mkdirSync(this.cacheDir, { recursive: true });
      await git(this.cacheDir, ['init', '-q', '--bare']);
    })();
    return this.initialised;
  }

  /** The repository's refs (name → object), once per run whatever the number of entries naming it. */
  private refsOf(repo: string): Promise<Map<string, string> | { error: string }> {
    let answer = this.lsRemote.get(repo);
    if (!answer) {
      // The URL is https://… (module-spec builds it), so git cannot mistake it for an option; the
      // refs are filtered here rather than passed to git as patterns, which could be.
      answer = git(process.cwd(), ['ls-remote', repo], { timeoutMs: this.options.timeoutMs }).then(
        (out) => new Map(out.split('\n').filter(Boolean).map((line) => {
          const [oid = '', name = ''] = line.split('\t');
          return [name, oid] as const;
        })),
        (e: unknown) => {
          if (e instanceof GitError) return { error: e.detail };
          throw e;
        },
      );
      this.lsRemote.set(repo, answer);
    }
    return answer;
  }
}
