// Problems in a file the user wrote, each at its line and column, and the error that carries them.
// Callers print it without a stack trace: it is the user's to fix.

import { formatLocation, UserError, type Problem, type SourceLocation } from '@lilypad-actions/errors';

export { formatLocation, type Problem, type SourceLocation };

/** A file that is unreadable, not valid YAML, or breaks its schema: every problem, one a line. */
export class FileProblemsError extends UserError {
  constructor(problems: readonly Problem[], hint?: string) {
    super(problems.map((p) => `${formatLocation(p.location)}: ${p.message}`).join('\n'), { problems, ...(hint ? { hint } : {}) });
  }
}
