// The base of every error a user can fix. What a caller needs to report one is on the error
// itself (its place, its hint, its problems one by one, output to show), so a caller never asks
// which class it is.
import { formatLocation, type Problem, type SourceLocation } from './location';

/** Lines someone else's program printed (a failing build step's tail), shown verbatim before the failure. */
export interface ShownOutput {
  /** Our line introducing them. */
  title: string;
  lines: readonly string[];
}

export interface UserErrorOptions {
  /** Where the fault is, when one place is known. */
  location?: SourceLocation;
  /** What to do about it, one line. */
  hint?: string;
  /** Several problems, each at its own place (the message then lists them, one a line). */
  problems?: readonly Problem[];
  output?: ShownOutput;
  cause?: unknown;
}

/** Something the user can fix: printed as describe(), never with a stack trace. */
export class UserError extends Error {
  readonly location: SourceLocation | undefined;
  readonly hint: string | undefined;
  readonly problems: readonly Problem[];
  readonly output: ShownOutput | undefined;

  constructor(message: string, options: UserErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.location = options.location ?? options.problems?.[0]?.location;
    this.hint = options.hint;
    this.problems = options.problems ?? [];
    this.output = options.output;
  }

  /**
   * `file:line:col: message` (the place when it is known and the message does not already list
   * problems at their places), and the hint on its own line: what a terminal or a log shows.
   */
  describe(): string {
    const where = this.location && this.problems.length === 0 ? `${formatLocation(this.location)}: ` : '';
    return this.hint ? `${where}${this.message}\n${this.hint}` : `${where}${this.message}`;
  }

  /**
   * One line for an error with several problems, when each problem is shown on its own (as a
   * GitHub annotation on its line): the file, how many problems, and the hint.
   */
  headline(): string {
    if (this.problems.length === 0) return this.describe();
    const n = this.problems.length;
    return `${this.location?.file ?? 'the file'}: ${n === 1 ? '1 problem' : `${n} problems`}${this.hint ? `; ${this.hint}` : ''}.`;
  }
}

/** Whether `e` is the user's to fix (otherwise it is a bug, reported with its stack). */
export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
