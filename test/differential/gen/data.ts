// Random JSON data and input strings for generated cases.
import type { Rng } from '../../support/rng';

/** Strings that have broken naive ports: quoting, escaping, UTF-8 widths, format verbs, delimiters. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  'a',
  'hello',
  'Hello, World',
  'with "double" quotes',
  "it's",
  'back\\slash',
  'C:\\path\\to',
  'line1\nline2',
  'tab\there',
  'cr\r\nlf',
  '<b>bold</b> & <i>',
  '&amp;',
  'é',
  'naïve café',
  '日本語',
  '😀',
  'a😀b',
  '%s',
  '100%',
  '%d%%',
  '%!s(MISSING)',
  '{{',
  '}}',
  '{{.X}}',
  ' lead',
  'trail ',
  '\u2028\u2029',
  '\u0000nul',
  '\u0001\u007f',
  'x=y&z=1',
  'a b+c',
  'javascript:alert(1)',
  "'single'",
  '`back`',
  '\ufeffbom',
];

export const PLAIN_WORDS = ['alpha', 'beta', 'gamma', 'x', 'Z9', 'yes', 'no', '0', '1', 'true', 'false', 'null'];

export const IDENT_KEYS = [
  'a',
  'b',
  'c',
  'n',
  'x',
  'y',
  's',
  'name',
  'items',
  'list',
  'flag',
  'nested',
  'Map',
  'Field',
  '_u',
  'k1',
  'empty',
  'nil',
  'true2',
];
export const ODD_KEYS = ['my-key', 'with space', '', '0', 'é', 'a.b'];

const NUMBERS = [
  0,
  1,
  2,
  3,
  -1,
  7,
  10,
  42,
  100,
  -17,
  0.5,
  1.5,
  -2.25,
  3.14159,
  0.1,
  1e21,
  1e-7,
  123456789,
  2 ** 53,
  1e100,
  -0.0001,
  255,
  65,
  9.999,
];

/** A random JSON value (what encoding/json would decode into interface{}). */
function genJSON(rng: Rng, depth: number): unknown {
  const kind = rng.weighted<string>([
    [4, 'string'],
    [3, 'number'],
    [1, 'bool'],
    [1, 'null'],
    [depth > 0 ? 2 : 0, 'array'],
    [depth > 0 ? 3 : 0, 'object'],
  ]);
  switch (kind) {
    case 'string':
      return rng.chance(0.5) ? rng.pick(PLAIN_WORDS) : rng.pick(NASTY_STRINGS);
    case 'number':
      return rng.chance(0.6) ? rng.range(-5, 20) : rng.pick(NUMBERS);
    case 'bool':
      return rng.chance(0.5);
    case 'null':
      return null;
    case 'array': {
      const n = rng.weighted([
        [1, 0],
        [3, rng.range(1, 4)],
      ]);
      const homogeneous = rng.chance(0.5);
      const proto = genJSON(rng, 0);
      return Array.from({ length: n }, () =>
        homogeneous && typeof proto !== 'object' ? scalarLike(rng, proto) : genJSON(rng, depth - 1),
      );
    }
    default:
      return genObject(rng, depth - 1);
  }
}

function scalarLike(rng: Rng, proto: unknown): unknown {
  switch (typeof proto) {
    case 'string':
      return rng.pick(PLAIN_WORDS);
    case 'number':
      return rng.range(-3, 9);
    case 'boolean':
      return rng.chance(0.5);
  }
  return proto;
}

function genObject(rng: Rng, depth: number): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  const n = rng.weighted([
    [1, 0],
    [6, rng.range(1, 5)],
  ]);
  for (let i = 0; i < n; i++) {
    const k = rng.chance(0.9) ? rng.pick(IDENT_KEYS) : rng.pick(ODD_KEYS);
    o[k] = genJSON(rng, depth);
  }
  return o;
}

/** Root data for an engine case: usually an object, sometimes a bare value. */
export function genRootData(rng: Rng): unknown {
  if (rng.chance(0.85)) {
    const o = genObject(rng, 3);
    // Guarantee a few well-known shapes so templates can use them often.
    if (rng.chance(0.7)) o.items = Array.from({ length: rng.range(0, 4) }, () => genJSON(rng, 1));
    if (rng.chance(0.6)) o.s = rng.chance(0.5) ? rng.pick(PLAIN_WORDS) : rng.pick(NASTY_STRINGS);
    if (rng.chance(0.5)) o.n = rng.pick(NUMBERS);
    if (rng.chance(0.5)) o.nested = genObject(rng, 2);
    return o;
  }
  return genJSON(rng, 2);
}

export function genStringMap(rng: Rng): Record<string, string> {
  const o: Record<string, string> = {};
  const n = rng.range(0, 5);
  for (let i = 0; i < n; i++) {
    const k = rng.chance(0.85)
      ? rng.pick(['X', 'Message', 'Prompt', 'input', 'Seed', 'a', 'b', 's'])
      : rng.pick(ODD_KEYS);
    o[k] = rng.chance(0.5) ? rng.pick(PLAIN_WORDS) : rng.pick(NASTY_STRINGS);
  }
  return o;
}
