// The gate's refusals: what the user must set up, one message and one hint, printed without a
// stack trace (rewards' errors.ts is the model).

export type RefusalCode =
  /** The inputs make no sense (no environment name, no repository). */
  | 'configuration'
  /** GitHub could not be asked, or would not say. */
  | 'api'
  /** The repository has no environment of that name. */
  | 'no-environment'
  /** The environment requires no reviewers. */
  | 'no-reviewers'
  /** allow-unreviewed-gpu-runs asked for a run that may be a fork's pull request. */
  | 'fork';

/** The gate refuses the run: nothing untrusted may start. */
export class GpuGateRefusal extends Error {
  readonly hint: string | undefined;

  constructor(
    readonly code: RefusalCode,
    message: string,
    options: { hint?: string } = {},
  ) {
    super(message);
    this.name = 'GpuGateRefusal';
    this.hint = options.hint;
  }

  /** The message, and what to do on the next line. */
  describe(): string {
    return this.hint ? `${this.message}\n${this.hint}` : this.message;
  }
}
