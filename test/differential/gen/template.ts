// Template text: text, comments, actions, if/with/range/define/template/block, variables.
import type { Rng } from '../../support/rng';
import { operand, pipeline } from './expr';
import {
  MKMAP,
  UNKNOWN,
  allVars,
  goQuote,
  isIdent,
  member,
  newVarName,
  shapeOf,
  withScope,
  type Ctx,
  type Expr,
  type Shape,
  type Want,
} from './model';

function textChunk(rng: Rng): string {
  const pieces = [
    'a',
    'hello ',
    ' ',
    '  ',
    '\n',
    '\t',
    'é',
    '😀',
    ',',
    '"',
    "'",
    '\\',
    '<p>',
    '&',
    '}',
    '} }',
    '%d',
    'x{y',
    '-',
    ' - ',
    '\r\n',
    ':',
    '[',
    ']',
  ];
  let s = '';
  const n = rng.range(1, 4);
  for (let i = 0; i < n; i++) s += rng.pick(pieces);
  // A '{' right before an action's '{{' would make '{{{': the lexer then sees '{' inside the action.
  return s.endsWith('{') ? `${s}x` : s;
}

function open(rng: Rng): string {
  return rng.chance(0.15) ? '{{- ' : rng.chance(0.5) ? '{{ ' : '{{';
}
function close(rng: Rng): string {
  return rng.chance(0.15) ? ' -}}' : rng.chance(0.5) ? ' }}' : '}}';
}

function declOrPipeline(ctx: Ctx, want: Want, allowDecl: boolean): { text: string; shape: Shape } {
  const { rng } = ctx;
  const p = pipeline(ctx, want);
  if (allowDecl && rng.chance(0.2)) {
    const name = newVarName(ctx);
    ctx.scopes[ctx.scopes.length - 1]!.vars.set(name, p.shape);
    return { text: `${name} := ${p.text}`, shape: p.shape };
  }
  return p;
}

function nodes(ctx: Ctx, max: number): string {
  let out = '';
  const n = ctx.rng.range(0, max);
  for (let i = 0; i < n && ctx.budget.n > 0; i++) out += node(ctx);
  return out;
}

function node(ctx: Ctx): string {
  const { rng } = ctx;
  ctx.budget.n--;
  const deep = ctx.depth > 3;
  const kind = rng.weighted<string>([
    [4, 'text'],
    [6, 'print'],
    [1, 'comment'],
    [deep ? 0 : 2, 'if'],
    [deep ? 0 : 1.5, 'range'],
    [deep ? 0 : 1, 'with'],
    [1.5, 'decl'],
    [allVars(ctx).some(([n]) => n !== '$') ? 1 : 0, 'assign'],
    [!ctx.inDefine && ctx.defines.length > 0 ? 1 : 0, 'template'],
    [!ctx.inDefine && !deep ? 0.4 : 0, 'block'],
    [ctx.rangeDepth > 0 ? 0.7 : 0, 'breakcontinue'],
  ]);
  switch (kind) {
    case 'text':
      return textChunk(rng);
    case 'print': {
      // `{{-3}}` is the number -3, not a trim marker ("{{- " needs the space).
      if (rng.chance(0.02)) return rng.pick(['{{-3}}', '{{-3 }}', '{{- -3}}', '{{-3.5}}', '{{3 -}}', '{{-0x1F-}}']);
      const p = pipeline(ctx, 'printable');
      return `${open(rng)}${p.text}${close(rng)}`;
    }
    case 'comment': {
      const body = rng.pick(['/* c */', '/**/', '/* multi\nline */', '/* {{ not an action }} */', '/* é */']);
      return rng.chance(0.3) ? `{{- ${body} -}}` : `{{${body}}}`;
    }
    case 'decl': {
      const p = rng.chance(0.3) ? operand(ctx, rng.pick<Want>(['map', 'slice'])) : pipeline(ctx, 'any');
      const name = newVarName(ctx);
      ctx.scopes[ctx.scopes.length - 1]!.vars.set(name, p.shape);
      return `${open(rng)}${name} := ${p.text}${close(rng)}`;
    }
    case 'assign': {
      const vars = allVars(ctx).filter(([n]) => n !== '$');
      const [name] = rng.pick(vars);
      const p = pipeline(ctx, 'any');
      // Assignment changes the variable's value in every scope that sees it; the shape is now a guess.
      for (const s of ctx.scopes) if (s.vars.has(name)) s.vars.set(name, p.shape);
      return `${open(rng)}${name} = ${p.text}${close(rng)}`;
    }
    case 'if':
      return ifNode(ctx, 'if');
    case 'with':
      return ifNode(ctx, 'with');
    case 'range':
      return rangeNode(ctx);
    case 'template': {
      const d = rng.pick(ctx.defines);
      const argText = d.arg === 'root' ? ` ${rng.pick(['$', '$'])}` : rng.chance(0.5) ? '' : ' .';
      return `${open(rng)}template ${goQuote(d.name)}${argText}${close(rng)}`;
    }
    case 'block': {
      const name = rng.pick(['blk', 'b2', 'side']);
      const body = defineBody(ctx, ctx.root);
      ctx.defines.push({ name, arg: 'root' });
      return `${open(rng)}block ${goQuote(name)} $${close(rng)}${body}{{end}}`;
    }
    case 'breakcontinue':
      return `{{${rng.pick(['break', 'continue'])}}}`;
  }
  return '';
}

