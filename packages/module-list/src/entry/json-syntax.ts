// Where, and why, strict JSON stops being JSON: Node 20's JSON.parse names no position, and the
// tally's older entries are JSON files whose errors should say where.

/** The offset and reason of the first JSON syntax error in `text`; null when it is JSON. */
export function jsonSyntaxError(text: string): { offset: number; message: string } | null {
  let i = 0;
  const what = (c: string | undefined) => (c === undefined ? 'the end of the file' : JSON.stringify(c));
  class Stop {
    constructor(readonly message: string) {}
  }
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
  };
  const expect = (c: string, context: string) => {
    space();
    if (text[i] !== c) throw new Stop(`expected ${JSON.stringify(c)} ${context}, found ${what(text[i])}`);
    i += 1;
  };
  const string = () => {
    i += 1;
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') return void (i += 1);
      if (c < ' ') throw new Stop('a line break or control character inside a string');
      i += c === '\\' ? 2 : 1;
    }
    throw new Stop('a string that is never closed');
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i += 1;
      space();
      if (text[i] === close) return void (i += 1);
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"') throw new Stop(`expected a "quoted" key, found ${what(text[i])}`);
          string();
          expect(':', 'after the key');
        }
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === close) return void (i += 1);
        else throw new Stop(`expected "," or ${JSON.stringify(close)}, found ${what(text[i])}`);
      }
    }
    if (c === '"') return string();
    const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
    literal.lastIndex = i;
    if (literal.test(text)) return void (i = literal.lastIndex);
    throw new Stop(`unexpected ${what(c)}`);
  };
  try {
    value();
    space();
    if (i < text.length) throw new Stop(`unexpected ${what(text[i])} after the end of the JSON value`);
    return null;
  } catch (e) {
    if (e instanceof Stop) return { offset: i, message: e.message };
    throw e;
  }
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
