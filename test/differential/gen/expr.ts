// Expressions: operands, commands (builtin and test-function calls), pipelines.
import { IDENT_KEYS, ODD_KEYS } from './data';
import { INT_LITERALS, intLiteral, literal } from './literals';
import {
  MKMAP,
  UNKNOWN,
  allVars,
  fits,
  goQuote,
  isIdent,
  member,
  type Ctx,
  type Expr,
  type Shape,
  type Want,
} from './model';

/** Field access from a base (".", "$", "$x", "(...)") walking the concrete value. */
function pathFrom(ctx: Ctx, baseText: string, base: Shape, want: Want, dotted: boolean): Expr | undefined {
  const { rng } = ctx;
  let text = baseText;
  let shape = base;
  let steps = 0;
  const maxSteps = rng.range(0, 3);
  while (steps < maxSteps || (want !== 'any' && want !== 'printable' && !fits(shape, want) && steps < 4)) {
    if (shape.k !== 'map' || !shape.v) {
      if (rng.chance(ctx.wrong) && shape.k !== 'missing') {
        text = `${text === '.' ? '' : text}.${rng.pick(IDENT_KEYS)}`;
        shape = UNKNOWN;
      }
      break;
    }
    const keys = Object.keys(shape.v).filter(isIdent);
    let key: string;
    if (keys.length === 0 || rng.chance(ctx.wrong)) key = rng.pick(IDENT_KEYS);
    else key = rng.pick(keys);
    text = text === '.' ? `.${key}` : `${text}.${key}`;
    shape = member(shape, shape.v[key]);
    steps++;
  }
  if (!dotted && text === baseText && baseText === '.') return { text: '.', shape, operand: true };
  return { text, shape, operand: true };
}

function variableExpr(ctx: Ctx, want: Want): Expr | undefined {
  const vars = allVars(ctx);
  if (vars.length === 0) return undefined;
  const [name, shape] = ctx.rng.pick(vars);
  return pathFrom(ctx, name, shape, want, false);
}

/** An operand: usable as an argument as-is. */
export function operand(ctx: Ctx, want: Want): Expr {
  const { rng } = ctx;
  if (ctx.depth > 6) return literal(ctx, want === 'printable' || want === 'collection' ? 'str' : want);
  ctx.depth++;
  // Decide once whether to be wrong: a per-try chance would compound over the retries.
  const sloppy = rng.chance(ctx.wrong);
  try {
    for (let tries = 0; tries < 6; tries++) {
      const kind = rng.weighted<string>([
        [6, 'dot'],
        [2, 'root'],
        [3, 'var'],
        [4, 'literal'],
        [2, 'paren'],
        [ctx.funcs === 'test' ? 1 : 0, 'niladic'],
      ]);
      let e: Expr | undefined;
      switch (kind) {
        case 'dot':
          e = pathFrom(ctx, '.', ctx.dot, want, false);
          break;
        case 'root':
          e = pathFrom(ctx, '$', ctx.root, want, false);
          break;
        case 'var':
          e = variableExpr(ctx, want);
          break;
        case 'literal':
          if (want === 'map' || want === 'slice' || want === 'collection') e = literal(ctx, 'str');
          else e = literal(ctx, want === 'printable' ? 'any' : want);
          break;
        case 'paren': {
          const p = pipeline(ctx, want);
          e = { text: `(${p.text})`, shape: p.shape, operand: true };
          if (p.shape.k === 'map' && p.shape.v && rng.chance(0.5)) e = pathFrom(ctx, e.text, p.shape, want, true) ?? e;
          break;
        }
        case 'niladic':
          e = rng.pick<Expr>([
            { text: 'mkmap', shape: MKMAP, operand: true },
            { text: 'ok2', shape: { k: 'int', v: 7 }, operand: true },
            { text: 'fn', shape: { k: 'func' }, operand: true },
          ]);
          break;
      }
      if (e && (fits(e.shape, want) || acceptUnknown(ctx, e.shape, want) || (sloppy && !hidesAddress(e.shape, want))))
        return e;
    }
    return literal(
      ctx,
      want === 'printable' || want === 'any' || want === 'collection' || want === 'map' || want === 'slice'
        ? 'str'
        : want,
    );
  } finally {
    ctx.depth--;
  }
}