function ifNode(ctx: Ctx, kw: 'if' | 'with'): string {
  const { rng } = ctx;
  ctx.depth++;
  try {
    return withScope(ctx, () => {
      const savedDot = ctx.dot;
      const cond = declOrPipeline(ctx, kw === 'if' ? rng.pick<Want>(['bool', 'any']) : 'any', true);
      let out = `${open(rng)}${kw} ${cond.text}${close(rng)}`;
      if (kw === 'with') ctx.dot = cond.shape;
      out += withScope(ctx, () => nodes(ctx, 3));
      ctx.dot = savedDot;
      let elses = rng.weighted([
        [3, 0],
        [2, 1],
        [1, 2],
      ]);
      while (elses-- > 0) {
        if (elses > 0 || rng.chance(0.4)) {
          // `else if` continues only an if chain and `else with` only a with chain.
          const kw2 = rng.chance(ctx.wrong) ? rng.pick(['if', 'with']) : kw;
          const c2 = pipeline(ctx, 'any');
          out += `${open(rng)}else ${kw2} ${c2.text}${close(rng)}`;
          if (kw2 === 'with') ctx.dot = c2.shape;
          out += withScope(ctx, () => nodes(ctx, 2));
          ctx.dot = savedDot;
        } else {
          out += `${open(rng)}else${close(rng)}`;
          out += withScope(ctx, () => nodes(ctx, 2));
          break;
        }
      }
      return `${out}${open(rng)}end${close(rng)}`;
    });
  } finally {
    ctx.depth--;
  }
}

function elementShape(s: Shape): { key: Shape; elem: Shape } {
  if (s.k === 'slice' && s.v) return { key: { k: 'int' }, elem: s.v.length > 0 ? member(s, s.v[0]) : UNKNOWN };
  if (s.k === 'map' && s.v) {
    const keys = Object.keys(s.v).sort();
    const first = keys[0];
    if (first === undefined) return { key: { k: 'str' }, elem: UNKNOWN };
    return { key: { k: 'str', v: first }, elem: member(s, s.v[first]) };
  }
  return { key: UNKNOWN, elem: UNKNOWN };
}

/** Expressions (field paths from dot, $ and variables) whose value is known to be a map or a slice. */
function collections(ctx: Ctx): Expr[] {
  const out: Expr[] = [];
  const walk = (text: string, s: Shape, depth: number): void => {
    if ((s.k === 'map' || s.k === 'slice') && s.v) out.push({ text, shape: s, operand: true });
    if (s.k !== 'map' || !s.v || s.elem || depth >= 3) return;
    for (const [k, v] of Object.entries(s.v))
      if (isIdent(k)) walk(text === '.' ? `.${k}` : `${text}.${k}`, shapeOf(v), depth + 1);
  };
  walk('.', ctx.dot, 0);
  walk('$', ctx.root, 0);
  for (const [name, s] of allVars(ctx)) if (name !== '$') walk(name, s, 0);
  return out;
}

