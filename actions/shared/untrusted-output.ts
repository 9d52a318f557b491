// The one place the submission actions make untrusted text (anything a PR wrote: entry names,
// module references, git's errors about its repositories, the PR description) safe to print on a
// step's stdout, where the runner would obey a line starting with `::` (or the legacy `##[`) as a
// workflow command. packages/workflow-commands will replace this with the project's shared escaper.

/** `text` with every line that could start a workflow command defused; printable as is. */
export function escapeUntrusted(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^(\s*)(::|##\[)/, (_, space: string, start: string) => `${space}${start[0]}\u200b${start.slice(1)}`))
    .join('\n');
}
