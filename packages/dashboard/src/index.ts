// @lilypad-actions/dashboard: the creator rewards dashboard, a static site built from a rewards
// ledger (a folder or a git revision) alone.

export { buildDashboard, renderSite } from './build';
export type { DashboardOptions, DashboardSummary } from './build';
export { readLedger } from './ledger-source';
export type { LedgerFiles, LedgerOrigin } from './ledger-source';
export { readMonths } from './ledger-months';
export type { LedgerMonths, PreviewFile, SiteMonth } from './ledger-months';
export { GENERATOR } from './exports';
export { jobSummary } from './job-summary';
export type { MonthStatus } from './exports';
