// The synthetic repository a fake GitHub serves: declared as data by a test, materialised into a
// real git repository by git-store.ts, and served over REST, GraphQL and git's smart HTTP.

/** GitHub's PatchStatus, as `PullRequestChangedFile.changeType` reports it. */
export type ChangeType = 'ADDED' | 'DELETED' | 'RENAMED' | 'COPIED' | 'MODIFIED' | 'CHANGED';

export interface FileChange {
  path: string;
  /** Default: DELETED when `contents` is null, otherwise ADDED. */
  changeType?: ChangeType;
  /** The file as the merge commit (or, for an unmerged PR, the head commit) holds it; null deletes it. */
  contents?: string | null;
}

/** A check run (GitHub Actions, apps) or a commit status (older integrations) on the PR's head. */
export type CheckFixture =
  | { name: string; conclusion: CheckConclusion | null; status?: 'COMPLETED' | 'IN_PROGRESS' | 'QUEUED'; completedAt?: string }
  | { context: string; state: 'SUCCESS' | 'FAILURE' | 'ERROR' | 'PENDING' | 'EXPECTED'; createdAt?: string };

export type CheckConclusion =
  | 'SUCCESS'
  | 'FAILURE'
  | 'NEUTRAL'
  | 'CANCELLED'
  | 'SKIPPED'
  | 'TIMED_OUT'
  | 'ACTION_REQUIRED'
  | 'STARTUP_FAILURE'
  | 'STALE';

export interface PullFixture {
  number: number;
  /** The author's login; null for a deleted account (GitHub's "ghost"), which GraphQL reports as `author: null`. */
  author: string | null;
  title?: string;
  body?: string;
  /** ISO 8601 UTC. Default: one hour before `mergedAt`, or the fixture's epoch. */
  createdAt?: string;
  /** ISO 8601 UTC; absent or null for a PR that was not merged. */
  mergedAt?: string | null;
  /** For an unmerged PR: OPEN (default) or CLOSED. */
  state?: 'OPEN' | 'CLOSED';
  labels?: string[];
  files?: FileChange[];
  checks?: CheckFixture[];
  headRefName?: string;
  /** Default: the repository's default branch. */
  baseRefName?: string;
}

/**
 * A deployment environment (Settings → Environments) and its protection rules, as
 * `GET /repos/{owner}/{repo}/environments/{name}` reports them.
 */
export interface EnvironmentFixture {
  /**
   * A required_reviewers rule with these reviewers: users by login, teams as `team:<slug>`. An
   * empty list keeps the rule with nobody in it; absent: no such rule.
   */
  reviewers?: string[];
  /** The rule's prevent_self_review. Default false. */
  preventSelfReview?: boolean;
  /** A wait_timer rule, in minutes. */
  waitTimer?: number;
  /** A branch_policy rule: only protected branches may deploy. */
  protectedBranches?: boolean;
  /** can_admins_bypass ("Allow administrators to bypass configured protection rules"). Default true, as GitHub makes a new environment. */
  adminsCanBypass?: boolean;
}

export interface RepoFixture {
  owner: string;
  name: string;
  /** Default `main`. */
  defaultBranch?: string;
  /** Files of the default branch's first commit (before any pull request). */
  files?: Record<string, string>;
  /** Merged PRs become commits on the default branch in `mergedAt` order (squash merges). */
  pulls?: PullFixture[];
  /** Other branches, each a root commit holding these files (e.g. an existing ledger branch). */
  branches?: Record<string, Record<string, string>>;
  /** Date of the first commit; default 2024-01-01T00:00:00Z. */
  epoch?: string;
  /** Deployment environments by name (GitHub matches names without regard to case). */
  environments?: Record<string, EnvironmentFixture>;
  /**
   * Whether the token may read the repository's Actions data (`permissions: actions: read` for a
   * job's token). Without it GitHub answers the environment endpoints of a private repository
   * with 403 "Resource not accessible by integration". Default true.
   */
  tokenReadsActions?: boolean;
}

/** Path rules git itself would reject, caught here with a message that names the fixture. */
export function checkFixture(fixture: RepoFixture): void {
  const numbers = new Set<number>();
  for (const pull of fixture.pulls ?? []) {
    if (!Number.isSafeInteger(pull.number) || pull.number <= 0) {
      throw new Error(`fake-github fixture: PR number ${pull.number} must be a positive integer`);
    }
    if (numbers.has(pull.number)) throw new Error(`fake-github fixture: PR #${pull.number} appears twice`);
    numbers.add(pull.number);
    if (pull.mergedAt && Number.isNaN(Date.parse(pull.mergedAt))) {
      throw new Error(`fake-github fixture: PR #${pull.number} has an unreadable mergedAt ${pull.mergedAt}`);
    }
    for (const file of pull.files ?? []) checkPath(file.path, `PR #${pull.number}`);
  }
  for (const path of Object.keys(fixture.files ?? {})) checkPath(path, 'files');
}

function checkPath(path: string, where: string): void {
  if (path === '' || path.startsWith('/') || path.endsWith('/') || path.includes('//') || /[\n\0]/.test(path)) {
    throw new Error(`fake-github fixture: ${where}: ${JSON.stringify(path)} is not a usable file path`);
  }
}

/** The change type a file change reports when the fixture does not say. */
export function changeTypeOf(file: FileChange): ChangeType {
  return file.changeType ?? (file.contents === null ? 'DELETED' : 'ADDED');
}
