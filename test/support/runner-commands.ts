// A step's output read the way GitHub's runner reads it (actions/runner): which lines it would act
// on as workflow commands. Tests feed untrusted text through a real print path and assert that no
// command they did not mean comes out.
//
// Followed from the runner's sources: ProcessInvoker reads each stream with StreamReader.ReadLine
// (a line ends at LF, CR or CRLF); OutputManager hands a line containing `##[` or `::` to
// ActionCommandManager.TryProcessCommand, which tries ActionCommand.TryParseV2 (`::name props::data`
// after TrimStart) and then ActionCommand.TryParse (`##[name props]data` anywhere in the line), for
// the registered command names only, and handles `stop-commands` (a valid token stops every
// command but `::<token>::` / `##[<token>]`). Index arithmetic is ordinal, as in C#.
//
// One deliberate widening: .NET's StartsWith(string) and IndexOf(string) are culture-sensitive and
// on ICU skip characters that collate as nothing. Here every control but TAB, every format and
// default-ignorable character and every combining mark counts as skippable inside such a match,
// which recognises at least everything the runner does.

/** The commands an action can use (ActionCommandManager's extensions; `internal-set-repo-path` only for plugins). */
export const RUNNER_COMMANDS = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
] as const;

export interface RunnerCommand {
  /** The command's name as written (stop-commands' resume: the token). */
  command: string;
  properties: Record<string, string>;
  data: string;
  form: 'v2' | '##[';
  /** What the runner did: a command, commands stopped, resumed, or a stop the runner refuses (the step fails). */
  effect: 'command' | 'stop' | 'resume' | 'invalid-stop-token';
  stream: 'stdout' | 'stderr';
  line: string;
}

/** Splits as StreamReader.ReadLine does; a final line break does not make an empty last line. */
export function runnerLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

const SKIPPABLE = /^[\0-\x08\x0a-\x1f\x7f-\x9f\p{Cf}\p{Default_Ignorable_Code_Point}\p{M}]$/u;

/** Length in UTF-16 units of the character at `i` when it is skippable, else 0. */
function skippableAt(s: string, i: number): number {
  const cp = s.codePointAt(i);
  if (cp === undefined) return 0;
  const ch = String.fromCodePoint(cp);
  return SKIPPABLE.test(ch) ? ch.length : 0;
}

/** The end (in UTF-16 units) of a match of `needle` at `at`, skipping skippable characters between its characters; -1 if none. */
function matchAt(s: string, needle: string, at: number): number {
  let i = at;
  for (const [k, ch] of [...needle].entries()) {
    if (k > 0) for (let n = skippableAt(s, i); n > 0; n = skippableAt(s, i)) i += n;
    if (s[i] !== ch) return -1;
    i++;
  }
  return i;
}

/** Culture-sensitive StartsWith, widened: skippable characters may come first and in between. */
function startsWith(s: string, needle: string): boolean {
  let i = 0;
  for (let n = skippableAt(s, i); n > 0; n = skippableAt(s, i)) i += n;
  return matchAt(s, needle, i) >= 0;
}

/** Culture-sensitive IndexOf, widened; the index is that of the first matched character. */
function indexOf(s: string, needle: string, from = 0): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === needle[0] && matchAt(s, needle, i) >= 0) return i;
  }
  return -1;
}

/** .NET's String.TrimStart(): Char.IsWhiteSpace. */
const trimStart = (s: string) => s.replace(/^\p{White_Space}+/u, '');
const trim = (s: string) => s.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, '');

function unescape(s: string, mappings: ReadonlyArray<readonly [string, string]>): string {
  let out = s;
  for (const [token, replacement] of mappings) out = out.split(replacement).join(token);
  return out;
}
// In ActionCommand.cs's order.
const LEGACY = [[';', '%3B'], ['\r', '%0D'], ['\n', '%0A'], [']', '%5D'], ['%', '%25']] as const;
const DATA = [['\r', '%0D'], ['\n', '%0A'], ['%', '%25']] as const;
const PROPERTY = [['\r', '%0D'], ['\n', '%0A'], [':', '%3A'], [',', '%2C'], ['%', '%25']] as const;

/** Split(sep, count: 2, RemoveEmptyEntries) as the parsers use it for `key=value`. */
function keyValue(pair: string): [string, string] | null {
  const eq = pair.indexOf('=');
  const parts = (eq < 0 ? [pair] : [pair.slice(0, eq), pair.slice(eq + 1)]).filter((p) => p !== '');
  return parts.length === 2 ? [parts[0]!, parts[1]!] : null;
}

type Parsed = Pick<RunnerCommand, 'command' | 'properties' | 'data' | 'form'>;

