// Which inputs a template reads, found in its syntax tree rather than by pattern matching, so that
// `{{ $.Prompt }}`, `{{ index . "my-key" }}`, uses inside {{define}}d templates and guards such as
// `{{ if .Seed }}` are all understood.
import { ast, type Template } from '@lilypad-actions/gotemplate';

type Node = ast.Node;

export interface InputUse {
  name: string;
  /** Offset of the use in the template text. */
  offset: number;
  /** Inside a branch that runs only when the input is set, or defaulted with `or`. */
  guarded: boolean;
}

/** Every read of a top-level input, in template order (uses inside called templates included). */
export function discoverInputUses(tmpl: Template): InputUse[] {
  const uses: InputUse[] = [];
  const visiting = new Set<string>();

  const use = (name: string, offset: number, guards: ReadonlySet<string>): void => {
    uses.push({ name, offset, guarded: guards.has(name) });
  };

  /**
   * The inputs a guard pipeline tests: `.X`, `$.X`, `index . "X"`, the arguments of `and`, and
   * `not` of any of these, which guards the else branch instead. Returns [then, else].
   */
  const testedInputs = (pipe: ast.PipeNode, dotIsRoot: boolean): [string[], string[]] => {
    if (pipe.cmds.length !== 1) return [[], []];
    const args = pipe.cmds[0]!.args;
    const single = inputOf(args[0]!, dotIsRoot, args);
    if (single !== undefined) return [[single], []];
    const head = args[0]!;
    if (head.type === 'identifier' && head.ident === 'and') {
      return [args.slice(1).flatMap((a) => (a.type === 'pipe' ? testedInputs(a, dotIsRoot)[0] : maybe(inputOf(a, dotIsRoot, [a])))), []];
    }
    if (head.type === 'identifier' && head.ident === 'not' && args.length === 2) {
      const arg = args[1]!;
      const [then] = arg.type === 'pipe' ? testedInputs(arg, dotIsRoot) : [maybe(inputOf(arg, dotIsRoot, [arg]))];
      return [[], then];
    }
    return [[], []];
  };

  const walkPipe = (pipe: ast.PipeNode | null, dotIsRoot: boolean, guards: ReadonlySet<string>): void => {
    if (!pipe) return;
    for (const cmd of pipe.cmds) {
      const head = cmd.args[0]!;
      // `or .X "default"` defaults X: its use there is guarded.
      const orGuard = head.type === 'identifier' && head.ident === 'or';
      const idx = head.type === 'identifier' && head.ident === 'index' ? inputOf(head, dotIsRoot, cmd.args) : undefined;
      if (idx !== undefined) use(idx, cmd.args[2]!.pos, guards);
      cmd.args.forEach((arg, i) => {
        if (idx !== undefined && i <= 2) return;
        walkArg(arg, dotIsRoot, orGuard && i === 1 ? withGuard(guards, inputOf(arg, dotIsRoot, [arg])) : guards);
      });
    }
  };

  const walkArg = (arg: Node, dotIsRoot: boolean, guards: ReadonlySet<string>): void => {
    switch (arg.type) {
      case 'field':
      case 'variable': {
        const name = inputOf(arg, dotIsRoot, [arg]);
        if (name !== undefined) use(name, chainStart(arg), guards);
        return;
      }
      case 'pipe':
        return walkPipe(arg, dotIsRoot, guards);
      case 'chain':
        return walkArg(arg.node, dotIsRoot, guards);
    }
  };

  const walk = (node: Node, dotIsRoot: boolean, guards: ReadonlySet<string>): void => {
    switch (node.type) {
      case 'list':
        for (const n of node.nodes) walk(n, dotIsRoot, guards);
        return;
      case 'action':
        return walkPipe(node.pipe, dotIsRoot, guards);
      case 'if':
      case 'with':
      case 'range': {
        const [thenTested, elseTested] = node.type === 'range' ? [[], []] : testedInputs(node.pipe, dotIsRoot);
        const inside = thenTested.reduce(withGuard, guards);
        // Testing an input is safe (a missing one is just false), so the test itself counts as guarded.
        walkPipe(node.pipe, dotIsRoot, [...thenTested, ...elseTested].reduce(withGuard, guards));
        // `with` and `range` move the dot off the inputs map; `if` keeps it.
        walk(node.list, node.type === 'if' && dotIsRoot, inside);
        if (node.elseList) walk(node.elseList, dotIsRoot, elseTested.reduce(withGuard, guards));
        return;
      }
      case 'template': {
        walkPipe(node.pipe, dotIsRoot, guards);
        // A called template runs with `.` and `$` both set to the argument: unless that is the
        // inputs map, nothing inside can read an input (outer variables are not visible there).
        // Walked only in that case, `$` always means the inputs wherever inputOf meets it.
        const passesRoot = node.pipe !== null && isRootExpr(node.pipe, dotIsRoot);
        const called = tmpl.lookup(node.name);
        if (passesRoot && called?.root && !visiting.has(node.name)) {
          visiting.add(node.name);
          walk(called.root, true, guards);
          visiting.delete(node.name);
        }
        return;
      }
    }
  };

  if (tmpl.root) walk(tmpl.root, true, new Set());
  return uses;
}

