// Failures this package expects, kept apart from bugs: each is one clear message (with the file,
// line and key it concerns, and what to do) that callers print without a stack trace.
import { formatLocation, type Problem, type SourceLocation } from '@lilypad-actions/config-file';

export { formatLocation, type Problem, type SourceLocation };

/** An expected failure: bad input, a refused ledger write, an API that stayed down. */
export class RewardsError extends Error {
  constructor(
    message: string,
    readonly options: { location?: SourceLocation; hint?: string } = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  get location(): SourceLocation | undefined {
    return this.options.location;
  }

  get hint(): string | undefined {
    return this.options.hint;
  }

  /** `file:line:col: message` and the hint on its own line, as a terminal or log shows it. */
  describe(): string {
    const where = this.location ? `${formatLocation(this.location)}: ` : '';
    return this.hint ? `${where}${this.message}\n${this.hint}` : `${where}${this.message}`;
  }
}

/** Something the user must fix in what they gave: inputs, arguments, the configuration file. */
export class UserInputError extends RewardsError {}

/** The configuration (or the usage file it names) is unreadable or fails its schema. */
export class ConfigError extends UserInputError {
  constructor(
    readonly problems: Problem[],
    hint?: string,
  ) {
    super(problems.map((p) => `${formatLocation(p.location)}: ${p.message}`).join('\n'), {
      ...(problems[0] ? { location: problems[0].location } : {}),
      ...(hint ? { hint: `see ${hint} for every key and its default` } : {}),
    });
  }

  override describe(): string {
    return this.hint ? `${this.message}\n${this.hint}` : this.message;
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
