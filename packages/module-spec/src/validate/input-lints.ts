// What inputs can do to a module: values that break the rendered JSON (found by rendering with
// hostile values, so every way of using an input is covered), and idioms that pass the JSON check
// but hand the container something else than the user typed (`js`, `subst`).
//
// How bad a break is depends on who types the value. An input whose name, or the place it is
// printed, says free text (a prompt, a message, a question…) gets quotes and apostrophes from its
// users: a value that breaks it is an error. Any other input (a seed, a size, a CID) is a warning:
// the module works with the values it is meant for. One finding per input and rule, whatever the
// number of values that break it.
import type { Segment, ast } from '@lilypad-actions/gotemplate';
import { allActions, discoverInputUses, type InputUse } from './discover-inputs';
import type { ProbeBudget } from './probe-budget';
import { RenderSession, actionStart, segmentAt, type Inputs, type Rendered } from './render-session';
import { RULES, type RuleInfo } from './rules';
import type { Severity } from './types';

export interface InputFinding {
  rule: RuleInfo;
  /** For graded rules: this finding's severity. */
  severity?: Severity;
  message: string;
  /** Offset in the template text. */
  offset: number;
  inputs?: Inputs;
}

/** Values that JSON-encoding makes safe as whole values, and that break every other way of using an input. */
export const ADVERSARIAL_VALUES: readonly { desc: string; value: string }[] = [
  { desc: 'the empty string', value: '' },
  { desc: 'a double quote', value: 'say "hi"' },
  { desc: 'a backslash', value: 'C:\\models\\x' },
  { desc: 'an apostrophe', value: "it's" },
  { desc: 'a newline', value: 'two\nlines' },
  { desc: 'a tab', value: 'a\tb' },
  { desc: '<, > and &', value: '<b>&amp;</b>' },
  { desc: 'non-ASCII text', value: 'grüße 🐸' },
  { desc: 'percent signs', value: '100% %s %d' },
];

const EMPTY_ONLY = ADVERSARIAL_VALUES.filter((v) => v.value === '');

/**
 * Words that say an input is free text its users type (from its name, or from the text where it
 * is printed: `"PROMPT={{ js .p }}"`, `"--question", {{ .q }}`). JSON and code are typed with
 * quotes in them by nature.
 */
const FREE_TEXT_WORDS = new Set([
  'prompt',
  'prompts',
  'message',
  'messages',
  'msg',
  'text',
  'texts',
  'question',
  'questions',
  'input',
  'query',
  'sentence',
  'sentences',
  'caption',
  'description',
  'instruction',
  'instructions',
  'content',
  'context',
  'comment',
  'story',
  'title',
  'note',
  'notes',
  'search',
  'chat',
  'say',
  'phrase',
  'words',
  'lyrics',
  'speech',
  'topic',
  'subject',
  'transcript',
  'json',
  'code',
  'sql',
  'html',
  'markdown',
]);

/** `input_text`, `TEXT_INPUT`, `negativePrompt`, `prompt2` → their words, lower case. */
function words(s: string): string[] {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== '');
}

/** Does the name, or the text around where it is printed, say users type free text into it? */
export function isFreeText(name: string, context = ''): boolean {
  return [...words(name), ...words(context)].some((w) => FREE_TEXT_WORDS.has(w));
}

interface ActionInfo {
  node: ast.ActionNode;
  start: number;
  inputs: Set<string>;
  /** The pipeline prints one input as is: `{{ .X }}`. */
  bare: boolean;
  functions: Set<string>;
  /** The text the action prints after and the strings in it, for isFreeText (computed when asked). */
  context: () => string;
}

