// @lilypad-actions/rewards: the monthly tally of merged module PRs into Lilybits, and its ledger.

export { runMonthlyRewards } from './run';
export type { MonthlyRewardsInputs, MonthlyRewardsOutcome, MonthlyRewardsServices, WriterKind } from './run';
export { CONFIG_DOCS, DEFAULT_CONFIG_PATH, configHash, defaultConfig, loadConfig, parseConfig } from './config';
export type { LoadedConfig, RewardsConfig } from './config';
export { ConfigError, GitHubApiError, LedgerIntegrityError, RestatementRequiredError, RewardsError, UserInputError, formatLocation } from './errors';
export type { Problem, SourceLocation } from './errors';
export { createGitHubClient, GraphQLResponseError } from './github-client';
export type { GitHubApi, GitHubClientOptions } from './github-client';
export { formatMonth, monthWindow, parseMonth, previousMonth } from './month';
export type { Month, Window } from './month';
export { harvestMerged, searchQuery, splitWindow } from './harvest';
export type { HarvestedPull, HarvestStats, Repository } from './harvest';
export { entryKey, readEntries } from './entries';
export type { EntryResult } from './entries';
export { parseEntry } from '@lilypad-actions/module-list';
export { applyRules, RULES_VERSION } from './rules';
export type { CountedPull, ExcludedPull, ExclusionCode } from './rules';
export { buildMonthResult, parseMonthFile, renderMonthFile, resultSha256 } from './rewards-json';
export type { LoginTotal, MonthFile, MonthFileProblem, MonthResult, Restatement } from './rewards-json';
export { dashboardCsv, rewardsCsv, csvField, CSV_HEADER } from './csv';
export type { CsvRow } from './csv';
export { INDEX_PATH, earlierCounts, monthCsvPath, monthJsonPath, planMonthWrite, recordMonth, verifyLedger } from './ledger';
export type { LedgerIndex, LedgerSnapshot, LedgerStore } from './ledger';
export { apiLedgerStore } from './ledger-api-writer';
export { gitLedgerStore } from './ledger-git-writer';
export { ledgerLine, renderSummary } from './summary';
export type { LedgerStatus, SummaryInput } from './summary';
