// The approval gate in front of a self-hosted GPU runner. A job that runs a module's code on a GPU
// runner names an environment (module-ci.yml's run job: `gpu`) whose required reviewers approve
// each run before the job starts. But GitHub creates a referenced environment on the fly, with no
// protection rules, when the repository has none of that name; so the name alone gates nothing.
// The job's first step therefore asks GitHub, with the job's own token, whether its environment
// requires at least one reviewer, and refuses to go on otherwise: no reviewers, no environment,
// or no answer all refuse (fail closed).
//
// `allowUnreviewed` is for a private repository with a single owner, where every run is the
// owner's own code (and GitHub's plan may offer no required reviewers there): it lets a run
// through without reviewers, but never one that may come from a fork's pull request.

import { readEnvironmentProtection, type GitHubRest, type ReadOptions } from './environment-protection';
import type { EventFacts } from './event-facts';
import { GpuGateRefusal } from './errors';

export interface GateOptions {
  /** `owner/name` (GITHUB_REPOSITORY). */
  repository: string;
  /** The environment the job runs in; fixed in the workflow, never taken from a caller. */
  environment: string;
  /** The `allow-unreviewed-gpu-runs` input. */
  allowUnreviewed: boolean;
  event: EventFacts;
}

export interface GateServices extends ReadOptions {
  github: GitHubRest;
}

export interface GateDecision {
  /** How the run got through. */
  approval: 'required-reviewers' | 'allowed-unreviewed';
  environment: string;
  /** The environment's page, when GitHub gave one. */
  url: string | null;
  /** `@login` or `team <slug>`, any one of whom approved this run. */
  reviewers: string[];
  /** What the log should say besides (a weaker set-up, a run let through without approval). */
  warnings: string[];
}

const SETUP =
  'In the repository\'s Settings → Environments, open (or create) the environment "{env}" and add Required reviewers: the maintainers who may start GPU runs. Give it no secrets. ' +
  'For a private repository with a single owner, where nobody else can push or open pull requests, set allow-unreviewed-gpu-runs: true instead (never honoured for a pull request from a fork).';

/** Lets the run through, or throws GpuGateRefusal saying why not and how to set the gate up. */
export async function checkGpuGate(options: GateOptions, services: GateServices): Promise<GateDecision> {
  const { repository, environment } = options;
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) throw new GpuGateRefusal('configuration', `the repository must be OWNER/NAME (GITHUB_REPOSITORY), not ${JSON.stringify(repository)}`);
  if (environment.trim() === '') throw new GpuGateRefusal('configuration', 'no environment name: the gate checks the environment the GPU job runs in');
  const setup = SETUP.replace('{env}', environment);

  const protection = await readEnvironmentProtection(services.github, repository, environment, services);
  if (protection && protection.reviewers.length > 0) {
    const warnings: string[] = [];
    if (protection.selfReviewAllowed) {
      warnings.push(`a reviewer of "${protection.name}" may approve a run they started themselves (turn on "Prevent self-review" so that someone else reads their change)`);
    }
    // Not a refusal: an administrator can already run anything on the runner by other means (they
    // can edit the workflow). But a bypass skips the review the security model counts on.
    if (protection.adminsCanBypass) {
      warnings.push(
        `administrators of ${repository} can bypass the required reviewers of "${protection.name}" and start GPU runs nobody approved (turn it off in Settings → Environments → ${protection.name} → "Allow administrators to bypass configured protection rules")`,
      );
    }
    return { approval: 'required-reviewers', environment: protection.name, url: protection.url, reviewers: protection.reviewers, warnings };
  }

  const problem = protection
    ? `the environment "${protection.name}" of ${repository} requires no reviewers (its rules: ${protection.rules.length ? protection.rules.join(', ') : 'none'}), so nobody approves what this job runs on the GPU runner`
    : `${repository} has no environment "${environment}", so nobody approves what this job runs on the GPU runner`;
  if (!options.allowUnreviewed) throw new GpuGateRefusal(protection ? 'no-reviewers' : 'no-environment', `refusing to run: ${problem}.`, { hint: setup });
  if (options.event.fromFork) {
    throw new GpuGateRefusal('fork', `refusing to run: ${problem}, and allow-unreviewed-gpu-runs is never honoured for code that may come from a fork (${options.event.reason}).`, { hint: setup });
  }
  return {
    approval: 'allowed-unreviewed',
    environment: protection?.name ?? environment,
    url: protection?.url ?? null,
    reviewers: [],
    warnings: [`running without an approval: ${problem}; allow-unreviewed-gpu-runs is true and ${options.event.reason}`],
  };
}
