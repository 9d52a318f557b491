// What inputs can do to a module: values that break the rendered JSON (found by rendering with
// adversarial values, so every way of using an input is covered), and idioms that pass the JSON
// check but hand the container something else than the user typed (`js`, `subst`).
import type { Segment, ast } from '@lilypad-actions/gotemplate';
import { allActions, discoverInputUses, type InputUse } from './discover-inputs';
import { RenderSession, actionStart, segmentAt, type Inputs, type Rendered } from './render-session';
import { RULES, type RuleInfo } from './rules';

export interface InputFinding {
  rule: RuleInfo;
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

interface ActionInfo {
  node: ast.ActionNode;
  start: number;
  inputs: Set<string>;
  /** The pipeline prints one input as is: `{{ .X }}`. */
  bare: boolean;
  functions: Set<string>;
}

/** Facts about the template's actions that read inputs, computed once per node. */
class ActionIndex {
  private readonly uses: InputUse[];
  private readonly cache = new Map<ast.ActionNode, ActionInfo | null>();
  constructor(session: RenderSession) {
    this.uses = discoverInputUses(session.tmpl);
  }
  /** The action's info, or undefined when it reads no input. */
  get(node: ast.ActionNode): ActionInfo | undefined {
    let info = this.cache.get(node);
    if (info === undefined) {
      const d = describeAction(node, this.uses);
      info = d.inputs.size > 0 ? d : null;
      this.cache.set(node, info);
    }
    return info ?? undefined;
  }
  /** Input-reading actions in the order a render printed them, each once. */
  inRender(segments: readonly Segment[]): ActionInfo[] {
    const seen = new Set<ast.ActionNode>();
    const out: ActionInfo[] = [];
    for (const seg of segments) {
      if (seg.node.type !== 'action' || seen.has(seg.node)) continue;
      seen.add(seg.node);
      const info = this.get(seg.node);
      if (info) out.push(info);
    }
    return out;
  }
}

const indexes = new WeakMap<RenderSession, ActionIndex>();
function actionIndex(session: RenderSession): ActionIndex {
  let idx = indexes.get(session);
  if (!idx) indexes.set(session, (idx = new ActionIndex(session)));
  return idx;
}

function describeAction(node: ast.ActionNode, uses: readonly InputUse[]): ActionInfo {
  const text = node.tree.text;
  const start = actionStart(node);
  const close = text.indexOf('}}', node.pos);
  const end = close < 0 ? text.length : close;
  const inputs = new Set(uses.filter((u) => u.offset >= start && u.offset < end).map((u) => u.name));
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
  return { node, start, inputs, bare, functions };
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
 * For each input, on top of a base render that loads: first an ordinary value (a template that
 * breaks with any value, such as "{{ .X }}", is reported once), then each adversarial value.
 */
export function adversarialFindings(session: RenderSession, base: Rendered, used: readonly { name: string }[], sample: string): InputFinding[] {
  const out: InputFinding[] = [];
  const reported = new Set<string>();
  const actions = actionIndex(session);
  const safe = escapeSafeInputs(session, base);
  for (const { name } of used) {
    // JSON encoding makes any value safe where the input is printed whole, except that a field
    // with a Go type of its own can refuse `""` (`"Type": {{ .Network }}`): only that is tried.
    // Elsewhere the base render already shows how the input's own value fares (it loads), so an
    // ordinary value is tried only when the base lacks the input.
    const tries = safe.has(name) ? EMPTY_ONLY : name in base.inputs ? ADVERSARIAL_VALUES : [{ desc: '', value: sample }, ...ADVERSARIAL_VALUES];
    for (const { desc, value } of tries) {
      const inputs = { ...base.inputs, [name]: value };
      const r = session.render(inputs);
      if (RenderSession.loads(r)) continue;
      // A value the field's Go type refuses (an enum such as Network.Type, a time) is not an
      // escaping hazard: such a field accepts only some values, and the sample input sets show
      // which. The empty value is the exception: `{{ if .X }}` does not catch it (format doc §3.3).
      if (value !== '' && r.decoded && !r.decoded.ok && r.decoded.kind === 'type') continue;
      const offset = r.decoded && !r.decoded.ok ? r.decoded.index : r.output.length;
      const action = culprit(actions, r.segments, offset, name);
      const why = (RenderSession.verdict(r).error ?? '').replace(/, content: [\s\S]*$/, '');
      const always = value === sample;
      const rule = value === '' ? RULES.inputEmptyBreaks : cause(action);
      const key = `${rule.id}\u0000${name}\u0000${action?.start ?? -1}`;
      if (!reported.has(key)) {
        reported.add(key);
        const what = always ? 'any value' : value === '' ? 'an empty value' : `a value with ${desc}`;
        out.push({ rule: { ...rule, severity: 'error' }, message: `Input \`${name}\` with ${what} breaks the module: ${why}`, offset: action?.start ?? 0, inputs });
      }
      // One break per input is the common case: an input read by a single action cannot break a
      // second place, so the remaining values would only find the same one again.
      if (always || actionsReading(actions, session, name) <= 1) break;
    }
  }
  return out;
}

/** How many of the template's actions read `name`. */
function actionsReading(index: ActionIndex, session: RenderSession, name: string): number {
  return allActions(session.tmpl).filter((n) => index.get(n)?.inputs.has(name)).length;
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
      out.push({ rule: RULES.jsInJson, message: `\`js\` re-escapes input ${names}, which is already JSON-encoded: the container receives it with literal quotes, and an apostrophe makes the JSON invalid.`, offset: a.start });
    } else if (a.functions.has('subst')) {
      out.push({ rule: RULES.substUnescaped, message: `\`subst\` inserts input ${names} unescaped: a quote or backslash in it breaks the JSON.`, offset: a.start });
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
  return { rule: RULES.quotedRawInput, message: `Input \`${name}\` is printed inside quotes, but it reaches the template already JSON-encoded with its own quotes.`, offset: a.start, inputs: r.inputs };
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
