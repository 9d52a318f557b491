// Test support: split a README command line into words the way bash would for the simple quoting
// those lines use ('…', "…", backslashes), and pick out the `-i/--input` values the way pflag would.
// Not a shell: `$(…)` and `$VAR` stay literal text, and `<placeholder>` is a word, not a redirection.

/** Words of one shell command line. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const n = line.length;
  const flush = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  while (i < n) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\n') {
      flush();
      i++;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unterminated ' in: ${line}`);
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      inWord = true;
      i++;
      for (;;) {
        if (i >= n) throw new Error(`unterminated " in: ${line}`);
        const d = line[i]!;
        if (d === '"') {
          i++;
          break;
        }
        if (d === '\\' && i + 1 < n && '$`"\\\n'.includes(line[i + 1]!)) {
          if (line[i + 1] !== '\n') word += line[i + 1];
          i += 2;
        } else if (d === '$' && line[i + 1] === '(') {
          const end = matchParen(line, i + 1);
          word += line.slice(i, end + 1);
          i = end + 1;
        } else {
          word += d;
          i++;
        }
      }
    } else if (c === '\\') {
      if (i + 1 < n && line[i + 1] !== '\n') {
        word += line[i + 1];
        inWord = true;
      }
      i += 2;
    } else if (c === '$' && line[i + 1] === '(') {
      const end = matchParen(line, i + 1);
      word += line.slice(i, end + 1);
      inWord = true;
      i = end + 1;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  flush();
  return words;
}

/** Index of the `)` closing the `(` at `open`, skipping quoted text. */
function matchParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === "'") i = s.indexOf("'", i + 1);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
    if (i < 0) break;
  }
  throw new Error(`unterminated $( in: ${s}`);
}

/** The values given to `-i`/`--input` in a word list, in order, as pflag collects them. */
export function inputFlagValues(words: readonly string[]): string[] {
  const values: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w === '--') break;
    if (w === '-i' || w === '--input') {
      if (k + 1 < words.length) values.push(words[++k]!);
    } else if (w.startsWith('--input=')) {
      values.push(w.slice('--input='.length));
    } else if (w.startsWith('-i=') && w.length > 3) {
      values.push(w.slice(3));
    } else if (w.startsWith('-i') && !w.startsWith('--')) {
      values.push(w.slice(2));
    }
  }
  return values;
}

/** The `<tool> run …` command inside a README line (which may sit in a table cell or backticks). */
export function commandInLine(line: string): string | undefined {
  const m = /(?:lilypad|\.\/stack|go run \.) run\b/.exec(line);
  if (!m) return undefined;
  let cmd = line.slice(m.index);
  const cut = cmd.search(/`| \|/);
  if (cut >= 0) cmd = cmd.slice(0, cut);
  return cmd.trim();
}