function tryParseV2(raw: string, registered: ReadonlySet<string>): Parsed | null {
  const message = trimStart(raw);
  if (!startsWith(message, '::')) return null;
  const end = indexOf(message, '::', 2);
  if (end < 0) return null;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return null;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const p of trim(info.slice(space + 1)).split(',').filter((x) => x !== '')) {
      const kv = keyValue(p);
      if (kv) properties[kv[0]] = unescape(kv[1], PROPERTY);
    }
  }
  return { command, properties, data: unescape(message.slice(end + 2), DATA), form: 'v2' };
}

function tryParseLegacy(message: string, registered: ReadonlySet<string>): Parsed | null {
  const prefix = indexOf(message, '##[');
  if (prefix < 0) return null;
  const bracket = message.indexOf(']', prefix);
  if (bracket < 0) return null;
  const start = prefix + 3;
  // C#'s Substring throws for a negative length; the parser catches it and says "no command".
  if (bracket < start) return null;
  const info = message.slice(start, bracket);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return null;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const p of info.slice(space + 1).split(';').filter((x) => x !== '')) {
      const kv = keyValue(p);
      if (kv) properties[kv[0]] = unescape(kv[1], LEGACY);
    }
  }
  return { command, properties, data: unescape(message.slice(bracket + 1), LEGACY), form: '##[' };
}

/** One stream's command state (ActionCommandManager, per step). */
export class RunnerCommandManager {
  private stopToken: string | null = null;
  private readonly registered = new Set<string>(RUNNER_COMMANDS);

  /** What the runner does with `line`: a recognised command (or stop/resume), or null for plain output. */
  process(line: string, stream: RunnerCommand['stream']): RunnerCommand | null {
    if (line === '' || (indexOf(line, '##[') < 0 && indexOf(line, '::') < 0)) return null;
    const parsed = tryParseV2(line, this.registered) ?? tryParseLegacy(line, this.registered);
    if (!parsed) return null;
    const base = { ...parsed, stream, line };
    if (this.stopToken !== null) {
      if (parsed.command.toLowerCase() !== this.stopToken.toLowerCase()) return null;
      this.registered.delete(this.stopToken.toLowerCase());
      this.stopToken = null;
      return { ...base, effect: 'resume' };
    }
    if (parsed.command.toLowerCase() === 'stop-commands') {
      const token = parsed.data;
      // ValidateStopToken: the runner throws, and the step fails, for these.
      if (token === '' || token.toLowerCase() === 'pause-logging' || this.registered.has(token.toLowerCase())) return { ...base, effect: 'invalid-stop-token' };
      this.stopToken = token;
      this.registered.add(token.toLowerCase());
      return { ...base, effect: 'stop' };
    }
    return { ...base, effect: 'command' };
  }

  /** Commands are stopped and wait for this token. */
  get stoppedBy(): string | null {
    return this.stopToken;
  }
}

/** Every command the runner would recognise in one stream's text. */
export function runnerCommands(text: string, stream: RunnerCommand['stream'] = 'stdout', manager = new RunnerCommandManager()): RunnerCommand[] {
  return runnerLines(text).flatMap((line) => manager.process(line, stream) ?? []);
}

/**
 * A step's commands. The runner shares one state between stdout and stderr, but the order in
 * which their lines arrive is not fixed: stderr is read as if no stop-commands were in force.
 */
export function stepCommands(output: { stdout: string; stderr?: string }): RunnerCommand[] {
  return [...runnerCommands(output.stdout, 'stdout'), ...runnerCommands(output.stderr ?? '', 'stderr')];
}

/** Untrusted text the tests push through every print path (issue 9): each would be a command if printed raw. */
export const INJECTIONS = ['\n::error title=x::y', '::add-mask::secret', '  ::set-output name=x::y', '##[error]x'] as const;

/**
 * The commands a step printed that it did not mean to: anything but annotations whose title is
 * one of `titles` (the step's own, with whatever message), group markers, and balanced
 * stop-commands blocks. An unresumed block counts too: it would silence the step's own commands.
 */
export function unexpectedCommands(commands: readonly RunnerCommand[], titles: readonly string[] = []): RunnerCommand[] {
  const allowed = (c: RunnerCommand): boolean => {
    if (c.effect === 'stop' || c.effect === 'resume') return true;
    if (c.effect !== 'command' || c.form !== 'v2') return false;
    const name = c.command.toLowerCase();
    if (name === 'group' || name === 'endgroup') return true;
    if (name === 'error' || name === 'warning' || name === 'notice') return c.properties.title === undefined ? titles.includes('') : titles.includes(c.properties.title);
    return false;
  };
  const bad = commands.filter((c) => !allowed(c));
  const stops = commands.filter((c) => c.effect === 'stop' && c.stream === 'stdout').length;
  const resumes = commands.filter((c) => c.effect === 'resume' && c.stream === 'stdout').length;
  if (stops !== resumes) bad.push(...commands.filter((c) => c.effect === 'stop').slice(resumes));
  return bad;
}
