// The programme's rules, applied in this order (README "How a PR is judged" documents the same):
//   1. merged inside the month's window
//   2. adds or edits a module entry under the submission paths
//   3. carries no exclusion label (spam, invalid, coc-violation)
//   4. carries every required label, and every required check succeeded on its last commit (the
//      latest run of each name: a PR whose description was fixed re-runs the checks on one commit)
//   5. every entry it adds or edits parses, at the merge commit
//   6. someone can be credited: the entry's creator, else the PR's author
//   7. edits earn only if moduleReward.editGpuDays > 0
//   8. team cooldown, in merge order, looking back into earlier months: a team's counted module
//      starts a window of cooldown.days in which its further modules earn nothing, unless listed in
//      exceptions (an excepted module earns and does not start a new window)
//   9. amount: module reward (a work label's GPU-days when maintainers weighed the module) + usage
//      bonus (adds only), in GPU-days × the baseline's Lilybits
//  10. per-login monthly cap, in merge order: the PR that crosses it is cut to what is left
// Every PR looked at ends up counted or excluded with a code and a sentence saying why.

import { classify, submissionMatcher } from './classify';
import type { RewardsConfig } from './config';
import { entryKey, type EntryResult, type ModuleEntry } from './entries';
import type { HarvestedPull } from './harvest';
import { isoSeconds, type Window } from './month';
import { jobsFor, type UsageData } from './usage';

/** Bumped whenever the rules' meaning changes, so recorded months say which rules made them. */
export const RULES_VERSION = '2';

const DAY_MS = 86_400_000;

export type ExclusionCode =
  | 'outside-window'
  | 'not-a-submission'
  | 'exclusion-label'
  | 'missing-label'
  | 'check-not-passed'
  | 'invalid-entry'
  | 'no-recipient'
  | 'edit-not-rewarded'
  | 'cooldown'
  | 'no-reward'
  | 'cap-reached';

export interface ModuleRef {
  path: string;
  name: string;
  module: string;
}

/** How a PR's Lilybits were reached. */
export interface Computation {
  gpuDays: number;
  lilybitsPerGpuDay: number;
  base: number;
  usageJobs: number | null;
  bonusGpuDays: number;
  bonus: number;
  capReduction: number;
  formula: string;
}

export interface CountedPull {
  number: number;
  url: string;
  author: string | null;
  /** Who is credited: the entry's creator, else the author. */
  recipient: string;
  team: string;
  mergedAt: string;
  mergeCommit: string | null;
  kind: 'add' | 'edit';
  module: ModuleRef;
  /** Further entries the same PR added or edited (one reward per PR). */
  otherEntries: string[];
  lilybits: number;
  computation: Computation;
  /** The maintainers' reason, when an exception let this PR through a cooldown. */
  cooldownException: string | null;
  /** The work label that set gpuDays, or null. */
  work: { label: string; gpuDays: number } | null;
  /** How each required check concluded on the PR's last commit. */
  requiredChecks: Array<{ name: string; outcome: string }>;
}

export interface ExcludedPull {
  number: number;
  url: string;
  author: string | null;
  mergedAt: string;
  mergeCommit: string | null;
  code: ExclusionCode;
  reason: string;
  module: ModuleRef | null;
}

/** A module counted in an earlier month, as the ledger recorded it. */
export interface EarlierCount {
  number: number;
  month: string;
  recipient: string;
  mergedAt: string;
}

export interface RulesInput {
  config: RewardsConfig;
  window: Window;
  pulls: HarvestedPull[];
  entries: ReadonlyMap<string, EntryResult>;
  usage: UsageData | null;
  /** Counted modules of earlier months, for the cooldown. */
  earlier: EarlierCount[];
}

interface Candidate {
  pull: HarvestedPull;
  kind: 'add' | 'edit';
  entry: ModuleEntry;
  otherEntries: string[];
  recipient: string;
  gpuDays: number;
  work: { label: string; gpuDays: number } | null;
  requiredChecks: Array<{ name: string; outcome: string }>;
  cooldownException: string | null;
}

