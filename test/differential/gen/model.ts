// The generator's model of Go values: shapes (with concrete JSON values where known) and the
// generation context (dot, $, variables in scope, range depth, defined templates).
import type { Rng } from '../../support/rng';

export type Shape =
  | { k: 'str'; v?: string }
  | { k: 'float'; v?: number }
  | { k: 'int'; v?: number }
  | { k: 'bool' }
  | { k: 'nil' }
  | { k: 'map'; v?: Record<string, unknown>; elem?: ElemKind }
  | { k: 'slice'; v?: unknown[]; elem?: ElemKind }
  | { k: 'func' }
  | { k: 'complex' }
  | { k: 'missing' }
  | { k: 'unknown' };

/** Elements of a typed Go collection (map[string]string, []int ...); absent for interface{} elements. */
type ElemKind = 'str' | 'int';

/** The shape of a member of a collection, `x` being its JSON-ish value (undefined when absent). */
export function member(coll: Shape & { elem?: ElemKind }, x: unknown): Shape {
  if (x === undefined) return { k: 'missing' };
  if (coll.elem === 'str') return { k: 'str', v: x as string };
  if (coll.elem === 'int') return { k: 'int', v: x as number };
  return shapeOf(x);
}

export function shapeOf(x: unknown): Shape {
  if (x === undefined) return { k: 'missing' };
  if (x === null) return { k: 'nil' };
  switch (typeof x) {
    case 'string':
      return { k: 'str', v: x };
    case 'number':
      return { k: 'float', v: x };
    case 'boolean':
      return { k: 'bool' };
  }
  if (Array.isArray(x)) return { k: 'slice', v: x };
  return { k: 'map', v: x as Record<string, unknown> };
}

export const UNKNOWN: Shape = { k: 'unknown' };
export const MKMAP: Shape = { k: 'map', v: { a: 1, b: 2 }, elem: 'int' };

export interface Expr {
  text: string;
  shape: Shape;
  /** Usable as an argument without parentheses. */
  operand: boolean;
}

interface Scope {
  vars: Map<string, Shape>;
}

export interface Ctx {
  rng: Rng;
  dot: Shape;
  root: Shape;
  scopes: Scope[];
  rangeDepth: number;
  depth: number;
  /** Nodes still allowed (keeps templates small). */
  budget: { n: number };
  /** Whether the test functions are registered (engine mode) or only subst (lilypad mode). */
  funcs: 'test' | 'lilypad';
  /** Probability of a deliberately wrong choice. */
  wrong: number;
  defines: { name: string; arg: 'root' | 'none' }[];
  /** Inside a define/block body: no template calls, so no recursion. */
  inDefine: boolean;
  varCounter: { n: number };
}

export const isIdent = (k: string): boolean => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k);
export const goQuote = (s: string): string => JSON.stringify(s);

export function withScope<T>(ctx: Ctx, f: () => T): T {
  ctx.scopes.push({ vars: new Map() });
  try {
    return f();
  } finally {
    ctx.scopes.pop();
  }
}

export function allVars(ctx: Ctx): [string, Shape][] {
  const out = new Map<string, Shape>();
  for (const s of ctx.scopes) for (const [k, v] of s.vars) out.set(k, v);
  return [...out];
}

export function newVarName(ctx: Ctx): string {
  return ctx.rng.chance(0.3)
    ? `$${ctx.rng.pick(['x', 'v', 'i', 'e', 'k', 'item', '_', 'X1'])}`
    : `$v${ctx.varCounter.n++}`;
}

export type Want = 'any' | 'str' | 'int' | 'float' | 'bool' | 'printable' | 'map' | 'slice' | 'collection';

export function fits(s: Shape, want: Want): boolean {
  switch (want) {
    case 'any':
      return true;
    case 'printable':
      return s.k !== 'func';
    case 'collection':
      return s.k === 'map' || s.k === 'slice' || s.k === 'str';
    case 'str':
    case 'int':
    case 'float':
    case 'map':
    case 'slice':
      return s.k === want;
    case 'bool':
      return s.k === 'bool';
  }
}
