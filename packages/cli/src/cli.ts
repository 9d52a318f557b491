// Top level: `lilypad-module <command> …`, `--help`, `--version`; every error ends here.

import pkg from '../package.json';
import { inputsCommand } from './commands/inputs';
import { renderCommand } from './commands/render';
import { validateCommand } from './commands/validate';
import { EXIT, UsageError, UserError } from './errors';
import { safeLines } from '@lilypad-actions/workflow-commands';
import { formatLocation, isUserError } from '@lilypad-actions/errors';
import { printError, type Terminal } from './terminal';

/** A command's exit code; a Promise for the commands loaded on use. */
type ExitCode = number | Promise<number>;
type Command = { run: (argv: readonly string[], term: Terminal) => ExitCode; summary: string };

const COMMANDS: Record<string, Command> = {
  validate: { run: validateCommand, summary: 'check a module: does it load in Lilypad, and what would break it (findings on template lines)' },
  inputs: { run: inputsCommand, summary: 'list the inputs a template reads: required or not, default or not, first use' },
  render: { run: renderCommand, summary: 'render a module template as `lilypad run` would, before JSON decoding' },
  rewards: {
    // Loaded on use: its GitHub client would otherwise add ~0.3 s to every other command's start-up.
    run: async (argv, term) => {
      const { rewardsCommand } = await import('./commands/rewards');
      return rewardsCommand([...argv], { stdout: (text) => term.stdout(text), stderr: term.stderr, env: process.env });
    },
    summary: "tally a month's merged module PRs into Lilybits and record them on the ledger branch",
  },
  entries: {
    // Loaded on use: the list's schema and git plumbing are not needed by the other commands.
    run: async (argv, term) => (await import('./commands/entries')).entriesCommand(argv, term),
    summary: 'the awesome-lilypad list: migrate the README, regenerate its tables, check a submission',
  },
  dashboard: {
    // Loaded on use, like rewards.
    run: async (argv, term) => (await import('./commands/dashboard')).dashboardCommand(argv, term),
    summary: 'build the creator rewards dashboard (a static site) from the rewards ledger',
  },
  run: {
    // Loaded on use, like rewards: the Docker client is most of the bundle.
    run: async (argv, term) => (await import('./commands/run')).runCommand(argv, term),
    summary: 'run a module as a resource provider would, in the local Docker engine (--build builds it first)',
  },
};

export const VERSION = pkg.version;

export const usage = `lilypad-module ${VERSION}: work with Lilypad module templates offline, with the Lilypad CLI's exact semantics.

Usage:
  lilypad-module <command> [flags]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join('\n')}

Flags:
  -h, --help     show this help (also: lilypad-module <command> --help)
      --version  print the version

Environment:
  NO_COLOR       set to turn off colour in messages and reports
`;

function dispatch(argv: readonly string[], term: Terminal): ExitCode {
  const [first, ...rest] = argv;
  if (first === undefined) {
    term.stderr(usage);
    return EXIT.usage;
  }
  if (first === '-h' || first === '--help') {
    term.stdout(usage);
    return EXIT.ok;
  }
  if (first === '--version') {
    term.stdout(`lilypad-module ${VERSION}\n`);
    return EXIT.ok;
  }
  if (first === 'help') {
    const target = rest[0];
    if (target === undefined) {
      term.stdout(usage);
      return EXIT.ok;
    }
    if (!Object.hasOwn(COMMANDS, target)) throw new UsageError(`unknown command ${JSON.stringify(target)} for "lilypad-module help"`);
    return COMMANDS[target]!.run(['--help'], term);
  }
  if (first.startsWith('-')) throw new UsageError(`unknown flag: ${first}`, "run 'lilypad-module --help' for usage");
  if (!Object.hasOwn(COMMANDS, first)) {
    throw new UsageError(`unknown command ${JSON.stringify(first)} for "lilypad-module"`, `commands: ${Object.keys(COMMANDS).join(', ')}`);
  }
  return COMMANDS[first]!.run(rest, term);
}

/**
 * Run the CLI; returns the exit code (a Promise for `rewards` only). User errors print one message;
 * a bug prints its stack (70).
 */
export function runCli(argv: readonly string[], term: Terminal): ExitCode {
  try {
    const code = dispatch(argv, term);
    return typeof code === 'number' ? code : code.catch((e: unknown) => failed(e, term));
  } catch (e) {
    return failed(e, term);
  }
}

function failed(e: unknown, term: Terminal): number {
  if (isUserError(e)) {
    // Its place when one is known and the message does not list problems at theirs (describe()'s rule).
    const where = e.location && e.problems.length === 0 ? `${formatLocation(e.location)}: ` : '';
    printError(term, `${where}${e.message}`, e.hint);
    return e instanceof UserError ? e.exitCode : EXIT.usage;
  }
  const detail = e instanceof Error ? (e.stack ?? String(e)) : String(e);
  term.stderr(`lilypad-module: internal error, this is a bug; please report it with the command that caused it.\n${safeLines(detail)}\n`);
  return EXIT.bug;
}
