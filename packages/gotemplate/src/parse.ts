// The template parser: a port of Go 1.23's text/template/parse/parse.go, keeping its control flow
// (three-token lookahead, variable scoping, error wording) so parse errors match Go's to the byte.
import { TemplateError } from './errors.js';
import { sprintf } from './fmt.js';
import { ItemType, Lexer, itemString, type Item } from './lex.js';
import {
  ActionNode, BoolNode, BreakNode, ChainNode, CommandNode, CommentNode, ContinueNode, DotNode, ElseNode, EndNode,
  FieldNode, IdentifierNode, IfNode, ListNode, NilNode, NumberNode, PipeNode, RangeNode, StringNode, TemplateNode,
  TextNode, VariableNode, WithNode, isEmptyTree, type Node,
} from './node.js';
import { parseFloat64, parseFloatError, parseInt0, parseUint0, unquote, unquoteChar } from './strconv.js';
import { goBytes } from './utf8.js';

/** A parse error; `message` is Go's err.Error(). */
export class ParseError extends TemplateError {
  constructor(message: string) {
    super(message, 'parse');
  }
}

export interface ParseOptions {
  leftDelim: string;
  rightDelim: string;
  /** Names of the functions the template may call (custom and builtin). */
  hasFunction: (name: string) => boolean;
  parseComments?: boolean;
  skipFuncCheck?: boolean;
}

export class Tree {
  root: ListNode | null = null;
  parseName: string;
  private lex!: Lexer;
  private token: Item[] = [];
  private peekCount = 0;
  private vars: string[] = [];
  private treeSet!: Map<string, Tree>;
  private actionLine = 0;
  private rangeDepth = 0;
  private opts!: ParseOptions;

  constructor(
    public name: string,
    public text = '',
  ) {
    this.parseName = name;
  }

