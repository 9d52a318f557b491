// Errors the user can fix, kept apart from bugs: the CLI prints a UserError as one `error:` line
// (plus an optional `hint:` line) and exits with its code; anything else is a bug (stack, exit 70).

/** Exit codes, following sysexits where one fits. */
export const EXIT = {
  ok: 0,
  /** The template failed to parse or execute, as it would in Lilypad. */
  templateError: 1,
  /** Bad arguments, or a file that can't be used. */
  usage: 2,
  /** EX_SOFTWARE: a bug in this tool. */
  bug: 70,
} as const;

export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** A command line this tool can't make sense of. */
export class UsageError extends UserError {
  constructor(message: string, hint?: string) {
    super(message, hint);
    this.name = 'UsageError';
  }
}
