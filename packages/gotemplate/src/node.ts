// The parse tree (Go's text/template/parse node.go). Each node keeps its position (an index into
// the template text) and its tree, for error messages; toString() reproduces Go's String(), which
// appears in execution errors as `at <…>`.
import { sprintf } from './fmt.js';
import { goTrimSpace } from './utf8.js';
import type { Tree } from './parse.js';

export type Node =
  | ListNode | TextNode | CommentNode | PipeNode | ActionNode | CommandNode | IdentifierNode | VariableNode
  | DotNode | NilNode | FieldNode | ChainNode | BoolNode | NumberNode | StringNode | EndNode | ElseNode
  | IfNode | RangeNode | WithNode | TemplateNode | BreakNode | ContinueNode;

abstract class Base {
  constructor(
    readonly tree: Tree,
    readonly pos: number,
  ) {}
  abstract toString(): string;
}

export class ListNode extends Base {
  readonly type = 'list';
  nodes: Node[] = [];
  toString(): string {
    return this.nodes.map(String).join('');
  }
}

export class TextNode extends Base {
  readonly type = 'text';
  constructor(tree: Tree, pos: number, readonly text: string) {
    super(tree, pos);
  }
  toString(): string {
    return this.text;
  }
}

export class CommentNode extends Base {
  readonly type = 'comment';
  constructor(tree: Tree, pos: number, readonly text: string) {
    super(tree, pos);
  }
  toString(): string {
    return `{{${this.text}}}`;
  }
}

export class PipeNode extends Base {
  readonly type = 'pipe';
  isAssign = false;
  decl: VariableNode[] = [];
  cmds: CommandNode[] = [];
  constructor(tree: Tree, pos: number, readonly line: number) {
    super(tree, pos);
  }
  toString(): string {
    let s = '';
    if (this.decl.length > 0) s = this.decl.map(String).join(', ') + (this.isAssign ? ' = ' : ' := ');
    return s + this.cmds.map(String).join(' | ');
  }
}

export class ActionNode extends Base {
  readonly type = 'action';
  constructor(tree: Tree, pos: number, readonly line: number, readonly pipe: PipeNode) {
    super(tree, pos);
  }
  toString(): string {
    return `{{${this.pipe}}}`;
  }
}

export class CommandNode extends Base {
  readonly type = 'command';
  args: Node[] = [];
  toString(): string {
    return this.args.map((a) => (a instanceof PipeNode ? `(${a})` : String(a))).join(' ');
  }
}

export class IdentifierNode extends Base {
  readonly type = 'identifier';
  constructor(tree: Tree, pos: number, readonly ident: string) {
    super(tree, pos);
  }
  toString(): string {
    return this.ident;
  }
}

export class VariableNode extends Base {
  readonly type = 'variable';
  readonly ident: string[];
  constructor(tree: Tree, pos: number, ident: string) {
    super(tree, pos);
    this.ident = ident.split('.');
  }
  toString(): string {
    return this.ident.join('.');
  }
}

export class DotNode extends Base {
  readonly type = 'dot';
  toString(): string {
    return '.';
  }
}

export class NilNode extends Base {
  readonly type = 'nil';
  toString(): string {
    return 'nil';
  }
}

export class FieldNode extends Base {
  readonly type = 'field';
  readonly ident: string[];
  constructor(tree: Tree, pos: number, ident: string) {
    super(tree, pos);
    this.ident = ident.slice(1).split('.'); // drop the leading period
  }
  toString(): string {
    return this.ident.map((id) => `.${id}`).join('');
  }
}

export class ChainNode extends Base {
  readonly type = 'chain';
  field: string[] = [];
  constructor(tree: Tree, pos: number, readonly node: Node) {
    super(tree, pos);
  }
  add(field: string): void {
    this.field.push(field.slice(1));
  }
  toString(): string {
    const head = this.node instanceof PipeNode ? `(${this.node})` : String(this.node);
    return head + this.field.map((f) => `.${f}`).join('');
  }
}

export class BoolNode extends Base {
  readonly type = 'bool';
  constructor(tree: Tree, pos: number, readonly value: boolean) {
    super(tree, pos);
  }
  toString(): string {
    return this.value ? 'true' : 'false';
  }
}

/** A numeric constant with every interpretation Go's parser found valid for it. */
export class NumberNode extends Base {
  readonly type = 'number';
  isInt = false;
  isUint = false;
  isFloat = false;
  isComplex = false;
  int64 = 0n;
  uint64 = 0n;
  float64 = 0;
  complex: [number, number] = [0, 0];
  constructor(tree: Tree, pos: number, readonly text: string) {
    super(tree, pos);
  }
  toString(): string {
    return this.text;
  }
}

export class StringNode extends Base {
  readonly type = 'string';
  constructor(tree: Tree, pos: number, readonly quoted: string, readonly text: string) {
    super(tree, pos);
  }
  toString(): string {
    return this.quoted;
  }
}

export class EndNode extends Base {
  readonly type = 'end';
  toString(): string {
    return '{{end}}';
  }
}

export class ElseNode extends Base {
  readonly type = 'else';
  constructor(tree: Tree, pos: number, readonly line: number) {
    super(tree, pos);
  }
  toString(): string {
    return '{{else}}';
  }
}

abstract class BranchNode extends Base {
  abstract readonly keyword: string;
  constructor(
    tree: Tree,
    pos: number,
    readonly line: number,
    readonly pipe: PipeNode,
    readonly list: ListNode,
    readonly elseList: ListNode | null,
  ) {
    super(tree, pos);
  }
  toString(): string {
    const els = this.elseList ? `{{else}}${this.elseList}` : '';
    return `{{${this.keyword} ${this.pipe}}}${this.list}${els}{{end}}`;
  }
}

export class IfNode extends BranchNode {
  readonly type = 'if';
  readonly keyword = 'if';
}
export class RangeNode extends BranchNode {
  readonly type = 'range';
  readonly keyword = 'range';
}
export class WithNode extends BranchNode {
  readonly type = 'with';
  readonly keyword = 'with';
}

export class TemplateNode extends Base {
  readonly type = 'template';
  constructor(tree: Tree, pos: number, readonly line: number, readonly name: string, readonly pipe: PipeNode | null) {
    super(tree, pos);
  }
  toString(): string {
    const pipe = this.pipe ? ` ${this.pipe}` : '';
    return `{{template ${sprintf('%q', [this.name])}${pipe}}}`;
  }
}

export class BreakNode extends Base {
  readonly type = 'break';
  constructor(tree: Tree, pos: number, readonly line: number) {
    super(tree, pos);
  }
  toString(): string {
    return '{{break}}';
  }
}

export class ContinueNode extends Base {
  readonly type = 'continue';
  constructor(tree: Tree, pos: number, readonly line: number) {
    super(tree, pos);
  }
  toString(): string {
    return '{{continue}}';
  }
}

/** parse.IsEmptyTree: only whitespace text and comments. */
export function isEmptyTree(n: Node | null): boolean {
  if (n === null) return true;
  switch (n.type) {
    case 'comment':
      return true;
    case 'list':
      return n.nodes.every(isEmptyTree);
    case 'text':
      return goTrimSpace(n.text) === '';
    default:
      return false;
  }
}

