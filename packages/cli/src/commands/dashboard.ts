// `lilypad-module dashboard --ledger <dir|git-rev> --out <dir>`: the creator rewards dashboard, a
// static site, built from a rewards ledger alone. Loaded on use (cli.ts), like rewards.

import { buildDashboard, type DashboardSummary } from '@lilypad-actions/dashboard';
import { formatLocation, RewardsError, UserInputError } from '@lilypad-actions/rewards';
import { formatFlags, lastValue, parseArgs, type FlagSpec } from '../args';
import { EXIT, UsageError, UserError } from '../errors';
import { formatSize } from '../io';
import { HELP_FLAG } from '../template-flags';
import { printError, type Terminal } from '../terminal';

/** Exit status when the site was built but some month files are broken or not as recorded. */
const BUILT_WITH_PROBLEMS = 1;

export const dashboardFlags: FlagSpec[] = [
  { name: 'ledger', takesValue: true, valueName: 'DIR|REV', description: 'the ledger: a folder (a checkout of the ledger branch), else a git\nrevision of the repository here, e.g. origin/ledger (required)' },
  { name: 'out', takesValue: true, valueName: 'DIR', description: 'where the site goes: a new or empty folder, or an earlier build (required)' },
  { name: 'preview', takesValue: true, valueName: 'FILE|DIR', description: "a dry run's month file (or a folder of them) to show as a preview;\nrepeatable" },
  { name: 'server-url', takesValue: true, valueName: 'URL', description: 'GitHub web root for profile links and avatars (default $GITHUB_SERVER_URL,\nelse https://github.com)' },
  HELP_FLAG,
];

export const dashboardUsage = `Build the creator rewards dashboard from a rewards ledger.

Usage:
  lilypad-module dashboard --ledger <dir|git-rev> --out <dir> [flags]

The ledger is the branch the monthly-rewards action writes (index.json, rewards/YYYY-MM.json):
a folder holding a checkout of it, or a git revision read with git (git fetch origin ledger,
then --ledger origin/ledger). The site is static HTML with a leaderboard, a page per month and
per creator, a chart, search, rewards.csv in the Community Rewards dashboard's format and
rewards.json; it is written whole, or not at all.

Flags:
${formatFlags(dashboardFlags)}

A month file that cannot be read is reported as file:line:col; its page says it is broken and the
other months are built.

Exit status: 0 built; 1 built, but some month files are broken or not as recorded (listed);
2 bad arguments, a ledger or preview that cannot be read, an output folder that cannot be used.
`;

/** Run `dashboard` with the arguments after the command name; resolves with the exit code. */
export async function dashboardCommand(argv: readonly string[], term: Terminal, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const args = parseArgs(argv, dashboardFlags);
  if (args.switches.has('help')) {
    term.stdout(dashboardUsage);
    return EXIT.ok;
  }
  if (args.positionals.length > 0) throw new UsageError(`dashboard: unexpected argument ${JSON.stringify(args.positionals[0])}`, "run 'lilypad-module dashboard --help' for usage");
  const ledger = lastValue(args, 'ledger');
  const out = lastValue(args, 'out');
  if (!ledger) throw new UsageError('dashboard: --ledger <dir|git-rev> is required', 'give a checkout of the ledger branch, or a revision such as origin/ledger');
  if (!out) throw new UsageError('dashboard: --out <dir> is required', 'give the folder the site is written to');
  const serverUrl = lastValue(args, 'server-url') ?? (env.GITHUB_SERVER_URL || 'https://github.com');
  if (!/^https?:\/\/[^\s/]+/.test(serverUrl)) throw new UsageError(`invalid --server-url ${JSON.stringify(serverUrl)}`, 'give the web root of GitHub, e.g. https://github.com');

  let summary: DashboardSummary;
  try {
    summary = buildDashboard({ ledger, cwd: process.cwd(), previews: args.values.get('preview') ?? [], outDir: out, serverUrl, now: new Date() });
  } catch (e) {
    if (e instanceof RewardsError) {
      const where = e.location ? `${formatLocation(e.location)}: ` : '';
      throw new UserError(oneLine(`${where}${e.message}`), e.hint, e instanceof UserInputError ? EXIT.usage : 1);
    }
    throw e;
  }
  for (const p of summary.problems) printError(term, oneLine(`${formatLocation(p.location)}: ${p.message}`));
  term.stdout(`${describe(summary, out)}\n`);
  if (summary.problems.length > 0) {
    term.stderr(`${summary.problems.length} ${summary.problems.length === 1 ? 'problem' : 'problems'} above; the site was built, and the pages of those months say what is wrong.\n`);
    return BUILT_WITH_PROBLEMS;
  }
  return EXIT.ok;
}

function describe(s: DashboardSummary, out: string): string {
  const counts = new Map<string, number>();
  for (const m of s.months) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
  const months = s.months.length === 0 ? 'no months yet' : `${s.months.length} ${s.months.length === 1 ? 'month' : 'months'} (${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')})`;
  return `built the rewards dashboard${s.repository ? ` of ${oneLine(s.repository)}` : ''} in ${out}: ${months}, ${s.creators} ${s.creators === 1 ? 'creator' : 'creators'}, ${s.total.toLocaleString('en-US')} Lilybits; ${s.files} files, ${formatSize(s.bytes)}`;
}

/**
 * Ledger text (file names from a git tree, a repository name) on one line: a newline in it must
 * not start a line of its own, where a CI runner would read `::command::` as a workflow command.
 */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
