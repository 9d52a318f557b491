// Template execution: a port of Go 1.23's text/template exec.go over the engine's Value model.
// The evaluation order, the node recorded for error positions (`at`), and every error text follow
// Go, because module authors see these messages and our checks must agree with the Lilypad CLI.
import { TemplateError } from './errors.js';
import { badFuncSignature, convertInt, isTrue, prepareArg, truth } from './funcs.js';
import { sprint, sprintf } from './fmt.js';
import type {
  ActionNode, ChainNode, TextNode, CommandNode, FieldNode, IdentifierNode, ListNode, Node, NumberNode, PipeNode, RangeNode,
  TemplateNode, VariableNode,
} from './node.js';
import { assignable, canBeNil, compareKeys, fromSlot, indirect, indirectInterface, isComplexKind, isFloatKind, isIntKind, isUintKind, kindOf, staticType, zero } from './reflect.js';
import {
  GoComplex, GoError, GoFloat, GoFunc, GoInt, GoMap, GoSlice, Iface, T, type GoType, type Value,
} from './value.js';

/** Go's maxExecDepth on every platform but wasm. */
export const MAX_EXEC_DEPTH = 100000;

export type MissingKey = 'invalid' | 'zero' | 'error';

/** What execution needs from a template (implemented by Template). */
export interface ExecTemplate {
  name(): string;
  lookup(name: string): ExecTemplate | undefined;
  readonly root: ListNode | null;
  readonly tree: { errorContext(n: Node): [string, string] } | null;
  findFunction(name: string): [fn: GoFunc, isBuiltin: boolean] | undefined;
  readonly missingKey: MissingKey;
}

/** Guards against input that would make Go run without end (Go has none of these). */
export interface ExecLimits {
  /** Stop after this many nodes have been walked. */
  maxSteps: number;
  /** Stop once the output passes this many UTF-16 units. */
  maxOutput: number;
}

export const DEFAULT_LIMITS: ExecLimits = { maxSteps: 50_000_000, maxOutput: 256 * 1024 * 1024 };

/** An execution error; `message` is Go's err.Error(), `output` what was written before it. */
export class ExecError extends TemplateError {
  output = '';
  constructor(
    message: string,
    readonly templateName: string,
  ) {
    super(message, 'exec');
  }
}

/** An error Go does not have: a limit of ours was reached. */
export class LimitError extends ExecError {}

const BREAK = Symbol('break');
const CONTINUE = Symbol('continue');
/** Stands for Go's missingVal: "no final value from a previous pipeline stage". */
const MISSING = Symbol('missing');
type Final = Value | typeof MISSING;

interface Variable {
  name: string;
  value: Value;
}

/**
 * A piece of output and the node that wrote it: a text node (copied verbatim, so offsets inside it
 * map one to one onto the template) or an action. This is what lets a JSON error in the rendered
 * module be reported on the template line that produced it.
 */
export interface Segment {
  /** Offsets in the output (UTF-16 units), end exclusive. */
  start: number;
  end: number;
  node: TextNode | ActionNode;
}

class Output {
  chunks: string[] = [];
  size = 0;
  constructor(
    private readonly max: number,
    readonly segments: Segment[] | null,
  ) {}
  write(s: string, node: TextNode | ActionNode, st: State): void {
    const start = this.size;
    this.size += s.length;
    if (this.size > this.max) st.limit(`output exceeds ${this.max} characters`);
    this.chunks.push(s);
    if (this.segments !== null && s.length > 0) this.segments.push({ start, end: this.size, node });
  }
  text(): string {
    return this.chunks.join('');
  }
}

class State {
  node: Node | null = null;
  steps = 0;
  readonly rootName: string;
  constructor(
    public tmpl: ExecTemplate,
    readonly out: Output,
    public vars: Variable[],
    public depth: number,
    readonly limits: ExecLimits,
  ) {
    this.rootName = tmpl.name();
  }

  // ---- errors ---------------------------------------------------------------------------------