/** Judges every PR; returns counted and excluded PRs, each sorted by number. */
export function applyRules(input: RulesInput): { counted: CountedPull[]; excluded: ExcludedPull[] } {
  const { config } = input;
  const teams = teamIndex(config);
  const excluded: ExcludedPull[] = [];
  const exclude = (pull: HarvestedPull, code: ExclusionCode, reason: string, module: ModuleRef | null = null) =>
    excluded.push({ number: pull.number, url: pull.url, author: pull.author, mergedAt: pull.mergedAt, mergeCommit: pull.mergeCommit, code, reason, module });

  const inMergeOrder = [...input.pulls].sort(byMergeOrder);
  const candidates: Candidate[] = [];
  const isSubmission = submissionMatcher(config.submissionPaths);
  for (const pull of inMergeOrder) {
    const verdict = screen(pull, input, isSubmission);
    if ('code' in verdict) exclude(pull, verdict.code, verdict.reason, verdict.module ?? null);
    else candidates.push(verdict);
  }

  // 8. cooldown: the latest counted, non-excepted module of each team, earlier months first.
  const exceptions = new Map(config.exceptions.map((e) => [e.pr, e.reason]));
  const anchors = new Map<string, { number: number; month: string | null; at: number }>();
  for (const e of [...input.earlier].sort((a, b) => Date.parse(a.mergedAt) - Date.parse(b.mergedAt))) {
    anchors.set(teams.key(e.recipient), { number: e.number, month: e.month, at: Date.parse(e.mergedAt) });
  }
  const cooldownMs = config.cooldown.days * DAY_MS;
  const eligible: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind === 'add' && cooldownMs > 0) {
      const key = teams.key(c.recipient);
      const at = Date.parse(c.pull.mergedAt);
      const anchor = anchors.get(key);
      if (anchor && at - anchor.at < cooldownMs) {
        const reason = exceptions.get(c.pull.number);
        if (reason === undefined) {
          const where = anchor.month ? ` in ${anchor.month}` : '';
          exclude(
            c.pull,
            'cooldown',
            `${teams.describe(c.recipient)} already earned for #${anchor.number}${where}; only the first module per team in ${config.cooldown.days} days earns, and this cooldown ends ${isoSeconds(anchor.at + cooldownMs)}`,
            moduleRef(c.entry),
          );
          continue;
        }
        eligible.push({ ...c, cooldownException: reason });
        continue;
      }
      anchors.set(key, { number: c.pull.number, month: null, at });
    }
    eligible.push(c);
  }

  // 9–10. amounts, then the per-login cap in merge order.
  const perGpuDay = config.baseline.lilybitsPerGpuDay;
  const earned = new Map<string, number>();
  const counted: CountedPull[] = [];
  for (const c of eligible) {
    const base = Math.round(c.gpuDays * perGpuDay);
    const usageJobs = c.kind === 'add' ? jobsFor(input.usage, c.entry.module) : null;
    const bonusGpuDays = bonusFor(config, usageJobs);
    const bonus = Math.round(bonusGpuDays * perGpuDay);
    const uncapped = base + bonus;
    if (uncapped === 0) {
      exclude(c.pull, 'no-reward', `the module reward is 0 GPU-days (moduleReward.gpuDays) and no usage bonus applies`, moduleRef(c.entry));
      continue;
    }
    const login = c.recipient.toLowerCase();
    const sofar = earned.get(login) ?? 0;
    const cap = config.cap.lilybitsPerLogin;
    const allowed = cap === null ? uncapped : Math.max(0, Math.min(uncapped, Math.round(cap) - sofar));
    if (allowed === 0) {
      exclude(c.pull, 'cap-reached', `${c.recipient} already earned the monthly cap of ${cap} Lilybits`, moduleRef(c.entry));
      continue;
    }
    earned.set(login, sofar + allowed);
    const capReduction = uncapped - allowed;
    counted.push({
      number: c.pull.number,
      url: c.pull.url,
      author: c.pull.author,
      recipient: c.recipient,
      team: teams.name(c.recipient),
      mergedAt: c.pull.mergedAt,
      mergeCommit: c.pull.mergeCommit,
      kind: c.kind,
      module: moduleRef(c.entry),
      otherEntries: c.otherEntries,
      lilybits: allowed,
      computation: {
        gpuDays: c.gpuDays,
        lilybitsPerGpuDay: perGpuDay,
        base,
        usageJobs,
        bonusGpuDays,
        bonus,
        capReduction,
        formula: formula(c, config, { base, usageJobs, bonusGpuDays, bonus, capReduction, allowed }),
      },
      cooldownException: c.cooldownException,
      work: c.work,
      requiredChecks: c.requiredChecks,
    });
  }

  const byNumber = (a: { number: number }, b: { number: number }) => a.number - b.number;
  return { counted: counted.sort(byNumber), excluded: excluded.sort(byNumber) };
}

