// Failures this package expects, kept apart from bugs: each is one clear message (with the file,
// line and key it concerns, and what to do) that callers print without a stack trace.
import { formatLocation, UserError, type Problem, type SourceLocation } from '@lilypad-actions/errors';

export { formatLocation, type Problem, type SourceLocation };

/** An expected failure: bad input, a refused ledger write, an API that stayed down. */
export class RewardsError extends UserError {
  constructor(message: string, options: { location?: SourceLocation; hint?: string; problems?: readonly Problem[] } = {}) {
    super(message, options);
  }
}

/** Something the user must fix in what they gave: inputs, arguments, the configuration file. */
export class UserInputError extends RewardsError {}

/** The configuration (or the usage file it names) is unreadable or fails its schema. */
export class ConfigError extends UserInputError {
  constructor(problems: readonly Problem[], hint?: string) {
    super(problems.map((p) => `${formatLocation(p.location)}: ${p.message}`).join('\n'), {
      problems,
      ...(hint ? { hint: `see ${hint} for every key and its default` } : {}),
    });
  }

  /** What the monthly-rewards action fails with after annotating each problem on its line. */
  override headline(): string {
    const n = this.problems.length;
    return `the rewards configuration has ${n} problem${n === 1 ? '' : 's'}${this.hint ? `; ${this.hint}` : ''}`;
  }
}

/** The ledger branch is not what this tool wrote: refuse rather than build on it. */
export class LedgerIntegrityError extends RewardsError {}

/** The month is recorded with a different result and no restatement was asked for. */
export class RestatementRequiredError extends RewardsError {}

/** GitHub could not be read or written, even after retrying. */
export class GitHubApiError extends RewardsError {
  /** HTTP status of the last attempt; undefined when no answer came. */
  readonly status: number | undefined;
  /** A change was sent and no answer came back: it may or may not have been applied. */
  readonly uncertain: boolean;

  constructor(message: string, options: { hint?: string; status?: number; uncertain?: boolean } = {}) {
    super(message, options.hint ? { hint: options.hint } : {});
    this.status = options.status;
    this.uncertain = options.uncertain ?? false;
  }
}