  /** s.errorf: Go builds a format from the location and formats the arguments into it. */
  errorf(format: string, ...args: Value[]): never {
    const name = doublePercent(this.tmpl.name());
    let full: string;
    if (this.node === null) {
      full = `template: ${name}: ${format}`;
    } else {
      const [location, context] = (this.node.tree ?? this.tmpl.tree)!.errorContext(this.node);
      full = `template: ${location}: executing ${sprintf('%q', [name])} at <${doublePercent(context)}>: ${format}`;
    }
    throw new ExecError(sprintf(full.replaceAll('%w', '%v'), args), this.tmpl.name());
  }

  /** Our own limits name the template that was executed, not the one running when they hit. */
  limit(message: string): never {
    throw new LimitError(`template: ${this.rootName}: ${message}`, this.rootName);
  }

  at(node: Node): void {
    this.node = node;
  }

  // ---- variables ------------------------------------------------------------------------------

  push(name: string, value: Value): void {
    this.vars.push({ name, value });
  }
  mark(): number {
    return this.vars.length;
  }
  pop(mark: number): void {
    this.vars.length = mark;
  }
  setVar(name: string, value: Value): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i]!.name === name) {
        this.vars[i]!.value = value;
        return;
      }
    }
    this.errorf('undefined variable: %s', name);
  }
  setTopVar(n: number, value: Value): void {
    this.vars[this.vars.length - n]!.value = value;
  }
  varValue(name: string): Value {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i]!.name === name) return this.vars[i]!.value;
    return this.errorf('undefined variable: %s', name);
  }

  // ---- walking --------------------------------------------------------------------------------

  walk(dot: Value, node: Node): void {
    if (++this.steps > this.limits.maxSteps) this.limit(`execution exceeded ${this.limits.maxSteps} steps`);
    this.at(node);
    switch (node.type) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case 'break':
        throw BREAK;
      case 'comment':
        return;
      case 'continue':
        throw CONTINUE;
      case 'if':
      case 'with':
        return this.walkIfOrWith(node.type, dot, node.pipe, node.list, node.elseList);
      case 'list':
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case 'range':
        return this.walkRange(dot, node);
      case 'template':
        return this.walkTemplate(dot, node);
      case 'text':
        this.out.write(node.text, node, this);
        return;
      default:
        this.errorf('unknown node: %s', String(node));
    }
  }

  walkIfOrWith(typ: 'if' | 'with', dot: Value, pipe: PipeNode, list: ListNode, elseList: ListNode | null): void {
    const mark = this.mark();
    try {
      const val = this.evalPipeline(dot, pipe);
      const [t, ok] = isTrue(indirectInterface(val));
      if (!ok) this.errorf('if/with can\'t use %v', val);
      if (t) this.walk(typ === 'with' ? val : dot, list);
      else if (elseList) this.walk(dot, elseList);
    } finally {
      this.pop(mark);
    }
  }

  walkRange(dot: Value, r: RangeNode): void {
    this.at(r);
    const outer = this.mark();
    try {
      const [val] = indirect(this.evalPipeline(dot, r.pipe));
      const mark = this.mark();
      const oneIteration = (index: Value, elem: Value): void => {
        const decl = r.pipe.decl;
        if (decl.length > 0) {
          if (r.pipe.isAssign) this.setVar(decl[0]!.ident[0]!, decl.length > 1 ? index : elem);
          else this.setTopVar(1, elem);
        }
        if (decl.length > 1) {
          if (r.pipe.isAssign) this.setVar(decl[1]!.ident[0]!, elem);
          else this.setTopVar(2, index);
        }
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (e !== CONTINUE) throw e;
        } finally {
          this.pop(mark);
        }
      };
      try {
        if (val instanceof GoSlice) {
          if (val.items.length > 0) {
            const elemType = val.type.elem!;
            for (let i = 0; i < val.items.length; i++) oneIteration(new GoInt(T.int, BigInt(i)), fromSlot(elemType, val.items[i]));
            return;
          }
        } else if (val instanceof GoMap) {
          if (val.size > 0) {
            const { key: keyType, elem: elemType } = val.type;
            for (const e of sortedEntries(val)) oneIteration(fromSlot(keyType!, e.key), fromSlot(elemType!, e.value));
            return;
          }
        } else if (val !== undefined) {
          this.errorf("range can't iterate over %v", val);
        }
      } catch (e) {
        if (e === BREAK) return;
        throw e;
      }
      if (r.elseList) this.walk(dot, r.elseList);
    } finally {
      this.pop(outer);
    }
  }

  walkTemplate(dot: Value, t: TemplateNode): void {
    this.at(t);
    const tmpl = this.tmpl.lookup(t.name);
    if (!tmpl) this.errorf('template %q not defined', t.name);
    if (this.depth === MAX_EXEC_DEPTH) this.errorf('exceeded maximum template depth (%v)', new GoInt(T.int, BigInt(MAX_EXEC_DEPTH)));
    dot = this.evalPipeline(dot, t.pipe);
    const saved = { tmpl: this.tmpl, vars: this.vars };
    this.tmpl = tmpl;
    this.vars = [{ name: '$', value: dot }];
    this.depth++;
    try {
      this.walk(dot, tmpl.root!);
    } catch (e) {
      // JavaScript's stack is far smaller than Go's: report running out of it the way Go reports
      // its own recursion limit, at the template call that went too deep.
      if (isStackOverflow(e)) {
        this.tmpl = saved.tmpl;
        this.vars = saved.vars;
        this.at(t);
        this.errorf('exceeded maximum template depth (%v)', new GoInt(T.int, BigInt(MAX_EXEC_DEPTH)));
      }
      throw e;
    } finally {
      this.depth--;
      this.tmpl = saved.tmpl;
      this.vars = saved.vars;
    }
  }

  // ---- evaluation -----------------------------------------------------------------------------

  evalPipeline(dot: Value, pipe: PipeNode | null): Value {
    if (pipe === null) return undefined;
    this.at(pipe);
    let value: Final = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      // An interface{} result is replaced by the value inside it.
      if (value instanceof Iface) value = value.v === null ? undefined : value.v;
    }
    const v = value as Value;
    for (const variable of pipe.decl) {
      if (pipe.isAssign) this.setVar(variable.ident[0]!, v);
      else this.push(variable.ident[0]!, v);
    }
    return v;
  }

  notAFunction(args: Node[], final: Final): void {
    if (args.length > 1 || final !== MISSING) this.errorf("can't give argument to non-function %s", String(args[0]));
  }

  evalCommand(dot: Value, cmd: CommandNode, final: Final): Value {
    const firstWord = cmd.args[0]!;
    switch (firstWord.type) {
      case 'field':
        return this.evalFieldNode(dot, firstWord, cmd.args, final);
      case 'chain':
        return this.evalChainNode(dot, firstWord, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, firstWord, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, firstWord);
      case 'variable':
        return this.evalVariableNode(dot, firstWord, cmd.args, final);
    }
    this.at(firstWord);
    this.notAFunction(cmd.args, final);
    switch (firstWord.type) {
      case 'bool':
        return firstWord.value;
      case 'dot':
        return dot;
      case 'nil':
        return this.errorf('nil is not a command');
      case 'number':
        return this.idealConstant(firstWord);
      case 'string':
        return firstWord.text;
    }
    return this.errorf("can't evaluate command %q", String(firstWord));
  }

  idealConstant(c: NumberNode): Value {
    this.at(c);
    if (c.isComplex) return new GoComplex(T.complex128, c.complex[0], c.complex[1]);
    if (c.isFloat && !isHexInt(c.text) && !isRuneInt(c.text) && /[.eEpP]/.test(c.text)) return new GoFloat(T.float64, c.float64);
    if (c.isInt) return new GoInt(T.int, c.int64);
    if (c.isUint) this.errorf('%s overflows int', c.text);
    return undefined;
  }

  evalFieldNode(dot: Value, field: FieldNode, args: Node[] | null, final: Final): Value {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final);
  }

  evalChainNode(dot: Value, chain: ChainNode, args: Node[] | null, final: Final): Value {
    this.at(chain);
    if (chain.field.length === 0) this.errorf('internal error: no fields in evalChainNode');
    if (chain.node.type === 'nil') this.errorf('indirection through explicit nil in %s', String(chain));
    const pipe = this.evalArg(dot, null, chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  evalVariableNode(dot: Value, variable: VariableNode, args: Node[] | null, final: Final): Value {
    this.at(variable);
    const value = this.varValue(variable.ident[0]!);
    if (variable.ident.length === 1) {
      this.notAFunction(args ?? [variable], final);
      return value;
    }
    return this.evalFieldChain(dot, value, variable, variable.ident.slice(1), args, final);
  }

  evalFieldChain(dot: Value, receiver: Value, node: Node, ident: string[], args: Node[] | null, final: Final): Value {
    const n = ident.length;
    for (let i = 0; i < n - 1; i++) receiver = this.evalField(dot, ident[i]!, node, null, MISSING, receiver);
    return this.evalField(dot, ident[n - 1]!, node, args, final, receiver);
  }

  evalFunction(dot: Value, node: IdentifierNode, cmd: Node, args: Node[] | null, final: Final): Value {
    this.at(node);
    const name = node.ident;
    const found = this.tmpl.findFunction(name);
    if (!found) this.errorf('%q is not a defined function', name);
    return this.evalCall(dot, found[0], found[1], cmd, name, args, final);
  }

  evalField(dot: Value, fieldName: string, node: Node, args: Node[] | null, final: Final, receiver: Value): Value {
    if (receiver === undefined || receiver === null) {
      if (this.tmpl.missingKey === 'error') this.errorf('nil data; no entry for key %q', fieldName);
      return undefined;
    }
    const typ = staticType(receiver)!;
    const [rcv, isNil] = indirect(receiver);
    if (rcv instanceof Iface && isNil) this.errorf('nil pointer evaluating %s.%s', typ.name, fieldName);
    const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
    if (rcv instanceof GoMap) {
      const keyType = rcv.type.key!;
      if (assignable(T.string, keyType)) {
        if (hasArgs) this.errorf('%s is not a method but has arguments', fieldName);
        const found = rcv.entries.get(fieldName);
        if (found) return fromSlot(rcv.type.elem!, found.value);
        switch (this.tmpl.missingKey) {
          case 'zero':
            return zero(rcv.type.elem!);
          case 'error':
            this.errorf('map has no entry for key %q', fieldName);
        }
        return undefined;
      }
    }
    return this.errorf("can't evaluate field %s in type %s", fieldName, typ.name);
  }

  evalCall(dot: Value, fun: GoFunc, isBuiltin: boolean, node: Node, name: string, argNodes: Node[] | null, final: Final): Value {
    const args = argNodes ? argNodes.slice(1) : [];
    const typ = fun.type;
    const params = typ.params!;
    let numIn = args.length;
    if (final !== MISSING) numIn++;
    let numFixed = args.length;
    if (typ.variadic) {
      numFixed = params.length - 1;
      if (numIn < numFixed) this.errorf('wrong number of args for %s: want at least %d got %d', name, goInt(params.length - 1), goInt(args.length));
    } else if (numIn !== params.length) {
      this.errorf('wrong number of args for %s: want %d got %d', name, goInt(params.length), goInt(numIn));
    }
    const results = typ.results!;
    const bad = badFuncSignature(name, typ);
    if (bad !== undefined) this.errorf('%s', bad);

    // and/or short-circuit.
    if (isBuiltin && (name === 'and' || name === 'or')) {
      let v: Value = undefined;
      for (const arg of args) {
        v = this.evalArg(dot, T.reflectValue, arg);
        if (truth(v) === (name === 'or')) return v;
      }
      if (final !== MISSING) v = this.validateType(final, T.reflectValue);
      return v;
    }

    const argv: Value[] = new Array(numIn);
    let i = 0;
    for (; i < numFixed && i < args.length; i++) argv[i] = this.evalArg(dot, params[i]!, args[i]!);
    if (typ.variadic) {
      const argType = params[params.length - 1]!.elem!;
      for (; i < args.length; i++) argv[i] = this.evalArg(dot, argType, args[i]!);
    }
    if (final !== MISSING) {
      let t = params[params.length - 1]!;
      if (typ.variadic) t = numIn - 1 < numFixed ? params[numIn - 1]! : t.elem!;
      argv[i] = this.validateType(final, t);
    }

    let result: Value;
    try {
      if (isBuiltin && name === 'call') {
        result = callBuiltin(String(args[0]), argv[0], argv.slice(1));
      } else {
        result = fun.impl!(...argv.map((a, k) => toCallArg(a, paramType(typ, k))));
        result = fromResult(results[0]!, result);
      }
    } catch (e) {
      if (e instanceof GoError) {
        this.at(node);
        this.errorf('error calling %s: %w', name, e.message);
      }
      throw e;
    }
    return result;
  }

  /** validateType: the value must be valid and assignable to typ (null typ: anything). */
  validateType(value: Value, typ: GoType | null): Value {
    if (value === undefined || value === null) {
      if (typ === null) return undefined;
      if (canBeNil(typ)) return zero(typ);
      this.errorf('invalid value; expected %s', typ.name);
    }
    if (typ === T.reflectValue || typ === null) return value;
    const vt = staticType(value)!;
    if (!assignable(vt, typ)) {
      if (value instanceof Iface && value.v !== null) {
        const inner = value.v;
        if (assignable(staticType(inner)!, typ)) return inner;
        this.errorf('wrong type for value; expected %s; got %s', typ.name, staticType(inner)!.name);
      }
      this.errorf('wrong type for value; expected %s; got %s', typ.name, vt.name);
    }
    return value;
  }

  evalArg(dot: Value, typ: GoType | null, n: Node): Value {
    this.at(n);
    switch (n.type) {
      case 'dot':
        return this.validateType(dot, typ);
      case 'nil':
        if (typ !== null && canBeNil(typ)) return zero(typ);
        return this.errorf('cannot assign nil to %s', typ ? typ.name : '<nil>');
      case 'field':
        return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
      case 'variable':
        return this.validateType(this.evalVariableNode(dot, n, null, MISSING), typ);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, n), typ);
      case 'identifier':
        return this.validateType(this.evalFunction(dot, n, n, null, MISSING), typ);
      case 'chain':
        return this.validateType(this.evalChainNode(dot, n, null, MISSING), typ);
    }
    if (typ === null) return this.evalEmptyInterface(dot, n);
    const k = typ.kind;
    if (k === 'bool') {
      if (n.type === 'bool') return n.value;
      return this.errorf('expected bool; found %s', String(n));
    }
    if (isComplexKind(k)) {
      if (n.type === 'number' && n.isComplex) return new GoComplex(typ, n.complex[0], n.complex[1]);
      return this.errorf('expected complex; found %s', String(n));
    }
    if (isFloatKind(k)) {
      if (n.type === 'number' && n.isFloat) return new GoFloat(typ, k === 'float32' ? Math.fround(n.float64) : n.float64);
      return this.errorf('expected float; found %s', String(n));
    }
    if (isIntKind(k)) {
      if (n.type === 'number' && n.isInt) return new GoInt(typ, convertInt(n.int64, typ));
      return this.errorf('expected integer; found %s', String(n));
    }
    if (k === 'interface' && typ.name === 'interface {}') return this.evalEmptyInterface(dot, n);
    if (k === 'reflectValue') return this.evalEmptyInterface(dot, n);
    if (k === 'string') {
      if (n.type === 'string') return n.text;
      return this.errorf('expected string; found %s', String(n));
    }
    if (isUintKind(k)) {
      if (n.type === 'number' && n.isUint) return new GoInt(typ, convertInt(n.uint64, typ));
      return this.errorf('expected unsigned integer; found %s', String(n));
    }
    return this.errorf("can't handle %s for arg of type %s", String(n), typ.name);
  }

  evalEmptyInterface(dot: Value, n: Node): Value {
    this.at(n);
    switch (n.type) {
      case 'bool':
        return n.value;
      case 'dot':
        return dot;
      case 'field':
        return this.evalFieldNode(dot, n, [], MISSING);
      case 'identifier':
        return this.evalFunction(dot, n, n, null, MISSING);
      case 'nil':
        return this.errorf("evalEmptyInterface: nil (can't happen)");
      case 'number':
        return this.idealConstant(n);
      case 'string':
        return n.text;
      case 'variable':
        return this.evalVariableNode(dot, n, null, MISSING);
      case 'pipe':
        return this.evalPipeline(dot, n);
    }
    return this.errorf("can't handle assignment of %s to empty interface argument", String(n));
  }

  printValue(n: ActionNode, v: Value): void {
    this.at(n);
    if (v === undefined) {
      this.out.write('<no value>', n, this);
      return;
    }
    if (v instanceof GoFunc) this.errorf("can't print %s of type %s", String(n), v.type.name);
    this.out.write(typeof v === 'string' ? v : sprint([v instanceof Iface ? v.v : v]), n, this);
  }
}

