// Where in a file something is wrong, as messages and GitHub annotations name it.

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

/** `file`, `file:line` or `file:line:col`, as compilers and GitHub print a place. */
export function formatLocation(location: SourceLocation): string {
  if (location.line === undefined) return location.file;
  return location.column === undefined
    ? `${location.file}:${location.line}`
    : `${location.file}:${location.line}:${location.column}`;
}