function rangeNode(ctx: Ctx): string {
  const { rng } = ctx;
  ctx.depth++;
  try {
    return withScope(ctx, () => {
      const savedDot = ctx.dot;
      const known = collections(ctx);
      const over = rng.weighted<Expr>([
        [
          known.length > 0 ? 8 : 0,
          rng.pick(known.length > 0 ? known : [{ text: '$', shape: ctx.root, operand: true }]),
        ],
        [ctx.funcs === 'lilypad' && known.length === 0 ? 8 : 0, { text: '$', shape: ctx.root, operand: true }],
        [ctx.wrong * 10, operand(ctx, rng.chance(0.6) ? 'slice' : 'map')],
        [
          ctx.funcs === 'test' ? 2 : 0,
          { text: rng.chance(0.7) ? `seq ${rng.range(0, 4)}` : 'mkmap', shape: UNKNOWN, operand: false },
        ],
        // Go 1.23 cannot range over an integer or a string (1.24 can): both are errors here.
        [ctx.wrong, { text: rng.pick(['5', '0', '"abc"', 'true']), shape: UNKNOWN, operand: true }],
      ]);
      const { key, elem } = over.text.startsWith('seq')
        ? { key: { k: 'int' } as Shape, elem: { k: 'int' } as Shape }
        : over.text === 'mkmap'
          ? elementShape(MKMAP)
          : elementShape(over.shape);
      let decl = '';
      const vars = ctx.scopes[ctx.scopes.length - 1]!.vars;
      const form = rng.weighted<string>([
        [4, 'none'],
        [2, 'one'],
        [3, 'two'],
        [ctx.wrong, 'assign'],
      ]);
      if (form === 'one') {
        const e = newVarName(ctx);
        vars.set(e, elem);
        decl = `${e} := `;
      } else if (form === 'two') {
        const k = newVarName(ctx);
        let e = newVarName(ctx);
        if (e === k) e = `${e}2`;
        vars.set(k, key);
        vars.set(e, elem);
        decl = `${k}, ${e} := `;
      } else if (form === 'assign') {
        const existing = allVars(ctx).filter(([n]) => n !== '$');
        if (existing.length > 0) decl = `${rng.pick(existing)[0]} = `;
      }
      let out = `${open(rng)}range ${decl}${over.text}${close(rng)}`;
      ctx.dot = elem;
      ctx.rangeDepth++;
      out += withScope(ctx, () => nodes(ctx, 3));
      ctx.rangeDepth--;
      ctx.dot = savedDot;
      if (rng.chance(0.35)) out += `${open(rng)}else${close(rng)}${withScope(ctx, () => nodes(ctx, 2))}`;
      return `${out}${open(rng)}end${close(rng)}`;
    });
  } finally {
    ctx.depth--;
  }
}

/** A define/block body: its own variable scope ($ = its dot) and no break/continue. */
function defineBody(ctx: Ctx, dot: Shape): string {
  const saved = {
    dot: ctx.dot,
    root: ctx.root,
    scopes: ctx.scopes,
    rangeDepth: ctx.rangeDepth,
    inDefine: ctx.inDefine,
  };
  ctx.dot = dot;
  ctx.root = dot;
  ctx.scopes = [{ vars: new Map([['$', dot]]) }];
  ctx.rangeDepth = 0;
  ctx.inDefine = true;
  try {
    return nodes(ctx, 3);
  } finally {
    Object.assign(ctx, saved);
  }
}

function newCtx(rng: Rng, root: Shape, funcs: Ctx['funcs'], wrong: number): Ctx {
  return {
    rng,
    dot: root,
    root,
    scopes: [{ vars: new Map([['$', root]]) }],
    rangeDepth: 0,
    depth: 0,
    budget: { n: rng.range(3, 14) },
    funcs,
    wrong,
    defines: [],
    inDefine: false,
    varCounter: { n: 0 },
  };
}

/** A well-formed template (it should parse) over data of the given shape; also returns its define names. */
export function genTemplate(
  rng: Rng,
  root: Shape,
  funcs: Ctx['funcs'],
  wrong: number,
): { text: string; defines: string[] } {
  const ctx = newCtx(rng, root, funcs, wrong);
  let pre = '';
  const nDefines = rng.weighted([
    [5, 0],
    [2, 1],
    [1, 2],
  ]);
  const names = ['t1', 'row', 'item', 'x y', 'é'];
  for (let i = 0; i < nDefines; i++) {
    const name = names[i]!;
    const body = defineBody(ctx, root);
    ctx.defines.push({ name, arg: 'root' });
    pre += `${open(rng)}define ${rng.chance(0.8) ? goQuote(name) : `\`${name}\``}${close(rng)}${body}{{end}}${rng.chance(0.5) ? '\n' : ''}`;
  }
  let main = '';
  for (let n = rng.range(2, 8); n > 0 && ctx.budget.n > 0; n--) main += node(ctx);
  // Defines may come before or after the main text: the parser collects them either way.
  const text = rng.chance(0.7) ? pre + main : main + pre;
  return { text, defines: ctx.defines.map((d) => d.name) };
}