/**
 * fmt prints a func value as its address (`%v` -> 0xc000010070), which differs between runs and
 * engines: a func must never reach print/printf/html/js/urlquery, even by a deliberate mistake.
 * (`{{fn}}` alone is fine: Go refuses to print it, with a stable message.)
 */
function hidesAddress(s: Shape, want: Want): boolean {
  return s.k === 'func' && want === 'printable';
}

/** Unknown shapes are fine where anything goes, and a risk elsewhere: take that risk rarely. */
function acceptUnknown(ctx: Ctx, s: Shape, want: Want): boolean {
  if (s.k !== 'unknown') return false;
  return want === 'any' || want === 'printable' || ctx.rng.chance(0.15);
}

const arg = (ctx: Ctx, want: Want): string => {
  // `nil` is only valid as an argument ("nil is not a command" at the head of a pipeline).
  if ((want === 'any' || want === 'printable') && ctx.rng.chance(0.02)) return 'nil';
  const e = command(ctx, want);
  return e.operand ? e.text : `(${e.text})`;
};

const VERBS_BY_KIND: Record<string, readonly string[]> = {
  str: ['%s', '%q', '%v', '%x', '%X', '%10s', '%-8s|', '%.2s', '%5.1q', '%#q', '%+q', '% x', '%T'],
  int: [
    '%d',
    '%5d',
    '%-5d|',
    '%+d',
    '%x',
    '%X',
    '%o',
    '%O',
    '%b',
    '%c',
    '%q',
    '%v',
    '%08d',
    '%U',
    '%#x',
    '%T',
    '%e',
    '% d',
  ],
  float: ['%f', '%.2f', '%5.2f', '%e', '%E', '%g', '%G', '%v', '%+.3e', '%8.3f|', '%.0f', '%x', '%T', '%d'],
  bool: ['%t', '%v', '%T', '%d'],
  any: ['%v', '%+v', '%#v', '%T', '%s', '%d', '%q'],
};

function verbFor(ctx: Ctx, s: Shape): string {
  const list = VERBS_BY_KIND[s.k] ?? VERBS_BY_KIND.any!;
  return ctx.rng.chance(0.85) ? ctx.rng.pick(list) : ctx.rng.pick(VERBS_BY_KIND.any!);
}

/** A command: a function call with arguments, or an operand, mostly of the wanted kind. */
function command(ctx: Ctx, want: Want): Expr {
  const sloppy = ctx.rng.chance(ctx.wrong);
  for (let tries = 0; tries < 4; tries++) {
    const e = commandOnce(ctx, want);
    if (fits(e.shape, want) || acceptUnknown(ctx, e.shape, want) || (sloppy && !hidesAddress(e.shape, want))) return e;
  }
  return operand(ctx, want);
}

