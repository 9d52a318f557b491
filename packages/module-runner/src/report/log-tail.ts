// The end of a case's captured stdout or stderr, where a crash says why: for the job summary's
// excerpts (cleaned of colours, as Markdown) and for the step log (verbatim, between
// stop-commands markers). One cut for both, so the two show the same lines.
import type { CapturedLog } from './types';

export const LOG_TAIL_LINES = 30;
export const LOG_TAIL_CHARS = 3000;

export interface LogTail {
  /** The last lines, without the final line break; `…` first when cut inside a line. */
  text: string;
  /** What the tail shows: `the end of N bytes` or `N bytes`. */
  what: string;
}

/** The last `maxLines` lines (at most `maxChars` characters) of `text`, as captured in `log`. */
export function logTail(log: CapturedLog, text: string = log.text, maxLines = LOG_TAIL_LINES, maxChars = LOG_TAIL_CHARS): LogTail {
  let lines = text.replace(/\n+$/, '').split('\n');
  const cutLines = lines.length > maxLines;
  lines = lines.slice(-maxLines);
  let tail = lines.join('\n');
  const cutChars = tail.length > maxChars;
  if (cutChars) tail = `…${tail.slice(-maxChars)}`;
  return { text: tail, what: cutLines || cutChars || log.truncated ? `the end of ${log.bytes} bytes` : `${log.bytes} bytes` };
}
