// An environment's protection rules, read through GitHub's REST API with the job's own token:
// `GET /repos/{owner}/{repo}/environments/{environment_name}`. The answer's `protection_rules`
// hold, among others, one of `type: required_reviewers` whose `reviewers` are users and teams
// ({ type: User|Team, reviewer }); only one of them needs to approve a job. Readable by anyone
// who can read the repository; a job's GITHUB_TOKEN needs `actions: read` for a private one.

import { GpuGateRefusal } from './errors';

/** A GitHub REST GET, as Octokit's request() does it: resolves with a 2xx answer's body, rejects with an error carrying the HTTP `status` (none when no answer came). */
export interface GitHubRest {
  get(route: string, params: Record<string, string>): Promise<unknown>;
}

export interface EnvironmentProtection {
  /** The environment's name as GitHub spells it. */
  name: string;
  /** Its page on GitHub (the deployments log), when GitHub gave one. */
  url: string | null;
  /** Required reviewers: `@login` for a user, `team <slug>` for a team. Empty: no one must approve. */
  reviewers: string[];
  /** A reviewer may approve a run they started themselves. */
  selfReviewAllowed: boolean;
  /** Every rule's type, in GitHub's order (wait_timer, required_reviewers, branch_policy, …). */
  rules: string[];
  /** can_admins_bypass: repository administrators may skip the rules (GitHub's default). False when GitHub does not say (an older GitHub Enterprise Server). */
  adminsCanBypass: boolean;
}

export interface ReadOptions {
  /** Attempts for an unanswered request or a 5xx answer (default 3). */
  attempts?: number;
  /** Waits between attempts (default: real time, 1 s then 2 s). */
  sleep?: (ms: number) => Promise<void>;
}

type Json = Record<string, unknown>;
const object = (v: unknown): Json | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null);
const statusOf = (e: unknown): number | undefined => {
  const status = (e as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
};
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 300);

/** The environment's protection, or null when the repository has no environment of that name. Throws GpuGateRefusal when GitHub cannot be read. */
export async function readEnvironmentProtection(github: GitHubRest, repository: string, environment: string, options: ReadOptions = {}): Promise<EnvironmentProtection | null> {
  const [owner = '', repo = ''] = repository.split('/');
  const attempts = options.attempts ?? 3;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const where = `environment "${environment}" of ${repository}`;
  let body: unknown;
  for (let attempt = 1; ; attempt++) {
    try {
      body = await github.get('GET /repos/{owner}/{repo}/environments/{environment_name}', { owner, repo, environment_name: environment });
      break;
    } catch (e) {
      const status = statusOf(e);
      if (status === 404) return null;
      if (status === 401 || status === 403) {
        throw new GpuGateRefusal('api', `GitHub refused to show the ${where} to this job's token (HTTP ${status}: ${messageOf(e)})`, {
          hint: 'give the GPU job `permissions: actions: read` (and the calling workflow too: a reusable workflow gets no more than its caller grants), or pass a token that can read the repository\'s environments',
        });
      }
      const transient = status === undefined || status >= 500;
      if (!transient || attempt >= attempts) {
        throw new GpuGateRefusal('api', `the ${where} could not be read from GitHub (${status === undefined ? 'no answer' : `HTTP ${status}`}: ${messageOf(e)}), so whether it requires reviewers is unknown`, {
          hint: 're-run the job once GitHub answers; the gate never lets a run through unchecked',
        });
      }
      await sleep(1000 * attempt);
    }
  }
  return protectionOf(body, environment, where);
}

/** The answer, read strictly: anything unexpected is a refusal, never "no rules". */
function protectionOf(body: unknown, environment: string, where: string): EnvironmentProtection {
  const env = object(body);
  const rules = env?.protection_rules ?? [];
  if (!env || !Array.isArray(rules)) throw new GpuGateRefusal('api', `GitHub's answer for the ${where} is not an environment (no protection_rules list)`);
  const reviewers: string[] = [];
  let selfReviewAllowed = false;
  const types: string[] = [];
  for (const raw of rules) {
    const rule = object(raw);
    const type = typeof rule?.type === 'string' ? rule.type : 'unknown';
    types.push(type);
    if (type !== 'required_reviewers') continue;
    for (const entry of Array.isArray(rule?.reviewers) ? rule.reviewers : []) {
      const r = object(object(entry)?.reviewer);
      const kind = object(entry)?.type;
      const name = kind === 'Team' ? (typeof r?.slug === 'string' ? `team ${r.slug}` : null) : typeof r?.login === 'string' ? `@${r.login}` : null;
      if (name) reviewers.push(name);
    }
    if (rule?.prevent_self_review !== true) selfReviewAllowed = true;
  }
  return {
    name: typeof env.name === 'string' ? env.name : environment,
    url: typeof env.html_url === 'string' ? env.html_url : null,
    reviewers,
    selfReviewAllowed: reviewers.length > 0 && selfReviewAllowed,
    rules: types,
    adminsCanBypass: env.can_admins_bypass === true,
  };
}