function commandOnce(ctx: Ctx, want: Want): Expr {
  const { rng } = ctx;
  if (ctx.depth > 5) return operand(ctx, want);
  ctx.depth++;
  try {
    const choices: [number, string][] = [
      [10, 'operand'],
      [want === 'int' || want === 'any' || want === 'printable' ? 2 : 0, 'len'],
      [2, 'index'],
      [want === 'str' || want === 'any' || want === 'printable' ? 3 : 0, 'printf'],
      [want === 'str' || want === 'any' || want === 'printable' ? 2 : 0, 'print'],
      [want === 'str' || want === 'any' || want === 'printable' ? 1 : 0, 'println'],
      [want === 'str' || want === 'any' || want === 'printable' ? 2 : 0, 'escape'],
      [want === 'bool' || want === 'any' || want === 'printable' ? 3 : 0, 'compare'],
      [want === 'bool' || want === 'any' || want === 'printable' ? 1 : 0, 'not'],
      [2, 'andor'],
      [want === 'str' || want === 'slice' || want === 'any' || want === 'printable' ? 1 : 0, 'slice'],
      [ctx.funcs === 'test' ? 2 : 0, 'custom'],
      [ctx.funcs === 'test' && want !== 'int' && want !== 'bool' ? 0.7 : 0, 'call'],
      [ctx.funcs === 'lilypad' && (want === 'str' || want === 'any' || want === 'printable') ? 3 : 0, 'subst'],
    ];
    switch (rng.weighted(choices)) {
      case 'len': {
        const a = operand(ctx, 'collection');
        const v = a.shape.k === 'str' && a.shape.v !== undefined ? Buffer.byteLength(a.shape.v) : undefined;
        return { text: `len ${a.text}`, shape: { k: 'int', v }, operand: false };
      }
      case 'index':
        return indexExpr(ctx, want);
      case 'printf': {
        const n = rng.weighted([
          [1, 0],
          [4, 1],
          [2, 2],
          [1, 3],
        ]);
        const args: Expr[] = Array.from({ length: n }, () => command(ctx, 'printable'));
        let fmt = args.map((a) => verbFor(ctx, a.shape)).join(rng.pick([' ', '-', ', ', '']));
        if (rng.chance(0.3)) fmt = `<${fmt}>`;
        if (rng.chance(ctx.wrong)) fmt += rng.pick(['%d', '%!', '%', '%[2]d', '%*d', '%-+#0 9.3v']);
        const t = `printf ${goQuote(fmt)}${args.map((a) => ` ${a.operand ? a.text : `(${a.text})`}`).join('')}`;
        return { text: t, shape: { k: 'str' }, operand: false };
      }
      case 'print':
      case 'println': {
        const fnName = rng.pick(['print', 'println']);
        const n = rng.range(0, 3);
        return {
          text: [fnName, ...Array.from({ length: n }, () => arg(ctx, 'printable'))].join(' '),
          shape: { k: 'str' },
          operand: false,
        };
      }
      case 'escape': {
        const fnName = rng.pick(['html', 'js', 'urlquery']);
        const n = rng.weighted([
          [5, 1],
          [1, 2],
          [0.3, 0],
        ]);
        return {
          text: [fnName, ...Array.from({ length: n }, () => arg(ctx, 'printable'))].join(' '),
          shape: { k: 'str' },
          operand: false,
        };
      }
      case 'compare':
        return compareExpr(ctx);
      case 'not':
        return { text: `not ${arg(ctx, 'any')}`, shape: { k: 'bool' }, operand: false };
      case 'andor': {
        const fnName = rng.pick(['and', 'or']);
        const n = rng.range(ctx.wrong > 0 && rng.chance(0.05) ? 0 : 1, 3);
        const argWant: Want =
          want === 'bool' ? rng.pick<Want>(['bool', 'printable']) : want === 'any' ? 'printable' : want;
        const args = Array.from({ length: n }, () => command(ctx, argWant));
        const shape = args.length > 0 && args.every((a) => a.shape.k === args[0]!.shape.k) ? args[0]!.shape : UNKNOWN;
        return {
          text: [fnName, ...args.map((a) => (a.operand ? a.text : `(${a.text})`))].join(' '),
          shape,
          operand: false,
        };
      }
      case 'slice':
        return sliceExpr(ctx);
      case 'custom':
        return customCall(ctx, want);
      case 'call': {
        const f = rng.weighted<string>([
          [5, 'fn'],
          [0.2, 'nilfn'],
          [ctx.wrong, '"notfunc"'],
          [ctx.wrong, 'add'],
        ]);
        const n = rng.weighted([
          [6, 1],
          [ctx.wrong, 0],
          [ctx.wrong, 2],
        ]);
        const args = Array.from({ length: n }, () => arg(ctx, rng.chance(1 - ctx.wrong) ? 'str' : 'any'));
        return { text: ['call', f, ...args].join(' '), shape: { k: 'str' }, operand: false };
      }
      case 'subst':
        return substCall(ctx);
    }
    return operand(ctx, want);
  } finally {
    ctx.depth--;
  }
}

