// The Template type (Go's text/template Template and its shared "common" part): a set of
// associated named templates with their functions, options and delimiters.
import { DEFAULT_LIMITS, ExecError, execute, type ExecLimits, type ExecTemplate, type MissingKey, type Segment } from './exec.js';
import { sprintf } from './fmt.js';
import { BUILTINS, badFuncSignature } from './funcs.js';
import type { ListNode } from './node.js';
import { isEmptyTree } from './node.js';
import { ParseError, parseTemplates, type Tree } from './parse.js';
import type { GoFunc, Value } from './value.js';

export type FuncMap = Readonly<Record<string, GoFunc>>;

interface Common {
  tmpl: Map<string, Template>;
  funcs: Map<string, GoFunc>;
  missingKey: MissingKey;
}

const IDENT = /^[\p{L}_][\p{L}\p{Nd}_]*$/u;

export class Template implements ExecTemplate {
  tree: Tree | null = null;
  private leftDelim = '';
  private rightDelim = '';
  private readonly common: Common;

  /** template.New(name). */
  constructor(
    private readonly templateName: string,
    common?: Common,
  ) {
    this.common = common ?? { tmpl: new Map(), funcs: new Map(), missingKey: 'invalid' };
  }

  name(): string {
    return this.templateName;
  }

  /** t.New(name): a template associated with this one, sharing functions and options. */
  new(name: string): Template {
    const nt = new Template(name, this.common);
    nt.leftDelim = this.leftDelim;
    nt.rightDelim = this.rightDelim;
    return nt;
  }

  get root(): ListNode | null {
    return this.tree?.root ?? null;
  }

  get missingKey(): MissingKey {
    return this.common.missingKey;
  }

  /** t.Option("missingkey=default|invalid|zero|error"); throws on anything else, as Go panics. */
  option(...opts: string[]): this {
    for (const opt of opts) {
      if (opt === '') throw new Error('empty option string');
      const eq = opt.indexOf('=');
      if (eq >= 0 && opt.slice(0, eq) === 'missingkey') {
        const value = opt.slice(eq + 1);
        if (value === 'invalid' || value === 'default') {
          this.common.missingKey = 'invalid';
          continue;
        }
        if (value === 'zero' || value === 'error') {
          this.common.missingKey = value;
          continue;
        }
      }
      throw new Error(`unrecognized option: ${opt}`);
    }
    return this;
  }

  /** t.Delims(left, right); empty strings mean the defaults `{{` and `}}`. */
  delims(left: string, right: string): this {
    this.leftDelim = left;
    this.rightDelim = right;
    return this;
  }

  /** t.Funcs(map): must be called before parse for the names to be known to the parser. */
  funcs(funcMap: FuncMap): this {
    for (const [name, fn] of Object.entries(funcMap)) {
      if (!IDENT.test(name)) throw new Error(`function name ${sprintf('%q', [name])} is not a valid identifier`);
      const n = fn.type.results?.length ?? 0;
      if (badFuncSignature(name, fn.type) !== undefined) {
        throw new Error(`can't install method/function ${sprintf('%q', [name])} with ${n} results`);
      }
      this.common.funcs.set(name, fn);
    }
    return this;
  }

  /** t.Parse(text); throws ParseError with Go's message. {{define}}d templates join the set. */
  parse(text: string): this {
    const funcs = this.common.funcs;
    let trees: Map<string, Tree>;
    try {
      trees = parseTemplates(this.templateName, text, {
        leftDelim: this.leftDelim,
        rightDelim: this.rightDelim,
        hasFunction: (name) => funcs.has(name) || BUILTINS.has(name),
      });
    } catch (e) {
      // Go's goroutine stacks grow to 1 GB; ours do not. Nesting that deep is never a real
      // template, so it gets an error of ours instead of a crash.
      if (e instanceof RangeError && e.message.startsWith('Maximum call stack')) {
        throw new ParseError(`template: ${this.templateName}: actions nested too deeply to parse`);
      }
      throw e;
    }
    for (const [name, tree] of trees) this.addParseTree(name, tree);
    return this;
  }

  private addParseTree(name: string, tree: Tree): void {
    const nt = name === this.templateName ? this : this.new(name);
    if (this.associate(nt, tree) || nt.tree === null) nt.tree = tree;
  }

  private associate(nt: Template, tree: Tree): boolean {
    const old = this.common.tmpl.get(nt.templateName);
    if (old && isEmptyTree(tree.root) && old.tree !== null) return false;
    this.common.tmpl.set(nt.templateName, nt);
    return true;
  }

  lookup(name: string): Template | undefined {
    return this.common.tmpl.get(name);
  }

  templates(): Template[] {
    return [...this.common.tmpl.values()];
  }

  /** t.DefinedTemplates(), e.g. `; defined templates are: "a", "b"` (Go's order is a map's: unspecified). */
  definedTemplates(): string {
    const names = this.templates().filter((t) => t.root !== null).map((t) => sprintf('%q', [t.templateName]));
    return names.length === 0 ? '' : `; defined templates are: ${names.join(', ')}`;
  }

  findFunction(name: string): [GoFunc, boolean] | undefined {
    const fn = this.common.funcs.get(name);
    if (fn) return [fn, false];
    const b = BUILTINS.get(name);
    return b ? [b, true] : undefined;
  }

  /** t.Execute: the output, or ExecError (with the partial output in `.output`). */
  execute(data: Value, limits: ExecLimits = DEFAULT_LIMITS): string {
    return execute(this, data, limits);
  }

  /**
   * Execute and also return which template node wrote each piece of the output (a source map from
   * output offsets back to the template). On error, the ExecError carries the partial output and
   * `segments` holds what had been written.
   */
  executeWithSourceMap(data: Value, segments: Segment[] = [], limits: ExecLimits = DEFAULT_LIMITS): { output: string; segments: Segment[] } {
    return { output: execute(this, data, limits, segments), segments };
  }

  /** t.ExecuteTemplate(name, data). */
  executeTemplate(name: string, data: Value, limits: ExecLimits = DEFAULT_LIMITS): string {
    const t = this.lookup(name);
    if (!t) {
      throw new ExecError(`template: no template ${sprintf('%q', [name])} associated with template ${sprintf('%q', [this.templateName])}`, this.templateName);
    }
    return execute(t, data, limits);
  }
}