/** V8's stack overflow. Checked without a regular expression: there is no stack to spare. */
function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message.startsWith('Maximum call stack');
}

function goInt(n: number): GoInt {
  return new GoInt(T.int, BigInt(n));
}

function doublePercent(s: string): string {
  return s.includes('%') ? s.replaceAll('%', '%%') : s;
}

function isHexInt(s: string): boolean {
  return s.length > 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X') && !/[pP]/.test(s);
}

function isRuneInt(s: string): boolean {
  return s.length > 0 && s[0] === "'";
}

/** The declared type of the k-th argument of a call. */
function paramType(typ: GoType, k: number): GoType {
  const params = typ.params!;
  if (typ.variadic && k >= params.length - 1) return params[params.length - 1]!.elem!;
  return params[k]!;
}

/** What a Go function receives: reflect.Value parameters get the engine's raw value, others the concrete value. */
function toCallArg(v: Value, t: GoType): Value {
  if (t.kind === 'reflectValue') return v;
  if (v instanceof Iface) return v.v;
  return v === undefined ? null : v;
}

/** A function result as a reflect.Value of the declared result type. */
function fromResult(t: GoType, v: Value): Value {
  if (t.kind === 'reflectValue') return v;
  if (t.kind === 'interface') return new Iface(t, v === undefined ? null : v instanceof Iface ? v.v : v);
  return v;
}

