// The TypeScript twin of test/oracle's testFuncs: the same names, the same Go types, the same
// behaviour, built with the engine's value model. Keep in step with test/oracle/main.go and
// test/oracle/README.md.
import {
  GoError,
  GoFloat,
  GoFunc,
  GoInt,
  GoMap,
  GoSlice,
  T,
  funcOf,
  mapOf,
  sliceOf,
  type FuncImpl,
  type GoType,
  type Value,
} from '@lilypad-actions/gotemplate';

const str = (v: Value): string => v as string;
const big = (v: Value): bigint => (v as GoInt).v;

const stringToString = funcOf([T.string], [T.string]);

/** A nil func value of the given type (Go: `var f func(string) string`). */
function nilFunc(type: GoType, name: string): GoFunc {
  return new GoFunc(type, null, name);
}

function fn(name: string, params: GoType[], results: GoType[], impl: FuncImpl, variadic = false): GoFunc {
  return new GoFunc(funcOf(params, results, variadic), impl, name);
}

/** The functions registered with Funcs() in engine-mode differential cases. */
export const testFuncs: Record<string, GoFunc> = {
  // func() (string, error): a non-nil error result.
  fail: fn('fail', [], [T.string, T.error], () => {
    throw new GoError('boom');
  }),
  // func() string that panics.
  boom: fn('boom', [], [T.string], () => {
    throw new GoError('kaboom');
  }),
  add: fn('add', [T.int, T.int], [T.int], (a, b) => new GoInt(T.int, BigInt.asIntN(64, big(a) + big(b)))),
  join: fn('join', [T.string, sliceOf(T.string)], [T.string], (sep, ...xs) => xs.map(str).join(str(sep)), true),
  seq: fn('seq', [T.int], [sliceOf(T.int)], (n) => {
    let k = big(n);
    if (k < 0n) k = 0n;
    if (k > 1000n) throw new GoError('seq: n too large');
    const items: Value[] = [];
    for (let i = 0n; i < k; i++) items.push(new GoInt(T.int, i));
    return new GoSlice(sliceOf(T.int), items);
  }),
  mkmap: fn('mkmap', [], [mapOf(T.string, T.int)], () =>
    new GoMap(mapOf(T.string, T.int)).set('b', new GoInt(T.int, 2n)).set('a', new GoInt(T.int, 1n)),
  ),
  fn: fn('fn', [], [stringToString], () => new GoFunc(stringToString, (s) => `<${str(s)}>`)),
  nilfn: fn('nilfn', [], [stringToString], () => nilFunc(stringToString, '')),
  i64: fn('i64', [T.int64], [T.int64], (x) => new GoInt(T.int64, big(x))),
  u8: fn('u8', [T.uint8], [T.uint8], (x) => new GoInt(T.uint8, big(x))),
  f32: fn('f32', [T.float32], [T.float32], (x) => new GoFloat(T.float32, Math.fround((x as GoFloat).v))),
  ok2: fn('ok2', [], [T.int, T.error], () => new GoInt(T.int, 7n)),
  bytes: fn('bytes', [T.string], [sliceOf(T.uint8)], (s) => {
    const b = Buffer.from(str(s), 'utf8');
    return new GoSlice(
      sliceOf(T.uint8),
      Array.from(b, (x) => new GoInt(T.uint8, BigInt(x))),
    );
  }),
};
