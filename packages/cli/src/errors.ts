// Errors the user can fix, kept apart from bugs: the CLI prints a UserError (any package's: they all
// extend @lilypad-actions/errors') as one `error:` line (plus an optional `hint:` line) and exits with
// its code; anything else is a bug (stack, exit 70).
import { UserError as BaseUserError } from '@lilypad-actions/errors';

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

/** A UserError (@lilypad-actions/errors) with the exit code the CLI ends with; any other UserError exits with EXIT.usage. */
export class UserError extends BaseUserError {
  constructor(
    message: string,
    hint?: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message, hint ? { hint } : {});
  }
}

/** A command line this tool can't make sense of. */
export class UsageError extends UserError {
  constructor(message: string, hint?: string) {
    super(message, hint);
  }
}