/** Steps 1–7 for one PR: a candidate, or why it is excluded. */
function screen(
  pull: HarvestedPull,
  input: RulesInput,
  isSubmission: (path: string) => boolean,
): Candidate | { code: ExclusionCode; reason: string; module?: ModuleRef } {
  const { config } = input;
  const at = Date.parse(pull.mergedAt);
  if (!(at >= input.window.start && at < input.window.end)) {
    return { code: 'outside-window', reason: `merged ${pull.mergedAt}, outside ${isoSeconds(input.window.start)} – ${isoSeconds(input.window.end)}` };
  }
  const c = classify(pull, isSubmission, config.submissionPaths);
  if (c.kind === 'other') return { code: 'not-a-submission', reason: c.reason ?? 'not a module submission' };

  const labels = new Set(pull.labels.map((l) => l.toLowerCase()));
  const banned = config.exclusionLabels.find((l) => labels.has(l.toLowerCase()));
  if (banned) return { code: 'exclusion-label', reason: `labelled ${banned}` };
  const missing = config.requirements.labels.filter((l) => !labels.has(l.toLowerCase()));
  if (missing.length > 0) return { code: 'missing-label', reason: `lacks the required label${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` };
  const requiredChecks: Array<{ name: string; outcome: string }> = [];
  for (const name of config.requirements.checks) {
    const latest = latestRun(pull.checks.filter((k) => k.name === name));
    if (!latest) return { code: 'check-not-passed', reason: `required check ${name} never ran on the PR's last commit` };
    if (latest.outcome !== 'SUCCESS') return { code: 'check-not-passed', reason: `required check ${name} did not succeed on the PR's last commit (${latest.outcome})` };
    requiredChecks.push({ name, outcome: latest.outcome });
  }

  if (!pull.mergeCommit) return { code: 'invalid-entry', reason: 'GitHub reports no merge commit, so the entry cannot be read' };
  const parsed: ModuleEntry[] = [];
  for (const path of c.entryPaths) {
    const result = input.entries.get(entryKey(pull.mergeCommit, path));
    if (!result) return { code: 'invalid-entry', reason: `${path} was not read` };
    if (!result.ok) return { code: 'invalid-entry', reason: result.error };
    parsed.push(result.entry);
  }
  const entry = parsed[0] as ModuleEntry;
  const recipient = entry.creator ?? pull.author;
  if (!recipient) {
    return { code: 'no-recipient', reason: "the author's GitHub account was deleted and the entry names no creator", module: moduleRef(entry) };
  }
  const work = c.kind === 'add' ? workLabel(config, labels) : null;
  const gpuDays = c.kind === 'add' ? (work?.gpuDays ?? config.moduleReward.gpuDays) : config.moduleReward.editGpuDays;
  if (c.kind === 'edit' && gpuDays === 0) {
    return { code: 'edit-not-rewarded', reason: 'only edits existing module entries, and edits earn nothing (moduleReward.editGpuDays is 0)', module: moduleRef(entry) };
  }
  return { pull, kind: c.kind, entry, otherEntries: c.entryPaths.slice(1), recipient, gpuDays, work, requiredChecks, cooldownException: null };
}