function indexExpr(ctx: Ctx, want: Want): Expr {
  const { rng } = ctx;
  const coll = operand(ctx, rng.chance(0.5) ? 'map' : 'slice');
  const s = coll.shape;
  let keyText: string;
  let result: Shape = UNKNOWN;
  if (s.k === 'map' && s.v && !rng.chance(ctx.wrong)) {
    const keys = Object.keys(s.v);
    const key = keys.length > 0 && rng.chance(0.85) ? rng.pick(keys) : rng.pick([...ODD_KEYS, ...IDENT_KEYS]);
    keyText = goQuote(key);
    result = member(s, s.v[key]);
  } else if (s.k === 'slice' && s.v && s.v.length > 0 && !rng.chance(ctx.wrong)) {
    const i = rng.int(s.v.length);
    keyText = rng.pick([String(i), String(i), `0x${i.toString(16)}`, `${i}.0`.replace(/^0\.0$/, '0')]);
    result = member(s, s.v[i]);
  } else if (s.k === 'str' && s.v !== undefined && s.v.length > 0) {
    keyText = String(rng.int(Buffer.byteLength(s.v)));
    result = { k: 'int' };
  } else if (rng.chance(ctx.wrong * 3)) {
    keyText = arg(ctx, 'any');
  } else {
    // `index x` with no keys is x itself: valid for any x.
    keyText = '';
    result = s;
  }
  let text = `index ${coll.text}${keyText === '' ? '' : ` ${keyText}`}`;
  // A second level of indexing when the element is itself a collection.
  if (result.k === 'map' && result.v && rng.chance(0.3)) {
    const keys = Object.keys(result.v);
    if (keys.length > 0) {
      const key = rng.pick(keys);
      text += ` ${goQuote(key)}`;
      result = member(result, result.v[key]);
    }
  }
  void want;
  return { text, shape: result, operand: false };
}

function sliceExpr(ctx: Ctx): Expr {
  const { rng } = ctx;
  const coll = operand(ctx, rng.chance(0.5) ? 'str' : 'slice');
  const s = coll.shape;
  let len: number | undefined;
  // Indexes are bytes: slicing "é" at 1 splits the rune, and Go writes the stray byte as is
  // (the engine keeps such bytes escaped in its strings; the harness compares bytes).
  if (s.k === 'str' && s.v !== undefined) len = Buffer.byteLength(s.v);
  else if (s.k === 'slice' && s.v) len = s.v.length;
  else if (s.k === 'str' && s.v === undefined && !rng.chance(ctx.wrong))
    return { text: `slice ${coll.text}`, shape: s, operand: false };
  const idx: string[] = [];
  if (len !== undefined) {
    const n = rng.range(0, s.k === 'slice' ? 3 : 2);
    let lo = 0;
    for (let i = 0; i < n; i++) {
      // Go bounds slice indexes by capacity, not length, and a []interface{} from encoding/json
      // has spare capacity (3 elements: cap 4): past-the-end indexes only on strings and seq.
      const exact = s.k === 'str' || (s.k === 'slice' && s.elem === 'int');
      const v = exact && rng.chance(ctx.wrong) ? len + rng.range(1, 3) : rng.range(lo, len);
      idx.push(String(v));
      lo = v;
    }
  } else if (rng.chance(ctx.wrong)) {
    idx.push(String(rng.range(0, 3)));
  }
  return {
    text: ['slice', coll.text, ...idx].join(' '),
    shape: s.k === 'str' ? { k: 'str' } : { k: 'slice' },
    operand: false,
  };
}

function compareExpr(ctx: Ctx): Expr {
  const { rng } = ctx;
  let op = rng.pick(['eq', 'eq', 'ne', 'lt', 'le', 'gt', 'ge']);
  let a = command(ctx, rng.pick<Want>(['str', 'int', 'float', 'any', 'bool']));
  if (!['str', 'int', 'float', 'bool'].includes(a.shape.k) && !rng.chance(ctx.wrong * 2)) {
    // Only basic kinds compare: turn anything else into its printed form.
    a = { text: `print ${a.operand ? a.text : `(${a.text})`}`, shape: { k: 'str' }, operand: false };
  }
  if (a.shape.k === 'bool' && !rng.chance(ctx.wrong * 2)) op = rng.pick(['eq', 'ne']);
  // The other side: same kind, mostly; a literal of that kind or another expression.
  let bWant: Want;
  switch (a.shape.k) {
    case 'str':
    case 'int':
    case 'float':
    case 'bool':
      bWant = rng.chance(ctx.wrong) ? rng.pick<Want>(['str', 'int', 'float']) : a.shape.k;
      break;
    default:
      bWant = 'any';
  }
  const n = op === 'eq' && rng.chance(0.2) ? rng.range(2, 3) : rng.chance(ctx.wrong / 2) ? rng.pick([0, 2]) : 1;
  const others = Array.from({ length: n }, () =>
    rng.chance(0.6) ? literal(ctx, bWant === 'any' ? 'str' : bWant).text : arg(ctx, bWant),
  );
  const aText = a.operand ? a.text : `(${a.text})`;
  return { text: [op, aText, ...others].join(' '), shape: { k: 'bool' }, operand: false };
}

