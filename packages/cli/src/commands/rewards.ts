// `lilypad-module rewards`: the monthly tally from a terminal, for back-fills and for checking a
// month before the scheduled run (with --dry-run), over the rewards package's runMonthlyRewards.
// PR titles, logins and entry files are other people's text, and this may run in a CI step: what
// it prints goes out through safeLines (the summary, messages) or safeJson (--json).

import { resolve } from 'node:path';
import { safeJson, safeLines } from '@lilypad-actions/workflow-commands';
import {
  createGitHubClient,
  DEFAULT_CONFIG_PATH,
  loadConfig,
  parseMonth,
  renderMonthFile,
  renderSummary,
  RewardsError,
  runMonthlyRewards,
  UserInputError,
  type WriterKind,
} from '@lilypad-actions/rewards';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Default process.cwd(). */
  cwd?: string;
  /** Default the real clock. */
  now?: () => Date;
}

export const REWARDS_HELP = `Usage: lilypad-module rewards --repo OWNER/NAME --month YYYY-MM [options]

Tally the module PRs merged into a list repository in one month (UTC) into Lilybits, by the
rules in its rewards configuration, and record the result on the repository's ledger branch.

Options:
  --repo OWNER/NAME      the list repository, e.g. Lilypad-Tech/awesome-lilypad (required)
  --month YYYY-MM        the month to tally (required)
  --dry-run              compute and print the result; commit nothing (a month that has
                         not ended is then tallied to date)
  --config FILE          the rewards configuration (default: ${DEFAULT_CONFIG_PATH} if it
                         exists, else the documented defaults)
  --ledger-branch NAME   the ledger branch (default: ledger)
  --writer api|git       record through the GraphQL API (default) or git push
  --restate REASON       replace the month's recorded result, which has changed, saying why
  --output-dir DIR       also write the month's JSON and CSV to DIR
  --json                 print the month's JSON instead of the summary
  -h, --help             show this help

Environment:
  GITHUB_TOKEN (or GH_TOKEN)   a token that can read the repository (and write it, without --dry-run)
  GITHUB_API_URL, GITHUB_GRAPHQL_URL, GITHUB_SERVER_URL   for GitHub Enterprise Server

Exit status: 0 done, 1 the run failed (GitHub unreachable, the ledger refused the write),
2 a usage or configuration error.
`;

interface Parsed {
  repo?: string;
  month?: string;
  dryRun: boolean;
  config?: string;
  ledgerBranch: string;
  writer: WriterKind;
  restate?: string;
  outputDir?: string;
  json: boolean;
  help: boolean;
}

const VALUE_FLAGS = new Set(['--repo', '--month', '--config', '--ledger-branch', '--writer', '--restate', '--output-dir']);

function parseArgs(argv: string[]): Parsed {
  const parsed: Parsed = { dryRun: false, ledgerBranch: 'ledger', writer: 'api', json: false, help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    if (flag === '-h' || flag === '--help') parsed.help = true;
    else if (flag === '--dry-run') parsed.dryRun = true;
    else if (flag === '--json') parsed.json = true;
    else if (VALUE_FLAGS.has(flag)) {
      const value = eq === -1 ? argv[(i += 1)] : arg.slice(eq + 1);
      if (value === undefined || value === '') throw new UserInputError(`${flag} needs a value`);
      if (flag === '--repo') parsed.repo = value;
      else if (flag === '--month') parsed.month = value;
      else if (flag === '--config') parsed.config = value;
      else if (flag === '--ledger-branch') parsed.ledgerBranch = value;
      else if (flag === '--restate') parsed.restate = value;
      else if (flag === '--output-dir') parsed.outputDir = value;
      else if (value === 'api' || value === 'git') parsed.writer = value;
      else throw new UserInputError(`--writer is api or git, not ${JSON.stringify(value)}`);
    } else throw new UserInputError(`unknown argument ${JSON.stringify(arg)}`);
  }
  return parsed;
}

/** Parses `owner/name`. */
export function parseRepository(text: string, what = 'repository'): { owner: string; name: string } {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text.trim());
  if (!m) throw new UserInputError(`${what} ${JSON.stringify(text)} is not OWNER/NAME, e.g. Lilypad-Tech/awesome-lilypad`);
  return { owner: m[1] as string, name: m[2] as string };
}

/** Runs `lilypad-module rewards …`; resolves with the exit status. */
export async function rewardsCommand(argv: string[], io: CliIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  try {
    const args = parseArgs(argv);
    if (args.help) {
      io.stdout(REWARDS_HELP);
      return 0;
    }
    if (!args.repo) throw new UserInputError('--repo OWNER/NAME is required');
    if (!args.month) throw new UserInputError('--month YYYY-MM is required');
    const repository = parseRepository(args.repo, '--repo');
    const month = parseMonth(args.month, '--month');
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
    if (!token) throw new UserInputError('set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repository');
    const configPath = resolve(cwd, args.config ?? DEFAULT_CONFIG_PATH);
    const config = loadConfig(configPath, { required: args.config !== undefined, displayPath: args.config ?? DEFAULT_CONFIG_PATH });
    if (!config.file) io.stderr(`note: no ${DEFAULT_CONFIG_PATH} here; the documented defaults apply\n`);

    const log = (line: string) => io.stderr(`${safeLines(line)}\n`);
    const github = createGitHubClient({
      token,
      ...(io.env.GITHUB_API_URL ? { apiUrl: io.env.GITHUB_API_URL } : {}),
      ...(io.env.GITHUB_GRAPHQL_URL ? { graphqlUrl: io.env.GITHUB_GRAPHQL_URL } : {}),
      log,
    });
    const outcome = await runMonthlyRewards(
      {
        repository,
        month,
        config,
        baseDir: cwd,
        ledgerBranch: args.ledgerBranch,
        writer: args.writer,
        restate: args.restate ? { reason: args.restate } : null,
        dryRun: args.dryRun,
        outputDir: args.outputDir ? resolve(cwd, args.outputDir) : null,
      },
      {
        github,
        serverUrl: io.env.GITHUB_SERVER_URL || 'https://github.com',
        token,
        log,
        now: io.now ?? (() => new Date()),
      },
    );
    if (args.json) io.stdout(safeJson(renderMonthFile(outcome.result, [])));
    else io.stdout(safeLines(renderSummary({ ...outcome, branch: args.ledgerBranch })));
    return 0;
  } catch (e) {
    if (e instanceof RewardsError) {
      io.stderr(`error: ${safeLines(e.describe())}\n`);
      if (e instanceof UserInputError) io.stderr('Run `lilypad-module rewards --help` for usage.\n');
      return e instanceof UserInputError ? 2 : 1;
    }
    io.stderr(`lilypad-module rewards: internal error (a bug; please report it):\n${safeLines(e instanceof Error ? (e.stack ?? e.message) : String(e))}\n`);
    return 70;
  }
}