/** Facts about the template's actions that read inputs, computed once per node. */
class ActionIndex {
  private readonly uses: InputUse[];
  private readonly cache = new Map<ast.ActionNode, ActionInfo | null>();
  private readingCounts: Map<string, number> | undefined;
  constructor(private readonly session: RenderSession) {
    // In offset order, so that an action's uses are found by binary search (linear in all).
    this.uses = [...discoverInputUses(session.tmpl)].sort((a, b) => a.offset - b.offset);
  }
  /** The action's info, or undefined when it reads no input. */
  get(node: ast.ActionNode): ActionInfo | undefined {
    let info = this.cache.get(node);
    if (info === undefined) {
      const d = this.describe(node);
      info = d.inputs.size > 0 ? d : null;
      this.cache.set(node, info);
    }
    return info ?? undefined;
  }
  /** How many of the template's actions read `name`. */
  actionsReading(name: string): number {
    if (!this.readingCounts) {
      this.readingCounts = new Map();
      for (const node of allActions(this.session.tmpl)) for (const n of this.get(node)?.inputs ?? []) this.readingCounts.set(n, (this.readingCounts.get(n) ?? 0) + 1);
    }
    return this.readingCounts.get(name) ?? 0;
  }

  private describe(node: ast.ActionNode): ActionInfo {
    const text = node.tree.text;
    const start = actionStart(node);
    const close = text.indexOf('}}', node.pos);
    const end = close < 0 ? text.length : close;
    const inputs = new Set<string>();
    for (let i = firstAtOrAfter(this.uses, start); i < this.uses.length && this.uses[i]!.offset < end; i++) inputs.add(this.uses[i]!.name);
    const functions = new Set<string>();
    const collect = (n: ast.Node): void => {
      if (n.type === 'identifier') functions.add(n.ident);
      else if (n.type === 'pipe') n.cmds.forEach((c) => c.args.forEach(collect));
      else if (n.type === 'chain') collect(n.node);
    };
    node.pipe.cmds.forEach((c) => c.args.forEach(collect));
    const cmds = node.pipe.cmds;
    const only = cmds.length === 1 && cmds[0]!.args.length === 1 ? cmds[0]!.args[0]! : undefined;
    const bare = only !== undefined && (only.type === 'field' || only.type === 'variable') && inputs.size === 1;
    // The text it is printed after, and the strings in the action (`subst "PROMPT=%s"`); not the
    // names of functions (`html` is not HTML typed by a user).
    const context = () => [printedAfter(text, start), ...(text.slice(start, end).match(/"(?:[^"\\]|\\.)*"/g) ?? [])].join(' ');
    return { node, start, inputs, bare, functions, context };
  }
}

/**
 * The JSON text an action's output belongs to, from the template line before it: the string it
 * is printed inside (`"PROMPT={{` → `PROMPT=`), or, for a whole value, the string just before it
 * (`"--question", {{` → `--question`). Other actions on the line are left out.
 */
function printedAfter(text: string, start: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start).replace(/\{\{[\s\S]*?\}\}/g, '');
  const quotes = [...before.matchAll(/(?<!\\)"/g)].map((m) => m.index);
  if (quotes.length % 2 === 1) {
    // Inside a string: its text so far, or, when the action opens it, the string before it.
    const own = before.slice(quotes.at(-1)! + 1);
    if (own.trim() !== '') return own;
    quotes.pop();
    if (quotes.length >= 2 && /^[\s,:[]*$/.test(before.slice(quotes.at(-1)! + 1, before.length - 1))) return before.slice(quotes.at(-2)! + 1, quotes.at(-1));
    return '';
  }
  if (quotes.length >= 2 && /^[\s,:[]*$/.test(before.slice(quotes.at(-1)! + 1))) return before.slice(quotes.at(-2)! + 1, quotes.at(-1));
  return '';
}

function firstAtOrAfter(uses: readonly InputUse[], offset: number): number {
  let lo = 0;
  let hi = uses.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (uses[mid]!.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const indexes = new WeakMap<RenderSession, ActionIndex>();
function actionIndex(session: RenderSession): ActionIndex {
  let idx = indexes.get(session);
  if (!idx) indexes.set(session, (idx = new ActionIndex(session)));
  return idx;
}

/** Why an input makes this action break the JSON, as the rule that explains it. */
function cause(action: ActionInfo | undefined): RuleInfo {
  if (!action) return RULES.inputInjection;
  if (action.functions.has('js')) return RULES.jsInJson;
  if (action.functions.has('subst')) return RULES.substUnescaped;
  if (action.bare) return RULES.quotedRawInput;
  return RULES.inputInjection;
}

/** The action, among those reading `input`, that wrote the output just before `offset`. */
function culprit(actions: ActionIndex, segments: readonly Segment[], offset: number, input?: string): ActionInfo | undefined {
  const at = segmentAt(segments, offset);
  if (!at) return undefined;
  for (let i = segments.indexOf(at); i >= 0; i--) {
    const node = segments[i]!.node;
    if (node.type !== 'action') continue;
    const info = actions.get(node);
    if (info && (input === undefined || info.inputs.has(input))) return info;
  }
  return undefined;
}

/**
 * Probes inputs one at a time on top of a base render that loads (never on an input set that
 * already fails): first an ordinary value when the base lacks the input (a template that breaks
 * with any value, such as "{{ .X }}", is reported once), then each hostile value.
 */
export class InputProber {
  private readonly actions: ActionIndex;
  private readonly safe: Set<string>;

  constructor(
    private readonly session: RenderSession,
    private readonly base: Rendered,
    private readonly sample: string,
    private readonly budget: ProbeBudget,
  ) {
    this.actions = actionIndex(session);
    this.safe = escapeSafeInputs(session, base);
  }

  /** The breaks hostile values of `name` cause; undefined when the budget ran out first. */
  probe(name: string): InputFinding[] | undefined {
    const out: InputFinding[] = [];
    const reported = new Set<string>();
    // JSON encoding makes any value safe where the input is printed whole, except that a field
    // with a Go type of its own can refuse `""` (`"Type": {{ .Network }}`): only that is tried.
    // Elsewhere the base render already shows how the input's own value fares (it loads), so an
    // ordinary value is tried only when the base lacks the input.
    const tries = this.safe.has(name) ? EMPTY_ONLY : name in this.base.inputs ? ADVERSARIAL_VALUES : [{ desc: '', value: this.sample }, ...ADVERSARIAL_VALUES];
    for (const { desc, value } of tries) {
      if (!this.budget.allows()) return out.length > 0 ? out : undefined;
      const inputs = { ...this.base.inputs, [name]: value };
      const r = this.budget.render(inputs);
      if (!r) return out.length > 0 ? out : undefined;
      if (RenderSession.loads(r)) continue;
      // A value the field's Go type refuses (an enum such as Network.Type, a time) is not an
      // escaping hazard: such a field accepts only some values, and the sample input sets show
      // which. The empty value is the exception: `{{ if .X }}` does not catch it (format doc §3.3).
      if (value !== '' && r.decoded && !r.decoded.ok && r.decoded.kind === 'type') continue;
      const offset = r.decoded && !r.decoded.ok ? r.decoded.index : r.output.length;
      const action = culprit(this.actions, r.segments, offset, name);
      const why = (RenderSession.verdict(r).error ?? '').replace(/, content: [\s\S]*$/, '');
      const always = value === this.sample;
      const rule = value === '' ? RULES.inputEmptyBreaks : always ? RULES.quotedRawInput : cause(action);
      const key = `${rule.id}\u0000${action?.start ?? -1}`;
      if (!reported.has(key)) {
        reported.add(key);
        const typed = isFreeText(name, action?.context());
        // Every value breaks it: an error whoever types it.
        const severity: Severity = always || typed ? 'error' : 'warning';
        const what = always ? 'any value' : value === '' ? 'an empty value' : `a value with ${desc}`;
        const who = always ? '' : typed ? ' (a value its users will type: it reads free text)' : ' (it does not read free text, so only unusual values do this)';
        out.push({ rule, severity, message: `Input \`${name}\` with ${what} breaks the module${who}: ${why}`, offset: action?.start ?? 0, inputs });
      }
      // One break per input is the common case: an input read by a single action cannot break a
      // second place, so the remaining values would only find the same one again.
      if (always || this.actions.actionsReading(name) <= 1) break;
    }
    return out;
  }
}

/**
 * `js` and `subst` on inputs: valid JSON, but not what the user typed reaches the container.
 * Actions already reported as breaking the module (at `breaking` offsets) are not repeated.
 */
export function staticInputFindings(session: RenderSession, breaking: ReadonlySet<number>): InputFinding[] {
  const out: InputFinding[] = [];
  const index = actionIndex(session);
  for (const node of allActions(session.tmpl)) {
    const a = index.get(node);
    if (!a || breaking.has(a.start)) continue;
    const names = [...a.inputs].map((n) => `\`${n}\``).join(', ');
    if (a.functions.has('js')) {
      out.push({
        rule: RULES.jsInJson,
        severity: 'warning',
        message: `\`js\` re-escapes input ${names}, which is already JSON-encoded: the container receives it with literal quotes, and an apostrophe makes the JSON invalid.`,
        offset: a.start,
      });
    } else if (a.functions.has('subst')) {
      out.push({ rule: RULES.substUnescaped, severity: 'warning', message: `\`subst\` inserts input ${names} unescaped: a quote or backslash in it breaks the JSON.`, offset: a.start });
    }
  }
  return out;
}

/** For a render that does not decode: the quoted-raw-input finding, when that is the reason. */
export function explainBrokenRender(session: RenderSession, r: Rendered): InputFinding | undefined {
  if (!r.decoded || r.decoded.ok || r.decoded.kind !== 'syntax') return undefined;
  const a = culprit(actionIndex(session), r.segments, r.decoded.index);
  if (!a || !a.bare) return undefined;
  const seg = r.segments.find((s) => s.node === a.node);
  if (!seg || !insideJsonString(r.output, seg.start)) return undefined;
  const [name] = a.inputs;
  return {
    rule: RULES.quotedRawInput,
    message: `Input \`${name}\` is printed inside quotes, but it reaches the template already JSON-encoded with its own quotes, so Lilypad fails: ${r.decoded.message}.`,
    offset: a.start,
    inputs: r.inputs,
  };
}

/**
 * Inputs whose every use is either a test (`if .X`) or a bare `{{ .X }}` that the base render
 * printed outside any JSON string: their values arrive JSON-encoded, so no value can break the
 * JSON. Uses the base render did not print (a branch not taken) make an input not provably safe.
 */
function escapeSafeInputs(session: RenderSession, base: Rendered): Set<string> {
  const index = actionIndex(session);
  const printedOutsideString = new Set<ast.ActionNode>();
  const starts = base.segments.filter((seg) => seg.node.type === 'action');
  let inString = false;
  let i = 0;
  for (const seg of starts) {
    // One pass over the output, tracking JSON string state up to each action's output.
    for (; i < seg.start && i < base.output.length; i++) {
      const c = base.output.charCodeAt(i);
      if (inString && c === 0x5c) i++;
      else if (c === 0x22) inString = !inString;
    }
    if (!inString) printedOutsideString.add(seg.node as ast.ActionNode);
  }
  const unsafe = new Set<string>();
  const all = new Set<string>();
  for (const node of allActions(session.tmpl)) {
    const a = index.get(node);
    if (!a) continue;
    for (const name of a.inputs) {
      all.add(name);
      if (!a.bare || !printedOutsideString.has(node)) unsafe.add(name);
    }
  }
  return new Set([...all].filter((n) => !unsafe.has(n)));
}

/** Does `offset` fall inside a JSON string literal of `text` (scanning from the start)? */
function insideJsonString(text: string, offset: number): boolean {
  let inString = false;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString && c === 0x5c) i++;
    else if (c === 0x22) inString = !inString;
  }
  return inString;
}