function customCall(ctx: Ctx, want: Want): Expr {
  const { rng } = ctx;
  const w = ctx.wrong;
  const intArg = (): string =>
    rng.chance(1 - w)
      ? rng.pick(INT_LITERALS.filter(([, v]) => v !== undefined && Math.abs(v) < 1000))[0]
      : arg(ctx, 'any');
  const f = rng.weighted<string>([
    [3, 'add'],
    [3, 'join'],
    [2, 'seq'],
    [1, 'mkmap'],
    [1, 'i64'],
    [1, 'u8'],
    [1, 'f32'],
    [1, 'ok2'],
    [1, 'bytes'],
    [want === 'any' || want === 'printable' ? 0.15 : 0, 'fail'],
    [want === 'any' || want === 'printable' ? 0.1 : 0, 'boom'],
    [want === 'any' ? 0.1 : 0, 'nilfn'],
  ]);
  switch (f) {
    case 'add':
      return {
        text: `add ${intArg()} ${rng.chance(w / 2) ? '' : intArg()}`.trimEnd(),
        shape: { k: 'int' },
        operand: false,
      };
    case 'join': {
      const n = rng.range(0, 3);
      const sep = rng.chance(1 - w) ? literal(ctx, 'str').text : arg(ctx, 'any');
      return {
        text: ['join', sep, ...Array.from({ length: n }, () => arg(ctx, rng.chance(1 - w) ? 'str' : 'any'))].join(' '),
        shape: { k: 'str' },
        operand: false,
      };
    }
    case 'seq': {
      const n = rng.range(0, 4);
      return {
        text: `seq ${rng.chance(1 - w) ? String(n) : intArg()}`,
        shape: { k: 'slice', v: Array.from({ length: n }, (_, i) => i), elem: 'int' },
        operand: false,
      };
    }
    case 'mkmap':
      return { text: 'mkmap', shape: MKMAP, operand: false };
    case 'i64':
      return {
        text: `i64 ${rng.chance(1 - w) ? rng.pick(['5', '-9223372036854775808', '9223372036854775807', "'x'", '0x7f']) : arg(ctx, 'any')}`,
        shape: { k: 'int' },
        operand: false,
      };
    case 'u8':
      return {
        text: `u8 ${rng.chance(1 - w) ? rng.pick(['0', '200', '255', "'A'"]) : rng.pick(['256', '-1', '1.5', arg(ctx, 'any')])}`,
        shape: { k: 'int' },
        operand: false,
      };
    case 'f32':
      return {
        text: `f32 ${rng.chance(1 - w) ? rng.pick(['1.5', '0.1', '3', '1e10', '-2.5e-3', '16777217']) : arg(ctx, 'any')}`,
        shape: { k: 'float' },
        operand: false,
      };
    case 'ok2':
      return { text: 'ok2', shape: { k: 'int', v: 7 }, operand: false };
    case 'bytes':
      return { text: `bytes ${arg(ctx, 'str')}`, shape: { k: 'slice' }, operand: false };
    case 'nilfn':
      return { text: 'nilfn', shape: { k: 'func' }, operand: false };
  }
  return { text: f, shape: { k: 'str' }, operand: false };
}

export const SUBST_FORMATS = [
  '%s',
  'P=%s',
  '%s-%s',
  '%q',
  '%v',
  '%d',
  '%s %s %s',
  'no verbs',
  '%%s=%s',
  '%5s|',
  '%x',
  '%[2]s %[1]s',
  '%.3s',
  '%T',
  '%!',
];