/** The run that counts among several of one name: the latest (GitHub keeps every run of every event). */
function latestRun<T extends { at?: string | null }>(runs: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const run of runs) {
    // Without times, the later in GitHub's list is the later run.
    if (!latest || (run.at ?? '') >= (latest.at ?? '')) latest = run;
  }
  return latest;
}

/** The heaviest work label on the PR (labels compared case-insensitively), or null. */
function workLabel(config: RewardsConfig, labels: ReadonlySet<string>): { label: string; gpuDays: number } | null {
  let best: { label: string; gpuDays: number } | null = null;
  for (const [label, gpuDays] of Object.entries(config.moduleReward.workLabels)) {
    if (labels.has(label.toLowerCase()) && (!best || gpuDays > best.gpuDays)) best = { label, gpuDays };
  }
  return best;
}

function byMergeOrder(a: HarvestedPull, b: HarvestedPull): number {
  return Date.parse(a.mergedAt) - Date.parse(b.mergedAt) || a.number - b.number;
}

function moduleRef(entry: ModuleEntry): ModuleRef {
  return { path: entry.path, name: entry.name, module: entry.module };
}

/** The highest usage tier a module reaches, in GPU-days; 0 when none or no usage data. */
function bonusFor(config: RewardsConfig, jobs: number | null): number {
  if (jobs === null) return 0;
  let best: { minJobs: number; bonusGpuDays: number } | undefined;
  for (const tier of config.usage.tiers) {
    if (jobs >= tier.minJobs && (!best || tier.minJobs > best.minJobs)) best = tier;
  }
  return best?.bonusGpuDays ?? 0;
}

function formula(
  c: Candidate,
  config: RewardsConfig,
  n: { base: number; usageJobs: number | null; bonusGpuDays: number; bonus: number; capReduction: number; allowed: number },
): string {
  const per = config.baseline.lilybitsPerGpuDay;
  const days = (d: number) => `${d} GPU-day${d === 1 ? '' : 's'}`;
  const parts = [`${c.kind === 'add' ? 'module' : 'edit'} reward ${days(c.gpuDays)}${c.work ? ` (label ${c.work.label})` : ''} × ${per} = ${n.base}`];
  if (n.bonus > 0) parts.push(`usage bonus ${days(n.bonusGpuDays)} × ${per} for ${n.usageJobs} jobs = ${n.bonus}`);
  if (n.capReduction > 0) parts.push(`minus ${n.capReduction} over the monthly cap of ${config.cap.lilybitsPerLogin}`);
  return `${parts.join('; ')} → ${n.allowed} Lilybits (baseline: one ${config.baseline.gpu} GPU-day = ${per} Lilybits)`;
}

/** Teams by login, case-insensitively (GitHub logins are); a login in no team is its own team. */
export function teamIndex(config: RewardsConfig) {
  const byLogin = new Map<string, string>();
  for (const [team, logins] of Object.entries(config.teams)) {
    for (const login of logins) byLogin.set(login.toLowerCase(), team);
  }
  return {
    /** Cooldown key; configured teams and lone logins never collide even if a team is named like a login. */
    key: (login: string) => {
      const team = byLogin.get(login.toLowerCase());
      return team === undefined ? `login:${login.toLowerCase()}` : `team:${team}`;
    },
    name: (login: string) => byLogin.get(login.toLowerCase()) ?? login,
    describe: (login: string) => {
      const team = byLogin.get(login.toLowerCase());
      return team === undefined ? login : `team ${team}`;
    },
  };
}