/** The `call` builtin: call fn with args converted to its parameter types (funcs.go call). */
function callBuiltin(name: string, fnv: Value, args: Value[]): Value {
  const fn = indirectInterface(fnv);
  if (fn === undefined) throw new GoError('call of nil');
  if (!(fn instanceof GoFunc)) throw new GoError(`non-function ${name} of type ${staticType(fn)!.name}`);
  const typ = fn.type;
  const results = typ.results!;
  const bad = badFuncSignature(name, typ);
  if (bad !== undefined) throw new GoError(bad);
  const numIn = typ.params!.length;
  if (typ.variadic) {
    if (args.length < numIn - 1) throw new GoError(`wrong number of args for ${name}: got ${args.length} want at least ${numIn - 1}`);
  } else if (args.length !== numIn) {
    throw new GoError(`wrong number of args for ${name}: got ${args.length} want ${numIn}`);
  }
  const argv = args.map((raw, i) => {
    const argType = paramType(typ, i);
    const arg = indirectInterface(raw);
    try {
      return toCallArg(prepareArg(arg, argType), argType);
    } catch (e) {
      if (e instanceof GoError) throw new GoError(`arg ${i}: ${e.message}`);
      throw e;
    }
  });
  if (fn.impl === null) throw new GoError('reflect.Value.Call: call of nil function');
  return fromResult(results[0]!, fn.impl(...argv));
}


/** Map entries in fmtsort order (what Go's range over a map uses). */
function sortedEntries(m: GoMap): { key: Value; value: Value }[] {
  return [...m.entries.values()].sort((a, b) => compareKeys(a.key, b.key));
}

/** Execute a template's tree with data as dot; returns the output, throws ExecError. */
export function execute(tmpl: ExecTemplate, data: Value, limits: ExecLimits = DEFAULT_LIMITS, segments: Segment[] | null = null): string {
  // Execute(w, nil): reflect.ValueOf(nil) is the invalid value, not a nil interface.
  if (data === null) data = undefined;
  const out = new Output(limits.maxOutput, segments);
  const state = new State(tmpl, out, [{ name: '$', value: data }], 0, limits);
  try {
    if (!tmpl.root) state.errorf('%q is an incomplete or empty template', tmpl.name());
    state.walk(data, tmpl.root!);
  } catch (e) {
    if (e instanceof ExecError) {
      e.output = out.text();
      throw e;
    }
    if (isStackOverflow(e)) {
      const err = new LimitError(`template: ${tmpl.name()}: template too deeply nested to execute`, tmpl.name());
      err.output = out.text();
      throw err;
    }
    throw e;
  }
  return out.text();
}

export { kindOf };