/**
 * Where a field or variable begins. Go's parser rebuilds `.A.B.C` and `$.A` from a chain and
 * gives the node the position of the chain, which starts at the second link (`.B`, `.A`).
 */
function chainStart(node: ast.FieldNode | ast.VariableNode): number {
  if (node.ident.length < 2) return node.pos;
  return node.pos - node.ident[0]!.length - (node.type === 'field' ? 1 : 0);
}

function maybe<T>(x: T | undefined): T[] {
  return x === undefined ? [] : [x];
}

function withGuard(guards: ReadonlySet<string>, name: string | undefined): ReadonlySet<string> {
  if (name === undefined || guards.has(name)) return guards;
  return new Set([...guards, name]);
}

/** The input an operand names: `.X` (dot is the inputs), `$.X`, or `index . "X"` / `index $ "X"`. */
function inputOf(node: Node, dotIsRoot: boolean, args: readonly Node[]): string | undefined {
  if (node.type === 'field') return dotIsRoot ? node.ident[0] : undefined;
  if (node.type === 'variable') return node.ident[0] === '$' && node.ident.length > 1 ? node.ident[1] : undefined;
  if (node.type === 'identifier' && node.ident === 'index' && args.length >= 3) {
    const [, target, key] = args;
    const targetIsRoot = (target!.type === 'dot' && dotIsRoot) || (target!.type === 'variable' && target.ident.length === 1 && target.ident[0] === '$');
    if (targetIsRoot && key!.type === 'string') return key.text;
  }
  return undefined;
}

/** Is the pipeline just `.` (while the dot is the inputs) or `$`? */
function isRootExpr(pipe: ast.PipeNode, dotIsRoot: boolean): boolean {
  if (pipe.decl.length > 0 || pipe.cmds.length !== 1 || pipe.cmds[0]!.args.length !== 1) return false;
  const a = pipe.cmds[0]!.args[0]!;
  return (a.type === 'dot' && dotIsRoot) || (a.type === 'variable' && a.ident.length === 1 && a.ident[0] === '$');
}

/** Input names in order of first use, each with whether every use is guarded. */
export function summarizeUses(uses: readonly InputUse[]): { name: string; offset: number; guarded: boolean }[] {
  const byName = new Map<string, { name: string; offset: number; guarded: boolean }>();
  for (const u of uses) {
    const seen = byName.get(u.name);
    if (!seen) byName.set(u.name, { name: u.name, offset: u.offset, guarded: u.guarded });
    else seen.guarded &&= u.guarded;
  }
  return [...byName.values()];
}

/** Every action node of the template and of the templates it defines, in source order per tree. */
export function allActions(tmpl: Template): ast.ActionNode[] {
  const out: ast.ActionNode[] = [];
  const walk = (n: Node): void => {
    switch (n.type) {
      case 'list':
        n.nodes.forEach(walk);
        return;
      case 'action':
        out.push(n);
        return;
      case 'if':
      case 'with':
      case 'range':
        walk(n.list);
        if (n.elseList) walk(n.elseList);
    }
  };
  for (const t of tmpl.templates()) if (t.root) walk(t.root);
  return out;
}
