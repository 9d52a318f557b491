import { GoFunc, funcOf, type FuncImpl, type GoType } from './value.js';

/**
 * A Go function for Template.funcs: its parameter and result types, and an implementation that
 * returns the result or throws GoError (Go's non-nil error, or a panic). With `variadic`, the last
 * parameter is given as a slice type, e.g. `goFunc([T.string, sliceOf(T.string)], [T.string], fn, true)`.
 */
export function goFunc(params: readonly GoType[], results: readonly GoType[], impl: FuncImpl, variadic = false): GoFunc {
  return new GoFunc(funcOf(params, results, variadic), impl);
}