  /** Byte-accurate "NAME:LINE:COL" and the node's text, as Go's ErrorContext. */
  errorContext(n: Node): [location: string, context: string] {
    const tree = n.tree ?? this;
    const before = tree.text.slice(0, n.pos);
    const nl = before.lastIndexOf('\n');
    const lineStart = nl < 0 ? 0 : nl + 1;
    // Go counts the column in bytes; on the first line it is the byte offset itself (Go's quirk: no +1).
    const col = goBytes(before.slice(lineStart)).length;
    let line = 1;
    for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) line++;
    return [`${tree.parseName}:${line}:${col}`, String(n)];
  }

  // --- token stream -------------------------------------------------------------------------

  private next(): Item {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.lex.nextItem();
    return this.token[this.peekCount]!;
  }
  private backup(): void {
    this.peekCount++;
  }
  private backup2(t1: Item): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }
  private backup3(t2: Item, t1: Item): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }
  private peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1]!;
    this.peekCount = 1;
    this.token[0] = this.lex.nextItem();
    return this.token[0];
  }
  private nextNonSpace(): Item {
    let token: Item;
    do token = this.next();
    while (token.typ === ItemType.Space);
    return token;
  }
  private peekNonSpace(): Item {
    const token = this.nextNonSpace();
    this.backup();
    return token;
  }

  // --- errors -------------------------------------------------------------------------------

  private errorf(message: string): never {
    this.root = null;
    throw new ParseError(`template: ${this.parseName}:${this.token[0]?.line ?? 1}: ${message}`);
  }
  private expect(expected: ItemType, context: string): Item {
    const token = this.nextNonSpace();
    if (token.typ !== expected) this.unexpected(token, context);
    return token;
  }
  private expectOneOf(e1: ItemType, e2: ItemType, context: string): Item {
    const token = this.nextNonSpace();
    if (token.typ !== e1 && token.typ !== e2) this.unexpected(token, context);
    return token;
  }
  private unexpected(token: Item, context: string): never {
    if (token.typ === ItemType.Error) {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.parseName}:${this.actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(`${itemString(token)}${extra}`);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }

  // --- parsing ------------------------------------------------------------------------------

  private startParse(opts: ParseOptions, lex: Lexer, treeSet: Map<string, Tree>): void {
    this.root = null;
    this.lex = lex;
    this.vars = ['$'];
    this.opts = opts;
    this.treeSet = treeSet;
    lex.options = {
      emitComment: opts.parseComments === true,
      breakOK: !opts.hasFunction('break'),
      continueOK: !opts.hasFunction('continue'),
    };
  }

  /** Parse text into this tree and any {{define}}d trees, all added to treeSet. */
  parse(text: string, treeSet: Map<string, Tree>, opts: ParseOptions): void {
    this.parseName = this.name;
    const lexer = new Lexer(this.name, text, opts.leftDelim || '{{', opts.rightDelim || '}}');
    this.startParse(opts, lexer, treeSet);
    this.text = text;
    this.parseList();
    this.add();
  }

  private add(): void {
    const tree = this.treeSet.get(this.name);
    if (!tree || isEmptyTree(tree.root)) {
      this.treeSet.set(this.name, this);
      return;
    }
    if (!isEmptyTree(this.root)) this.errorf(`template: multiple definition of template ${sprintf('%q', [this.name])}`);
  }

  private parseList(): void {
    this.root = new ListNode(this, this.peek().pos);
    while (this.peek().typ !== ItemType.EOF) {
      if (this.peek().typ === ItemType.LeftDelim) {
        const delim = this.next();
        if (this.nextNonSpace().typ === ItemType.Define) {
          const newT = new Tree('definition', this.text);
          newT.parseName = this.parseName;
          newT.startParse(this.opts, this.lex, this.treeSet);
          newT.parseDefinition();
          continue;
        }
        this.backup2(delim);
      }
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') this.errorf(`unexpected ${n}`);
      this.root.nodes.push(n);
    }
  }

  private parseDefinition(): void {
    const context = 'define clause';
    const name = this.expectOneOf(ItemType.String, ItemType.RawString, context);
    this.name = this.unquote(name.val);
    this.expect(ItemType.RightDelim, context);
    const [list, end] = this.itemList();
    this.root = list;
    if (end.type !== 'end') this.errorf(`unexpected ${end} in ${context}`);
    this.add();
  }

  private unquote(s: string): string {
    try {
      return unquote(s);
    } catch (e) {
      return this.errorf((e as Error).message);
    }
  }

  private itemList(): [ListNode, Node] {
    const list = new ListNode(this, this.peekNonSpace().pos);
    while (this.peekNonSpace().typ !== ItemType.EOF) {
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') return [list, n];
      list.nodes.push(n);
    }
    return this.errorf('unexpected EOF');
  }

  private textOrAction(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case ItemType.Text:
        return new TextNode(this, token.pos, token.val);
      case ItemType.LeftDelim:
        this.actionLine = token.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      case ItemType.Comment:
        return new CommentNode(this, token.pos, token.val);
      default:
        return this.unexpected(token, 'input');
    }
  }

  private action(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case ItemType.Block:
        return this.blockControl();
      case ItemType.Break:
        return this.breakControl(token.pos, token.line);
      case ItemType.Continue:
        return this.continueControl(token.pos, token.line);
      case ItemType.Else:
        return this.elseControl();
      case ItemType.End:
        return this.endControl();
      case ItemType.If:
        return this.branch('if', IfNode);
      case ItemType.Range:
        return this.branch('range', RangeNode);
      case ItemType.Template:
        return this.templateControl();
      case ItemType.With:
        return this.branch('with', WithNode);
    }
    this.backup();
    const t = this.peek();
    return new ActionNode(this, t.pos, t.line, this.pipeline('command', ItemType.RightDelim));
  }

  private breakControl(pos: number, line: number): Node {
    const token = this.nextNonSpace();
    if (token.typ !== ItemType.RightDelim) this.unexpected(token, '{{break}}');
    if (this.rangeDepth === 0) this.errorf('{{break}} outside {{range}}');
    return new BreakNode(this, pos, line);
  }

  private continueControl(pos: number, line: number): Node {
    const token = this.nextNonSpace();
    if (token.typ !== ItemType.RightDelim) this.unexpected(token, '{{continue}}');
    if (this.rangeDepth === 0) this.errorf('{{continue}} outside {{range}}');
    return new ContinueNode(this, pos, line);
  }

  private pipeline(context: string, end: ItemType): PipeNode {
    const token = this.peekNonSpace();
    const pipe = new PipeNode(this, token.pos, token.line);
    decls: for (;;) {
      const v = this.peekNonSpace();
      if (v.typ !== ItemType.Variable) break;
      this.next();
      const tokenAfterVariable = this.peek();
      const next = this.peekNonSpace();
      if (next.typ === ItemType.Assign || next.typ === ItemType.Declare) {
        pipe.isAssign = next.typ === ItemType.Assign;
        this.nextNonSpace();
        pipe.decl.push(new VariableNode(this, v.pos, v.val));
        this.vars.push(v.val);
      } else if (next.typ === ItemType.Char && next.val === ',') {
        this.nextNonSpace();
        pipe.decl.push(new VariableNode(this, v.pos, v.val));
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = this.peekNonSpace().typ;
          if (p === ItemType.Variable || p === ItemType.RightDelim || p === ItemType.RightParen) continue decls;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      } else if (tokenAfterVariable.typ === ItemType.Space) {
        this.backup3(v, tokenAfterVariable);
      } else {
        this.backup2(v);
      }
      break;
    }
    for (;;) {
      const token = this.nextNonSpace();
      switch (token.typ) {
        case end:
          this.checkPipeline(pipe, context);
          return pipe;
        case ItemType.Bool:
        case ItemType.CharConstant:
        case ItemType.Complex:
        case ItemType.Dot:
        case ItemType.Field:
        case ItemType.Identifier:
        case ItemType.Number:
        case ItemType.Nil:
        case ItemType.RawString:
        case ItemType.String:
        case ItemType.Variable:
        case ItemType.LeftParen:
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(token, context);
      }
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      const t = c.args[0]!.type;
      if (t === 'bool' || t === 'dot' || t === 'nil' || t === 'number' || t === 'string') {
        this.errorf(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  private parseControl(context: 'if' | 'range' | 'with'): [number, number, PipeNode, ListNode, ListNode | null] {
    const mark = this.vars.length;
    try {
      const pipe = this.pipeline(context, ItemType.RightDelim);
      if (context === 'range') this.rangeDepth++;
      let [list, next] = this.itemList();
      if (context === 'range') this.rangeDepth--;
      let elseList: ListNode | null = null;
      if (next.type === 'else') {
        if (context === 'if' && this.peek().typ === ItemType.If) {
          this.next();
          elseList = new ListNode(this, next.pos);
          elseList.nodes.push(this.branch('if', IfNode));
        } else if (context === 'with' && this.peek().typ === ItemType.With) {
          this.next();
          elseList = new ListNode(this, next.pos);
          elseList.nodes.push(this.branch('with', WithNode));
        } else {
          [elseList, next] = this.itemList();
          if (next.type !== 'end') this.errorf(`expected end; found ${next}`);
        }
      }
      return [pipe.pos, pipe.line, pipe, list, elseList];
    } finally {
      this.vars.length = mark;
    }
  }

  private branch<N extends IfNode | RangeNode | WithNode>(
    context: 'if' | 'range' | 'with',
    Ctor: new (tree: Tree, pos: number, line: number, pipe: PipeNode, list: ListNode, elseList: ListNode | null) => N,
  ): N {
    const [pos, line, pipe, list, elseList] = this.parseControl(context);
    return new Ctor(this, pos, line, pipe, list, elseList);
  }

  private endControl(): Node {
    return new EndNode(this, this.expect(ItemType.RightDelim, 'end').pos);
  }

  private elseControl(): Node {
    const peek = this.peekNonSpace();
    if (peek.typ === ItemType.If || peek.typ === ItemType.With) return new ElseNode(this, peek.pos, peek.line);
    const token = this.expect(ItemType.RightDelim, 'else');
    return new ElseNode(this, token.pos, token.line);
  }

  private blockControl(): Node {
    const context = 'block clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    const pipe = this.pipeline(context, ItemType.RightDelim);
    const block = new Tree(name, this.text);
    block.parseName = this.parseName;
    block.startParse(this.opts, this.lex, this.treeSet);
    const [list, end] = block.itemList();
    block.root = list;
    if (end.type !== 'end') this.errorf(`unexpected ${end} in ${context}`);
    block.add();
    return new TemplateNode(this, token.pos, token.line, name, pipe);
  }

  private templateControl(): Node {
    const context = 'template clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    let pipe: PipeNode | null = null;
    if (this.nextNonSpace().typ !== ItemType.RightDelim) {
      this.backup();
      pipe = this.pipeline(context, ItemType.RightDelim);
    }
    return new TemplateNode(this, token.pos, token.line, name, pipe);
  }

  private parseTemplateName(token: Item, context: string): string {
    if (token.typ === ItemType.String || token.typ === ItemType.RawString) return this.unquote(token.val);
    return this.unexpected(token, context);
  }

  private command(): CommandNode {
    const cmd = new CommandNode(this, this.peekNonSpace().pos);
    for (;;) {
      this.peekNonSpace(); // skip leading spaces
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const token = this.next();
      if (token.typ === ItemType.Space) continue;
      if (token.typ === ItemType.RightDelim || token.typ === ItemType.RightParen) this.backup();
      else if (token.typ !== ItemType.Pipe) this.unexpected(token, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  private operand(): Node | null {
    let node = this.term();
    if (!node) return null;
    if (this.peek().typ === ItemType.Field) {
      const chain = new ChainNode(this, this.peek().pos, node);
      while (this.peek().typ === ItemType.Field) chain.add(this.next().val);
      switch (node.type) {
        case 'field':
          node = new FieldNode(this, chain.pos, String(chain));
          break;
        case 'variable':
          node = new VariableNode(this, chain.pos, String(chain));
          break;
        case 'bool':
        case 'string':
        case 'number':
        case 'nil':
        case 'dot':
          this.errorf(`unexpected . after term ${sprintf('%q', [String(node)])}`);
        // falls through (errorf throws)
        default:
          node = chain;
      }
    }
    return node;
  }

  private term(): Node | null {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case ItemType.Identifier:
        if (!this.opts.skipFuncCheck && !this.opts.hasFunction(token.val)) {
          this.errorf(`function ${sprintf('%q', [token.val])} not defined`);
        }
        return new IdentifierNode(this, token.pos, token.val);
      case ItemType.Dot:
        return new DotNode(this, token.pos);
      case ItemType.Nil:
        return new NilNode(this, token.pos);
      case ItemType.Variable:
        return this.useVar(token.pos, token.val);
      case ItemType.Field:
        return new FieldNode(this, token.pos, token.val);
      case ItemType.Bool:
        return new BoolNode(this, token.pos, token.val === 'true');
      case ItemType.CharConstant:
      case ItemType.Complex:
      case ItemType.Number:
        return this.newNumber(token.pos, token.val, token.typ);
      case ItemType.LeftParen:
        return this.pipeline('parenthesized pipeline', ItemType.RightParen);
      case ItemType.String:
      case ItemType.RawString:
        return new StringNode(this, token.pos, token.val, this.unquote(token.val));
    }
    this.backup();
    return null;
  }

  private useVar(pos: number, name: string): Node {
    const v = new VariableNode(this, pos, name);
    if (this.vars.includes(v.ident[0]!)) return v;
    return this.errorf(`undefined variable ${sprintf('%q', [v.ident[0]!])}`);
  }

  private newNumber(pos: number, text: string, typ: ItemType): NumberNode {
    const n = new NumberNode(this, pos, text);
    if (typ === ItemType.CharConstant) {
      let r: number;
      let next: number;
      try {
        [r, , next] = unquoteChar(text, 1, text[0]!);
      } catch (e) {
        return this.errorf((e as Error).message);
      }
      if (text.slice(next) !== "'") this.errorf(`malformed character constant: ${text}`);
      n.int64 = BigInt(r);
      n.isInt = true;
      n.uint64 = BigInt(r);
      n.isUint = true;
      n.float64 = r;
      n.isFloat = true;
      return n;
    }
    if (typ === ItemType.Complex) {
      // fmt.Sscan of "re±imi": the lexer guarantees the shape; strconv judges each part.
      const m = /^([+-]?.*?[^eEpP+-])([+-].*)i$/s.exec(text) ?? /^(.*?)([+-][^+-]*)i$/s.exec(text);
      const re = m ? parseFloat64(m[1]!) : undefined;
      const im = m ? parseFloat64(m[2]!) : undefined;
      if (re === undefined || im === undefined) {
        this.errorf(parseFloatError(re === undefined ? (m?.[1] ?? text) : m![2]!));
      }
      n.isComplex = true;
      n.complex = [re, im];
      simplifyComplex(n);
      return n;
    }
    if (text.endsWith('i')) {
      const f = parseFloat64(text.slice(0, -1));
      if (f !== undefined) {
        n.isComplex = true;
        n.complex = [0, f];
        simplifyComplex(n);
        return n;
      }
    }
    const u = parseUint0(text);
    if (u !== undefined) {
      n.isUint = true;
      n.uint64 = u;
    }
    const i = parseInt0(text);
    if (i !== undefined) {
      n.isInt = true;
      n.int64 = i;
      if (i === 0n) {
        n.isUint = true; // in case of -0
        n.uint64 = u ?? 0n;
      }
    }
    if (n.isInt) {
      n.isFloat = true;
      n.float64 = Number(n.int64);
    } else if (n.isUint) {
      n.isFloat = true;
      n.float64 = Number(n.uint64);
    } else {
      const f = parseFloat64(text);
      if (f !== undefined) {
        if (!/[.eEpP]/.test(text)) this.errorf(`integer overflow: ${sprintf('%q', [text])}`);
        n.isFloat = true;
        n.float64 = f;
        if (!n.isInt && fitsInt64(f)) {
          n.isInt = true;
          n.int64 = BigInt(f);
        }
        if (!n.isUint && fitsUint64(f)) {
          n.isUint = true;
          n.uint64 = BigInt(f);
        }
      }
    }
    if (!n.isInt && !n.isUint && !n.isFloat) this.errorf(`illegal number syntax: ${sprintf('%q', [text])}`);
    return n;
  }
}

// float64(int64(f)) == f, as Go evaluates it on amd64 (out-of-range conversions never round-trip).
function fitsInt64(f: number): boolean {
  return Number.isInteger(f) && f >= -(2 ** 63) && f < 2 ** 63;
}
function fitsUint64(f: number): boolean {
  return Number.isInteger(f) && f >= 0 && f < 2 ** 64;
}

function simplifyComplex(n: NumberNode): void {
  const [re, im] = n.complex;
  n.isFloat = im === 0;
  if (n.isFloat) {
    n.float64 = re;
    n.isInt = fitsInt64(re);
    if (n.isInt) n.int64 = BigInt(re);
    n.isUint = fitsUint64(re);
    if (n.isUint) n.uint64 = BigInt(re);
  }
}

/** Parse text as template `name`; returns every tree it defines, keyed by name (Go's parse.Parse). */
export function parseTemplates(name: string, text: string, opts: ParseOptions): Map<string, Tree> {
  const treeSet = new Map<string, Tree>();
  const t = new Tree(name);
  t.text = text;
  t.parse(text, treeSet, opts);
  return treeSet;
}