function substCall(ctx: Ctx): Expr {
  const { rng } = ctx;
  const fmt = rng.pick(SUBST_FORMATS);
  const verbs = (fmt.match(/%[^%]/g) ?? []).length;
  const n = rng.chance(0.7) ? verbs : rng.range(0, 3);
  const args = Array.from({ length: n }, () => substArg(ctx));
  return { text: ['subst', goQuote(fmt), ...args].join(' '), shape: { k: 'str' }, operand: false };
}

/** subst wants JSON-encoded strings, i.e. input values: mostly give it one. */
function substArg(ctx: Ctx): string {
  const { rng } = ctx;
  const root = ctx.root;
  const keys = root.k === 'map' && root.v && root.elem === 'str' ? Object.keys(root.v) : [];
  if (keys.length > 0 && rng.chance(0.85)) {
    const k = rng.pick(keys);
    return isIdent(k) ? `$.${k}` : `(index $ ${goQuote(k)})`;
  }
  return rng.chance(0.5) ? arg(ctx, 'str') : literal(ctx, 'str').text;
}

/** A pipeline: a command, optionally piped through further commands. */
export function pipeline(ctx: Ctx, want: Want): Expr {
  const { rng } = ctx;
  const stages = rng.weighted([
    [6, 0],
    [3, 1],
    [1, 2],
  ]);
  // Later stages print their input (see hidesAddress), so only a bare command may be anything.
  let head = command(ctx, rng.chance(0.3) && stages === 0 ? 'any' : want === 'any' && stages > 0 ? 'printable' : want);
  let text = head.text;
  let shape = head.shape;
  for (let i = 0; i < stages; i++) {
    const stage = rng.weighted<string>([
      [3, 'printf'],
      [2, 'escape'],
      [1, 'print'],
      [shape.k === 'str' || shape.k === 'map' || shape.k === 'slice' ? 2 : ctx.wrong, 'len'],
      [1, 'not'],
      [['str', 'int', 'float', 'bool'].includes(shape.k) ? 1 : ctx.wrong, 'eq'],
      [ctx.funcs === 'test' ? (shape.k === 'str' ? 1 : ctx.wrong) : 0, 'join'],
      [ctx.funcs === 'test' ? (shape.k === 'int' ? 1 : ctx.wrong) : 0, 'add'],
      [shape.k === 'str' && ctx.root.k === 'map' ? 1 : ctx.wrong, 'index'],
      [ctx.funcs === 'lilypad' ? 0.3 : 0, 'subst'],
      [ctx.wrong, 'literal'],
    ]);
    switch (stage) {
      case 'printf':
        text += ` | printf ${goQuote(rng.chance(0.7) ? verbFor(ctx, shape) : `[${verbFor(ctx, shape)}]`)}`;
        shape = { k: 'str' };
        break;
      case 'escape':
        text += ` | ${rng.pick(['html', 'js', 'urlquery'])}`;
        shape = { k: 'str' };
        break;
      case 'print':
        text += ` | ${rng.pick(['print', 'println'])}${rng.chance(0.3) ? ` ${literal(ctx, 'any').text}` : ''}`;
        shape = { k: 'str' };
        break;
      case 'len':
        text += ' | len';
        shape = { k: 'int' };
        break;
      case 'not':
        text += ' | not';
        shape = { k: 'bool' };
        break;
      case 'eq':
        text += ` | eq ${literal(ctx, fits(shape, 'str') || fits(shape, 'int') || fits(shape, 'float') || fits(shape, 'bool') ? (shape.k as Want) : 'any').text}`;
        shape = { k: 'bool' };
        break;
      case 'join':
        text += ` | join ${literal(ctx, 'str').text}${rng.chance(0.5) ? ` ${literal(ctx, 'str').text}` : ''}`;
        shape = { k: 'str' };
        break;
      case 'add':
        text += ` | add ${intLiteral(rng).text}`;
        shape = { k: 'int' };
        break;
      case 'index':
        // The piped value becomes the last argument: a string key into the root map.
        text += ' | index $';
        shape = UNKNOWN;
        break;
      case 'subst':
        text += ` | subst ${goQuote(rng.pick(SUBST_FORMATS))}`;
        shape = { k: 'str' };
        break;
      case 'literal':
        text += ` | ${literal(ctx, 'any').text}`;
        shape = UNKNOWN;
        break;
    }
  }
  head = { text, shape, operand: stages === 0 && head.operand };
  return head;
}
