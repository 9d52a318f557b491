// The gate's refusals: what the user must set up, one message and one hint, printed without a
// stack trace: a UserError (describe() gives the message and the hint on its own line).
import { UserError } from '@lilypad-actions/errors';

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
export class GpuGateRefusal extends UserError {
  constructor(
    readonly code: RefusalCode,
    message: string,
    options: { hint?: string } = {},
  ) {
    super(message, options);
  }
}
