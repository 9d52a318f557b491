// Text printed verbatim (what a module's container or its Dockerfile's RUN steps wrote), with the
// runner's command processing switched off around it: `::stop-commands::<token>` … `::<token>::`.
// This is the runner's own answer (ActionCommandManager: while stopped, every line is plain log
// output, in either parser's form, until a command named after the token arrives), and it shows
// the text as it was, colours and all, where escaping would change it.
//
// What the runner requires of it:
// - The token must be unguessable: while stopped it is itself a command (`::<token>::`, and
//   `##[<token>]` in the legacy form), so text that knows it can switch commands back on. 128
//   random bits, a new token for every block, and never one that occurs in the text.
// - It must be a valid stop token (ValidateStopToken): not empty, not `pause-logging`, not a
//   command's name. Hexadecimal digits behind a letter are none of those.
// - The resume line must start a line: the text is ended with a newline if it has none.
// - The state is per step, shared by stdout and stderr: write the markers on the stream the text
//   goes to. A step that dies inside a block leaves commands off for the rest of that step only.

import { randomBytes } from 'node:crypto';

/** A fresh stop token: `t` and 32 hexadecimal digits. */
export function newStopToken(): string {
  return `t${randomBytes(16).toString('hex')}`;
}

function tokenFor(texts: readonly string[]): string {
  for (;;) {
    const token = newStopToken();
    // Case-insensitively: the runner compares the resume command's name so.
    if (!texts.some((t) => t.toLowerCase().includes(token))) return token;
  }
}

/** `text`, verbatim, between a stop-commands line and its resume line; ends with a newline. */
export function stopCommands(text: string): string {
  const token = tokenFor([text]);
  const body = text === '' || /[\r\n]$/.test(text) ? text : `${text}\n`;
  return `::stop-commands::${token}\n${body}::${token}::\n`;
}

/** A verbatim block written as it arrives (a build's output); end() resumes command processing. */
export interface StopCommandsBlock {
  /** Writes text verbatim. */
  write(text: string): void;
  /** Resumes command processing; idempotent. Call it in a `finally`. */
  end(): void;
}

/**
 * Starts a verbatim block on `sink` (the stream the text goes to). Until end(), nothing written
 * through the block is a command; end() ends an unfinished last line first.
 */
export function beginStopCommands(sink: (text: string) => void): StopCommandsBlock {
  const token = newStopToken();
  let open = true;
  let atLineStart = true;
  sink(`::stop-commands::${token}\n`);
  return {
    write(text) {
      if (!open) throw new Error('write after end() of a stop-commands block');
      if (text === '') return;
      sink(text);
      atLineStart = /[\r\n]$/.test(text);
    },
    end() {
      if (!open) return;
      open = false;
      sink(`${atLineStart ? '' : '\n'}::${token}::\n`);
    },
  };
}
