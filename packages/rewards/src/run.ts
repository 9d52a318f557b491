// One month's run, from inputs to the ledger: read and verify the ledger, harvest the month's
// merged PRs, judge them, write the month's files to the output directory, and record them.
// Any failure before the output files are written leaves nothing behind; the ledger is written
// last, in one commit.

import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify, submissionMatcher } from './classify';
import type { LoadedConfig } from './config';
import { rewardsCsv } from './csv';
import { readEntries } from './entries';
import { RestatementRequiredError, UserInputError } from './errors';
import type { GitHubApi } from './github-client';
import { harvestMerged, type HarvestStats, type Repository } from './harvest';
import { earlierCounts, monthJsonPath, planMonthWrite, recordMonth, verifyLedger, type LedgerStore, type Restate, type VerifiedLedger } from './ledger';
import { apiLedgerStore } from './ledger-api-writer';
import { gitLedgerStore } from './ledger-git-writer';
import { assertMonthEnded, formatMonth, monthWindow, type Month } from './month';
import { buildMonthResult, renderMonthFile, type MonthResult } from './rewards-json';
import { applyRules } from './rules';
import type { LedgerStatus } from './summary';
import { loadUsage, type UsageData } from './usage';

export type WriterKind = 'api' | 'git';

export interface MonthlyRewardsInputs {
  repository: Repository;
  month: Month;
  config: LoadedConfig;
  /** The repository root that relative paths in the configuration (the usage file) start from. */
  baseDir: string;
  ledgerBranch: string;
  writer: WriterKind;
  restate: Restate | null;
  dryRun: boolean;
  /** Where the month's JSON and CSV are written before anything is committed; null: nowhere. */
  outputDir: string | null;
}

export interface MonthlyRewardsServices {
  github: GitHubApi;
  /** GitHub's web root (GITHUB_SERVER_URL): profile links in the CSV, commit links, the git remote. */
  serverUrl: string;
  /** For the git writer's pushes. */
  token: string;
  log: (line: string) => void;
  now: () => Date;
  /** The git writer's remote; default `${serverUrl}/${owner}/${name}.git`. */
  gitRemote?: string;
  /** Scratch space for the git writer (RUNNER_TEMP). */
  tempDir?: string;
}

export interface MonthlyRewardsOutcome {
  result: MonthResult;
  status: LedgerStatus;
  /** For a dry run, what a real run would do; `to-date`: the month has not ended, so nothing yet. */
  planned?: 'write' | 'restate' | 'unchanged' | 'refused' | 'to-date';
  /** The ledger commit made by this run; empty when none. */
  commit: string;
  commitUrl: string | null;
  ledgerPath: string;
  /** The month's files in the output directory. */
  files: { json: string; csv: string } | null;
  harvest: HarvestStats & { entryRequests: number; pulls: number };
}

/** Runs the month end to end. */
export async function runMonthlyRewards(inputs: MonthlyRewardsInputs, services: MonthlyRewardsServices): Promise<MonthlyRewardsOutcome> {
  const { repository, month } = inputs;
  const log = services.log;
  const monthText = formatMonth(month);
  const fullName = `${repository.owner}/${repository.name}`;
  const place = { repository: fullName, branch: inputs.ledgerBranch };
  if (inputs.restate && inputs.restate.reason.trim() === '') {
    throw new UserInputError('restate needs a reason: say why the recorded month is replaced (it is kept in the file and the commit)');
  }
  // A dry run may tally a month that has not ended: what it would pay so far (the dashboard's
  // preview of the month to come). Only a real run needs the month over.
  const toDate = services.now().getTime() < monthWindow(month).end;
  if (!inputs.dryRun) assertMonthEnded(month, services.now());

  const store = openStore(inputs, services);
  try {
    // The ledger first: a hand-edited one is refused before any API budget is spent, and its
    // earlier months feed the cooldown.
    const ledger = verifyLedger(await store.read(), place);
    const usage = loadUsage(inputs.config.config, month, inputs.baseDir);
    const { result, harvest } = await tallyMonth(inputs, services, ledger, usage);
    const csv = rewardsCsv(result, services.serverUrl);
    const ledgerPath = monthJsonPath(monthText);

    if (toDate) {
      const files = writeOutputs(inputs.outputDir, monthText, renderMonthFile(result, []), csv);
      return { result, status: 'dry-run', planned: 'to-date', commit: '', commitUrl: null, ledgerPath, files, harvest };
    }
    let planned: MonthlyRewardsOutcome['planned'];
    let monthFile: string;
    try {
      const plan = planMonthWrite(ledger, result, csv, inputs.restate, place);
      planned = plan.kind === 'unchanged' ? 'unchanged' : plan.restated ? 'restate' : 'write';
      monthFile = plan.monthFile;
    } catch (e) {
      if (!(e instanceof RestatementRequiredError)) throw e;
      // Still leave the new result in the output directory, for comparing with the recorded one.
      const files = writeOutputs(inputs.outputDir, monthText, renderMonthFile(result, []), csv);
      if (!inputs.dryRun) throw e;
      return { result, status: 'dry-run', planned: 'refused', commit: '', commitUrl: null, ledgerPath, files, harvest };
    }
    const files = writeOutputs(inputs.outputDir, monthText, monthFile, csv);
    if (inputs.dryRun) return { result, status: 'dry-run', planned, commit: '', commitUrl: null, ledgerPath, files, harvest };

    const recorded = await recordMonth(store, result, csv, inputs.restate, place, log, ledger);
    return {
      result,
      status: recorded.status,
      commit: recorded.commit,
      commitUrl: recorded.commit ? store.commitUrl(recorded.commit) : null,
      ledgerPath,
      files,
      harvest,
    };
  } finally {
    store.dispose?.();
  }
}

