// Untrusted text (a template's Image, a test case's name, a PR title, a line a container printed)
// on a step's stdout or stderr, made unable to start a workflow command.
//
// How GitHub's runner reads a step's output (actions/runner): every line of stdout and of stderr
// (StreamReader.ReadLine: a line ends at LF, CR or CRLF) goes through ActionCommandManager, which
// tries two parsers in turn:
// - ActionCommand.TryParseV2: the line, with leading white space trimmed (Char.IsWhiteSpace),
//   starts with `::`, and a second `::` ends the command's name and properties;
// - ActionCommand.TryParse, the legacy form: `##[name props]data` ANYWHERE in the line.
// Both compare with .NET's culture-sensitive StartsWith/IndexOf, which on ICU skip characters that
// collate as nothing (zero-width and format characters, controls, some combining marks), so a
// `:\u200B:` may read as `::`. The runner is started without invariant globalization.
//
// So a safe line: has no line break; shows every control, format and default-ignorable character
// as a visible escape (`\n`, `\u200b`), except ESC before `[` (terminal colours, which are never
// ignored into a `::`); does not begin, after white space, with `:` `:` (combining marks between
// them allowed for); and has no `#` `#` `[` (same allowance). The last two get a backslash:
// `\::error::x`, `##\[error]x` (in Markdown, `\[` still shows as `[`). Text that is already safe
// comes back unchanged, so escaping twice is harmless.

/** Line breaks as the runner splits lines. */
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Characters shown as escapes: controls but TAB (ESC only when no `[` follows), format
 * characters, line and paragraph separators, default-ignorables and lone surrogates.
 */
const HIDDEN = /\x1b(?!\[)|[\0-\x08\x0a-\x1a\x1c-\x1f\x7f-\x9f]|[\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Cs}]/gu;

/** `::` at the start after white space, combining marks between the colons allowed for. */
const LEADING_COMMAND = /^(\p{White_Space}*)(:\p{M}*:)/u;

/** `##[` anywhere, combining marks (and a kept ESC before the bracket) allowed for. */
const LEGACY_COMMAND = /(#\p{M}*#\p{M}*)(\x1b?)(\p{M}*\[)/gu;

/**
 * The same for JSON text, less the white space JSON is laid out with (TAB, LF, CR): inside a JSON
 * string JSON.stringify has escaped those already, and outside one they are layout.
 */
const HIDDEN_IN_JSON = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|[\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Cs}]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

function visible(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const cp = ch.codePointAt(0)!;
  return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}

/** One line of untrusted text that cannot start a workflow command, wherever it is printed on a line. */
export function safeLine(text: string): string {
  return text
    .replace(HIDDEN, visible)
    .replace(LEADING_COMMAND, (_, space: string, colons: string) => `${space}\\${colons}`)
    .replace(LEGACY_COMMAND, (_, hashes: string, esc: string, bracket: string) => `${hashes}${esc ? '\\u001b' : ''}\\${bracket}`);
}

/** Text of several lines, each made safe on its own (line breaks kept, CRLF and CR as LF). */
export function safeLines(text: string): string {
  return text.split(LINE_BREAK).map(safeLine).join('\n');
}

/**
 * JSON text (as JSON.stringify writes it) that means the same and cannot start a command. The
 * characters that matter can only occur inside JSON strings, where `\uXXXX` spells them the same:
 * hidden characters become escapes and `##[` becomes `##\u005b`. No line of JSON starts with `::`.
 */
export function safeJson(json: string): string {
  return json
    // An astral character (the tag characters) is spelled as its surrogate pair, as JSON does.
    .replace(HIDDEN_IN_JSON, (ch) => ch.split('').map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''))
    .replace(LEGACY_COMMAND, (_, hashes: string, esc: string, bracket: string) => `${hashes}${esc}${bracket.slice(0, -1)}\\u005b`);
}
