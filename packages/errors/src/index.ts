// @lilypad-actions/errors: what separates a user's mistake from our bug. Every error a user can
// fix (a bad input, a file with problems, a module that does not build, an engine that is not
// running) extends UserError; anything else is a bug. Callers (the CLI, the actions' shared
// failure handler) print describe() for a UserError and a stack only for a bug, so none of them
// keeps a list of error classes. No imports: every package may depend on it.
export { formatLocation, type Problem, type SourceLocation } from './location';
export { isUserError, UserError, type ShownOutput, type UserErrorOptions } from './user-error';
