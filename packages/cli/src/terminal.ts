// Where the CLI writes, and how it shows an error: `error: <message>` and an optional
// `hint: <what to do>` on stderr, red/yellow only on a terminal that wants colour. Messages quote
// file names and template text, and CI logs read stderr for workflow commands too: every line of
// a message goes out through safeLines.

import { safeLines } from '@lilypad-actions/workflow-commands';

/** The streams a command writes to (injected, so tests capture them). */
export interface Terminal {
  /** Rendered output: written as given, byte for byte. */
  stdout(chunk: Uint8Array | string): void;
  stderr(text: string): void;
  /** Colour stderr messages. */
  color: boolean;
  /** Colour reports on stdout (a terminal there too); default off. */
  colorStdout?: boolean;
}

/** Colour only on a TTY, and never when NO_COLOR is set to anything non-empty (no-color.org). */
export function wantsColor(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return isTTY === true && !env.NO_COLOR;
}

const paint = (on: boolean, code: string, text: string) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);

/**
 * Print a user-facing error. Go's text stays intact but for what could start a workflow command
 * (a line break, `::` at a line's start, `##[`): those are escaped, each line on its own.
 */
export function printError(term: Terminal, message: string, hint?: string): void {
  term.stderr(`${paint(term.color, '1;31', 'error:')} ${safeLines(message)}\n`);
  if (hint) term.stderr(`${paint(term.color, '33', 'hint:')} ${safeLines(hint)}\n`);
}