/**
 * Harvest, read the entries, judge. Its own function so that the harvested PRs and entries — tens
 * of megabytes in a big month — can be collected before the month is serialised and committed.
 */
async function tallyMonth(
  inputs: MonthlyRewardsInputs,
  services: MonthlyRewardsServices,
  ledger: VerifiedLedger,
  usage: UsageData | null,
): Promise<{ result: MonthResult; harvest: MonthlyRewardsOutcome['harvest'] }> {
  const { repository, month } = inputs;
  const monthText = formatMonth(month);
  const window = monthWindow(month);
  const submissionPaths = inputs.config.config.submissionPaths;
  services.log(`harvest: PRs of ${repository.owner}/${repository.name} merged in ${monthText}`);
  const { pulls, stats } = await harvestMerged(services.github, repository, window, services.log);
  const isSubmission = submissionMatcher(submissionPaths);
  const wanted = pulls.flatMap((p) => (p.mergeCommit ? classify(p, isSubmission, submissionPaths).entryPaths.map((path) => ({ commit: p.mergeCommit as string, path })) : []));
  const { entries, requests: entryRequests } = await readEntries(services.github, repository, wanted);
  services.log(`harvest: ${pulls.length} PRs in ${stats.slices} slice(s), ${stats.searchRequests} search and ${stats.followUpRequests + entryRequests} other requests`);
  const { counted, excluded } = applyRules({ config: inputs.config.config, window, pulls, entries, usage, earlier: earlierCounts(ledger, monthText) });
  const result = buildMonthResult({ repository: `${repository.owner}/${repository.name}`, month, config: inputs.config, usage, counted, excluded });
  return { result, harvest: { ...stats, entryRequests, pulls: pulls.length } };
}

function openStore(inputs: MonthlyRewardsInputs, services: MonthlyRewardsServices): LedgerStore & { dispose?(): void } {
  const { owner, name } = inputs.repository;
  const server = services.serverUrl.replace(/\/+$/, '');
  if (inputs.writer === 'api') {
    return apiLedgerStore(services.github, { repository: inputs.repository, branch: inputs.ledgerBranch, serverUrl: server });
  }
  return gitLedgerStore({
    remote: services.gitRemote ?? `${server}/${owner}/${name}.git`,
    branch: inputs.ledgerBranch,
    token: services.token,
    ...(services.tempDir ? { workDir: services.tempDir } : {}),
    commitUrl: (commit) => `${server}/${owner}/${name}/commit/${commit}`,
  });
}

/** Writes both files whole (temporary name, then rename): a crash leaves no half-written file. */
function writeOutputs(dir: string | null, month: string, json: string, csv: string): { json: string; csv: string } | null {
  if (!dir) return null;
  mkdirSync(dir, { recursive: true });
  const paths = { json: join(dir, `${month}.json`), csv: join(dir, `${month}.csv`) };
  for (const [path, text] of [
    [paths.json, json],
    [paths.csv, csv],
  ] as const) {
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  }
  return paths;
}

