// The engine could not be reached (not running, no permission on its socket, DOCKER_HOST wrong):
// the user's to fix, with the engine's message saying how. engine/connect.ts's
// EngineUnavailableError is a plain Error; the job functions (runModuleJob, buildModuleJob) turn it
// into this UserError at their edge, so callers need not know the engine's error classes.
// TODO(lead): once engine/connect.ts may change (branch `startup`), EngineUnavailableError can
// extend UserError itself and this file go.
import { UserError } from '@lilypad-actions/errors';
import type { EngineUnavailableError } from './engine/connect';

export class EngineUnreachableError extends UserError {
  readonly code: string | undefined;
  constructor(error: EngineUnavailableError) {
    super(error.message, { cause: error });
    this.code = error.code;
  }
}
