// Problems in a file the user wrote, each at its line and column, and the error that carries them.
// Callers print it without a stack trace: it is the user's to fix.

/** Where in a file a problem is, for messages and GitHub annotations. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/** One problem in a file: where it is and what is wrong. */
export interface Problem {
  location: SourceLocation;
  message: string;
}

export function formatLocation(location: SourceLocation): string {
  if (location.line === undefined) return location.file;
  return location.column === undefined
    ? `${location.file}:${location.line}`
    : `${location.file}:${location.line}:${location.column}`;
}

/** A file that is unreadable, not valid YAML, or breaks its schema: every problem, one a line. */
export class FileProblemsError extends Error {
  constructor(
    readonly problems: Problem[],
    readonly hint?: string,
  ) {
    super(problems.map((p) => `${formatLocation(p.location)}: ${p.message}`).join('\n'));
    this.name = new.target.name;
  }

  get location(): SourceLocation | undefined {
    return this.problems[0]?.location;
  }

  /** The message and the hint on its own line, as a terminal or log shows it. */
  describe(): string {
    return this.hint ? `${this.message}\n${this.hint}` : this.message;
  }
}
