// Every action's top-level catch. What the user can fix (a UserError, from any package) fails the
// step with its one-line description and no stack; anything else is our bug: the stack goes to the
// log and one line to the annotation. No action keeps a list of error classes.
import * as core from '@actions/core';
import { isUserError, type UserError } from '@lilypad-actions/errors';
import { safeLines, stopCommands } from '@lilypad-actions/workflow-commands';

export interface FailOptions {
  /**
   * An error with several problems (a settings file with three mistakes) is shown as one error
   * annotation on each problem's line, with this title, then a one-line failure. Only for files
   * named relative to the workspace, where GitHub can place an annotation.
   */
  annotateProblems?: { title?: string };
  /** Said after "failed unexpectedly (a bug; please report it)", e.g. what the bug means for the run. */
  onBug?: string;
}

/** Runs the action's `main`, failing the step as failStep says when it throws. */
export function runAction(action: string, main: () => Promise<void>, options: FailOptions = {}): void {
  main().catch((e: unknown) => failStep(action, e, options));
}

/** Fails the step for `e`: a UserError's description (messages may quote untrusted text: safeLines), or a bug. */
export function failStep(action: string, e: unknown, options: FailOptions = {}): void {
  if (isUserError(e)) return failUser(e, options);
  console.error(e instanceof Error ? e.stack : e);
  core.setFailed(`${action} failed unexpectedly (a bug; please report it)${options.onBug ?? ''}: ${e instanceof Error ? e.message : String(e)}`);
}

function failUser(e: UserError, options: FailOptions): void {
  if (e.output && e.output.lines.length > 0) {
    // Another program's lines (a failing build step's tail), where the reason usually is: verbatim.
    core.info(e.output.title);
    process.stdout.write(stopCommands(e.output.lines.map((l) => `  ${l}`).join('\n')));
  }
  if (options.annotateProblems && e.problems.length > 0) {
    // GitHub shows at most 10 error annotations per step.
    for (const p of e.problems.slice(0, 10)) {
      const { file, line, column } = p.location;
      core.error(p.message, { ...(options.annotateProblems.title ? { title: options.annotateProblems.title } : {}), file, ...(line ? { startLine: line } : {}), ...(column ? { startColumn: column } : {}) });
    }
    return core.setFailed(safeLines(e.headline()));
  }
  core.setFailed(safeLines(e.describe()));
}
